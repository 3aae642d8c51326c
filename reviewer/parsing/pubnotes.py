"""Notes under a reference list that say what the marks next to names mean.

"* denotes equal contribution", "(†: co-first authors; #: corresponding)",
"‡ indicates joint lead authorship": a star means equal contribution unless a
note gives it another meaning; other marks count only when a note says so.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubtext import EQUAL_MARKS

_NOTE_RE = re.compile(
    r"(?:equal(?:ly)?\s+contribut|contributed\s+equally|co-?first|co-?lead|joint\s+(?:first|lead)|shared\s+first|"
    r"corresponding\s+author|"
    r"project\s+lead|denotes|indicates|means|student\s+(?:author|mentee)|mentored|共同(?:第)?一作|并列第一|通讯作者|同等贡献|贡献相同)",
    re.I,
)
_MARK = rf"[{re.escape(EQUAL_MARKS)}]"
_MARK_FOUND = re.compile(rf"({_MARK})")
_MARK_AND_WORDS = re.compile(rf"({_MARK})\s*([^{re.escape(EQUAL_MARKS)};,]*)")
_OPENS_WITH_MARK = re.compile(rf"(?:\\?{_MARK})+\s*(?:=|:)?\s*\w")
_MARK_CLAUSE = re.compile(rf"[.;:]\s+\\?{_MARK}\s*(?:=|:)?\s*[A-Za-z]")
_MARK_DENOTES = re.compile(rf"^\(?\s*{_MARK}\s*(?:denotes|indicates)")
_EQUAL_WORDS_RE = re.compile(r"equal|co-?first|co-?lead|joint (?:first|lead)|shared first|共同(?:第)?一作|并列第一|同等贡献|贡献相同", re.I)


def note_marks(text: str) -> tuple[set[str], set[str]] | None:
    """Which symbols a note line declares as equal-contribution marks (and which as something else)."""
    if not _NOTE_RE.search(text) or len(text) > 300:
        return None
    marks = _MARK_FOUND.findall(text.replace("\\*", "*"))
    if not marks and not _EQUAL_WORDS_RE.search(text):
        return None
    equal: set[str] = set()
    other: set[str] = set()
    # Pair each mark with the words that follow it: "* equal contribution; † project lead".
    for m in _MARK_AND_WORDS.finditer(text.replace("\\*", "*")):
        words = m.group(2)
        sym = "*" if m.group(1) in "*\u2217\u22c6" else m.group(1)
        if _EQUAL_WORDS_RE.search(words):
            equal.add(sym)
        elif words.strip():
            other.add(sym)
    return equal, other


_NOTE_LABEL = re.compile(r"\(?\s*(?:note|notes|注|注意|请注意|说明|备注)\s*[:：]", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def is_note(text: str) -> bool:
    t = text.strip().lstrip("-•(").strip()
    if not t or len(t) > 200:
        return False
    starts_with_mark = bool(_OPENS_WITH_MARK.match(t)) or bool(
        _NOTE_LABEL.match(t)
    )
    # "My name is underlined. * corresponding author; † equal contribution.": a legend whose
    # clauses open with their marks, after a sentence about other markup
    # (a reference that ends with the legend, its year printed elsewhere, is a reference)
    legend = bool(_MARK_CLAUSE.search(t)) and not _YEAR.search(t) and not author_start(t)
    return bool((starts_with_mark or legend) and _NOTE_RE.search(t)) or bool(
        _MARK_DENOTES.match(t)
    )


def declared_equal(texts: Iterable[str]) -> set[str]:
    """The marks that note lines among texts declare as equal contribution."""
    out: set[str] = set()
    for text in texts:
        if is_note(text):
            marks = note_marks(text)
            if marks:
                out |= marks[0]
    return out
