"""Emails, phone numbers (E.164 via `phonenumbers`) and personal links.

Callers pass only the lines that can hold the candidate's own contact details
(never a References section), so a referee's address is not taken for the
candidate's. Phones: the country is guessed from the document (Chinese text,
+86, an 11-digit 1[3-9]x mobile → CN; otherwise US formats); dates, year
ranges, postal codes, ID numbers, DOIs and arXiv ids are refused.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from reviewer.parsing.cleaning import Clean, has_cjk
from reviewer.parsing.dates import find_dates
from reviewer.parsing.lexicon import is_location
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.openings import with_opening

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# "name [at] domain [dot] edu", "name (at) domain.edu", "name AT domain DOT com"
OBFUSCATED = re.compile(
    r"(?<![\w.])([A-Za-z0-9][\w.+-]*)\s*(?:\[at\]|\(at\)|\{at\}|\s+AT\s+|＠)\s*"
    r"([A-Za-z0-9-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+|\s+DOT\s+)\s*[A-Za-z0-9-]+)+)"
    # plain words only with "dot" too: "jdoe at cs dot example dot edu" (never "Agents at Scale. In")
    r"|(?<![\w.])([a-z0-9][\w.+-]*)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\b"
)


def _may_be_obfuscated(text: str) -> bool:
    """False only when OBFUSCATED cannot match: its first form needs "[at]", "(at)", "{at}",
    "AT" or "＠", its second "dot". A plain test, as most lines hold none of them."""
    return "dot" in text or "AT" in text or "＠" in text or "at]" in text or "at)" in text or "at}" in text


_TLDS = ("com|org|net|io|edu|ai|me|dev|app|info|cn|uk|de|fr|jp|kr|in|ca|au|ch|nl|se|it|es|hk|sg|tw|co|cc|"
         "xyz|site|page|tech|science|blog|us|eu|ac\\.uk|edu\\.cn|github\\.io|name|one|pro|ml|ru|be|at|dk|fi|no|il")
URL = re.compile(
    rf"(?<![\w@./-])(?:(?:https?://)[^\s<>()\[\]\"'“”‘’|,，]+|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})"
    r"(?![\w@-])(?:/[^\s<>()\[\]\"'“”‘’|,，]*)?)",
    re.IGNORECASE,
)
# Hosts of papers, code of others and infrastructure: not a person's own page.
_NOT_PERSONAL = with_opening(re.compile(
    r"(?i)(?:arxiv\.org|doi\.org|dx\.doi|openreview|aclanthology|ieeexplore|dl\.acm|springer|sciencedirect|"
    r"proceedings|papers\.nips|neurips\.cc|mlr\.press|jmlr\.org|cvf\.com|wiley|nature\.com|tinyurl|bit\.ly|"
    r"youtube|youtu\.be|\.pdf$|hdl\.handle|zenodo|huggingface\.co/(?:datasets|papers)|cctintl)"
))
_HANDLE_LABEL = re.compile(r"(?i)\b(github|linkedin|twitter|gitlab)\s*[:：]\s*(?:@|/in/|in/)?([A-Za-z0-9][\w.-]{1,38})\b(?![:/.])")
_HANDLE_SCREEN = needles(_HANDLE_LABEL)
_HANDLE_HOSTS = {"github": "github.com/", "linkedin": "linkedin.com/in/", "twitter": "x.com/", "gitlab": "gitlab.com/"}
# What a URL match needs: "://" (the first form) or "." and a known ending (the second)
_DOT_TLD = with_opening(re.compile(rf"\.(?:{_TLDS})(?![\w@-])", re.IGNORECASE))


def _plausible_email(e: str) -> bool:
    """"Estimators@Scale.In" is a title split at a full stop, not an address."""
    tld = e.rsplit(".", 1)[-1]
    return not (tld[:1].isupper() and not tld.isupper())  # ".In" ends a sentence; ".com"/".COM" end an address


def find_emails(lines: Iterable[Clean]) -> list[str]:
    out: list[str] = []
    for c in lines:
        text = c.raw.replace("mailto:", " ")
        found = [e for e in EMAIL.findall(text) if _plausible_email(e)] if "@" in text else []
        if not found and _may_be_obfuscated(text):
            for groups in OBFUSCATED.findall(text):
                user, dom = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
                dom = re.sub(r"\s*(?:\[dot\]|\(dot\)|\s+dot\s+|\s+DOT\s+)\s*", ".", dom).replace(" ", "")
                if "." in dom and re.search(r"\.[a-z]{2,}$", dom, re.I) and _plausible_email(f"{user}@{dom}"):
                    found.append(f"{user}@{dom}")
        for e in found:
            e = e.strip(".")
            if e not in out:
                out.append(e)
    return out


_COUNTRY_REGION = {
    "united kingdom": "GB", "england": "GB", "scotland": "GB", "uk": "GB", "germany": "DE", "deutschland": "DE",
    "france": "FR", "india": "IN", "australia": "AU", "japan": "JP", "korea": "KR", "singapore": "SG",
    "hong kong": "HK", "taiwan": "TW", "switzerland": "CH", "netherlands": "NL", "italy": "IT", "spain": "ES",
    "sweden": "SE", "brazil": "BR", "canada": "CA", "israel": "IL", "ireland": "IE", "austria": "AT",
    "belgium": "BE", "denmark": "DK", "finland": "FI", "norway": "NO", "poland": "PL", "portugal": "PT",
}
_TLD_REGION = {"uk": "GB", "scot": "GB", "wales": "GB", "de": "DE", "fr": "FR", "in": "IN", "au": "AU", "jp": "JP",
               "kr": "KR", "sg": "SG",
               "hk": "HK", "tw": "TW", "ch": "CH", "nl": "NL", "it": "IT", "es": "ES", "se": "SE", "br": "BR",
               "ca": "CA", "il": "IL", "ie": "IE", "at": "AT", "be": "BE", "dk": "DK", "fi": "FI", "no": "NO",
               "pl": "PL", "pt": "PT", "cn": "CN", "mo": "MO"}


# "+86" or a mobile number such as 138 1234 5678 (not inside a longer number). Two patterns,
# each opening with a literal the engine can look for, scan a whole document far faster than
# one alternation whose mobile branch opened with the look-behind (?<!\d)1.
_CN_CODE = re.compile(r"\+\s*\(?86\)?")
_CN_MOBILE = re.compile(r"1(?<!\d1)[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")


def guess_region(text: str, emails: Iterable[str] = (), header: str = "") -> str:
    """The country a number written without its country code most likely belongs to:
    Chinese text or a Chinese mobile → CN; else the country the header or the e-mail
    domain names (a UK CV's "07700 900123"); else US formats."""
    if _CN_CODE.search(text) or _CN_MOBILE.search(text):
        return "CN"
    if has_cjk(text):
        # a Taiwanese or Hong Kong CV: its e-mail domain, or Taiwan's places and Minguo dates
        # in Traditional characters (a mainland CV writes 台湾, 台北)
        regions = [_TLD_REGION.get(e.rsplit(".", 1)[-1].lower()) for e in emails]
        local = next((r for r in regions if r in ("TW", "HK", "MO", "JP", "KR", "SG")), None)
        return local or ("TW" if _TAIWAN.search(text) else "CN")
    # only a place ("Bonn, Germany"), not a name ("Korea University"), says where the candidate lives
    for piece in re.split(r"[|•·\t\n]+|\s{2,}", header):
        piece = piece.strip(" ,")
        parts = [p.strip(" .").lower() for p in re.split(r"\s*[,–-]\s*", piece)]
        # a place ("Leeds, UK") or a postal address ending in its country ("12 Mill Lane, Leeds LS1 4AB, UK"),
        # perhaps with the e-mail and the number after it on the line ("…, SA 5005, Australia, x@y, 0491 570 156")
        country = parts[-1] if parts[-1] in _COUNTRY_REGION else None
        if country is None and "@" in piece:
            country = next((p for p in reversed(parts[1:-1]) if p in _COUNTRY_REGION), None)
        if piece and country and (is_location(piece) or ("," in piece and re.search(r"\d", piece))):
            return _COUNTRY_REGION[country]
    for e in emails:
        tld = e.rsplit(".", 1)[-1].lower()
        if tld in _TLD_REGION:
            return _TLD_REGION[tld]
    if _UK_POSTCODE.search(header):
        return "GB"  # "Edinburgh EH16 4SA": a British address names no country
    return "US"


_TAIWAN = re.compile(r"民國|[臺台]灣|[臺台]北市|新北市|桃園市|[臺台]中市|[臺台]南市|高雄市|新竹")
# a British postcode: outward code (area letters, district) and inward code ("EH16 4SA", "SW1A 1AA")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")


# (a one-letter label opens a line: "T 0131 242 1873", "M: 07700 900318", as UK CVs print them)
_PHONE_LABEL = re.compile(r"(?i)\b(?:tel|phone|mobile|cell|mob|telephone|contact|whatsapp|wechat)\b|电话|手机|联系方式|☎|📞"
                          r"|^\s*[TMP]\s*[:.]?\s+(?=[+(\d])")
_NOT_PHONE_CONTEXT = with_opening(re.compile(
    r"(?i)\b(?:doi|arxiv|isbn|issn|id\s*(?:no|number)|zip|postal|gpa|vol|pp\.|grant(?:_(?:number|no|id))?|award\s+no|patent)\b|"
    r"身份证|学号|邮编"))


_PHONE_CANDIDATE = re.compile(r"\d[\d\s().+-]{6,}\d")


def _phone_candidates(text: str) -> bool:
    return bool(_PHONE_CANDIDATE.search(text))


def _dotted_groups(text: str) -> str:
    """"(+86) · 158 · 1234 · 5678": digit groups joined by middle dots are one number."""
    if "·" not in text and "•" not in text and "∙" not in text:
        return text  # no dot to join at (most lines): skip the pattern
    return re.sub(r"(?<=[\d)])[ \t]*[·•∙][ \t]*(?=[\d(+])", " ", text)


_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")


# What a PhoneNumberMatcher match can hold (its pattern, phonenumbers 9: lead brackets and plus
# signs, its punctuation, digits, and the characters of an extension: "ext.", "x", "#", "доб"...,
# matched ignoring case): a match, and the raw string it gives, lies inside one run of these.
_MATCHABLE_RUN = re.compile(
    r"[\d(\[（［+＋\-x‐-―−ー－-／ \xa0\xad\u200b\u2060\u3000()（）［］.\]/~⁓∼～"
    r";=\t,:．#＃ｘ~～extensióｅｔｎｉдобao\u0301]+", re.I)
_LEAD_CHARS = "([（［+＋"
_DIGIT = re.compile(r"\d")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")


def _no_phone_run(text: str) -> bool:
    """True when no phone find_phones keeps can be in the text, so PhoneNumberMatcher (which
    parses "2007 - 2012" and its parts, 0.1-0.4 ms a line) need not be asked. A kept match has
    eight digits or more and is no date; its raw string lies in one run of _MATCHABLE_RUN, so a
    run with fewer digits gives none. A run whose eight digits are one year range "2007 - 2012"
    with no lead bracket or plus before it (the match must start at its first digit) and no "#"
    after it (no extension can end it) gives at most the range itself: a date, refused."""
    for m in _MATCHABLE_RUN.finditer(text):
        digits = [d.start() for d in _DIGIT.finditer(m.group())]
        if len(digits) < 8:
            continue
        if len(digits) > 8:
            return False
        run, first, last = m.group(), digits[0], digits[-1]
        if (any(ch in _LEAD_CHARS for ch in run[:first]) or run[last + 1:last + 2] in ("#", "＃")
                or not _YEAR_RANGE.fullmatch(run, first, last + 1)):
            return False
    return True


_BRACKETED_CODE = re.compile(r"\(\s*\+\s*(\d{1,3})\s*\)")
_CONTACT_CELLS = re.compile(r"\s[|•·]\s|\t")


def find_phones(lines: Iterable[Clean], region: str) -> list[str]:
    """Phones in E.164. A match must be written like a phone, not be a date range or an identifier."""
    out: list[str] = []
    lines = list(lines)
    for i, c in enumerate(lines):
        text = _dotted_groups(c.raw)
        if not _phone_candidates(text) or _NOT_PHONE_CONTEXT.search(text) and not _PHONE_LABEL.search(text):
            continue
        text = _BRACKETED_CODE.sub(r"+\1 ", text)  # "(+86) 188..." → "+86 188..."
        contact_row = bool(EMAIL.search(text)) or len(_CONTACT_CELLS.split(text)) >= 3 or _contact_stack(lines, i)
        text = EMAIL.sub(" ", text)
        text = URL.sub(" ", text)
        if "-" in text:
            text = _ORCID.sub(" ", text)  # "0000-0001-8830-2517": an ORCID iD printed bare, no phone
        if _no_phone_run(text):
            continue  # (exact: see _no_phone_run)
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            raw = m.raw_string
            digits = re.sub(r"\D", "", raw)
            if len(digits) < 8 or _looks_like_date(raw) or any(d.is_range for d in find_dates(raw)):
                continue
            labelled = bool(_PHONE_LABEL.search(text)) or raw.strip().startswith("+")
            # numbering plans change and candidates are right about their own number: a number
            # written with its country code or next to "Tel:" needs only a possible length
            # A contact row ("City | 07700 900123 | x@y.org") vouches for a number the
            # metadata does not list (reserved or newly opened ranges) if its length is right.
            # (asked in order of cost: the metadata's full validation last, for a bare number only)
            vouched = not labelled and bool(contact_row and re.search(r"\d[\s().-]+\d", raw)
                                            and phonenumbers.is_possible_number(m.number))
            if not labelled and not vouched and not phonenumbers.is_valid_number(m.number):
                continue
            if not labelled and region == "CN" and not re.fullmatch(r"1[3-9]\d{9}", digits):
                continue  # unlabelled Chinese numbers are mobiles; anything else is an id or a date
            # a bare number needs the shape of a phone: grouped digits or a mobile length
            if not labelled and not re.search(r"\d[\s().-]+\d", raw) and len(digits) not in (10, 11):
                continue
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in out:
                out.append(e164)
    return out


_NUMBER_ONLY = re.compile(r"[\d\s().+-]+")


def _contact_stack(lines: list[Clean], i: int) -> bool:
    """A number alone on its line among the lines of a contact block (a sidebar prints the
    address, the number and the place one per line): an e-mail two lines away or closer
    vouches for it as a contact row does."""
    if not _NUMBER_ONLY.fullmatch(lines[i].raw.strip()):
        return False
    near = lines[max(0, i - 2): i] + lines[i + 1: i + 3]
    return any(EMAIL.search(n.raw) for n in near)


_DATE_SHAPED = re.compile(r"\s*(?:19|20)\d{2}\s*[-–./]\s*(?:(?:19|20)\d{2}|\d{1,2})(?:\s*[-–./]\s*\d{1,2})?\s*")


def _looks_like_date(raw: str) -> bool:
    return bool(_DATE_SHAPED.fullmatch(raw))


_MAILTO = re.compile(r"^mailto:.*", re.I)


def normalize_link(url: str) -> str:
    u = url.strip().rstrip(".,;:)>]}*")
    u = _MAILTO.sub("", u)
    return u


# A line that is only a lower-case host name: the closed list of top-level domains above
# guards running text, but a host alone on its line is a link whatever its ending
_BARE_HOST = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2,12})(?:/[^\s]*)?")
_FILE_SUFFIXES = {"js", "ts", "py", "rs", "go", "md", "txt", "pdf", "doc", "docx", "sh", "cpp", "java", "json",
                  "yaml", "yml", "csv", "html", "css", "png", "jpg", "exe", "zip", "rb", "kt", "swift"}


def find_links(lines: Iterable[Clean]) -> list[str]:
    """Personal links printed in the text (homepage, GitHub, LinkedIn, Scholar, ORCID)."""
    out: list[str] = []
    for c in lines:
        text = c.raw.replace("mailto:", " mailto:")
        # an address, written out or spelled "name [at] host", is not a website
        if "@" in text:  # EMAIL needs one
            text = EMAIL.sub(" ", text)
        if _may_be_obfuscated(text):
            text = OBFUSCATED.sub(" ", text)
        for m in URL.finditer(text) if "://" in text or _DOT_TLD.search(text) else ():
            u = normalize_link(m.group(0))
            if u and is_personal_link(u):
                _add(out, u)
        bare = _BARE_HOST.fullmatch(text.strip())
        if bare and bare.group(1).lower() not in _FILE_SUFFIXES and is_personal_link(bare.group(0)):
            _add(out, bare.group(0))  # "name.studio.design" alone on its line: any top-level domain
        handles = _HANDLE_LABEL.findall(c.text) if may_match(_HANDLE_SCREEN, c.text, folded(c.text)) else []
        for site, handle in handles:
            if "." in handle or handle.lower().startswith(("www", "http")):
                continue  # "GitHub: github.com/x" is caught by URL above
            # .get: (?i) lets a dotted capital İ match "i", and "LİNKEDIN".lower() is no key
            host = _HANDLE_HOSTS.get(site.lower())
            if host is not None:
                _add(out, host + handle)
    return out


# "个人主页: x.github.io", "Homepage: x.dev", "博客:x.com": a link the candidate labels as their own
_OWN_LINK_LABEL = re.compile(
    r"(?i)(?:^|\t|\s{2,}|[|·•])\s*(?:个人主页|个人网站|主页|博客|homepage|home\s+page|personal\s+(?:website|web\s*page|site)|"
    r"website|blog|portfolio)\s*[:：]\s*(\S+)")


# "Full list: orcid.org/…", "Complete list at scholar.google.com/…": the candidate's own record
# (NIH biosketches: "Complete List of Published Work in My Bibliography:", the link on the next line)
FULL_LIST_LINK = re.compile(r"(?i)^\W*(?:full|complete)\s+(?:publication\s+)?list"
                            r"(?:\s+of\s+(?:publications|published\s+work)(?:\s+in\s+my\s+bibliography)?)?\s*"
                            r"(?:[:：]|at|on)\s*(\S+)")


# ("主页", "博客": two characters) the words one of which each label holds: a line without one is
# turned away by one scan instead of the label pattern tried at each of its positions
_OWN_LINK_NEEDLES = needles(_OWN_LINK_LABEL, shortest=2)
_FULL_LIST_NEEDLES = needles(FULL_LIST_LINK)  # ("full", "complete")


def labelled_own_links(lines: Iterable[Clean], label: re.Pattern[str] = _OWN_LINK_LABEL) -> list[str]:
    """Links printed after a label that says they are the candidate's site, wherever the line is."""
    out: list[str] = []
    screen = _OWN_LINK_NEEDLES if label is _OWN_LINK_LABEL else _FULL_LIST_NEEDLES if label is FULL_LIST_LINK else None
    for c in lines:
        if not may_match(screen, c.text, folded(c.text) if screen else None):
            continue
        for m in label.finditer(c.text):
            value = m.group(1).rstrip("。.,;，；")
            for u in find_links([Clean(c.line, value, False, value)]):
                _add(out, u)
    return out


_SCHEME_OR_WWW = re.compile(r"(?i)https?://|www\.")
_CAPITAL = re.compile(r"[A-Z]")
_REPOSITORY = re.compile(r"^(?:https?://)?(?:www\.)?github\.com/[^/]+/[^/]+")
_NUMERIC_HOST = re.compile(r"[\d.]+")


def is_personal_link(url: str) -> bool:
    if _NOT_PERSONAL.search(url):
        return False
    if not _SCHEME_OR_WWW.match(url) and _CAPITAL.search(url.split("/")[0]):
        return False  # "B.Tech", "Node.JS": a bare host is written in lower case
    low = url.lower()
    if _REPOSITORY.match(low):
        return False  # a repository, not a profile
    host = _SCHEME_WWW.sub("", low).split("/")[0]
    return "." in host and not _NUMERIC_HOST.fullmatch(host)


_SCHEME_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")


def _key(u: str) -> str:
    return _SCHEME_WWW.sub("", u.lower()).rstrip("/")


def _add(out: list[str], u: str) -> None:
    k = _key(u)
    for i, v in enumerate(out):
        if _key(v) == k:
            if len(u) > len(v):  # keep the fuller spelling (with scheme)
                out[i] = u
            return
    out.append(u)


def merge_links(*groups: Iterable[str]) -> list[str]:
    out: list[str] = []
    for g in groups:
        for u in g:
            u = normalize_link(u)
            if u and is_personal_link(u):
                _add(out, u)
    return out


def candidate_links(urls: Iterable[str], header: str, name: str | None, emails: list[str],
                    mentions: str = "") -> list[str]:
    """Links found outside the header (hyperlink annotations, links in entries) that are the
    candidate's own.

    A CV links its papers, employers, advisors and co-authors too. Kept: a link that
    carries the candidate's name or e-mail handle ("jdoe.github.io"); a site whose host
    the header prints ("jdoe.dev" under a "Homepage" link); a GitHub/LinkedIn/... profile
    whose handle the header prints ("Github: jdoe"); the first Scholar and ORCID profile
    when the header, or the candidate's own text (`mentions`: "full list on Google
    Scholar"), names them (their ids match nothing else).
    """
    named = (header + " " + mentions).lower()
    # the e-mail's domain is the employer's or university's site, not the candidate's
    low = header.lower()
    for e in emails:
        low = low.replace(e.split("@")[-1].lower(), " ")
    tokens = {re.sub(r"[^a-z0-9]", "", e.split("@")[0].lower()) for e in emails}
    tokens |= {p.lower() for p in re.findall(r"[A-Za-z]{3,}", re.sub(r"\(.*?\)", "", name or ""))}
    tokens = {t for t in tokens if len(t) >= 3}
    out: list[str] = []
    seen_ids: set[str] = set()
    for u in urls:
        u = normalize_link(u)
        if not u or not is_personal_link(u):
            continue
        key = _key(u)
        host = key.split("/")[0]
        profile_site = re.search(r"(?i)linkedin|github\.com|gitlab|twitter|x\.com", host)
        last = key.rstrip("/").rsplit("/", 1)[-1] if "/" in key else ""
        id_site = next((k for k in ("scholar", "orcid") if k in host), None)
        keep = any(t in re.sub(r"[^a-z0-9]", "", key) for t in tokens)
        keep = keep or (not profile_site and not id_site and host in low)
        keep = keep or bool(profile_site and len(last) >= 3 and not last.isdigit() and last in low)
        if id_site and id_site not in seen_ids and id_site in named:
            keep = True
        if keep:
            if id_site:
                seen_ids.add(id_site)
            _add(out, u)
    return out
