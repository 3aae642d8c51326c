"""Papers set as a bold title over a plain byline, as resume builders print them:

    Quiet Tides: Invented Estimators for Made-up Bays          (bold, may wrap)
    Lindqvist M., Osei P., Brandt K. — CHI 2024               (plain)

The title comes first and the authors after it, then a dash and the venue, so a
reader of references (authors first) takes the byline for part of the title.
Each block is rewritten in the usual order, "Authors. Title. Venue 2024.".
JSON-Resume themes print no authors, only "Journal of Made-up Studies · 2024"
under the title (and perhaps a note under that): "Title. Venue, 2024.". rendercv's
Markdown puts each field in a bullet of its own under the title ("- 2024",
"- A. Author, B. Author", "- CoRL"): field_bullet_items; its moderncv theme stacks
them as rows, the date before the title ("Mar 2024 Title" / "A. Author, B. Author" /
"10.5555/x (Nature Neuroscience)"): stacked_items.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.authors import split_authors
from reviewer.parsing.lines import Line
from reviewer.parsing.pubheads import CATEGORY_RE
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import status_from_text
from reviewer.parsing.pubtext import line_marker, years_in

_BYLINE = re.compile(r"^(?P<authors>[^—–]{3,300}?)\s[—–]\s(?P<venue>\S.*)$")
_VENUE_YEAR = re.compile(r"^(?P<venue>[^\t\d]{2,120}?)\s*[·,|]\s*(?P<year>(?:19|20)\d\d)\.?$")
_MAX_TITLE_ROWS = 3
_MAX_WRAP_ROWS = 2  # a byline whose venue wrapped: "— Int. J. Hum.-Comput." / "Stud., 2021"


def byline_items(lines: list[Line]) -> list[RawItem] | None:
    """The papers of a list of bold titles over bylines; None unless two or more such blocks
    make up most of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    items: list[RawItem] = []
    used = 0
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and end - k < _MAX_TITLE_ROWS and _title_row(texts[end]):
            end += 1
        byline = _byline(texts[end].text) if k < end < len(texts) and not texts[end].bold else None
        if byline is None:
            k += 1
            continue
        authors, venue = byline
        last = end
        if authors:
            while last + 1 < len(texts) and last - end < _MAX_WRAP_ROWS and not texts[last + 1].bold \
                    and not years_in(venue):
                last += 1
                venue = f"{venue} {texts[last].text.strip()}"
        else:  # plain lines under "Venue · 2024" are a note on the paper
            while last + 1 < len(texts) and not texts[last + 1].bold:
                last += 1
        title = " ".join(ln.text.strip() for ln in texts[k:end]).rstrip(".")
        if authors:
            text = f"{authors.rstrip(' .,')}. {title}. {venue.rstrip('.')}."
        elif years_in(venue):
            text = f"{title}. {venue.rstrip('.')}."
        else:  # a status alone ("Revise and resubmit at …"): the title in quotes, where "A and B" reads as names
            text = f"“{title}.” {venue.rstrip('.')}."
        items.append(RawItem([replace(texts[k], text=text)]))
        used += last + 1 - k
        k = last + 1
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None


def _title_row(line: Line) -> bool:
    if not line.bold:
        return False  # (the cheap test first: most rows are plain, and author_start is dear)
    t = line.text.strip()
    # (a title in title case with "and" reads like two names, "Teacher Turnover and Student
    # Achievement": an author row has a comma or an initial as well)
    authors = author_start(t) and ("," in t or bool(re.search(r"\b[A-Z]\.", t)))
    return 0 < len(t) <= 200 and not CATEGORY_RE.match(t) and not authors


def _byline(text: str) -> tuple[str, str] | None:
    """(authors, venue) of "Lindqvist M., Osei P. — CHI 2024"; ("", "Venue, 2024") of "Venue · 2024"."""
    m = _BYLINE.match(text.strip())
    if m and split_authors(m.group("authors")):
        return m.group("authors"), m.group("venue")
    v = _VENUE_YEAR.match(text.strip())
    if v:
        return "", f"{v.group('venue').strip()}, {v.group('year')}"
    if len(text.split()) <= 12 and status_from_text(text):
        return "", text.strip()  # "Revise and resubmit at the Review of Economic Studies": where it stands
    return None


_BULLET = re.compile(r"^\s*[-•*–]\s+")
_YEAR_ONLY = re.compile(r"(?:[A-Za-z]{3,9}\.?\s+)?((?:19|20)\d\d)")


def field_bullet_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers as a title over one bullet per field: the year, the authors, the venue (with its
    status); None unless two or more such blocks make up most of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    items: list[RawItem] = []
    used = 0
    k = 0
    while k < len(texts):
        end = k + 1
        while end < len(texts) and _BULLET.match(texts[end].text):
            end += 1
        fields = [_BULLET.sub("", ln.text).strip(" *_") for ln in texts[k + 1:end]]
        if not _title_row(texts[k]) or not 2 <= len(fields) <= 4:
            k += 1
            continue
        year = next((m.group(1) for f in fields if (m := _YEAR_ONLY.fullmatch(f))), None)
        authors = next((f for f in fields if not _YEAR_ONLY.fullmatch(f) and split_authors(f)), None)
        rest = [f for f in fields if f != authors and not _YEAR_ONLY.fullmatch(f)]
        if authors is None or len(rest) > 1:
            k += 1
            continue
        venue = ", ".join([*rest, *([year] if year else [])])
        items.append(RawItem([replace(texts[k], text=f"{authors.rstrip(' .,')}. {texts[k].text.strip().rstrip('.')}. "
                                                         f"{venue}.")]))
        used += end - k
        k = end
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None


_DATED_TITLE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+)?(?P<year>(?:19|20)\d\d)\s+(?P<title>\S.{7,})$")
_DOI_VENUE = re.compile(r"^(?:doi:\s*)?10\.\d{4,}/\S+\s+\((?P<venue>[^()]+)\)$", re.I)


def stacked_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers as three stacked rows: the (dated) title, the authors alone, the venue (behind
    a DOI, or with its status in brackets); None unless two or more such blocks make up most
    of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    if any("\t" in ln.text or line_marker(ln.text).kind for ln in texts):
        return None  # a date cell or a number marks the items of other layouts
    items: list[RawItem] = []
    k = used = 0
    while k + 2 < len(texts):
        head, names, place = (ln.text.strip() for ln in texts[k:k + 3])
        if not split_authors(names.rstrip(".")) or author_start(head) or years_in(names) or split_authors(place):
            k += 1
            continue
        dated = _DATED_TITLE.match(head)
        title, year = (dated.group("title"), dated.group("year")) if dated else (head, None)
        doi = _DOI_VENUE.match(place)
        venue = doi.group("venue") if doi else place
        when = f", {year}" if year else ""
        items.append(RawItem([replace(texts[k], text=f"{names.rstrip(' .')}. {title.rstrip('.')}. {venue}{when}.")]))
        used += 3
        k += 3
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None
