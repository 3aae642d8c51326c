"""Which reader splits a publication list: a laid-out shape (tagged, bracketed, table,
block, right-cell, titled, compact, job-site) or the marker-and-line splitter; and lists
whose sub-headings change the shape ("[CVPR]<tab>Title<tab>Jun 2025" rows under "Selected
papers", then quoted-title bullets under "Recent and under review").
"""
from __future__ import annotations

from collections.abc import Callable

from reviewer.parsing.lines import Line
from reviewer.parsing.pubblocks import (
    block_items,
    compact_items,
    published_by_items,
    right_cell_items,
    tagged_items,
    titled_items,
)
from reviewer.parsing.pubbyline import byline_items, field_bullet_items, stacked_items
from reviewer.parsing.pubgroup import split_items
from reviewer.parsing.pubheadertable import header_table_items
from reviewer.parsing.pubheads import (
    CATEGORY_RE,
    heading_status,
    holds_no_papers,
    kind_from_heading,
)
from reviewer.parsing.pubhome import homepage_items
from reviewer.parsing.publistings import bracket_items, site_items
from reviewer.parsing.pubmed import pubmed_items
from reviewer.parsing.pubscholar import scholar_items
from reviewer.parsing.pubsplit import RawItem, SplitResult
from reviewer.parsing.pubtable import table_items
from reviewer.parsing.pubtext import years_in
from reviewer.parsing.pubtitles import column_title_items


def laid_out_items(lines: list[Line]) -> list[RawItem] | None:
    """The items of the first laid-out shape that the whole list has, else None."""
    return (header_table_items(lines) or scholar_items(lines) or pubmed_items(lines) or tagged_items(lines) or bracket_items(lines)
            or table_items(lines) or block_items(lines)
            or right_cell_items(lines) or titled_items(lines) or published_by_items(lines) or byline_items(lines) or field_bullet_items(lines)
            or stacked_items(lines) or homepage_items(lines)
            or compact_items(lines)
            or site_items(lines) or column_title_items(lines))


def split_list(lines: list[Line], is_candidate: Callable[[str], bool] | None) -> SplitResult:
    """Split a publications section into references. When its category sub-headings part
    blocks of different shapes (one laid out, one not), each block is read by its own
    reader, if that finds more references than reading the list as one shape."""
    laid_out = laid_out_items(lines)
    whole = SplitResult(laid_out) if laid_out else split_items(lines, is_candidate)
    # blocks under "Patents" or "Talks" hold no papers (split_items drops them too)
    blocks = [(head, body) for head, body in _blocks(lines)
              if head is None or not holds_no_papers(head.text)]
    if len(blocks) < 2:
        return whole
    shapes = [laid_out_items(body) for _, body in blocks]
    if all(shapes) or not any(shapes):
        return whole  # one shape throughout: the whole list's reading stands
    items: list[RawItem] = []
    for (head, body), shape in zip(blocks, shapes, strict=True):
        if shape:
            _hint_from(head, shape)
            items.extend(shape)
        elif head is None and not any(years_in(ln.text) for ln in body):
            continue  # "For author lists see Google Scholar.": an introduction above the first block
        else:
            items.extend(split_items(([head] if head else []) + body, is_candidate).items)
    return SplitResult(items, whole.equal_marks, whole.other_marks) if len(items) > len(whole.items) else whole


def _blocks(lines: list[Line]) -> list[tuple[Line | None, list[Line]]]:
    """(sub-heading, lines under it) for each category sub-heading; lines before the first
    come with no sub-heading."""
    blocks: list[tuple[Line | None, list[Line]]] = [(None, [])]
    for ln in lines:
        text = ln.text.strip()
        if text and len(text.split()) <= 8 and CATEGORY_RE.match(text):
            blocks.append((ln, []))
        else:
            blocks[-1][1].append(ln)
    return [(h, b) for h, b in blocks if b]


def _hint_from(head: Line | None, items: list[RawItem]) -> None:
    """A laid-out block under "Submitted Manuscripts" or "Journal Articles" takes that status or kind."""
    if head is None:
        return
    kind, status = kind_from_heading(head.text), heading_status(head.text)
    for item in items:
        item.kind_hint = item.kind_hint or kind
        item.status_hint = item.status_hint or status
