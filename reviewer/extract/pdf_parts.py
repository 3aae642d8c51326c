"""Where the documents of a merged portal PDF begin (reviewer/portal_split.py cuts
and classifies them). Found while reading the PDF, before page furniture is
dropped: every document of a packet prints the applicant's name on top, which
would otherwise look like a running header and vanish from all but page one.
The bookmarks say it first; else how a page begins does."""
from __future__ import annotations

import re

from reviewer.dockind import (
    _ABSTRACT,
    _CONTACT,
    _CV_HEADINGS,
    _SALUTATION,
    _TITLES,
    OTHER,
    REFERENCE,
    classify,
)

TOP_LINES = 12  # a document's first page says what it is within its first dozen lines
_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’.-]+|[A-Z]\.)){1,3}$")
# What opens a document (a title, a salutation, an abstract), all of dockind's patterns in
# one: a single scan of a page's top instead of eight (~0.1 ms of a 4-page PDF). Same
# flags as each of them (tests/test_extract_pdf.py checks both).
_OPENING_PATTERNS = (*(pattern for _kind, pattern in _TITLES), _SALUTATION, _ABSTRACT)
OPENING = re.compile("|".join(f"(?:{p.pattern})" for p in _OPENING_PATTERNS), re.IGNORECASE | re.MULTILINE)


def document_starts(texts: list[str], outline: list[tuple[str, int]]) -> list[int]:
    """0-based indices of the pages where a document begins (always page 0); a
    single [0] for a file that is one document."""
    marked = bookmark_starts(outline, len(texts))
    starts = sorted(marked) if len(marked) >= 2 else [k for k, text in enumerate(texts)
                                                      if k == 0 or starts_document(text)]
    if len(starts) < 2:
        return [0]
    ends = [*starts[1:], len(texts)]
    kinds = [classify("", "".join(texts[a:b])).kind for a, b in zip(starts, ends, strict=True)]
    return starts if several_documents(kinds) else [0]


def several_documents(kinds: list[str]) -> bool:
    """Whether parts of these kinds are several documents. One kind throughout is one
    document whose later page happened to look like a first page (a CV's page 3
    opening with a title), except for letters: a portal bundles a candidate's
    reference letters, each under its own letterhead and salutation."""
    real = [k for k in kinds if k != OTHER]
    return len(set(real)) >= 2 or (len(real) >= 2 and set(real) == {REFERENCE})


def bookmark_starts(outline: list[tuple[str, int]], pages: int) -> dict[int, str]:
    """Page index -> bookmark title of each top-level bookmark; the pages before the
    first bookmark (a cover page) make a part of their own. Empty when two bookmarks
    share a page: those mark sections (a LaTeX CV's), not the documents of a packet."""
    starts: dict[int, str] = {}
    for title, index in outline:
        if not 0 <= index < pages:
            continue
        if index in starts:
            return {}
        starts[index] = title.strip()
    if starts and 0 not in starts:
        starts[0] = ""
    return starts


def starts_document(page: str) -> bool:
    """Whether a page looks like the first page of a document of a packet."""
    top = "\n".join([line for line in page.splitlines() if line.strip()][:TOP_LINES])
    if OPENING.search(top):
        return True  # a title, a letter under its letterhead, a paper's abstract
    lines = [line.strip() for line in top.splitlines()]
    named = bool(lines) and bool(_NAME_LINE.match(lines[0]))
    return named and bool(_CONTACT.search("\n".join(lines[1:4]))) and bool(_CV_HEADINGS.search(page))
