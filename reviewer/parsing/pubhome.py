"""Papers as an academic homepage lists them (the look of Jon Barron's widely copied template):

    Invented Fields: Real-Time Imaginary Rendering               (the title)
    Ada Quill, Ben Roe, Cy Tsai                                   (the authors, may wrap)
    CVPR, 2025 (Highlight)                                        (the venue and year)
    project page / arXiv / code                                   (links)
    One sentence on what the paper does.                          (a description)

The title comes first, the venue after the authors, and a description follows each
paper: a reader of references (authors first) takes each description for the next
paper's opening. Each block is rewritten in the usual order, "Authors. Title. Venue,
2025."; links and descriptions are left out.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.authors import split_authors
from reviewer.parsing.lines import Line
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubtext import line_marker, years_in

# "CVPR, 2025 (Highlight)", "SIGGRAPH Asia, 2024", "CVPR Workshop on 3D Vision, 2021"
_VENUE_YEAR = re.compile(r"^[A-Za-z][\w .&'’:-]{1,80},\s*(?:19|20)\d\d\b(?:\s*\([^()]{1,80}\))?\.?$")
_MAX_AUTHOR_ROWS = 4


def homepage_items(lines: list[Line]) -> list[RawItem] | None:
    """The papers of a homepage-style list; None unless two or more such blocks stand in it."""
    texts = [ln for ln in lines if ln.text.strip()]
    items: list[RawItem] = []
    covered = 0  # lines the blocks take (title, authors, venue): the rest are links and descriptions
    k = 0
    while k < len(texts) - 2:
        block = _block(texts, k)
        if block is None:
            k += 1
            continue
        venue_at, item = block
        items.append(item)
        covered += venue_at + 1 - k
        k = venue_at + 1
    return items if len(items) >= 2 and covered >= 0.5 * len(texts) else None


def _block(texts: list[Line], k: int) -> tuple[int, RawItem] | None:
    title = texts[k].text.strip()
    if (len(title.split()) < 3 or years_in(title) or author_start(title) or title.endswith(".")
            or line_marker(title).kind):
        return None  # (a numbered or bulleted line opens a reference of the usual kind)
    for v in range(k + 2, min(k + 2 + _MAX_AUTHOR_ROWS, len(texts))):
        if not _VENUE_YEAR.match(texts[v].text.strip()):
            continue
        authors = " ".join(ln.text.strip() for ln in texts[k + 1:v])
        names = split_authors(authors.rstrip(","))
        if not names or len(names) < 2 and "," not in authors:
            return None
        text = f"{authors.rstrip(',')}. {title}. {texts[v].text.strip().rstrip('.')}."
        return v, RawItem([replace(texts[k], text=text)])
    return None
