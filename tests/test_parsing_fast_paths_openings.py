"""A pattern behind the lookahead of its first characters matches exactly as the pattern alone."""
from __future__ import annotations

import random
import re

import pytest

from reviewer.parsing import (
    authors,
    awards,
    candidate_contact,
    cleaning,
    contact,
    dates,
    education,
    edufacts,
    experience,
    jobline,
    lexicon,
    names,
    pubchunks,
    pubfields,
    pubfind,
    pubitem,
    pubsegments,
    pubshape,
    pubstatus,
    pubtext,
    sections,
    segments,
    venues,
    wrapdates,
)
from reviewer.parsing.needles import needles
from reviewer.parsing.openings import with_opening

_MODULES = (authors, awards, candidate_contact, cleaning, contact, dates, education, edufacts, experience, jobline,
            lexicon, names, pubchunks, pubfields, pubfind, pubitem, pubsegments, pubshape, pubtext, sections,
            segments, venues, wrapdates)
_NAMES = ("ROLE_RE", "ORG_WORDS", "DEGREE_RE", "_SOMEONE_ELSE", "_NOT_PERSONAL", "_JOB_WORDS", "VENUE_WORDS_RE",
          "UNIT_RE", "_ABBREV_END", "STRONG_INST", "_DANGLING", "_YEAR_OR_SHORT", "_EXPECTED_END", "_SKIP_LABELS",
          "_DATE_QUALIFIERS", "_FULL_STOP", "ENTRY_NOUNS", "_ADDRESS_WORD", "_SPACE_LIST_RE", "_AWARD_WORDS",
          "_ASIDE", "_FUNDING", "_FINDINGS", "_DOCUMENT_DATE", "_DOT_TLD", "_VENUE_WORD", "_OPENER_RE",
          "_NOT_PHONE_CONTEXT", "_ABBREVIATED_FIRM_END", "_PREPRINT_SERVER", "_PAGE_OF_ROW", "_MONTHS_SHARED_YEAR",
          "_SHORT_END", "_ET_AL", "YEAR_RE", "_MARKS_RE", "_CONTACTISH", "_DECOR", "_DURATION", "_TRAILING_NOTE",
          "_DANGLING_SEPARATORS", "_AUTHORS_END", "_BARE_YEAR_TAIL", "_CUT", "_POST_NOMINALS", "_RUN_SEP",
          "_AWARD_FIELD", "_HONOURS", "_OPEN_TAIL", "_CJK_ORG", "_TRAILING_DETAIL", "_CJK_LIST_SEPARATORS",
          "_STYLE_NOTE", "_IDENTIFIERS", "_YEAR_IN_PARENS_END", "_TAIL_RE", "_PAREN_TAIL_RE")


def _opened() -> dict[str, re.Pattern[str]]:
    """Each opened pattern once (a module that imports it names it too), by module and name."""
    out: dict[str, re.Pattern[str]] = {}
    for m in _MODULES:
        for n in _NAMES:
            rx = vars(m).get(n)
            key = f"{m.__name__.rsplit('.', 1)[-1]}.{n}"
            if rx is not None and key != "dates._OPEN_TAIL" and all(rx is not v for v in out.values()):
                out[key] = rx  # (dates' _OPEN_TAIL is another pattern than wrapdates', and runs as written)
    return out


OPENED = _opened()
OPENED |= {f"status {s}": rx for s, rx in pubstatus._STATUS_WORDS} | {"pubstatus._PREPRINT_RE": pubstatus._PREPRINT_RE}
_LOOKAHEAD = re.compile(r"\(\?=\[(?:[^\]\\]|\\.)*\]\)\(\?:")


def _without_opening(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was written: the lookahead and its group taken off again."""
    m = _LOOKAHEAD.match(rx.pattern)
    assert m and rx.pattern.endswith(")"), rx.pattern[:40]
    return re.compile(rx.pattern[m.end():-1], rx.flags)


# characters that case-blind matching folds onto ASCII letters (long s, Kelvin sign, dotted and
# dotless i), Latin letters with marks, Chinese characters, marks and white space
_EXTRA = ["ſ", "\u212a", "İ", "ı", "é", "à", "Ä", "ü", "大学", "研究员", "在投", "已接收", "\t", ", ", ".", "-", "(", ")",
          "&", "/", "  ", "2021", "1998", "'19", "’20", "–", "—", "~", "至", "预计", "2019 - 21", "Sep", "May", "Prof.",
          "Dr", "Inc.", "Ltd", "A. Quill", "et al.", "page 2 of 3", "x", "7"]


def _texts(rx: re.Pattern[str], count: int, seed: int) -> list[str]:
    words = list(needles(rx, shortest=1).strings) if needles(rx, shortest=1) else []
    words += ["engineer", "University", "PhD", "advisor", "journal", "arxiv.org", "Senior Research Fellow", "GmbH",
              "expected", "room", "lab", "group", "funding", "findings", "updated", "curriculum vitae", "award", "gpa"]
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), *_EXTRA]
    rng = random.Random(seed)
    return [rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(count)]


@pytest.mark.parametrize("name", sorted(OPENED))
def test_opened_pattern_matches_as_written(name: str) -> None:
    rx = OPENED[name]
    assert rx.pattern.startswith("(?=["), "the pattern lost its lookahead: it scans every position again"
    plain = _without_opening(rx)
    for text in _texts(rx, 3000, seed=len(name)):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert rx.sub("#", text) == plain.sub("#", text), text


def test_patterns_with_unlisted_first_characters_stay_as_they_are() -> None:
    for pattern in (r"(?i)[^\W\d]x", r"a?", r"(?:ab)*c?", r".x", r"(?i:x)y", r"[^a]|b"):
        rx = re.compile(pattern)
        assert with_opening(rx) is rx, pattern


def test_opening_reads_branches_repeats_and_look_behinds() -> None:
    cases = {r"(?<![\w-])(?:foo|bar)s?": "bf", r"(?:x?y|z)+w": "xyz", r"\b(?:ab)?c|d": "acd", r"(?i)Ab|(?-i:Cd)": "ac",
             r"[a-c]x|(?=q)q": "abcq", r"(?i)\d{2}|X|\Sy": r"\S\dx", r"(?<=[a-z])\d+|\^\w": r"\d\^"}
    for pattern, first in cases.items():
        opened = with_opening(re.compile(pattern))
        assert opened.pattern.startswith(f"(?=[{first}])(?:"), (pattern, opened.pattern)
        for text in ("foo bars", "xxyyzw", "abc d", "AB cd CD", "bx q", "-foo", "ſ", "x12 ^ab Xy", "a٣٤ ^é"):
            assert [m.span() for m in opened.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
