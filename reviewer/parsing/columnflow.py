"""Side-bar layouts over several pages: the main column's text that runs on to the next
page belongs to the section open in that column, not to the side bar's last section.

A PDF page with a side bar is read column by column (extract/pdf_layout.py), so page
one ends with the side bar's last section ("Languages", "Service"), and the references
that continue at the top of page two, in the main column, fall under it. This module
moves such a continuation back to the section it continues.
"""
from __future__ import annotations

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.sections import Section

_TOLERANCE = 2.0  # points
_SLACK = 40.0  # points a line of the column may reach past the continuation's widest line


def rejoin_column_continuations(sections: list[Section]) -> None:
    """Move the first lines of a new page from a section of one column to the last
    earlier section of the column they stand in (in place). Only when the section's
    lines before the page break and those after it lie side by side, never one
    above the other: in a single-column CV a section simply runs on."""
    for j, section in enumerate(sections):
        split = _page_break(section)
        if split is None or j == 0:
            continue
        before = ([section.heading] if section.heading else []) + section.lines[:split]
        after = section.lines[split:]
        if not _side_by_side(before, after):
            continue
        found = _section_of_column(sections[:j], after, before[0].line.page)
        if found is not None:
            target, at = found
            target.taken.append((target.lines[at - 1].index, [c.line for c in after]))
            target.lines[at:at] = after  # right after that column's last line of it
            section.given |= {c.index for c in after}
            del section.lines[split:]


def _page_break(section: Section) -> int | None:
    """Index of the section's first line on a later page than its start."""
    first = section.heading or (section.lines[0] if section.lines else None)
    if first is None:
        return None
    return next((k for k, c in enumerate(section.lines) if c.line.page > first.line.page), None)


def _box(lines: list[Clean]) -> tuple[float, float] | None:
    lefts = [c.line.x0 for c in lines if c.line.x0 is not None]
    rights = [c.line.x1 for c in lines if c.line.x1 is not None]
    if len(lefts) < len(lines) or len(rights) < len(lines):
        return None  # a reader without positions (DOCX, TXT)
    return min(lefts), max(rights)


def _side_by_side(before: list[Clean], after: list[Clean]) -> bool:
    one, two = _box(before), _box(after)
    if one is None or two is None:
        return False
    return one[0] >= two[1] - _TOLERANCE or one[1] <= two[0] + _TOLERANCE


def _section_of_column(earlier: list[Section], after: list[Clean], page: int) -> tuple[Section, int] | None:
    """The last earlier section with a line on `page` in the column of `after`, and the
    index just past its last such line."""
    column = _box(after)
    assert column is not None
    for section in reversed(earlier):
        if section.kind == "header":
            continue
        for k in range(len(section.lines) - 1, -1, -1):
            box = _box(section.lines[k:k + 1])
            if section.lines[k].line.page == page and box is not None \
                    and column[0] - _TOLERANCE <= box[0] and box[1] <= column[1] + _SLACK:
                return section, k + 1
    return None
