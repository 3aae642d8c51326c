"""Pure text helpers for the views (no Qt): dates, links, author highlighting.

CV text is never trusted as markup. Labels showing CV data use plain text; the
one place that composes HTML for layout (`authors_html`) escapes every piece.
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Publication


SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def plain_markup(text: str) -> str:
    """`text` for a place where Qt guesses rich text (tooltips, message boxes): when
    it holds a "<", as HTML that shows it literally, keeping its line breaks;
    otherwise as it is (Qt then treats it as plain)."""
    if "<" not in text:
        return text
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def is_safe_url(url: str) -> bool:
    """Only web and mail links may be opened from a CV (no file:, javascript:, smb:, ...)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return False
    return bool(parts.netloc) if parts.scheme.lower() != "mailto" else bool(parts.path)


def link_for(value: str) -> str | None:
    """A clickable URL for a profile link or e-mail, or None when it is not safe to open."""
    value = value.strip()
    if "@" in value and "://" not in value and not value.lower().startswith("mailto:"):
        candidate = f"mailto:{value}"
    elif "://" not in value and not value.lower().startswith("mailto:") and "." in value:
        candidate = f"https://{value}"
    else:
        candidate = value
    return candidate if is_safe_url(candidate) else None


def format_date(value: str | None) -> str:
    """"2021-03" → "Mar 2021"; "present" → "present"; None → ""."""
    if not value:
        return ""
    if value.lower() == "present":
        return "present"
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{_MONTHS[int(match.group(2)) - 1]} {match.group(1)}"
    return value


def date_range(start: str | None, end: str | None) -> str:
    a, b = format_date(start), format_date(end)
    if a and b:
        return a if a == b else f"{a} – {b}"
    if b:
        return b
    return f"{a} –" if a else ""


def _tokens(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return {t for t in re.split(r"[\s.,*†‡'\-]+", folded) if t}


def candidate_author_index(publication: Publication, candidate_name: str | None) -> int | None:
    """Which of the publication's authors is the candidate: the best name match,
    else the position the parser recorded."""
    authors = publication.authors
    if not authors:
        return None
    if candidate_name:
        wanted = _tokens(candidate_name)
        compact = re.sub(r"\s+", "", candidate_name)
        best, best_score = None, 0
        for i, author in enumerate(authors):
            tokens = _tokens(author)
            score = len(wanted & tokens) * 2
            if compact and compact == re.sub(r"[\s*†‡]+", "", author):
                score += 4  # CJK names carry no spaces
            # "A. Quill" for "Ada Quill": surname plus a matching initial
            if score == 2 and any(len(t) == 1 and any(w.startswith(t) for w in wanted) for t in tokens):
                score += 1
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            return best
    if publication.author_position in ("first", "equal_first"):
        return 0
    if publication.author_position == "last":
        return len(authors) - 1
    return None


def authors_html(publication: Publication, candidate_name: str | None) -> str:
    """The author list as escaped HTML with the candidate's own name in bold."""
    index = candidate_author_index(publication, candidate_name)
    parts = []
    for i, author in enumerate(publication.authors):
        text = html.escape(author)
        parts.append(f"<b><u>{text}</u></b>" if i == index else text)
    return ", ".join(parts)


POSITION_LABELS = {
    "first": "first author",
    "equal_first": "equal first",
    "last": "last author",
}


def status_text(publication: Publication) -> str | None:
    """The paper's status as the list shows it ("under review"); None when unknown."""
    return publication.status


def not_yet_published(publication: Publication) -> bool:
    """A paper a committee should not count as published: submitted, in preparation, preprint."""
    return publication.status in ("under review", "in preparation", "preprint")


def position_badge(publication: Publication) -> str | None:
    if publication.first_author and publication.author_position not in POSITION_LABELS:
        return "first author"
    return POSITION_LABELS.get(publication.author_position)


def degree_text(degree: str | None, field: str | None) -> str:
    """"Ph.D. in Physics" rather than "Ph.D. in Physics, Physics" when the field is already named."""
    if degree and field and field.casefold() in degree.casefold():
        return degree
    return ", ".join(x for x in (degree, field) if x)


def award_text(title: str, year: int | None) -> str:
    return f"{title} ({year})" if year and str(year) not in title else title
