"""Reading order of one PDF page from fragment geometry.

1. Columns: look for a vertical gutter (an x-range no fragment crosses) over a
   tall band of the page. A gutter splits the band into columns only when the
   two sides are independent flows, i.e. their baselines mostly do NOT line up.
   When they do line up it is a table-like layout (a moderncv date column, a
   title with a right-aligned date, a grid of bullets) and rows are read across.
   Above and below the band (a full-width header, a footer) are read on their
   own; each column is searched again for nested columns.
2. Rows: fragments of a region that overlap vertically form one visual line,
   read left to right; a wide gap between two becomes CELL_SEP.
3. Blocks: a vertical gap wider than about half a line, or a change of font
   size, starts a new block (the unit for hyphen repair, and a hint to the parser).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from reviewer.extract.pdf_chars import Frag
from reviewer.extract.pdf_margin_labels import place_margin_labels
from reviewer.extract.pdf_rows import Row, rows_of

_BIN = 2.0  # points per bin of the x-coverage profile
_MIN_GUTTER = 6.0  # narrowest whitespace that can separate two columns, in points
_MIN_ROWS = 4  # rows each side must hold before a gutter counts as a column break
_BASELINE_TOL = 1.5  # baselines this close (points) are "the same row"
_MAX_CANDIDATES = 6  # gutters examined per region
_LOW_RUN = re.compile(b"\x01+")  # a stretch of bins no more than `allowed` fragments cover
_YEAR = re.compile(r"(?:19|20)\d\d")
_TEXT_ROWS = 6  # rows a column of running text holds at least
_MAX_FRAGMENTS = 4000  # more on one page is a data table or a hostile file: read it as rows


def order_page(frags: list[Frag], rotated: list[Frag]) -> list[Row]:
    """The page's rows in reading order (PDF y grows upwards; we read top-down)."""
    rows: list[Row] = []
    for region in _regions(frags, depth=0):
        region_rows = rows_of(region)
        if region_rows:
            region_rows[0].block_break = True
        rows.extend(region_rows)
    for frag in rotated:
        rows.append(Row(frag.text.strip(), frag.x0, frag.x1, frag.top, frag.bottom, frag.size, False, True))
    return rows


def _regions(frags: list[Frag], depth: int) -> list[list[Frag]]:
    if not frags:
        return []
    if depth > 3 or len(frags) < 2 * _MIN_ROWS or len(frags) > _MAX_FRAGMENTS:
        return [frags]
    split = _find_split(frags)
    if split is None:
        return [frags]
    above, left, right, below = split
    labelled = place_margin_labels(left, right)
    if labelled is not None:  # section labels in the margin: one flow with their entries
        return [*_regions(above, depth + 1), labelled, *_regions(below, depth + 1)]
    return [region for part in (above, left, right, below) for region in _regions(part, depth + 1)]


def _find_split(frags: list[Frag]):
    """(above, left, right, below) for the best column gutter, or None."""
    return _split_at_gutters(frags, narrow_only=False) or _split_at_gutters(frags, narrow_only=True)


def _split_at_gutters(frags: list[Frag], narrow_only: bool):
    """The best split at a gutter of the x-coverage profile. With `narrow_only` the profile
    leaves out lines wider than half the region: a band of two text columns (a CSS
    multi-column list) under full-width entries, whose lines cover its gutter."""
    x_lo = min([f.x0 for f in frags])  # lists, not generators: this runs for every region
    x_hi = max([f.x1 for f in frags])
    if not x_hi - x_lo < 5000:  # also catches NaN; pages are never this wide
        return None
    nbins = int((x_hi - x_lo) / _BIN) + 2
    if nbins < 8:
        return None
    diff = [0] * (nbins + 1)
    counted = [f for f in frags if f.x1 - f.x0 < (x_hi - x_lo) / 2] if narrow_only else frags
    if narrow_only and (len(counted) == len(frags) or len(counted) < 2 * _TEXT_ROWS):
        # nothing left out (the profile is the one already searched), or too few lines for two
        # text columns of six rows each (what a short band needs)
        return None
    for f in counted:
        diff[int((f.x0 - x_lo) / _BIN)] += 1
        diff[int((f.x1 - x_lo) / _BIN) + 1] -= 1
    cov = list(accumulate(diff[:nbins]))
    allowed = max(2, len(frags) // 10)  # crossing fragments: a full-width header, a footer
    # Stretches of low coverage, not touching either end: a regular expression over
    # one byte per bin (a Python loop over the ~300 bins was most of this function).
    low = bytes([c <= allowed for c in cov])
    runs = [(m.start(), m.end()) for m in _LOW_RUN.finditer(low)
            if (m.end() - m.start()) * _BIN >= _MIN_GUTTER and m.start() > 0 and m.end() < nbins]
    if not runs:
        return None
    y_lo = min([f.bottom for f in frags])
    y_hi = max([f.top for f in frags])
    # The widest few candidates are enough, and keep a page of a thousand table
    # cells from costing seconds.
    runs.sort(key=lambda r: r[0] - r[1])
    best, best_score = None, 0
    for start, end in runs[:_MAX_CANDIDATES]:
        mid = x_lo + _clearest(cov, start, end) * _BIN
        found = _best_band(frags, mid, y_hi - y_lo, x_lo + start * _BIN, x_lo + end * _BIN, text_only=narrow_only)
        if found is not None and found[0] > best_score:
            best_score, best = found
    return best


def _clearest(cov: list[int], start: int, end: int) -> float:
    """Middle (in bins) of the longest stretch of least-covered bins in [start, end)."""
    least = min(cov[start:end])
    best_len, best_mid, run = 0, (start + end) / 2, None
    for b in range(start, end + 1):
        if b < end and cov[b] == least:
            run = b if run is None else run
        elif run is not None:
            if b - run > best_len:
                best_len, best_mid = b - run, (run + b) / 2
            run = None
    return best_mid


def _best_band(frags: list[Frag], mid: float, height: float, run_lo: float, run_hi: float,  # noqa: C901
               text_only: bool = False):
    """Split the page at x=mid within the tallest band no fragment crosses.

    [run_lo, run_hi] is the whole low-coverage stretch around mid. A fragment that
    reaches into it from one side counts as crossing when it lies above or below
    everything on the other side: a centred footer under both columns is not part
    of the left column just because it ends short of the side bar. With `text_only`, only two
    columns of running text count (they may then be a short band)."""
    width = max(f.x1 for f in frags) - min(f.x0 for f in frags)
    left_all = [f for f in frags if f.x1 <= mid]
    right_all = [f for f in frags if f.x0 >= mid]
    if not left_all or not right_all:
        return None
    l_top, l_bottom = max(f.top for f in left_all), min(f.bottom for f in left_all)
    r_top, r_bottom = max(f.top for f in right_all), min(f.bottom for f in right_all)

    # Where each column's lines start beside the other column: its margin, and a
    # hanging indent (the second line of a reference) used at least twice.
    l_starts = _starts(left_all, r_bottom, r_top) | {round(_common_x0(left_all))}
    r_starts = _starts(right_all, l_bottom, l_top) | {round(_common_x0(right_all))}
    overflow = {id(f) for f in frags if f.x0 < mid < f.x1
                and _overflows_gutter(f, right_all, l_starts, (l_bottom, l_top), run_hi)}

    def crosses(f: Frag) -> bool:
        if f.x0 < mid < f.x1:
            return id(f) not in overflow
        centre = (f.top + f.bottom) / 2
        # Only a line that does not start where its column's lines start: the last
        # lines of a column that runs longer than its neighbour are still that column's.
        if f.x1 <= mid and f.x1 > run_lo + 1 and not _starts_at(f, l_starts):
            return not r_bottom <= centre <= r_top
        if f.x0 >= mid and f.x0 < run_hi - 1 and not _starts_at(f, r_starts):
            return not l_bottom <= centre <= l_top
        return False

    crossing_ids = {id(f) for f in frags if crosses(f)}
    crossing = sorted((f for f in frags if id(f) in crossing_ids), key=lambda f: -f.top)
    edges = [float("inf")]
    for f in crossing:
        edges += [f.top, f.bottom]
    edges.append(float("-inf"))
    best = None
    for k in range(0, len(edges), 2):
        band_top, band_bottom = edges[k], edges[k + 1]
        if band_top <= band_bottom:
            continue
        inside = [f for f in frags if id(f) not in crossing_ids and band_bottom < (f.top + f.bottom) / 2 < band_top]
        left = [f for f in inside if f.x1 <= mid or id(f) in overflow]
        right = [f for f in inside if f.x0 >= mid]
        left_bases, right_bases = _bases(left), _bases(right)
        score = min(len(left_bases), len(right_bases))
        if score < _MIN_ROWS:
            continue
        extent = max(f.top for f in inside) - min(f.bottom for f in inside)
        if extent < (0.1 if text_only else 0.3) * height:
            continue
        paired = max(_paired(left_bases, right_bases), _paired(right_bases, left_bases))
        if text_only:
            if not (_text_column(left, width) and _text_column(right, width)
                    and _unbroken_rows(left) and _unbroken_rows(right)):
                continue  # (a table's side holds cells: gaps inside its rows)
            after = _after_the_columns(left, right) | _after_the_columns(right, left)
            if after:  # (a short heading under the band is not the column's last line)
                band_bottom = max(f.top for f in inside if id(f) in after)
                inside = [f for f in inside if id(f) not in after]
                left = [f for f in left if id(f) not in after]
                right = [f for f in right if id(f) not in after]
        aligned = paired >= 0.5 or _interleaved(left, right)
        if aligned and not (_text_column(left, width) and _text_column(right, width)) \
                and not _headings_beside_text(left, right) and not _beside_at_own_leading(left, right, paired):
            continue  # rows line up across the gutter: a table, read row by row
        if best is None or score > best[0]:
            ids = {id(f) for f in inside}
            above = [f for f in frags if id(f) not in ids and (f.top + f.bottom) / 2 >= band_top]
            below = [f for f in frags if id(f) not in ids and (f.top + f.bottom) / 2 <= band_bottom]
            best = (score, (above, left, right, below))
    return best


def _unbroken_rows(frags: list[Frag]) -> bool:
    """Nine rows in ten run without a gap wider than an em: running text, not table cells."""
    rows: dict[float, list[Frag]] = {}
    for f in frags:
        rows.setdefault(round(f.base / _BASELINE_TOL), []).append(f)
    broken = 0
    for row in rows.values():
        row.sort(key=lambda f: f.x0)
        broken += any(b.x0 - a.x1 > max(_size(a), 6.0) for a, b in zip(row, row[1:], strict=False))
    return broken <= 0.1 * len(rows)


def _after_the_columns(mine: list[Frag], theirs: list[Frag]) -> set[int]:
    """Ids of my lines below the end of both columns: from the first one lower than all of
    theirs that sits a paragraph's gap under my line above it (a heading after the band)."""
    end = min(f.bottom for f in theirs)
    rows = sorted(mine, key=lambda f: -f.base)
    gaps = [a.base - b.base for a, b in zip(rows, rows[1:], strict=False)]
    leading = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    for k in range(1, len(rows)):
        if rows[k].top < end and gaps[k - 1] > 1.5 * leading:
            return {id(f) for f in rows[k:]}
    return set()


def _overflows_gutter(f: Frag, right: list[Frag], l_starts: set[int], l_span: tuple[float, float],
                      run_hi: float) -> bool:
    """A side bar's long line (an e-mail address) that runs a little past the gutter into
    empty space beside the main column: it starts where the side bar's lines start, has
    side-bar lines above and below it, reaches only a short way into the other column and
    touches none of its text. Counting it as crossing would cut the side bar in two."""
    bottom, top = l_span
    if not (_starts_at(f, l_starts) and bottom < f.bottom and f.top < top):
        return False
    right_width = max(r.x1 for r in right) - min(r.x0 for r in right)
    if f.x1 - run_hi > 0.15 * right_width:
        return False
    return not any(r.x0 < f.x1 and r.bottom < f.top and r.top > f.bottom for r in right)


def _interleaved(left: list[Frag], right: list[Frag]) -> bool:
    """A left column of headings and date labels set in the gaps of the right column's text
    ("教育经历" on a row of its own, "2016.11~2017.3" beside its entry): every left row either
    shares a baseline with the right or sits where the right has no line at all. A side bar's
    lines run beside the main text's lines at their own leading, overlapping them."""
    rows, offset = _rows_at_other_heights(left, right)
    return rows >= _MIN_ROWS and offset == 0


def _beside_at_own_leading(left: list[Frag], right: list[Frag], paired: float) -> bool:
    """A side bar whose baselines meet the main column's only now and then: at its own
    leading, a third or more of its rows sit beside a main-column line at another height.
    A date column or a table's cells share their row's baseline (or sit in its gaps)."""
    if paired >= 0.75:
        return False
    side, main = (left, right) if len(_bases(left)) <= len(_bases(right)) else (right, left)
    texts = ["".join(f.chars).strip() for f in side]
    if sum(len(t) <= 3 or bool(_YEAR.search(t)) for t in texts) >= 0.5 * len(texts):
        return False  # a date column stacked at its own leading ("2021" / "|" / "2023")
    rows, offset = _rows_at_other_heights(side, main)
    return offset >= max(_MIN_ROWS, rows / 3)


def _rows_at_other_heights(mine: list[Frag], theirs: list[Frag]) -> tuple[int, int]:
    """(my rows, those of them that share no baseline with yours yet sit beside one of your
    lines, overlapping it at another height)."""
    rows: dict[int, list[Frag]] = {}
    for f in mine:
        rows.setdefault(round(f.base / _BASELINE_TOL), []).append(f)
    their_bases = _bases(theirs)
    offset = 0
    for members in rows.values():
        base = members[0].base
        k = bisect_left(their_bases, base - _BASELINE_TOL)
        if k < len(their_bases) and their_bases[k] <= base + _BASELINE_TOL:
            continue  # paired with a row of theirs
        top, bottom = max(f.top for f in members), min(f.bottom for f in members)
        offset += any(r.bottom < top and r.top > bottom for r in theirs)
    return len(rows), offset


def _size(f: Frag) -> float:
    return max(f.sizes, key=lambda k: f.sizes[k]) if f.sizes else 0.0


def _headings_beside_text(left: list[Frag], right: list[Frag]) -> bool:
    """Two flows whose baselines line up only because they share a leading (a Deedy-style
    side column): a short heading-sized line on one side sits beside a body-sized line on
    the other, twice or more. A table or a date column never puts a section heading
    beside an unrelated line; its section headings run across the page."""
    sizes: dict[float, int] = {}
    for f in left + right:
        sizes[_size(f)] = sizes.get(_size(f), 0) + len(f.chars)
    body = max(sizes, key=lambda k: sizes[k])
    found = 0
    for mine, theirs in ((left, right), (right, left)):
        bases = sorted((f.base, _size(f)) for f in theirs)
        keys = [b for b, _ in bases]
        for f in mine:
            size = _size(f)
            if size < body + 2 or len("".join(f.chars).split()) > 4:
                continue
            k = bisect_left(keys, f.base - _BASELINE_TOL)
            while k < len(bases) and bases[k][0] <= f.base + _BASELINE_TOL:
                found += bases[k][1] <= size - 2
                k += 1
    return found >= 2


def _starts(frags: list[Frag], lo: float, hi: float) -> set[int]:
    """Left edges (rounded) that two or more of the fragments between heights lo and hi share."""
    counts: dict[int, int] = {}
    for f in frags:
        if lo <= (f.top + f.bottom) / 2 <= hi:
            counts[round(f.x0)] = counts.get(round(f.x0), 0) + 1
    return {x for x, n in counts.items() if n >= 2}


def _starts_at(f: Frag, starts: set[int]) -> bool:
    return any(abs(f.x0 - x) <= 2 for x in starts)


def _common_x0(frags: list[Frag]) -> float:
    """The left edge most lines start at."""
    counts: dict[int, int] = {}
    for f in frags:
        counts[round(f.x0)] = counts.get(round(f.x0), 0) + 1
    return float(max(counts.items(), key=lambda kv: kv[1])[0])


def _text_column(frags: list[Frag], region_width: float) -> bool:
    """Wrapped running text: a wide column whose lines mostly run its full width.
    Two such columns side by side are read one after the other even when their
    baselines line up (same font and leading, as LaTeX twocolumn gives); a date
    column or a grid of short items is none of this."""
    rows: dict[float, list[Frag]] = {}
    for f in frags:
        rows.setdefault(round(f.base / _BASELINE_TOL), []).append(f)
    if len(rows) < _TEXT_ROWS:
        return False
    widths = [max(f.x1 for f in row) - min(f.x0 for f in row) for row in rows.values()]
    column = max(widths)
    return column >= 0.25 * region_width and sum(w >= 0.75 * column for w in widths) >= 0.5 * len(widths)


def _bases(frags: list[Frag]) -> list[float]:
    """Distinct baselines, sorted."""
    out: list[float] = []
    for base in sorted(f.base for f in frags):
        if not out or base - out[-1] > _BASELINE_TOL:
            out.append(base)
    return out


def _paired(mine: list[float], theirs: list[float]) -> float:
    """Share of my baselines that have one of theirs at the same height."""
    if not mine:
        return 0.0
    hits = 0
    for base in mine:
        k = bisect_left(theirs, base - _BASELINE_TOL)
        if k < len(theirs) and theirs[k] <= base + _BASELINE_TOL:
            hits += 1
    return hits / len(mine)
