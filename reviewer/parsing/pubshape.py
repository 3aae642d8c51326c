"""The shape of a line in a reference list: does it open with authors, is a reference complete.

Shared by the splitter (where does a reference start) and the reader (which
part of a reference is its author list).
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.authors import split_authors
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubstatus import BRACKETED_STATUS, YEAR_SLOT_STATUS
from reviewer.parsing.pubtext import years_in
from reviewer.parsing.venues import is_journal_abbreviation

# Vancouver (NLM) authors: "Family INITIALS" pairs, comma-separated, the list closed by a period.
_NAME = r"[A-Z][a-zà-ÿ'’]+(?:[- ][A-Z][a-zà-ÿ'’]+)*\s[A-Z]{1,3}[*†‡#]?"
# (a consortium after "et al;": "Quill D, Osei HM, et al; for the X Investigators. Title")
_VANCOUVER = re.compile(rf"^(?:{_NAME},\s)+(?:{_NAME}\.|et al[.;])\s+\S")

# OSCOLA (UK and Irish law): "S Dervan-Quill, ‘Title’ (2023) 86 MLR 1021", "S Quill and C Roe, Book
# (Publisher 2021)": initials without points before the family name, then a comma and the title
_OSCOLA_NAME = r"[A-Z]{1,3} (?:(?:Ní|Ó|Mac|Mc|de|van|von) )?[A-ZÀ-Þ][\w'’-]+"
OSCOLA_AUTHORS = re.compile(rf"^(?P<authors>{_OSCOLA_NAME}(?:(?:,| and) {_OSCOLA_NAME})*),\s+(?=[‘'A-Z])")

# APA and Harvard authors: "Surname, I. I.," pairs, the last after "&" or "and", the list closed
# by the last initials' period ("Lindgren, P.†, & Teague, R. Title": students' and equal marks
# may follow the initials) or by the year ("Ó Briain, C. and Weller, J., 2023, July. Title")
_APA_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[- ][A-ZÀ-Þ][\w'’-]+)*,\s(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)[*†‡#]*"
# (the last name after the "and" of the CV's language: "y", "e", "et", "und")
_APA = re.compile(rf"^{_APA_NAME}(?:,\s{_APA_NAME})*(?:,?\s(?:&|and|y|e|et|und)\s{_APA_NAME}|,?\s+et\s+al\.?|,?\s+and\s+others)?"
                  # (Harvard's year, or the status standing in its place: "Quill, D., forthcoming.")
                  # (or a title in single quotes, Harvard's: "Quill, D. ‘Title’, Journal")
                  rf"(?:\s+[A-Z\"“‘(]|,\s*(?:19|20)\d\d\b|,\s*(?i:{YEAR_SLOT_STATUS})\b)")

# Mathematics (AMS) style: "A. Author, B. Author, and C. Author, Title, Journal 12 (2024), 1-20":
# every part is cut by commas. Given names are initials, so the list ends where a piece
# that is not "Initials Surname" begins.
# (a double family name too, as Italian, Spanish and Portuguese lists print it: "I. Bonvicini Tarsi")
GIVEN_FIRST = (r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)\s*(?:(?:van|von|de|da|di|del|der|le|la)\s+)?"
                r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+)?")
_GIVEN_FIRST_PART = re.compile(rf"{GIVEN_FIRST}(?:,|$)")
# a long list may be cut short with "et al." (physics: "A. Author, B. Author, et al., Title, ...")
COMMA_AUTHORS = re.compile(rf"^{GIVEN_FIRST}(?:,\s+{GIVEN_FIRST})*(?:,?\s+(?:and|&)\s+{GIVEN_FIRST}|,\s+et\s+al\.)?"
                           rf"(?=,\s+[A-Z\"“])")
# where the journal (or a status) opens after the title: "Duke Math. J. 173 (2024)", "submitted"
# (or in chemistry style, "Angew. Chem. Int. Ed. 2021, 60, 11842")
# (or in physics (APS) style, "Phys. Rev. B 104, 125301 (2021)": volume, page, then the year)
_COMMA_VENUE = re.compile(r",\s+(?=[A-Z][^,]{1,80}?\s(?:\d+\s*\((?:19|20)\d\d\)|(?:19|20)\d\d,\s*\d|"
                          r"\d+,\s*[A-Z]?\d+\s*\((?:19|20)\d\d\))|"
                          r"(?i:submitted|preprint|arxiv|to appear|"
                          r"in press|accepted|forthcoming)\b|in\s+[«“\"])")  # (Italian: ", in «Ocnus», 31, 2023")


def split_comma_reference(seg: str) -> list[str] | None:
    """"M. Author and R. Author, Title words, Geom. Funct. Anal. 31 (2021), 1-9" ->
    [authors, title, venue]; None when the segment does not open with such a list."""
    m = COMMA_AUTHORS.match(seg)
    if not m:
        return None
    rest = seg[m.end():].lstrip(", ")
    if _GIVEN_FIRST_PART.match(rest):
        return None
    v = _COMMA_VENUE.search(rest)
    if v and v.start() >= 8:
        return [m.group(0), rest[: v.start()], rest[v.end():]]
    # the year went to the next sentence ("..., ACS Catal." / "2020, 10, 7713"): the last
    # piece is the journal when it ends with a journal abbreviation
    title, sep, venue = rest.rpartition(", ")
    last = re.search(r"\b([A-Z][a-z]{1,11})\.$", venue)
    if sep and len(title) >= 8 and last and is_journal_abbreviation(last.group(1)) and len(venue.split()) <= 6:
        return [m.group(0), title, venue]
    return None


# an author-year list's date slot holding a status instead of (or beside) the year
_STATUS_YEAR = re.compile(rf"(?i)\s\((?:{BRACKETED_STATUS}|preprint)(?:,\s*(?:19|20)\d\d[a-z]?)?\)")


# (the leading lookahead names the characters a match can start with: the engine skips every
# other position at once instead of trying each alternative there; the matches are the same)
_HEAD_END = re.compile(r"(?=[.:\s“\"])(?:(?<![A-Z])(?<!\b[A-Z][a-z])[.:](?:\s|$)|\s\((?:19|20)\d\d[a-z]?\)|"
                       rf"\s\((?i:{BRACKETED_STATUS}|n\.d\.)\)|[“\"]|\s[·•]\s)")


_YEAR_IN_PARENS_END = with_opening(re.compile(r"\s*\((?:19|20)\d\d\)\s*$"))


# Pure functions of one string, asked about the same lines again and again
# while a list is split: cached so that long lists stay linear.
@lru_cache(maxsize=8192)
def author_start(text: str) -> bool:
    """The line opens with an author list (a whole line, or up to the first sentence end)."""
    if OSCOLA_AUTHORS.match(text):
        return True  # "S Dervan-Quill and C Ní Fhlann, ‘Title’ (2021) 44 DULJ 77": initials without points, OSCOLA's
    if _VANCOUVER.match(text):
        return True  # "Quill D, Osei HM, Brand T. Title": the period after the last initials ends the list
    if COMMA_AUTHORS.match(text):
        return True  # "A. Author, B. Author, Title, Journal 12 (2024)": the list ends at the first other piece
    if _APA.match(text):
        return True
    head = _HEAD_END.split(text, maxsplit=1)[0]
    head = _YEAR_IN_PARENS_END.sub("", head)
    head = _STATUS_YEAR.split(head, maxsplit=1)[0]  # "Quill, D. and Osei, H. (under review, 2025) Title"
    authors = split_authors(head)
    if not authors:
        return False
    if len(authors) >= 2:
        first = authors[0].name
        return len(first.split()) >= 2 or "," in first or bool(re.search(r"[\u3400-\u9fff]", first))
    only = authors[0].name
    return "," in only or bool(re.search(r"\b[A-Z]\.", only)) or bool(re.search(r"[\u3400-\u9fff]", only))


@lru_cache(maxsize=8192)
def whole_author_line(text: str) -> bool:
    return bool(split_authors(text.rstrip(". ")))


def ends_item(text: str) -> bool:
    t = text.rstrip()
    return bool(re.search(r"[.)\]]$", t)) or bool(years_in(t[-12:]))


def complete(texts: list[str]) -> bool:
    joined = " ".join(texts)
    return bool(years_in(joined)) or (joined.rstrip().endswith(".") and len(joined.split()) >= 8)


def is_badge(text: str) -> bool:
    """A short venue-and-year label on its own line: "CVPR 2016", "[NeurIPS'23]"."""
    t = text.strip(" []()")
    return len(t.split()) <= 4 and bool(re.search(r"(?:19|20)\d{2}\b|['’]\d{2}\b", t)) and bool(
        re.match(r"[A-Z][A-Za-z-]*[A-Z]", t)
    )


def title_with_venue_tail(text: str, known_venue) -> bool:
    """"Some Title Words Here ICML 2024": a title line with its venue in the right column."""
    m = re.search(r"\s([A-Z][A-Za-z]+)['’]?\s*(?:19|20)\d{2}\s*$", text)
    return bool(m and known_venue(m.group(1)) and len(text[: m.start()].split()) >= 4 and ":" in text[: m.start()])
