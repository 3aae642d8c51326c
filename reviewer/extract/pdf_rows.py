"""Fragments of one region -> visual lines (pdf_layout step 2 and 3).

Fragments that overlap vertically form one row, read left to right; a wide gap
between two becomes CELL_SEP. A vertical gap wider than the region's usual line
gap, or a change of font size, starts a block. These loops run once per
fragment, so they compare with plain `if`s rather than min()/max() calls.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from operator import attrgetter

from reviewer.extract.document import CELL_SEP
from reviewer.extract.pdf_chars import Frag, two_cells
from reviewer.extract.pdf_labels import split_label_column

_TOP = attrgetter("top")


@dataclass(slots=True)
class Row:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    block_break: bool = False  # a new block starts here
    cells: tuple[float, ...] = ()  # where each cell of a row of several starts
    ends: tuple[float, ...] = ()  # ...and where each ends


def rows_of(frags: list[Frag]) -> list[Row]:
    """Fragments -> visual lines, top to bottom, each read left to right."""
    groups: list[tuple[Frag, list[Frag]]] = []  # (tallest member, members)
    # Each group's anchor's bottom, or -inf for an anchor of negative height: a fragment
    # of height >= 0 whose top is below all of the last three (a line under the lines
    # above it: most fragments) overlaps none of them, so the scan below would join none.
    lows: list[float] = []
    # top down; `reverse` keeps equal tops in their order, as the key -top did
    for f in sorted(frags, key=_TOP, reverse=True):
        if _drawn_twice(f, groups):
            continue  # the same run drawn again a hair away (a shadow, a two-pass "bold")
        top, bottom = f.top, f.bottom
        height = top - bottom
        if height >= 0 and lows and top < min(lows[-3:]):
            groups.append((f, [f]))
            lows.append(bottom)
            continue
        stop = len(groups) - 4
        for k in range(len(groups) - 1, stop if stop > -1 else -1, -1):
            anchor, members = groups[k]
            # plain comparisons instead of min()/max(): this runs for every fragment
            a_top, a_bottom = anchor.top, anchor.bottom
            a_height = a_top - a_bottom
            overlap = (top if top < a_top else a_top) - (bottom if bottom > a_bottom else a_bottom)
            # Two fragments stacked over each other (small contact lines beside a big
            # name) overlap the tall anchor but cannot share a row with each other.
            if overlap >= 0.5 * (height if height < a_height else a_height) and not _stacked(f, members):
                members.append(f)
                if height > a_height:
                    groups[k] = (f, members)
                    lows[k] = bottom if height >= 0 else -math.inf
                break
        else:
            groups.append((f, [f]))
            lows.append(bottom if height >= 0 else -math.inf)
    # (a row of one fragment, most rows, needs no sort by x)
    ordered = [members if len(members) == 1 else sorted(members, key=lambda f: f.x0)
               for _a, members in sorted(groups, key=lambda g: -g[0].top)]
    rows: list[Row] = []
    for members in split_label_column(ordered):
        row = _make_row(members)
        if row.text:
            rows.append(row)
    rows = _cell_continuations(rows)
    _mark_blocks(rows)
    return rows


_SLACK = 2.0  # points: one column's cells start at one x
_YEAR = re.compile(r"(?:19|20)\d\d")


def _cell_continuations(rows: list[Row]) -> list[Row]:
    """A table row whose cells wrap ("1 | National Institute of Technology | Assistant Professor |
    01.07.2021 | Till date" over "Karnataka, Surathkal | (Grade II)"): Word tops a row's cells,
    so the lines a cell wraps into stand as rows of their own, each piece under its column. A
    row whose every cell starts where a cell of the row above starts, holding no date, with
    fewer cells, and either none in the first column or short pieces under a dated row, goes
    into the cells above it."""
    out: list[Row] = []
    for row in rows:
        head = out[-1] if out else None
        # (the cheap tests first: under most rows stands a row of fewer than four cells)
        if head is None or len(head.cells) < 4 or not row.cells or len(row.cells) >= len(head.cells) \
                or len(parts := row.text.split(CELL_SEP)) != len(row.cells) or _YEAR.search(row.text) \
                or row.size != head.size or head.bottom - row.top > 0.6 * (row.top - row.bottom):
            out.append(row)
            continue
        columns = [next((k for k, x in enumerate(head.cells) if abs(x - c) <= _SLACK), None) for c in row.cells]
        head_parts = head.text.split(CELL_SEP)
        first_column = columns[0] == 0
        short = all(len(p.split()) <= 3 for p in parts)
        if None in columns or len(head_parts) != len(head.cells) or len(head.ends) != len(head.cells) or (
                first_column and not (short and _YEAR.search(head.text))) or not _filled(head, columns, parts):
            out.append(row)
            continue
        ends = list(head.ends)
        for n, (k, part) in enumerate(zip([k for k in columns if k is not None], parts, strict=True)):
            head_parts[k] = f"{head_parts[k]} {part.strip()}"
            ends[k] = row.ends[n] if n < len(row.ends) else ends[k]  # (the cell's last line)
        out[-1] = Row(CELL_SEP.join(head_parts), head.x0, max(head.x1, row.x1), head.top, row.bottom,
                      head.size, head.bold, head.block_break, head.cells, tuple(ends))
    return out


def _filled(head: Row, columns: list[int | None], parts: list[str]) -> bool:
    """Each cell the row below goes on had run so near its column's edge that the next word
    would not have fitted (a wrapped cell), not a short name with a detail line under it
    ("University of Bonn" over "GPA 4.0, …"). (Half an em: a letter's usual width.)"""
    inner = [(k, p) for k, p in zip(columns, parts, strict=True) if k is not None and k + 1 < len(head.cells)]
    return bool(inner) and all(
        head.ends[k] + 0.5 * head.size * len(p.split()[0]) >= head.cells[k + 1] - 0.8 * head.size
        for k, p in inner if p.split())  # (a cell keeps some padding before the next column)


def _stacked(f: Frag, members: list[Frag]) -> bool:
    """Whether `f` overlaps one of the row's members horizontally (by over 1 pt), unless
    on the same baseline by less than half a line's height (CJK punctuation squeezed by
    XeCJK, "导师：" then the name, leaves a glyph box reaching under the next one) or by less
    than half of the narrower box between Chinese words (an OCR text layer's loose word boxes:
    "成" and "果清单" of one heading overlap by a few points)."""
    x0, x1, base, squeeze = f.x0, f.x1, f.base, 0.5 * f.height
    for m in members:  # noqa: SIM110 (a plain loop: any() over a generator costs twice as much here)
        overlap = (x1 if x1 < m.x1 else m.x1) - (x0 if x0 > m.x0 else m.x0)
        if overlap > 1.0 and not (abs(base - m.base) < 0.5 and (
                overlap < squeeze or (overlap < 0.5 * min(x1 - x0, m.x1 - m.x0) and _cjk(f) and _cjk(m)))) \
                and not _overflowing_cell(f, m) and not _overrun_cell(f, m):
            return True
    return False




def _overrun_cell(f: Frag, m: Frag) -> bool:
    """A date cell too wide for its box running into the next cell on the same baseline
    ("2019 (6 months)" in a 2.5 cm date box, then "Visiting Professor"): the one starts in
    the other's last quarter, so they are one row read left to right, not lines stacked."""
    left, right = (m, f) if m.x0 < f.x0 else (f, m)
    # (the date is the narrower, left-hand piece: a long title reaching under a right-aligned
    # date is text overprinted, two lines as before)
    return abs(f.base - m.base) < 0.5 and right.x0 > left.x1 - 0.25 * (left.x1 - left.x0) \
        and left.x1 - left.x0 < right.x1 - right.x0 and _YEAR.search(left.text) is not None


def _overflowing_cell(f: Frag, m: Frag) -> bool:
    """A narrow date column's small text running under the next cell's first letters on about
    the same baseline ("Sep - Nov 2024" in 6 pt under "Harvard …" in 10 pt): one row, two cells."""
    small, large = (f, m) if f.size < m.size else (m, f)
    return small.size > 0 and large.size >= 1.4 * small.size and small.x0 < large.x0 \
        and abs(f.base - m.base) < 0.25 * large.height and _YEAR.search(small.text) is not None


def _cjk(f: Frag) -> bool:
    """A fragment that opens with a Chinese character (Latin text that overlaps is overprinted:
    a right-aligned date over a long line stays a row of its own)."""
    first = f.chars[0] if f.chars else ""
    return "\u3400" <= first <= "\u9fff"


def _drawn_twice(f: Frag, groups: list[tuple[Frag, list[Frag]]]) -> bool:
    """Whether one of the last three rows already holds `f`'s text at its place
    (a plain loop: this runs once per fragment)."""
    x0, base = f.x0, f.base
    for _anchor, members in groups[-3:]:
        for m in members:
            # the baseline first: rows below each other mostly share their left edge
            if abs(m.base - base) < 1.5 and abs(m.x0 - x0) < 1.5 and m.text == f.text:
                return True
    return False


def _mark_blocks(rows: list[Row]) -> None:
    """A gap clearly wider than this region's usual line gap, or a change of font
    size, starts a block. The usual gap is measured, not assumed: double-spaced
    CVs put more white between the lines of one entry than tight ones put
    between entries."""
    gaps = [prev.bottom - row.top for prev, row in zip(rows, rows[1:], strict=False)]
    usual = sorted(gaps)[len(gaps) // 3] if len(gaps) >= 4 else None
    for k in range(1, len(rows)):
        prev, row, gap = rows[k - 1], rows[k], gaps[k - 1]
        prev_h, row_h = prev.top - prev.bottom, row.top - row.bottom
        height = row_h if row_h < prev_h else prev_h  # min() and max() as plain comparisons: once per row
        if usual is None:
            wide = gap > 0.45 * height
        else:
            wider, further = 1.6 * usual, usual + 0.3 * height
            wide = gap > (further if further > wider else wider)
        size, prev_size = row.size, prev.size
        resized = abs(size - prev_size) > 0.15 * (prev_size if prev_size > size else size)
        row.block_break = wide or resized


_LABEL_OR_CJK = re.compile(r"[:：\u3000-\u9fff]")


def _letter_spaced(text: str) -> bool:
    """"O K O N K W O": a character, a space, a character... (three letters at least)."""
    return len(text) >= 5 and len(text) % 2 == 1 and text[1::2].count(" ") == len(text) // 2 and " " not in text[::2]


def _justified(members: list[Frag]) -> bool:
    """A justified line in a narrow column stretches every space alike; cells of a
    table or a date column leave gaps that differ with the width of their text."""
    if len(members) < 4:
        return False  # three gaps or more make a justified line
    words = [f for f in members if f.text.strip()]
    if any(_LABEL_OR_CJK.search(f.text) for f in words):
        return False  # "姓名:X  性别:Y" label cells spaced evenly across a grid
    pairs = [(b.x0 - a.x1, max(a.height, b.height)) for a, b in zip(words, words[1:], strict=False)]
    wide = [g for g, h in pairs if g > 1.5 * h]
    return len(wide) >= 3 and len(wide) == len(pairs) and max(wide) <= 1.15 * min(wide)


def _make_row(members: list[Frag]) -> Row:
    if len(members) == 1:  # most rows: the loops below, for one fragment
        f = members[0]
        text = f.text.strip()
        if not text:
            return Row("", f.x0, f.x1, f.top, f.bottom, 0.0, False)
        own = f.sizes
        # One size (most fragments) needs no max() with a key function (a third of this row's cost).
        size = next(iter(own)) if len(own) == 1 else max(own.items(), key=lambda kv: kv[1])[0] if own else 0.0
        return Row(text, f.x0, f.x1, f.top, f.bottom, size, f.nletters > 0 and f.nbold >= 0.6 * f.nletters,
                   cells=(f.x0,), ends=(f.x1,))
    justified = _justified(members)
    parts: list[str] = []
    cells: list[float] = []
    ends: list[float] = []
    sizes: dict[float, int] = {}
    nbold = nletters = 0
    last: Frag | None = None
    for f in members:
        text = f.text.strip()
        if not text:
            continue
        if last is not None:
            text_before = parts[-1]
            gap = f.x0 - last.x1
            height = max(f.height, last.height)
            # (between fragments only their geometry tells, measured in font sizes, which both
            # PDF readers give alike: "spaced", the closer rule off)
            if (gap > 1.5 * height and not justified) or two_cells(
                    last.size, f.size, gap, max(last.size, f.size), text_before[-1:], True):
                parts.append(CELL_SEP)
                cells.append(f.x0)
                ends.append(last.x1)
            elif _letter_spaced(text_before) and _letter_spaced(text):
                parts.append("  ")  # "I M A N I" / "O K O N K W O": a word gap of a line set letter by letter
            else:
                parts.append(" " if gap > 0.12 * height else "")
        else:
            cells.append(f.x0)
        parts.append(text)
        for size, count in f.sizes.items():
            sizes[size] = sizes.get(size, 0) + count
        nbold += f.nbold
        nletters += f.nletters
        last = f
    size = max(sizes.items(), key=lambda kv: kv[1])[0] if sizes else 0.0
    first = members[0]
    x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
    for f in members:  # plain comparisons: four min()/max() generators cost more than the row
        if f.x0 < x0:
            x0 = f.x0
        if f.x1 > x1:
            x1 = f.x1
        if f.top > top:
            top = f.top
        if f.bottom < bottom:
            bottom = f.bottom
    if last is not None:
        ends.append(last.x1)
    return Row("".join(parts), x0, x1, top, bottom, size, nletters > 0 and nbold >= 0.6 * nletters,
               cells=tuple(cells), ends=tuple(ends))
