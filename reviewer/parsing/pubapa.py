"""The head of an author-year reference, made explicit.

APA-like lists close the author list with the date slot and go straight on to the
title: "Quill, D., Osei, H. et al. (2024) Tidal maps of small bays." The slot may
hold a status instead of or beside the year: "(under review, 2025)", "(in
preparation)". The reader cuts a reference at full stops, so the slot is rewritten
as "Authors (2024). Title": the year kept, the status left to the full text.
"""
from __future__ import annotations

import re

from reviewer.parsing.authors import split_authors

_SLOT = re.compile(
    r"^(?P<authors>.{3,400}?)\s+\((?:(?P<status>in press|forthcoming|in preparation|in prep\.?|submitted|under review|"
    r"under submission|accepted|to appear|preprint)(?:,\s*)?)?(?P<year>(?:19|20)\d\d[a-z]?)?\)\s+(?=[A-Z\"“‘'])",
    re.IGNORECASE)


def apa_head(text: str) -> str:
    """"Authors (2024) Title" → "Authors (2024). Title"; "Authors (in preparation) Title" →
    "Authors. Title". Unchanged when the slot is punctuated already or no author list precedes it."""
    m = _SLOT.match(text)
    if not m or not (m.group("status") or m.group("year")) or not split_authors(m.group("authors")):
        return text
    slot = f" ({m.group('year')})" if m.group("year") else ""
    return f"{m.group('authors')}{slot}. {text[m.end():]}"
