"""Papers as PubMed's summary display prints them, which faculty-profile pages copy:

    Short versus standard antibiotic courses for invented fevers.     (title, may wrap)
    Quill L, Roe D, Tsai E, et al. J Invented Med. 2025 Feb;14(2):88-96.
    PMID: 39781204 DOI: 10.1093/x/y

The title comes first and a PMID line closes each paper, so a reader of references
(authors first) would take each title for the tail of the paper above it. Each block
is rewritten in the usual order: "Authors. Title. Journal. Date;volume:pages.".
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubsplit import RawItem

_PMID_LINE = re.compile(r"^\s*PMID:\s*\d{6,9}\b")
# The author list ends at "et al." or at a Vancouver name's initials ("Hammerstein L."), perhaps
# followed by a group ("et al.; Invented Screening Group.")
_AUTHORS_END = re.compile(r"(?:\bet al|\s[A-Z]{1,3})\.(?P<group>;\s*[^.]{3,80}\.)?(?=\s|$)")
_MAX_TITLE_ROWS = 3
# "Roe D, Quill L, et al.;": a Vancouver name opening the byline (family name, initials, a comma)
_VANCOUVER_HEAD = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?\s[A-Z]{1,3},\s")


def pubmed_items(lines: list[Line]) -> list[RawItem] | None:
    """The papers of a list in PubMed's summary layout; None unless two or more papers close
    with a PMID line and each holds a title above its author line."""
    texts = [ln for ln in lines if ln.text.strip()]
    closes = [k for k, ln in enumerate(texts) if _PMID_LINE.match(ln.text)]
    if len(closes) < 2:
        return None
    items: list[RawItem] = []
    start = 0
    for close in closes:
        item = _item(texts[start:close], texts[close])
        if item is None:
            return None
        items.append(item)
        start = close + 1
    return items


def _item(block: list[Line], pmid: Line) -> RawItem | None:
    byline = next((k for k, ln in enumerate(block) if author_start(ln.text) or _VANCOUVER_HEAD.match(ln.text)), None)
    if not byline:
        return None  # no title above the authors: not this layout
    # the title is the run of lines right above the byline whose last alone ends a sentence
    # (a page's note above the first paper, "Showing 6 of 14.", ends with its own full stop)
    first = byline - 1
    while first > 0 and byline - first < _MAX_TITLE_ROWS and not block[first - 1].text.rstrip().endswith("."):
        first -= 1
    title = re.sub(r"(?<=\w-) (?=\w)", "", " ".join(ln.text.strip() for ln in block[first:byline])).rstrip(". ")  # ("a 10-" / "year")
    rest = " ".join(ln.text.strip() for ln in block[byline:])
    end = _AUTHORS_END.search(rest)
    if end is None:
        return None
    # (the group goes: the reference reader takes "et al.; X Study Group." for a title)
    authors = rest[:end.start("group")] if end.group("group") else rest[:end.end()]
    text = f"{authors} {title}. {rest[end.end():].strip()} {pmid.text.strip()}"
    return RawItem([replace(block[first], text=text)])
