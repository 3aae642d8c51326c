"""Two columns side by side in plain text: `pdftotext -layout` (or a copy of it) keeps a
two-column CV's page as it looks, a side bar's lines and the main column's sharing rows:

    Ruan Zhiqiu                    Education
    Contact                        Invented University            2019.09 - 2025.06
    Tel: 555-0174                  PhD in ecology

Read across, every row mixes the two. When one character column is, on many rows, where
text starts after a gap (or after an indent to it) and almost no row's text runs across it,
the page is cut there: the left column's lines, then the right column's.
"""
from __future__ import annotations

_MIN_ROWS = 8  # rows that must start text at the gutter
_MIN_BOTH = 4  # rows with text on both sides: without them it is only an indent
_MAX_CROSSING = 0.08  # share of rows whose text may run across the gutter (a full-width title)


def split_columns(rows: list[str]) -> list[str] | None:
    """The rows cut into their left column then their right column, or None when the
    text is not laid out in two columns."""
    filled = [r.rstrip() for r in rows if r.strip()]
    if len(filled) < _MIN_ROWS or len(filled) > 20000:
        return None
    gutter = _gutter(filled)
    if gutter is None:
        return None
    left: list[str] = []
    right: list[str] = []
    for row in rows:
        row = row.rstrip()
        if not row:  # a blank row is a gap in both columns
            for side in (left, right):
                if side and side[-1]:
                    side.append("")
            continue
        head, tail = row[:gutter], row[gutter:]
        if tail and not head.endswith(" ") and head.strip():
            head, tail = row, ""  # a full-width line (a title) stays whole on the left
        if head.strip():
            left.append(head.rstrip())
        if tail.strip():
            right.append(tail.strip())
    return [*left, "", *right]


def _gutter(rows: list[str]) -> int | None:
    """The character column both sides keep clear of, if the rows show one."""
    starts: dict[int, int] = {}
    for row in rows:
        for col in _text_starts(row):
            starts[col] = starts.get(col, 0) + 1
    for col, count in sorted(starts.items(), key=lambda kv: -kv[1])[:8]:  # most-used first
        if col < 8 or count < max(_MIN_ROWS, 0.3 * len(rows)):
            continue
        both = sum(1 for r in rows if len(r) > col and r[:col].strip() and r[col - 2:col] == "  " and r[col] != " ")
        crossing = sum(1 for r in rows if _crosses(r, col))
        if both >= _MIN_BOTH and crossing <= _MAX_CROSSING * len(rows):
            return col
    return None


def _text_starts(row: str) -> list[int]:
    """Columns where text starts after two or more spaces (or the row's indent)."""
    out = []
    k = len(row) - len(row.lstrip(" "))
    if k:
        out.append(k)
    at = row.find("  ", k)
    while at >= 0:
        end = at
        while end < len(row) and row[end] == " ":
            end += 1
        if end < len(row):
            out.append(end)
        at = row.find("  ", end)
    return out


def _crosses(row: str, col: int) -> bool:
    """Text on both sides of the column with no gap of two spaces or more at it: a line
    of prose running across, not two cells."""
    if len(row) <= col or not row[:col].strip() or not row[col:].strip():
        return False
    start = col
    while start > 0 and row[start - 1] == " ":
        start -= 1
    end = col
    while end < len(row) and row[end] == " ":
        end += 1
    return end - start < 2
