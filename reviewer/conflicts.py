"""Conflicts of interest suggested from a CV, in pure code.

A suggestion is only that: the reviewer declares the conflict or says it is none
(remembered, db/conflicts.py). Three kinds are looked for:

- co-author: the reviewer's name among a publication's authors ("Ada Quill",
  "A. Quill", "Quill, Ada" and "Quill A" all match Ada Quill; a name written
  without spaces, as Chinese names are, must match whole);
- supervisor: a line of the CV naming an advisor, supervisor or mentor (导师)
  that names the reviewer;
- institution: the reviewer's affiliation among the candidate's institutions of
  study or work in the last `RECENT_YEARS` years (or with no end date).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Profile


RECENT_YEARS = 5
_SUPERVISOR = re.compile(r"advis[eo]r|supervis[eo]r|mentor|promoter|导师|指导老师|指导教师", re.IGNORECASE)
_NOISE = {"the", "of", "and", "at", "dept", "department", "for", "in"}


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "co-author" | "supervisor" | "institution"
    detail: str  # what in the CV suggests it, for a person to judge

    def text(self) -> str:
        return f"{self.kind}: {self.detail}"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_tokens(name: str) -> list[str]:
    """"Quill, Ada" -> ["ada", "quill"]; accents and punctuation dropped."""
    folded = _fold(name)
    if "," in folded:
        last, _, first = folded.partition(",")
        folded = f"{first} {last}"
    return [t for t in re.split(r"[^\w]+", folded) if t]


def _given_match(a: str, b: str) -> bool:
    """A given name and a given name or an initial ("ada" / "a")."""
    return a == b or (len(a) == 1 or len(b) == 1) and a[0] == b[0]


def same_name(reviewer: str, author: str) -> bool:
    mine, theirs = name_tokens(reviewer), name_tokens(author)
    if not mine or not theirs:
        return False
    if "".join(mine) == "".join(theirs):  # also names written without spaces
        return True
    if len(mine) < 2 or len(theirs) < 2:
        return False
    if mine[-1] == theirs[-1] and _given_match(mine[0], theirs[0]):
        return True
    # Surname first without a comma ("Quill A", "Wang Xiaoming").
    return mine[-1] == theirs[0] and _given_match(mine[0], theirs[-1])


def _names_in_line(reviewer: str, line: str) -> bool:
    mine = name_tokens(reviewer)
    if not mine:
        return False
    if len(mine) == 1:  # a name without spaces (Chinese): as a substring
        return mine[0] in _fold(line).replace(" ", "")
    tokens = name_tokens(line.replace(",", " "))
    return any(t == mine[-1] for t in tokens) and any(_given_match(mine[0], t) for t in tokens if t != mine[-1])


def _institution_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", _fold(name)) if t and t not in _NOISE]


def same_institution(mine: str, theirs: str) -> bool:
    """Equal, or one contains the other word for word ("University of Examplestan"
    in "Dept. of CS, University of Examplestan")."""
    a, b = _institution_tokens(mine), _institution_tokens(theirs)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _year(value: str | None, this_year: int) -> int | None:
    if value is None:
        return None
    if value.strip().casefold() == "present":
        return this_year
    found = re.match(r"\d{4}", value.strip())
    return int(found.group()) if found else None


def suggest(profile: Profile, *, reviewer: str, affiliation: str | None = None, text: str = "",
            this_year: int, recent_years: int = RECENT_YEARS) -> list[Suggestion]:
    """Possible conflicts of `reviewer` with the candidate of `profile` (and the CV's `text`)."""
    out: list[Suggestion] = []
    for pub in profile.publications:
        if any(same_name(reviewer, author) for author in pub.authors):
            when = f" ({pub.year})" if pub.year else ""
            out.append(Suggestion("co-author", f"\u201c{pub.title or 'an untitled publication'}\u201d{when}"))
    for line in text.splitlines():
        if _SUPERVISOR.search(line) and _names_in_line(reviewer, line):
            out.append(Suggestion("supervisor", " ".join(line.split())[:200]))
    if affiliation and affiliation.strip():
        places = [(e.institution, e.start, e.end) for e in profile.education]
        places += [(e.organization, e.start, e.end) for e in profile.experience]
        for place, start, end in places:
            last = _year(end, this_year)
            recent = last is None or last >= this_year - recent_years  # no end date: maybe still there
            if place and recent and same_institution(affiliation, place):
                span = "–".join(x for x in (start, end) if x)
                out.append(Suggestion("institution", f"{place}{f' ({span})' if span else ''}"))
    return list(dict.fromkeys(out))  # one of each
