"""A Google Scholar profile's table pasted into a CV:

    TITLE                                               CITED BY    YEAR
    Invented cathodes with suppressed oxygen release
    D Quill, Y Wu, HY Tsang
    Advanced Invented Materials 14 (8), 2303561
    37
    2024

Word keeps the table's cells, but a reader that goes cell by cell prints the title, the
authors (Scholar cuts long lists with "..."), the venue, the citations and the year one
under another. Under Scholar's own header, each item ends at its year; it becomes
"Authors. Title. Venue, 2024." for the item reader. The citation count is not kept.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubtable import NUMBER_CELL, YEAR_CELL

_HEADER = re.compile(r"(?i)^\s*title\s+cited\s+by\s+year\s*$")


def scholar_items(lines: list[Line]) -> list[RawItem] | None:
    """The items of a Scholar table, or None when the list has no Scholar header."""
    texts = [ln for ln in lines if ln.text.strip()]
    start = next((k for k, ln in enumerate(texts[:4]) if _HEADER.match(ln.text.replace("\t", " "))), None)
    if start is None:
        return None
    items: list[RawItem] = []
    block: list[Line] = []
    for ln in texts[start + 1:]:
        # (a row whose cells stayed on one line: "Title<tab>37<tab>2024")
        cells = [c.strip() for c in ln.text.split("\t") if c.strip()]
        if len(cells) > 1 and YEAR_CELL.match(cells[-1]):
            block += [replace(ln, text=c) for c in cells]
        else:
            block.append(ln)
        if YEAR_CELL.match(block[-1].text.strip()):
            item = _item(block)
            if item is not None:
                items.append(item)
            block = []
    return items if len(items) >= 2 else None


def _item(block: list[Line]) -> RawItem | None:
    year = block[-1].text.strip()
    words = [ln.text.strip() for ln in block[:-1] if not NUMBER_CELL.match(ln.text.strip())]
    if not words:
        return None
    title, authors, venue = words[0], (words[1] if len(words) > 1 else ""), " ".join(words[2:])
    text = f"{authors + '. ' if authors else ''}{title.rstrip('.')}. {venue.rstrip('.') + ', ' if venue else ''}{year}."
    return RawItem([replace(block[0], text=text)])
