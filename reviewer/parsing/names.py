"""The candidate's own name.

Evidence, strongest first: a "Name:" / "姓名：" field; the most prominent line of
the header (largest font when the reader reports fonts, else the first
name-shaped line before the first section); a name-shaped line elsewhere whose
words also make up the e-mail address or homepage (side-bar layouts put the
name last). Never a section word, institution, job title, place, document title
("Curriculum Vitae", "简历"), date or contact line. Decorations are dropped
("Jane Doe, Ph.D.", "Jane Doe CV", "Jane Doe Last updated: ..."); a Latin name
followed by a Chinese one becomes "Latin (中文)".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reviewer.parsing.authors import JOINED_PARTICLE
from reviewer.parsing.cleaning import Clean, has_cjk
from reviewer.parsing.dates import find_dates
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.lexicon import ORG_WORDS, ROLE_RE, degree_level, is_location
from reviewer.parsing.needles import folded
from reviewer.parsing.openings import with_opening
from reviewer.parsing.sections import Section, heading_kind

# (and a funder's form: "Family name, First name: X, Y", "Name of the Principal Investigator (PI): Dr X")
_FIELD = re.compile(r"^(?:[–—•]\s+)?(?:full\s+name|name(?:\s+(?:and\s+)?surname)?|candidate|姓\s*名|(?:family\s+name|surname),\s*(?:first|given)\s+names?"
                    r"|name\s+of\s+the\s+(?:principal\s+investigator|applicant)(?:\s*\(PI\))?)\s*[:：]\s*(.+)$"
                    # the 2004-2012 Europass label, family name first, its column gap often lost
                    r"|^surnames?(?:\s*\(s\))?\s*/\s*first\s+names?(?:\s*\(s\))?\s*[:：\t]?\s*(.+)$",
                    re.IGNORECASE)
# ("Name Surname : X": the Turkish council's CV form)
# Europass prints the name beside its "PERSONAL INFORMATION" label (the column gap is often lost)
_EUROPASS_LABEL = re.compile(r"^(?:personal\s+information|personal\s+details)\s*[:：\t]?\s+(.+)$", re.IGNORECASE)
# "林夏，女，1990年生，浙江大学…": name, sex, then the rest of an identity line
# ("谭启航，某某大学，药学院，研究员": an NSFC résumé's first line, the name before the employer)
_IDENTITY_LINE = re.compile(r"^([\u3400-\u9fff·]{2,4})\s*[,，、]\s*(?:[男女]\s*(?:[,，、。]|$)|"
                            r"[^,，、]{2,30}?(?:大学|学院|研究院|研究所|科学院|医院|公司|中心)\s*[,，、])")
# The labels of a Chinese personal-details form that may follow the name on its line
_PLACE_ICONS = frozenset("⌂📍🏠⚲🏡🗺")
_FAMILY_COMMA = re.compile(r"([\u3400-\u9fff]{2,4})\s+([A-Z][A-Za-z'’-]+),\s*([A-Z][a-z'’]+(?:[- ][A-Za-z][a-z'’]+)?)")
# a job site's status beside the name: "在职-考虑机会", "离职-随时到岗", "应届生"
_JOB_SEEKING = re.compile(r"(?:在职|离职|在校|应届)[\u3400-\u9fff]*(?:\s*[-–—·]\s*[\u3400-\u9fff]+)?\s*$"
                          r"|(?:随时到岗|月内到岗|考虑机会|暂不考虑)")
_NEXT_FORM_LABEL = re.compile(both_scripts_pattern(
    r"(?:性\s*别|出生|民\s*族|籍\s*贯|年\s*龄|电\s*话|手\s*机|邮\s*箱|职\s*称|政治面貌|学\s*历)"))
_CJK_POST = re.compile(both_scripts_pattern(r"教授|研究员|讲师|工程师|博士后|医师|经理|总监|主任"))
_PHOTO_BOX = re.compile(both_scripts_pattern(r"^(?:照片|相片|大头照|头像|证件照|一寸照片|二寸照片)(?:\s|$)"))
_NAME_THEN_TITLE = re.compile(both_scripts_pattern(r"^([\u3400-\u9fff·]{2,4})\s*(?:的)?(?:个人|求职)?(?:简历|履历)(?=\s|$)"))
# "简历编号:JM62…", "代碼:1750…": a job site's own field after the name on its first line
_SITE_FIELD = re.compile(r"[\u3400-\u9fff]{2,6}\s*[:：]\s*[A-Za-z0-9]")
_NAME_THEN_SITE_FIELD = re.compile(r"^([\u3400-\u9fff·]{2,4})\s+" + _SITE_FIELD.pattern)
_DOC_TITLES = re.compile(
    r"(?i)^(?:curriculum\s+vitae(?:\s+et\s+studiorum)?|resume|résumé|cv|vita|personal\s+resume|个人简历|简历|履历|求职简历|个人履历|"
    # Traditional Chinese and Japanese: 履歷表, 個人簡歷, 履歴書 (a rirekisho), 職務経歴書
    r"履歷(?:表)?|個人簡歷|簡歷|履歴書|職務経歴書)$"
)
# Words after which a header line stops being the name.
_CUT = with_opening(re.compile(
    r"(?i)\s+(?:last\s+updated|updated|curriculum\s+vitae|résumé|resume|cv|homepage|website|web|google\s+scholar|"
    r"scholar|github|linkedin|e-?mail|phone|tel|mobile|orcid|twitter)\b.*$|\s*[|•·,;:–—]\s.*$|\s+[-]\s.*$|\t.*$|\s{2,}.*$|\s*[：:].*$|\s+\S*(?:@|www\.|https?:|\.(?:com|org|net|io|edu|dev|me)\b)\S*.*$"
    # "Dana Quill 555-555-0101": a phone number after the name, one space apart
    r"|\s+\+?\(?\d[\d ().-]{6,}\d\s*$"
))
# fellowships and honours after a British or Commonwealth name ("X BSc PhD FRSE", "Y MBChB FRCP"),
# in capitals as printed (case kept: "Ma" is a family name)
_POST_NOMINALS = with_opening(re.compile(r"(?:,?\s+(?:FRSE?|FRSC|FBA|FMedSci|FREng|FRCP[EI]?|FRCS|FRACP|FRCPath|FAAS|FAcSS|MRCP|MBChB|"
                            r"DPhil|DSc|MEng|CEng|S?FHEA|PFHEA|[OCM]BE|FIEEE|FRSA|FInstP|FRGS|FGS|FRSB|FLS|FAHA|FACP|FACC))+$"))
_DECOR = with_opening(re.compile(r"(?i)(?:,?\s*(?:ph\.?\s?d\.?|m\.?d\.?|mba|m\.?sc?\.?|b\.?sc?\.?|cv|resume|jr\.?|sr\.?))+$"))
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "el", "dos", "du", "ter",
              "ul", "ibn", "bint", "binti", "ben", "das", "do", "zu", "della", "degli", "y"}
_NOT_NAME_WORDS = re.compile(
    r"(?i)\b(?:summary|research|statement|profile|contact|about|page|draft|version|department|lab|"
    r"address|street|road|avenue|building|room|office|email|phone|experience|education|skills|"
    r"publications|interests|objective|personal|information|details|overview|teaching|references|"
    r"curriculum|vitae|resume|the|of|and|for|in|at|on|with|my|our|"
    r"dear|regards|sincerely|subject)\b"  # a letter's salutation and closing ("Dear Prof. X,")
)


@dataclass(frozen=True)
class NameGuess:
    name: str
    line: Clean
    confidence: float
    how: str


def _titlecase(tok: str) -> str:
    if tok.isupper() and len(tok) > 1 and not re.fullmatch(r"[A-Z]\.?", tok):
        # (Turkish "İ" lowers to "i" and a combining dot: the dot goes, "KARAVELİ" -> "Karaveli")
        return "-".join(p[:1] + p[1:].lower().replace("i\u0307", "i") for p in tok.split("-"))
    return tok


_NICKNAME = re.compile(r"\s[\"“'‘][^\"”'’]{1,20}[\"”'’](?=\s)")
_POSSESSIVE_CV = re.compile(r"(?i)[’']s\s+(?:cv|r[ée]sum[ée]|curriculum\s+vitae)$")
_CV_TITLE_HEAD = re.compile(r"(?i)^(?:curriculum\s+vitae(?:\s+et\s+studiorum)?|résumé|resume|cv|个人简历|简历)\s*(?:of\b|[-–—:|·：])?\s*(?=\S)")
_GREETING = re.compile(r"(?i)^(?:(?:hi|hello|hey|hallo|hola|greetings)(?:\s+(?:there|all|everyone|world))?[^\w]*)?"
                       r"(?:i['’]m|i\s+am|my\s+name\s+is|this\s+is)\s+(?=[A-ZÀ-Þ])")
_TRAILING_MARKS = re.compile(r"[\s!.]+$")
_ASIDE_IN_NAME = re.compile(r"[(（]([^)）]*)[)）]")
_CJK_LABEL_ROW = re.compile(r"^[\u3400-\u9fff]{1,6}\s*[:：]\s*\S")
_SPACE_RUNS = re.compile(r" +")
_LOST_INITIAL_SPACE = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
_ITALIAN_ARTICLE = re.compile(r"(?i)^(?:della|dello|del)\s+(?=(?:dott|prof|dr)\.?(?:ssa)?\.?\s)")
# ("Assoc. Prof. Dr. X", "Asst. Prof. X": a Turkish academic's rank before the name)
_HONORIFICS = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|miss|engr|eng|dott|dott\.ssa|prof\.ssa|dr\.ssa|assoc|asst|assist)\.?(?:-ing\.)?\s+"
                         r"(?:(?:med|rer|nat|phil|habil|jur|dent)\.\s+)*)+", re.IGNORECASE)
_EUROPASS_LOGO = re.compile(r"^europass\s+", re.IGNORECASE)
_NOT_IN_NAME = re.compile(r"\d|@|https?:|www\.|/")


def name_from_text(text: str) -> str | None:
    """The name in a line, decorations removed, or None when the line is not a name."""
    t = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").strip().strip("#*").strip()
    if t[:1] in _PLACE_ICONS or _DOC_TITLES.match(t):
        return None  # "⌂ São José dos Campos, SP": an address beside its icon; "CURRICULUM VITAE ET STUDIORUM"
    t = _NICKNAME.sub("", t)  # Robert "Bob" Smith
    # "Jane Doe's CV" (rendercv's Markdown title), "Jane Doe’s Résumé"
    t = _POSSESSIVE_CV.sub("", t)
    # "Curriculum Vitae — Jane Doe", "Resume of Jane Doe"
    t = _CV_TITLE_HEAD.sub("", t)
    # A greeting that introduces its writer: "Hi there, I'm Jane Doe 👋", "Hello! My name is Jane Doe."
    t = _strip_symbols(t)
    t = _GREETING.sub("", t)
    t = _TRAILING_MARKS.sub("", t) if t != text.strip() else t
    t = _strip_symbols(t)  # emoji and dingbats around a heading ("👋", "✨")
    alt = None
    m = _ASIDE_IN_NAME.search(t)
    if m:
        inner = m.group(1).strip()
        if has_cjk(inner) and not has_cjk(t[: m.start()]):
            alt = re.sub(r"\s+", "", inner)
        # drop the aside with one space before it: "Margarethe (Greta) Vollmer" must not leave a
        # double space, which marks the end of the name on a header line
        left = t[: m.start()]
        left = left[:-1] if left.endswith(" ") and not left.endswith("  ") else left
        t = (left + (" " if not t[m.end():].startswith(" ") else "") + t[m.end():]).strip()
    if _CJK_LABEL_ROW.match(t):
        return None  # "方向:强化学习", "本科院校: X": a label and its value, never a name
    if _PHOTO_BOX.match(t):
        return None  # "大頭照", "照片": the photo's box, labelled
    if site := _NAME_THEN_SITE_FIELD.match(t):
        t = site.group(1)  # "李嘉树 简历编号:JM62…", "黃詠晴 代碼:1750…": a job site's own field after the name
    # "PRIYA  PETROVA" (a column gap, a tab once cleaned): two name words set apart
    # for looks, not a name and a title
    # (a role or a place after the gap is refused by _latin_name below)
    if _LETTER_SPACED.fullmatch(t):  # "R H E A   K O W A L S K I - B A N D A"
        t = " ".join(w.replace(" - ", "-").replace(" ", "") for w in _WORD_GAP.split(t))
    if _SPACED_PAIR.fullmatch(t):
        t = " ".join(t.split())
    if _broken_small_caps(t):
        # "Tobi ah Ok on j o -S tr and": letter-spaced capitals whose text layer put spaces at
        # random letter gaps; the words start where the capitals do
        t = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", t.replace(" ", ""))
    if family_first := _FAMILY_COMMA.fullmatch(t):
        # "簡毓萱 CHIEN, Yu-Hsuan": the romanised name family name first, as Taiwan prints it
        t = f"{family_first.group(1)} {family_first.group(3)} {family_first.group(2).title()}"
    t = _SPACE_RUNS.sub(" ", _CUT.sub("", t)).strip()
    for _ in range(2):  # (the two kinds interleave: "MBChB PhD FRCP")
        t = _DECOR.sub("", _POST_NOMINALS.sub("", t)).strip(" ,")
    t = _LOST_INITIAL_SPACE.sub(r"\1. ", t)  # "Halvard T.Quennell": a text layer lost the space
    # (stacked: "Prof. Dr. Jonas X", "Prof. Dr.-Ing. X", "Dr. med. X", "Dr. rer. nat. X")
    # ("Engr. Dr. X": an engineer's title in Pakistan and Nigeria; "europass X": the Europass editor's logo word)
    # ("della Dott.ssa X", "Prof.ssa X": the Italian titles, "of Dr X" as a CV's subtitle writes them)
    t = _ITALIAN_ARTICLE.sub("", t)
    t = _HONORIFICS.sub("", _EUROPASS_LOGO.sub("", t))
    if not t or _DOC_TITLES.match(t) or find_dates(t) or _NOT_IN_NAME.search(t):
        return None
    if has_cjk(t):
        if m := _IDENTITY_LINE.match(t):
            t = m.group(1)  # "林夏，女，浙江大学，副教授": an NSFC-style identity line opens with the name
        # "林晓澄简历", "林晓澄的个人简历": the document's title after the name (perhaps a job
        # site's badge after it: "周雨桐简历 猎聘认证")
        if titled := _NAME_THEN_TITLE.match(t):
            t = titled.group(1)
        head, _, rest = t.partition(" ")
        if rest and re.fullmatch(r"[\u3400-\u9fff·]{2,4}", head) and (
                ROLE_RE.search(rest) or ORG_WORDS.search(rest) or _NEXT_FORM_LABEL.match(rest)
                or _JOB_SEEKING.match(rest)):
            # "欧阳知微 副教授 · 环境学院": the name, then the post and the school;
            # "廖清禾 性别" (from "姓名:廖清禾 性别:男"): the name, then the form's next label;
            # "栾思远 在职-考虑机会": a job site's note on whether the person is looking
            t = head
        latin = re.sub(r"[\u3400-\u9fff\s·]+", " ", t).strip()
        cjk = "".join(re.findall(r"[\u3400-\u9fff·]+", t))
        if _CJK_POST.search(cjk):
            return None  # "助理教授(终身教职轨)Assistant Professor": a post, set like a name
        if latin and _latin_name(latin):
            return f"{_latin_name(latin)} ({cjk})" if 2 <= len(cjk) <= 4 else _latin_name(latin)
        if latin or not 2 <= len(cjk) <= 4:
            return None
        if _DOC_TITLES.match(cjk) or ORG_WORDS.search(cjk) or heading_kind(cjk) or is_location(cjk):
            return None
        if re.search(r"简历|教育|经历|工作|项目|技能|奖|论文|[市区省路号]$|姓名|性别|电话|邮箱|求职|意向|出生|照片|相片|头像|"
                     r"年月|民族|籍贯|面貌|婚姻|身高|年龄|地址|住址|学历|学位|国籍|手机|微信", cjk):
            return None
        return cjk
    name = _latin_name(t)
    if name and alt:
        return f"{name} ({alt})"
    return name


def _broken_small_caps(t: str) -> bool:
    """Most pieces a letter or two long, the letters a capitalised name once joined."""
    pieces = t.split(" ")
    return (len(pieces) >= 5 and sum(len(p.strip("-")) <= 2 for p in pieces) >= 0.5 * len(pieces)
            and bool(re.fullmatch(r"(?:[A-Z][a-z]+[- ]?){2,4}", t.replace(" ", "").replace("-", "-"))))


def _strip_symbols(t: str) -> str:
    """Symbols (emoji, dingbats, their variation selectors and joiners) at either end removed."""
    def symbol(ch: str) -> bool:
        return unicodedata.category(ch) in ("So", "Sk", "Sm", "Mn", "Cf", "Zs") or ch in " \ufe0f\u200d"
    a, b = 0, len(t)
    while a < b and symbol(t[a]):
        a += 1
    while b > a and symbol(t[b - 1]):
        b -= 1
    return t[a:b]


_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")
# Latin words only: "林晓澄\t南湖实验室" is a name and a workplace, and CJK names have no gap
_LATIN_WORD = r"[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*"
# a name set letter by letter: one space between letters, a wider gap (or a tab) between words
# (a comma before letters after the name: "R O H A N ,   P H D")
_SPACED_WORD = r"[A-Za-z\u00c0-\u024f](?: [A-Za-z\u00c0-\u024f'’]| - [A-Za-z\u00c0-\u024f])+(?: ,)?"
_LETTER_SPACED = re.compile(rf"{_SPACED_WORD}(?:(?:\t| {{2,}}){_SPACED_WORD})+")
_WORD_GAP = re.compile(r"\t| {2,}")
_SPACED_PAIR = re.compile(rf"{_LATIN_WORD}(?: {{2,3}}|\t){_LATIN_WORD}")


def _latin_name(t: str) -> str | None:
    toks = t.split()
    if not 2 <= len(toks) <= 5 or len(t) > 45:
        return None
    if heading_kind(t) or ORG_WORDS.search(t) or ROLE_RE.search(t) or is_location(t) or _NOT_NAME_WORDS.search(t):
        return None
    if sum(1 for tok in toks if tok.isupper() or not tok.islower() and degree_level(tok)) >= 2 and sum(
            1 for tok in toks if degree_level(tok)) >= 2:
        return None  # "MBChB BSc PhD FRCP": the letters after a name, not a name
    for i, tok in enumerate(toks):
        if (tok.lower() in _PARTICLES and 0 < i < len(toks) - 1) or (i > 0 and JOINED_PARTICLE.fullmatch(tok)):
            continue
        if not (_NAME_TOKEN.fullmatch(tok) and tok[0].isupper()):
            return None  # any script's letters: "Vuković", "Łukasz", "Ørsted"
    if sum(len(x.strip(".")) > 1 for x in toks) < 2 and len(toks) < 3 and not (
            len(toks) == 2 and max(len(x.strip(".")) for x in toks) >= 3):
        return None  # "J. D." is not enough of a name; "Dana Q" and "D. Quill" are
    return " ".join(_titlecase(x) for x in toks)


_SINGLE_LETTERS = re.compile(r"[A-ZÀ-Þ](?: [A-ZÀ-Þ]){3,}")
_SPELLED_WORD = re.compile(r"[A-ZÀ-Þ](?: (?:[A-ZÀ-Þ]|-)){2,}")  # "B A P T I S T E - K A U R"


def _spelled_out(text: str, emails: list[str], links: tuple[str, ...] = ()) -> tuple[str, float] | None:
    """"M E I R A M A N": a name set letter by letter whose word gap the reader lost, and how
    sure the split is. The e-mail address tells where a word ends when it spells one
    ("mei.raman@", "mei@", "mraman@"); else the letters stay one word, to be checked.
    A hyphenated family name ("H A L L V A R D O S E I - B R E N N A N") starts where the
    e-mail or homepage spells its first part ("hosei@", "mquenneville-obi.example.com")."""
    if not _SINGLE_LETTERS.fullmatch(text.strip()):
        if _SPELLED_HYPHENATED.fullmatch(text.strip()):
            return _spelled_hyphenated(text.replace(" ", ""), _contact_tokens(emails, list(links)))
        return None
    letters = text.replace(" ", "")
    plain = unicodedata.normalize("NFKD", letters.lower()).encode("ascii", "ignore").decode()
    words = {w for e in emails for w in re.split(r"[._+-]", re.sub(r"[^a-z._+-]", "", e.split("@")[0].lower()))
             if len(w) >= 3}
    for k in range(2, len(plain) - 1):
        if plain[:k] in words or plain[k:] in words:
            return f"{letters[:k].capitalize()} {letters[k:].capitalize()}", 0.7
    return letters.capitalize(), 0.5


_SPELLED_HYPHENATED = re.compile(r"[A-ZÀ-Þ](?: [A-ZÀ-Þ])+ - [A-ZÀ-Þ](?: [A-ZÀ-Þ])+")


def _capitalised(word: str) -> str:
    """"BAPTISTE-KAUR" -> "Baptiste-Kaur": each part of a spelled-out word in title case."""
    return "-".join(p.capitalize() for p in word.split("-"))


def _spelled_hyphenated(letters: str, tokens: set[str]) -> tuple[str, float] | None:
    plain = unicodedata.normalize("NFKD", letters.lower()).encode("ascii", "ignore").decode()
    for k in range(2, plain.index("-") - 2):
        first_part = plain[k:plain.index("-")]
        if len(first_part) >= 3 and any(first_part in t for t in tokens if t):
            return f"{letters[:k].capitalize()} {_capitalised(letters[k:])}", 0.7
    return None


def _contact_tokens(emails: list[str], links: list[str]) -> set[str]:
    toks: set[str] = set()
    for e in emails:
        toks.add(re.sub(r"[^a-z]", "", e.split("@")[0].lower()))
    for u in links:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", u.lower())
        toks.add(re.sub(r"[^a-z]", "", host.split(".")[0]))
        toks.add(re.sub(r"[^a-z]", "", host.rsplit("/", 1)[-1]))
        # a job board's profile address names its owner in a path segment: ".../r/Dana-Quill/3f9a"
        toks.update(re.sub(r"[^a-z]", "", seg) for seg in host.split("/")[1:]
                    if re.fullmatch(r"[a-z]+(?:[-_.][a-z]+)+", seg))
    return {t for t in toks if len(t) >= 3}


_LOWER_INITIAL = re.compile(r"[a-z]\.")


def _lower_name(text: str, toks: set[str]) -> str | None:
    """"dana ks", "dana quill": a name written in lower case, accepted only when the e-mail
    address or a profile link spells it too (a lower-case line is otherwise a phrase)."""
    t = text.strip()
    # "zhiyu qiao 乔知雨": the same name in Chinese characters after it
    cjk = re.search(r"\s+([\u3400-\u9fff]{2,4})$", t)
    t = t[: cjk.start()] if cjk else t
    words = t.split(" ")
    # Latin letters only, accents allowed ("zoë quill" against "zoequill@...")
    latin = all((w.replace("-", "").replace("'", "").isalpha() or _LOWER_INITIAL.fullmatch(w))
                and w.islower() and all(ord(ch) < 0x250 for ch in w)
                for w in words)  # "oyelaran-quist", "o'neil": hyphens and apostrophes inside a word; "j." an initial
    if not (latin and 2 <= len(words) <= 3 and len(words[0]) >= 2) or _NOT_NAME_WORDS.search(t) \
            or heading_kind(t):
        return None
    # the given name or the family name, as the address spells it ("dquill@" for "dana quill")
    folded = [unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
              for w in (words[0], words[-1]) for part in re.split(r"[-']", w)]
    if any(len(w) >= 3 and any(w in tok for tok in toks) for w in folded):
        name = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 2 else w.upper() for w in t.split())
        return f"{name} ({cjk.group(1)})" if cjk else name
    return None


def _matches_contact(name: str, toks: set[str]) -> bool:
    # "Dlamini-Strand" against "n.dlamini@...": each half of a double-barrelled name counts
    parts = [re.sub(r"[^a-z]", "", p.lower()) for p in re.split(r"[\s-]+", re.sub(r"\(.*?\)", "", name))]
    return any(len(p) >= 3 and any(p in t for t in toks) for p in parts)


# "Name", and Europass's "Name / Surname", "First name(s) / Surname(s)"
# and a bilingual label ("氏名 / Name", "姓名 Name": a Japanese or Chinese form with English glosses)
_NAME_WORD = r"(?:full\s+name|name|姓\s*名|氏\s*名)"
_NAME_LABEL = re.compile(rf"(?i)^(?:{_NAME_WORD}(?:\s*/?\s*{_NAME_WORD})?|"
                         r"(?:first\s+)?names?(?:\(s\))?\s*/\s*surnames?(?:\(s\))?|"
                         # ("Name, Vorname  Brückner, Annelie": a DFG form's field, family name first)
                         r"(?:family\s+name|surname|last\s+name|nach-?name|name),\s*(?:first|given|vor-?)\s*names?)\s*[:：]?$")
# A form that asks for the given and the family name in cells of their own ("First name  Lucía",
# "Family name  Berenguer Saldaña", a row or two apart)
_GIVEN_LABEL = re.compile(r"(?i)(?:first|given)\s+names?|vorname|nombre")
_FAMILY_LABEL = re.compile(r"(?i)family\s+names?|surnames?|last\s+names?|nachname|apellidos?")


def _split_name_fields(lines: list[Clean]) -> tuple[str, Clean] | None:
    """"Lucía Berenguer Saldaña" from a form's "First name" and "Family name" cells, with the
    line of the given name."""
    given: tuple[str, Clean] | None = None
    family: str | None = None
    for c in lines[:30]:
        if "\t" not in c.raw:
            continue
        cells = [x.strip() for x in c.raw.split("\t") if x.strip()]
        for k, cell in enumerate(cells[:-1]):
            if given is None and _GIVEN_LABEL.fullmatch(cell):
                given = (cells[k + 1], c)
            elif family is None and _FAMILY_LABEL.fullmatch(cell):
                family = cells[k + 1]
    name = name_from_text(f"{given[0]} {family}") if given and family else None
    return (name, given[1]) if name and given else None


def _name_cell(text: str) -> str | None:
    """The value after a "Name" / "姓名" cell in a label-value grid ("姓名<tab>X<tab>性别<tab>男")."""
    low = folded(text)
    if low is not None and "name" not in low and "姓" not in text and "氏" not in text:
        return None  # no cell can be the label: every body line is asked, so skip the split
    # ("姓<tab>名<tab>X": a form's label spaced out to its cell's width, the gap read as a cell break)
    cells = [x.strip() for x in re.split(r"\t+|\s{3,}", re.sub(r"^([姓氏])\t+(名)(?=\t)", r"\1\2", text))]
    for k, cell in enumerate(cells[:-1]):
        if _NAME_LABEL.match(cell) and cells[k + 1]:
            return name_from_text(_given_first(cells[k + 1]))
    return None


def _given_first(value: str) -> str:
    """"Teixeira Valadares, Bruno" -> "Bruno Teixeira Valadares": a form's name field asks for
    the family name first (not "賴柏勳(LAI, PO-HSUN)": the comma is inside the romanisation)."""
    family_first = re.fullmatch(r"([^,\d()（）]{2,40}),\s*([^,\d()（）]{2,30})", value.strip())
    return f"{family_first.group(2)} {family_first.group(1)}" if family_first else value


_TITLE_AFTER_NAME = re.compile(r"\s+[|·•]\s+|\t")


def find_name(lines: list[Clean], sections: list[Section], emails: list[str], links: list[str]) -> NameGuess | None:
    fields = _split_name_fields(lines)
    if fields:
        return NameGuess(fields[0], fields[1], 0.95, "given and family name fields")
    for c in lines:
        m = _FIELD.match(c.text) or _EUROPASS_LABEL.match(c.text)
        # ("NAME: Thornquist, Marisol E.": an NIH biosketch's field, family name first)
        n = name_from_text(_given_first(m.group(m.lastindex or 1))) if m else _name_cell(c.raw if "\t" in c.raw else c.text)
        if n:
            return NameGuess(n, c, 0.95, "name field")
    header = [c for s in sections if s.kind == "header" for c in s.lines][:15]
    # an unknown heading right at the top (a name set in capitals) belongs to the header too
    for s in sections[1:3]:
        if s.kind == "unknown" and s.heading and s.heading.index <= (header[-1].index + 2 if header else 3):
            header.append(s.heading)
        # "Personal Information" / "Contact" opening the document holds the name unlabelled too
        if s.kind in ("personal", "summary") and not header:
            header.extend(s.lines[:8])
    # "Aino Karvonen-" / "Whitlock": a name set large, wrapped at its surname's hyphen
    # ("Lowe | Epidemiologist": the title after the wrapped part, as moderncv's banner sets it)
    for a, b in zip(header[:4], header[1:5], strict=False):
        rest_of_name = _TITLE_AFTER_NAME.split(b.text, maxsplit=1)[0]
        if (a.line.size and a.line.size == b.line.size and a.text.rstrip().endswith("-")
                and _single_name_word(rest_of_name) and a.line.size >= max((c.line.size or 0) for c in header)
                and (joined := name_from_text(f"{a.text.strip()}{rest_of_name.strip()}"))):
            return NameGuess(joined, a, 0.85, "largest header lines")
    # a name set large over two lines ("Anna-Lena" / "Quill") in a side bar or banner
    for i, (a, b) in enumerate(zip(header, header[1:], strict=False)):
        if a.line.size and a.line.size == b.line.size and _single_name_word(a.text) and _single_name_word(b.text):
            joined = name_from_text(f"{a.text} {b.text}")
            rest = header[i + 2] if i + 2 < len(header) else None
            if (b.text.rstrip().endswith("-") and rest is not None and rest.line.size == b.line.size
                    and _single_name_word(rest.text)):
                # "Tobias" / "Rennick-" / "Adewale": a double-barrelled surname wrapped at its hyphen
                joined = name_from_text(f"{a.text} {b.text.rstrip()}{rest.text.strip()}") or joined
            if joined and a.line.size >= max((c.line.size or 0) for c in header):
                return NameGuess(joined, a, 0.85, "largest header lines")
    # "Doe, Jane" as the very first line: family name first
    if header:
        m = re.fullmatch(r"([A-Z][\w'’-]+),\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)", header[0].text.strip())
        if m and not is_location(header[0].text) and not heading_kind(header[0].text):
            n = name_from_text(f"{m.group(2)} {m.group(1)}")
            if n:
                return NameGuess(n, header[0], 0.6, "family name first on the first line")
    if header and (spelled := _spelled_out(header[0].text, emails, tuple(links))):
        return NameGuess(spelled[0], header[0], spelled[1], "name set letter by letter")
    # ...over two lines, each in the first cell of a banner row ("R H I A N N O N<tab>e-mail",
    # "B A P T I S T E - K A U R<tab>City"): the given name, then the family name
    firsts = [(c, c.raw.split("\t")[0]) for c in header[:5]]
    pieces = [(c, cell) for c, cell in firsts if _SPELLED_WORD.fullmatch(cell.strip())]
    if len(pieces) == 2:
        joined = name_from_text(" ".join(_capitalised(cell.replace(" ", "")) for _, cell in pieces))
        if joined and _matches_contact(joined, _contact_tokens(emails, links)):
            return NameGuess(joined, pieces[0][0], 0.8, "name set letter by letter over two lines")
    candidates = [(c, n) for c in header if (n := name_from_text(c.text))]
    sized = [(c, n) for c, n in candidates if c.line.size]
    toks = _contact_tokens(emails, links)
    if sized:
        c, n = max(sized, key=lambda cn: (cn[0].line.size or 0, -cn[0].index))
        # "rosalind m. achterberg" set larger than any capitalised line (a building's name in
        # the address): the lower-case line the e-mail address spells is the name
        top = max(header[:5], key=lambda x: x.line.size or 0)
        if (top.line.size or 0) > (c.line.size or 0) + 2 and (lower_top := _lower_name(top.text, toks)):
            return NameGuess(lower_top, top, 0.8, "lower-case name set largest, matched to the e-mail address")
        return NameGuess(n, c, 0.9, "largest header line")
    if not candidates:
        # a banner of cells ("address<TAB>Name<TAB>e-mail"): the cell the e-mail address spells
        for c in header[:5]:
            for cell in c.raw.split("\t")[1:] if "\t" in c.raw else ():
                if (n := name_from_text(cell)) and _matches_contact(n, toks):
                    return NameGuess(n, c, 0.75, "header cell matched to the e-mail address")
        lower = [(c, n) for c in header[:5] if (n := _lower_name(c.text, toks))]
        # "jonah w." / "ferreira-ito": a lower-case name set large over two lines
        lower += [(a, n) for a, b in zip(header[:4], header[1:5], strict=False)
                  if a.line.size and a.line.size == b.line.size and (n := _lower_name(f"{a.text} {b.text}", toks))]
        if lower:
            return NameGuess(lower[0][1], lower[0][0], 0.7, "lower-case name matched to the e-mail address")
    if candidates:
        c, n = candidates[0]
        strong = c.line.heading or c.raw.lstrip().startswith("#") or c is header[0] or _matches_contact(n, toks)
        return NameGuess(n, c, 0.85 if strong else 0.6, "first name-shaped line of the header")
    # Side bars: a name-shaped line anywhere whose words match the e-mail or homepage.
    for i, c in enumerate(lines):
        if c.bullet or len(c.text) > 40:
            continue
        n = name_from_text(c.text)
        if n and _matches_contact(n, toks):
            after = lines[i + 1] if i + 1 < len(lines) else None
            if (after is not None and after.line.size and after.line.size == c.line.size
                    and _single_name_word(after.text) and (whole := name_from_text(f"{c.text} {after.text}"))):
                n = whole  # "Helena Magalhães" / "Tavares": the banner wrapped the family name
            return NameGuess(n, c, 0.7, "name matched to the e-mail address")
        if i + 1 < len(lines) and _single_name_word(c.text) and _single_name_word(lines[i + 1].text):
            n = name_from_text(f"{c.text} {lines[i + 1].text}")
            if n and _matches_contact(n, toks):
                return NameGuess(n, c, 0.7, "name matched to the e-mail address")
    # a name set letter by letter below a side bar ("D A R I E N O K A F O R" under Contact,
    # Skills...): the e-mail address tells where its words part
    for c in lines[:60]:
        spelled = _spelled_out(c.text, emails, tuple(links))
        if spelled and spelled[1] >= 0.7:
            return NameGuess(spelled[0], c, 0.7, "name set letter by letter, matched to the e-mail address")
    return _display_name(lines)


def _display_name(lines: list[Clean]) -> NameGuess | None:
    """The first page's one display-size line, when it is name-shaped: a main column's
    banner printed after a side bar, its words matching no contact detail."""
    sizes = sorted(c.line.size for c in lines if c.line.size and c.line.page == 1)
    if not sizes:
        return None
    top = max((c for c in lines if c.line.page == 1 and c.line.size), key=lambda c: c.line.size or 0)
    body = sizes[len(sizes) // 2]
    display = [c for c in lines if c.line.page == 1 and (c.line.size or 0) >= (top.line.size or 0) - 0.5]
    if (top.line.size or 0) < 1.6 * body or len(display) > 2:
        return None
    if len(display) == 2:  # "Helena Magalhães" / "Tavares": the name wrapped in its banner
        first, second = display
        if second.index != first.index + 1 or not _single_name_word(second.text):
            return None
        n = name_from_text(f"{first.text.strip()} {second.text.strip()}")
        return NameGuess(n, first, 0.7, "largest lines of the first page") if n else None
    n = name_from_text(top.text)
    return NameGuess(n, top, 0.7, "largest line of the first page") if n else None


def _single_name_word(text: str) -> bool:
    t = text.strip()
    return bool(re.fullmatch(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+", t)) and not heading_kind(t)
