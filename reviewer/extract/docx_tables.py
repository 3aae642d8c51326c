"""The cells of a DOCX table row, as python-docx 1.2's `_Row.cells` gives them:
one entry per layout-grid column a cell spans, and for the lower parts of a
vertically merged cell the cell where the merge starts (so its text is read
with every row it spans, as the reader always did)."""
from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from reviewer.extract.docx_styles import W

_SDT, _CUSTOM_XML = W + "sdt", W + "customXml"
_MAX_MERGE_DEPTH = 1000  # rows a vertical merge is followed up; a real table has tens


def table_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    return _unwrapped(tbl, W + "tr")


def row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    for tc in _unwrapped(tr, W + "tc"):
        yield from _tc_cells(tc, 0)


def _unwrapped(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """element's children of `tag`, also those inside a content control (w:sdt >
    w:sdtContent) or custom XML: Word forms wrap repeating rows and single cells in them
    (python-docx does not look inside, and the values of such a form were lost)."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _unwrapped(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _unwrapped(child, tag)


def _tc_cells(tc: etree._Element, depth: int) -> Iterator[etree._Element]:
    if _v_merge(tc) == "continue":
        if depth > _MAX_MERGE_DEPTH:
            raise ValueError("vertical merge too deep")
        yield from _tc_cells(_tc_above(tc), depth + 1)
        return
    for _ in range(_grid_span(tc)):
        yield tc


def _tc_props(tc: etree._Element, name: str) -> etree._Element | None:
    tcpr = tc.find(W + "tcPr")
    return None if tcpr is None else tcpr.find(W + name)


def _v_merge(tc: etree._Element) -> str | None:
    merge = _tc_props(tc, "vMerge")
    return None if merge is None else merge.get(W + "val", "continue")


def _grid_span(tc: etree._Element) -> int:
    span = _tc_props(tc, "gridSpan")
    return 1 if span is None else int(span.get(W + "val") or "")


def _grid_before(tr: etree._Element) -> int:
    trpr = tr.find(W + "trPr")
    before = None if trpr is None else trpr.find(W + "gridBefore")
    return 0 if before is None else int(before.get(W + "val") or "")


def _tc_above(tc: etree._Element) -> etree._Element:
    """The cell at the same grid offset in the row above (ValueError when none)."""
    tr = next(tc.iterancestors(W + "tr"), None)
    above = tr.getprevious() if tr is not None else None
    while above is not None and above.tag != W + "tr":
        above = above.getprevious()
    if above is None:
        raise ValueError("no tr above topmost tr in w:tbl")
    offset = _grid_before(tr) + sum(_grid_span(t) for t in tc.itersiblings(W + "tc", preceding=True))
    remaining = offset - _grid_before(above)
    for candidate in above.iterchildren(W + "tc"):
        if remaining < 0:
            break
        if remaining == 0:
            return candidate
        remaining -= _grid_span(candidate)
    raise ValueError(f"no `tc` element at grid_offset={offset}")
