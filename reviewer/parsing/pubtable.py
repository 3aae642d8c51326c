"""Publication lists laid out as a table: one row per paper, the venue in a column of its own.

    Title                                         Venue/Journal     Citations
    Quiet Gradients for Sparse Tidal             ICML 2021         120
    Models
    Lattice Fog: Drift Maps for Shallow Bays     Coastal Dyn. 2023 12

Readers give such a row as cells joined by CELL_SEP (a tab); a title too long
for its column wraps onto the next line, alone or beside the rest of a wrapped
venue ("2023"). Each row is one reference, read as "Title (Venue Year)".
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.extract import CELL_SEP
from reviewer.parsing.lines import Line
from reviewer.parsing.pubsplit import RawItem

# a cell holding only a venue and a year: "ICML 2021", "Nature Communications 2024", "计算机学报 2025"
_VENUE_YEAR_CELL = re.compile(r"^(?=.*[A-Za-z\u3400-\u9fff]{2})[A-Z\u3400-\u9fff][^\t]{1,60}?[\s,，]*(?:19|20)\d\d$")
YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
NUMBER_CELL = re.compile(r"^\d{1,6}\*?$")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split(CELL_SEP) if c.strip()]


def _row(text: str) -> tuple[str, str] | None:
    """(title, venue) of a table row "Title<TAB>Venue Year[<TAB>number]", else None."""
    cells = _cells(text)
    if len(cells) < 2:
        return None
    while cells and NUMBER_CELL.match(cells[-1]) and not YEAR_CELL.match(cells[-1]):
        cells = cells[:-1]  # citations, author rank: not part of the reference
    if len(cells) < 2 or not _VENUE_YEAR_CELL.match(cells[-1]):
        return None
    title = " ".join(cells[:-1])
    if len(title.split()) < 3 and len(re.findall(r"[\u3400-\u9fff]", title)) < 6:
        return None
    return title, cells[-1]


def _wrapped_row(text: str, below: str) -> tuple[str, str] | None:
    """A row whose title and venue both wrap: "Title words<TAB>Venue," then "more words<TAB>2023"."""
    cells, more = _cells(text), _cells(below)
    while cells and NUMBER_CELL.match(cells[-1]):
        cells = cells[:-1]
    if len(cells) < 2 or len(more) != 2 or not YEAR_CELL.match(more[1]) or len(more[0].split()) > 6:
        return None
    return _row(CELL_SEP.join([*cells[:-1], more[0], f"{cells[-1]} {more[1]}"]))


def _rows(lines: list[Line]) -> dict[int, tuple[str, str, int]]:
    """Row start -> (title, venue, first line after the row)."""
    out: dict[int, tuple[str, str, int]] = {}
    for i, ln in enumerate(lines):
        row = _row(ln.text)
        if row:
            out[i] = (*row, i + 1)
        elif i + 1 < len(lines) and (wrapped := _wrapped_row(ln.text, lines[i + 1].text)):
            out[i] = (*wrapped, i + 2)
    return out


def table_items(lines: list[Line]) -> list[RawItem] | None:
    """The references of a list set as a table, or None when the lines are not one
    (fewer than three rows carry a venue-and-year column)."""
    found = _rows(lines)
    rows = sorted(found)
    if len(rows) < 3 or len(rows) < 0.4 * len([ln for ln in lines if ln.text.strip()]):
        return None
    items: list[RawItem] = []
    for n, i in enumerate(rows):
        title, venue, after = found[i]
        end = rows[n + 1] if n + 1 < len(rows) else len(lines)
        # the title's wrapped words: short lines right under the row, beside at most a year
        for ln in lines[after:end]:
            cells = _cells(ln.text)
            if not cells or len(cells) > 2 or (len(cells) == 2 and not YEAR_CELL.match(cells[1])):
                break
            if len(cells[0].split()) > 6 or re.search(r"[\u3400-\u9fff]", cells[0]):
                break
            title = f"{title} {cells[0]}"
        items.append(RawItem([replace(lines[i], text=f"{title} ({venue})")]))
    return items
