"""ORCID's "Works" as the public record prints them, pasted into a CV:

    Warming winters decouple invented snowmelt
    Ecology Letters
    2025-02 | Journal article
    DOI: 10.1111/ele.00000
    CONTRIBUTORS: Quill, Dana; Haruna, Tomasz
    Source: Crossref   Preferred source (of 2)

The title, the journal (or the book a chapter is in), then the date and the work's type
on one line, then labelled lines. Each block becomes one reference line the item reader
already knows ("Quill, Dana; Haruna, Tomasz. Title. Ecology Letters, 2025."); works
that are not papers (data sets, conference abstracts, talks, software...) are dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line

_TYPE_LINE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?:-\d\d){0,2}\s*\|\s*(?P<type>[A-Za-z][A-Za-z /-]{2,40}?)\s*$")
_LABELLED = re.compile(r"(?i)^\s*(?:doi|url|isbn|issn|pmid|pmc|eid|wosuid|contributors|source|part of)\s*:")
_CONTRIBUTORS = re.compile(r"(?i)^\s*contributors\s*:\s*(?P<names>.+)$")
# ORCID's work types that are papers (its other types: data set, conference abstract/poster,
# lecture/speech, software, patent, website, thesis, ...)
_PAPER_TYPES = {"journal article", "book chapter", "book", "edited book", "conference paper", "preprint",
                "working paper", "report", "review", "magazine article", "dissertation or thesis"}
# a contributors line's wrapped rest: names only ("Ferraz Lacerda")
_NAMES_WRAP = re.compile(r"^[^\W\d_][^\d:|]{0,80}$")
_TITLE_LINES = 3  # a title wraps over at most this many lines above its journal line


def orcid_works(lines: list[Line]) -> list[Line]:
    """The lines with each ORCID work block written as one reference line (or dropped when
    the work is no paper); the lines unchanged when fewer than two blocks are there."""
    types = [k for k, ln in enumerate(lines) if _TYPE_LINE.match(ln.text)]
    if len(types) < 2:
        return lines
    out: list[Line] = []
    done = 0  # lines before this index are written out
    for n, k in enumerate(types):
        limit = types[n + 1] if n + 1 < len(types) else len(lines)
        start = _title_start(lines, k, done)
        if start is None:
            continue
        # the next work's title starts at most here; a wrapped contributors line may run up to it
        title_next = _title_start(lines, limit, k + 1) if limit < len(lines) else limit
        end = k + 1
        names = False  # inside the contributors line and its wrapped rows
        while end < limit and (_LABELLED.match(lines[end].text)
                               or (names and end < (title_next or limit) and _NAMES_WRAP.match(lines[end].text))):
            names = bool(_CONTRIBUTORS.match(lines[end].text)) or (names and not _LABELLED.match(lines[end].text))
            end += 1
        out += lines[done:start]
        ref = _reference(lines[start:k - 1], lines[k - 1], lines[k], lines[k + 1:end])
        if ref is not None:
            out.append(replace(lines[start], text=ref))
        done = end
    return out + lines[done:]


def _title_start(lines: list[Line], k: int, done: int) -> int | None:
    """Where the block's title begins: after the blank line, labelled line or earlier
    block above its journal line (lines[k - 1])."""
    if k - 2 < done or not lines[k - 1].text.strip():
        return None
    start = k - 1
    while start - 1 >= done and k - 1 - (start - 1) <= _TITLE_LINES:
        above = lines[start - 1].text
        if not above.strip() or _LABELLED.match(above) or _TYPE_LINE.match(above):
            break
        start -= 1
    return start if start < k - 1 else None


def _reference(title: list[Line], venue: Line, dated: Line, labelled: list[Line]) -> str | None:
    m = _TYPE_LINE.match(dated.text)
    assert m is not None
    kind = m.group("type").strip().casefold()
    if kind not in _PAPER_TYPES:
        return None
    names = _contributors(labelled)
    head = " ".join(ln.text.strip() for ln in title).rstrip(".")
    note = " Preprint." if kind == "preprint" else ""
    return f"{names + '. ' if names else ''}{head}. {venue.text.strip().rstrip('.')}, {m.group('year')}.{note}"


def _contributors(labelled: list[Line]) -> str:
    """The contributors, with their wrapped rows, as a byline the item reader knows: ORCID
    writes "Surname, Given; Surname, Given" or "Given Surname; Given Surname" - the latter
    becomes a comma list."""
    at = next((k for k, ln in enumerate(labelled) if _CONTRIBUTORS.match(ln.text)), None)
    if at is None:
        return ""
    m = _CONTRIBUTORS.match(labelled[at].text)
    assert m is not None
    text = m.group("names")
    for ln in labelled[at + 1:]:
        if _LABELLED.match(ln.text):
            break
        text += " " + ln.text.strip()
    names = [n.strip() for n in text.strip().rstrip(".").split(";") if n.strip()]
    if all("," not in n for n in names):
        return ", ".join(names)
    return "; ".join(names)
