"""Choosing a reference's title, venue, year and kind among its classified segments.

reviewer.parsing.pubitem cuts a reference into segments and classifies
them (authors, venue, year, text); these functions pick the fields from them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.parsing.authors import split_authors
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubstatus import BRACKETED_STATUS, status_from_text, without_status_words
from reviewer.parsing.pubtext import Marked, arxiv_year, years_in
from reviewer.parsing.venues import (
    VENUE_TAG,
    is_abbreviated_journal,
    is_nlm_journal,
    known_venue,
    looks_like_venue,
    starts_like_venue,
)

STATUS_RE = re.compile(
    r"\b(?:under review|under submission|in submission|submitted|in preparation|manuscript in preparation|"
    r"working paper|revise and resubmit|revise & resubmit|reject and resubmit|r&r|invited resubmission|"
    r"在审|投稿中|准备中)(?!\w)",
    re.I,
)
_STATUS_NEEDLES = needles(STATUS_RE, shortest=2)
PREPRINT_RE = re.compile(r"\b(?:arxiv|preprint|biorxiv|medrxiv|ssrn|technical report|tech\. report)\b", re.I)
GBT_TAG_RE = re.compile(r"\[(?:J|C|D|M|R|P|A|N|S|EB/OL|J/OL|C/OL)\]")


_WORDED = re.compile(r"[^\W\d_]{4}")
_DIGIT = re.compile(r"\d")
_WORD3 = re.compile(r"[^\W\d_]{3}")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _wordless(segment: str) -> bool:
    """No title's words: figures and short labels ("63(2), 230-241", "Vol. 12, pp. 3-9",
    "IF 5.855"), a stray initial ("SB"), Chinese names ("苗嘉禾, 郑可欣"); "¿Qué?" has a word."""
    if _WORDED.search(segment):
        return False
    return bool(_DIGIT.search(segment) or _CJK.search(segment)) or not _WORD3.search(segment)


_QUESTION_END = re.compile(r"[?!:]$")


def choose_title(segments: list[str], kinds: Sequence[str], a_idx: int | None, marked: Marked) -> tuple[str | None, int | None]:
    # 1. Quoted or emphasised spans that are not names.
    for span in marked.quoted + marked.italic + marked.bold:
        s = span.strip(" .,*")
        quoted_title = span in marked.quoted and len(s.split()) >= 3 and not looks_like_venue(s[:40])
        if quoted_title or len(s.split()) >= 2 and not split_authors(s) and not looks_like_venue(s[:40]) or (
            len(s.split()) >= 4 and not split_authors(s) and not starts_like_venue(s)
        ):
            idx = next((n for n, seg in enumerate(segments) if s[:20] in seg), None)
            return s, idx
    # 2. GB/T 7714: the segment carrying "[J]" / "[C]".
    for n, k in enumerate(kinds):
        if k == "title":
            return segments[n], n
    # ("63(2), 230-241", "pp. 12-20": a volume and pages after the journal are no title)
    texts = [n for n, k in enumerate(kinds) if k == "text" and not _wordless(segments[n])]
    if not texts:
        venues = [n for n, k in enumerate(kinds) if k == "venue" and not starts_like_venue(segments[n])]
        if venues:
            return segments[venues[0]], venues[0]
        return None, None
    if a_idx is not None and a_idx > 0 and any(n < a_idx for n in texts):
        # Title first: everything before the author list that is not venue or label.
        before = [n for n in texts if n < a_idx]
        return " ".join(segments[n] for n in before), before[0]
    after = [n for n in texts if a_idx is None or n > a_idx]
    if not after:
        return segments[texts[0]], texts[0]
    first = after[0]
    title = segments[first]
    # "Is X enough? An investigation of Y." -- a title may hold a question mark or "!".
    nxt = first + 1
    while nxt < len(segments) and kinds[nxt] == "text" and (_QUESTION_END.search(title) or len(title.split()) <= 2) and any(
        k in {"venue", "authors", "year"} for k in kinds[nxt + 1:]
    ):
        title = title + " " + segments[nxt]
        nxt += 1
    return title, first


_SHORT_NAME_YEAR = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[- ][A-Z][A-Za-z]*)?\s*['’‘]\d{2}")


# A DOI, a link or a PubMed number: letters that name no venue
_IDENTIFIERS = with_opening(re.compile(r"(?i)(?:https?://|doi:?\s*|\b10\.\d{4,}/)\S*|\bpmc?id:?\s*(?:PMC)?\d+"))


_LINK_NOTE = re.compile(r"(?i)^(?:available\s+(?:at|from|online)|retrieved\s+from|accessed)\b"
                        # an index and role remark in brackets: "(CSSCI,权威期刊)", "(SSCI, JCR Q1)", "(SCI 一区, IF=12.4)"
                        r"|^[(（]\s*(?:(?:SCIE?|SSCI|EI|CSSCI|CSCD|A&HCI|ESCI|CCF[- ]?[ABC]|JCR\s*Q\d|Top|"
                        r"IF\s*[=:]?\s*[\d.]+|北大核心|中文核心|核心期刊|权威期刊|[一二三四]区|中科院\s*[一二三四]区|"
                        r"通讯作者|第一作者|一作|共同一作)[\s,，;；、/]*)+[)）]\W*$")


def venue_segment(segments: list[str], kinds: Sequence[str], title_idx: int | None, a_idx: int | None) -> tuple[str | None, int | None]:
    start = (title_idx + 1) if title_idx is not None else 0
    order = list(range(start, len(segments))) + list(range(0, start))
    def worded(seg: str) -> bool:  # not just "2020;23(4):1-9." or "To appear in the."
        seg = _IDENTIFIERS.sub("", seg)  # nor "2024;33(2):101-10. doi: 10.4037/ajcc.512"
        seg = re.sub(r"\b(?:pp|vol|no|to appear|in|the|at|on|accepted|published|"
                     r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                     r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", "", seg, flags=re.I)
        return bool(re.search(r"[A-Za-z\u3400-\u9fff]{2}", seg))

    for n in order:  # biblatex prints the short name after the long one: "... Networked Systems. NSDI ’21. 2021."
        short = segments[n].strip(" .,;")
        if n != title_idx and kinds[n] in ("text", "venue") and _SHORT_NAME_YEAR.fullmatch(short):
            return re.sub(r"\s*['’‘]\d{2}$", "", short), n
    for n in order:  # a well-known venue first ("To appear in the." then "ACM SIGCOMM 2018 Workshop")
        if kinds[n] == "venue" and n != title_idx and known_venue(segments[n]) and not only_status(segments[n]):
            return segments[n], n
    for n in order:
        if (kinds[n] == "venue" and not only_status(segments[n]) and n != title_idx and worded(segments[n])
                and not _LINK_NOTE.match(segments[n])):
            return segments[n], n
    for n in range(start, len(segments)):  # a plain name after the title before a bare status
        if kinds[n] == "text" and n != title_idx and (a_idx is None or n != a_idx):
            seg = segments[n]
            # (not a report's number, "19214.", nor Harvard's "Available at: https://…")
            if len(seg.split()) <= 12 and worded(seg) and not re.match(
                    r"(?:https?://|doi|\(|oral|spotlight|best)", seg, re.I) and not _LINK_NOTE.match(seg):
                return seg, n
    for n in order:  # "Under review": no venue, but the reader keeps where the status sits
        if kinds[n] == "venue" and n != title_idx and worded(segments[n]):
            return segments[n], n
    return None, None


def states_status(text: str) -> bool:
    """STATUS_RE.search, run only on a text holding one of its words (most references hold none)."""
    return may_match(_STATUS_NEEDLES, text, folded(text)) and bool(STATUS_RE.search(text))


def only_status(seg: str) -> bool:
    stated = states_status(seg)
    if not stated and not status_from_text(seg):
        return False
    rest = without_status_words(STATUS_RE.sub("", seg) if stated else seg)
    # ("Forthcoming 2025.": a status with its year is still only a status)
    rest = re.sub(r"\b(?:and|to|at|for|publication|currently|paper|manuscript|\(|\))\b|\b(?:19|20)\d\d\b|[().,;:\s]",
                  "", rest, flags=re.I)
    return not rest.strip()


_STATUS_HEAD = re.compile(r"^(?:currently\s+)?(?:under review|under submission|submitted|in submission|revise and resubmit|"
                          r"revise & resubmit|reject and resubmit|r&r|invited resubmission|已投稿|投稿中|在[审審]|[审審]稿中|修改后重投)"
                          r"\s*(?:to|at|,|:|至|于)?\s*", re.I)
# ("(accepted, 2025)", "(2025, in press)", "(已接受,accepted)": the status may carry the year, or say
# it twice in two languages)
_STATUS_WORD = rf"(?:{BRACKETED_STATUS}|preprint)"
_STATUS_IN_PARENS = re.compile(rf"\s*[(（]\s*(?:(?:19|20)\d\d\s*[,，]\s*)?{_STATUS_WORD}"
                               rf"(?:\s*[,，、/;；]\s*(?:{_STATUS_WORD}|(?:19|20)\d\d))*\s*[)）]?[\s.。]*$", re.I)
_STATUS_AFTER_COMMA = re.compile(rf"\s*[,，;；]\s*(?:{BRACKETED_STATUS}|录用待刊|录用|待刊|在投|出版中)[\s.。]*$", re.I)
# "Clin Cancer Res. Accepted": the status as a sentence of its own after an abbreviated journal
_STATUS_AFTER_STOP = re.compile(rf"(?<=\w)\.\s+(?:{BRACKETED_STATUS})(?:\s*[,，]\s*(?:{BRACKETED_STATUS}))*"
                                r"(?:\s*[(（]?(?:19|20)\d\d[)）]?)?[\s.。]*$", re.I)  # ("Accepted, in press (2026).")


def status_stripped(seg: str) -> str:
    seg = _STATUS_HEAD.sub("", seg)
    # "Magnetic Resonance in Medicine (in press)": the status after the venue's name is not the name
    # (each tail pattern needs its opening bracket or comma: most segments lack it, and the scan is spared)
    if "(" in seg or "（" in seg:
        seg = _STATUS_IN_PARENS.sub("", seg) or seg
    # "Chemistry of Materials, 已接收", "中国科学：信息科学, 录用待刊": the same after a comma
    if any(ch in seg for ch in ",，;；"):
        seg = _STATUS_AFTER_COMMA.sub("", seg) or seg
    if ". " in seg:
        seg = _STATUS_AFTER_STOP.sub("", seg) or seg
    return seg


# The venue's name is a word of two letters or more (under IGNORECASE, which also covers
# Nature, Science and arXiv): written so, not as "[A-Z][A-Za-z]*[A-Z][A-Za-z]*", which matches
# the same words but backtracks over every split of each one (4x slower on a title's tail).
_TAIL_RE = with_opening(re.compile(
    r"\s+(?:\(|\[)?([A-Za-z]{2,}(?:\s+(?:Workshop|Findings|Oral|Spotlight))?"
    r"['’]?\s*(?:(?:19|20)\d{2}|'?\d{2})?|arxiv preprint|technical report|preprint)(?:\)|\])?\s*$",
    re.I,
))


def split_trailing_venue(title: str) -> tuple[str, str | None]:
    """"Sundial: A Family of ... Models ICML 2025" -> title, "ICML 2025"."""
    m = _TAIL_RE.search(title, _tail_start(title))
    if (
        m
        and (known_venue(m.group(1)) or PREPRINT_RE.search(m.group(1)))
        and len(title[: m.start()].split()) >= 3
        and (years_in(m.group(1)) or PREPRINT_RE.search(m.group(1)) or m.group(0).strip().startswith(("(", "[")))
    ):
        return title[: m.start()].rstrip(" ,.-–"), m.group(1)
    if "," in title and (m := _SUBMITTED_TAIL.search(title)) and len(title[: m.start()].split()) >= 3:
        return title[: m.start()].rstrip(" ,.-–"), m.group("venue")  # "Title, submitted to Journal of X."
    if title.count(",") >= 2 and (m := _COMMA_JOURNAL_TAIL.search(title)) and len(title[: m.start()].split()) >= 3 \
            and len(m.group("venue").split()) <= 10:
        return title[: m.start()].rstrip(" ,.-–"), m.group("venue")
    return _paren_tail(title)


_JOURNAL_LINKS = frozenset({"of", "and", "the", "in", "for", "on", "&"})
_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "for", "on", "to", "from", "with", "at", "by", "via",
                          "or", "as", "&"})
_LONE_LETTER = re.compile(r"[A-Z]\.?")


def split_unpunctuated_journal(title: str, after: list[str]) -> tuple[str, str | None]:
    """"Sputum microbiome predicts exacerbations European Respiratory Journal" then "63(2),
    230-241": a Harvard export that sets the journal in italics with no stop after the
    title. With the volume and pages next, the capitalised run closing a sentence-case
    title is the journal."""
    if not after or not (_DIGIT.search(after[0]) and _wordless(after[0])):
        return title, None
    words = title.split()
    k = len(words)
    while k > 0 and (words[k - 1][0].isupper() or words[k - 1] in _JOURNAL_LINKS):
        k -= 1
    while k < len(words) and words[k] in _JOURNAL_LINKS:
        k += 1
    # (in title case only small words are lower case: "Evidence from Imaginary Markets")
    if k == len(words) or k < 3 or not words[k - 1][0].islower() or words[k - 1] in _SMALL_WORDS:
        return title, None  # no run, or a title in title case: nothing tells where the journal starts
    if k + 1 < len(words) and _LONE_LETTER.fullmatch(words[k]) and _LONE_LETTER.fullmatch(words[k + 1]):
        k += 1  # "... iejimalide B. J. Am. Chem. Soc.": the compound's letter ends the title
    return " ".join(words[:k]), " ".join(words[k:]).rstrip(".")


# "Title, Journal of Hydrology, 617, 128977, 2023", "Title, Water Resources Research, in press": the
# journal, volume, pages (or article number) and year after the title, all cut by commas, as
# Copernicus and many society journals print them
_SUBMITTED_TAIL = re.compile(r",\s+(?:submitted|accepted|under\s+review)\s+(?:to|at|in|by|for)\s+(?P<venue>[A-Z][^,]{2,80}?)\.?$",
                             re.I)
_COMMA_JOURNAL_TAIL = re.compile(
    r",\s+(?P<venue>[A-Z][^,]{2,80}?)(?:,\s*\d{1,4}(?:\s*\(\d+\))?)?(?:,\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)?"
    r",\s*(?:(?:19|20)\d\d[a-z]?|in\s+press|accepted|submitted|forthcoming)\.?$", re.I)


def _tail_start(title: str) -> int:
    """Where a _TAIL_RE match can start at the earliest. A match runs to the end of the text
    and starts with whitespace; it spans at most four runs of whitespace (before the name,
    before "Workshop", before the year, at the end), five with a newline after the end that
    "$" leaves out, so it starts in one of the last five runs: the scan can begin there
    instead of crossing the whole title."""
    runs = [m.start() for m in _SPACE_RUNS.finditer(title)]
    return runs[-5] if len(runs) >= 5 else 0


_SPACE_RUNS = re.compile(r"\s+")


# "Title (TCSVT 2024)", "Title (ICLR 2023 oral)", "标题(计算机学报, 2023, CCF-A:已接收)": a parenthesised
# group closing the title that holds a venue and a year (or a status), not a word of the title.
_PAREN_TAIL_RE = with_opening(re.compile(r"\s*[(（]([^()（）]{2,160})[)）]\s*[.。]?$"))
_REMARK_RE = re.compile(r"(?i)^(?:oral|spotlight|poster|best\b.*|ccf[- ]?[abc]\b.*|jcr\b.*|sci\b.*|ei\b.*|"
                        r"if\s*[=:]?.*|中科院.*|.*[区类](?:期刊|会议)?.*|第[一二三四五六七八九十\d]+作者|[一二三四五]作|"
                        r"co-?first.*|first[- ]author.*|corresponding.*)$")


def _paren_tail(title: str) -> tuple[str, str | None]:
    m = _PAREN_TAIL_RE.search(title)
    if not m:
        return title, None
    head = title[: m.start()].rstrip(" ,.-–")
    if len(head.split()) < 3 and len(re.findall(r"[\u3400-\u9fff]", head)) < 6:
        return title, None
    inner = m.group(1).strip()
    parts = [p.strip() for p in re.split(r"[,，;；:：]|\.\s", inner) if p.strip()]
    if not parts or len(parts[0].split()) > 10:
        return title, None
    venue = parts[0]
    stated = bool(states_status(inner) or re.search(r"已接收|录用|在投|accepted|to appear|in press", inner, re.I))
    dated = bool(years_in(inner))
    # the venue part names a venue: capitals ("TCSVT 2024", "Neural Networks 2021") or CJK, not a remark
    # (or a preprint server, whose names open in lower case: "bioRxiv 2025")
    named = bool(re.match(r"[A-Z\u3400-\u9fff]", venue) or PREPRINT_RE.match(venue)) and not _REMARK_RE.match(
        venue) and not re.fullmatch(r"(?:19|20)\d\d", venue)
    if re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d|"
                 r"\b(?:present|now|current|today)\b|至今|(?:19|20)\d\d\s*[-–—~]\s*(?:(?:19|20)\d\d|\d{1,2}\b)", inner):
        return title, None  # "(Sep 2022 – present)": the dates of a job or a degree, not a venue
    if named and (dated or stated or known_venue(venue) or looks_like_venue(venue)):
        return head, venue + (f" {years_in(inner)[0][0]}" if dated and not years_in(venue) else "")
    return title, None


def choose_year(full: str, label: str | None, venue_seg: str | None, tail: str | None, segments: list[str], kinds: Sequence[str]) -> int | None:
    for source in (venue_seg, label, tail):
        if source:
            ys = years_in(source)
            if ys:
                return ys[0][0]
            m = re.search(r"['’‘](\d{2})\b|\b[A-Za-z]+-(\d{2})\b", source)
            if m and (known_venue(source) or (source == label and VENUE_TAG.fullmatch(source.strip()))):
                return 2000 + int(m.group(1) or m.group(2))
    for n, k in enumerate(kinds):
        if k == "year" and years_in(segments[n]):
            return years_in(segments[n])[0][0]
    ys = years_in(full)
    if ys:
        return ys[-1][0]
    return arxiv_year(full)


_WORKSHOP_RE = re.compile(r"\bworkshops?\b|研讨会", re.I)
_WORKSHOP_NEEDLES = needles(_WORKSHOP_RE)


def _names_workshop(text: str) -> bool:
    return may_match(_WORKSHOP_NEEDLES, text, folded(text)) and bool(_WORKSHOP_RE.search(text))


def choose_kind(full: str, venue: str | None, kind: str | None, hint: str | None) -> str | None:
    """conference / journal / workshop / preprint / in_preparation / other, from what is printed."""
    if states_status(full):
        return "in_preparation"
    if kind in (None, "conference", "workshop") and _names_workshop(f"{venue or ''} {full}"):
        return "workshop"
    if kind:
        return kind
    if venue == "arXiv" or (venue and PREPRINT_RE.search(venue)):
        return "preprint"
    if re.search(r"\bthesis\b|dissertation|学位论文|\[D\]", full, re.I):
        return "other"
    tag = GBT_TAG_RE.search(full)
    if tag:
        return {"[J]": "journal", "[C]": "conference"}.get(tag.group(0), "other")
    if venue and re.search(r"journal|transactions|trans\.|letters|magazine|学报|期刊", venue, re.I):
        return "journal"
    if venue and (is_abbreviated_journal(venue) or is_nlm_journal(venue)) and not re.search(
            r"\b(?:Proc|Conf|Symp)\b", venue):
        return "journal"  # "J. Chem. Phys.", "Phys. Rev. Lett.": ISO 4 names are journals' names
    if venue and re.search(r"conference|proceedings|symposium|proc\.|会议", full, re.I):
        return "conference"
    if hint:
        return hint
    return None


def closed_by_venue(text: str) -> bool:
    """A reference with no author list that ends with its venue in parentheses:
    "Quiet Gradients for Sparse Tides (Journal of Fen Studies, 2023, accepted)"."""
    t = text.rstrip()
    return bool(re.search(r"[)）][.。]?$", t)) and split_trailing_venue(t)[1] is not None
