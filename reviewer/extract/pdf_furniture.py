"""Page furniture: page numbers and running headers/footers are not CV content.

A line counts as furniture only when it sits in the top or bottom margin band of
its page (among the first or last two lines). Page numbers go. A line repeated
in that band on several pages (digits ignored, so "Page 2 of 3" matches "Page 3
of 3") goes too, except its first copy when it carries contact details (an
email in a running footer is still the candidate's email) or when it is the
header of page 1 (it may be the only place the name is printed). The top line of a
later page that the page prints again below (its section's heading) goes as well.
"""
from __future__ import annotations

import re
from collections import defaultdict

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—(\[|]*(?:page|p\.|seite|pagina|página|第)?\s*\d{1,4}\s*"
    r"(?:(?:/|of|von|sur|de|\||共)\s*\d{1,4})?\s*(?:页|頁)?[\s\-–—)\]|]*$",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(r"\bpage\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\b", re.IGNORECASE)
_CONTACT = re.compile(
    r"@[\w-]+\.|https?://|www\.|\b[\w-]+\.(?:com|org|net|edu|io|me|ac\.\w\w)\b|(?:\+?\d[\d ()./-]{7,}\d)",
    re.IGNORECASE,
)
# A browser's print header opens with the date and time of printing ("7/1/24, 10:02 AM",
# "01/07/2024, 10:02", "2024/7/1 10:02"), then the page's title.
_PRINT_STAMP = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?(?:\s|$)",
                          re.IGNORECASE)
# a section's title: a few words, no sentence's end ("Geotechnical Engineering." that ends a
# reference wrapped from the page before is text, wherever else it recurs)
_TITLE_LIKE = re.compile(r"[^\W\d_][^.,;:]{0,60}(?<![.,;:])")
_MARGIN = 0.1  # share of the page height that counts as header or footer band


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def furniture(pages: list[tuple[float, list[tuple[str, float, float]]]]) -> set[tuple[int, int]]:
    """pages: per page (height, rows as (text, top_from_page_top, bottom_from_page_top)) in
    reading order. Returns the (page index, row index) pairs to drop."""
    candidates: list[tuple[int, int, str, bool]] = []
    repeats: set[tuple[int, int]] = set()
    for p, (height, rows) in enumerate(pages):
        if len(rows) < 4:
            continue  # a nearly empty page has no margins to speak of: its lines are content
        by_y = sorted(range(len(rows)), key=lambda k: rows[k][1])
        edge = set(by_y[:2]) | set(by_y[-2:])
        for k in edge:
            text, top, bottom = rows[k]
            if top < _MARGIN * height or bottom > (1 - _MARGIN) * height:
                candidates.append((p, k, text, top < _MARGIN * height))
        if p > 0 and rows[by_y[0]][1] < _MARGIN * height:
            head = rows[by_y[0]][0].strip()
            if _TITLE_LIKE.fullmatch(head) and sum(r[0].strip() == head for r in rows) >= 2:
                # the section a page opens, named in its header as well ("Invited talks" over
                # the page where that heading comes): the header copy goes, the heading stays
                repeats.add((p, by_y[0]))
    drop: set[tuple[int, int]] = set(repeats)
    seen: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for p, k, text, at_top in candidates:
        if is_page_number(text) or (_PAGE_OF.search(text) and not _CONTACT.search(text)) \
                or (at_top and _PRINT_STAMP.match(text)):
            drop.add((p, k))
            continue
        key = " ".join(re.sub(r"\d+", "#", text.casefold()).split())
        seen[key].append((p, k, text, at_top))
    for copies in seen.values():
        if len({c[0] for c in copies}) < 2:
            continue
        # The first copy of a running header stays: it may be the only place the
        # candidate's name is printed ("Curriculum Vitae - Ada Quill"). A footer
        # goes entirely unless it carries contact details.
        first_page, _, first_text, first_at_top = copies[0]
        keep_first = bool(_CONTACT.search(first_text)) or (first_at_top and first_page == 0)
        for n, (p, k, _, _) in enumerate(copies):
            if not (keep_first and n == 0):
                drop.add((p, k))
    return drop
