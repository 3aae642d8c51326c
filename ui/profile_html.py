"""The parsed profile as one HTML document for a read-only QTextBrowser (no Qt here).

One document instead of hundreds of label widgets keeps showing a candidate
with 40 publications at a few milliseconds of layout. Every value from a CV
goes through `esc` (html.escape with quotes): CV text is data, never markup.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.identity import PUBLICATIONS_UNREAD
from ui.formatting import (
    award_text,
    candidate_author_index,
    date_range,
    degree_text,
    not_yet_published,
    position_badge,
    status_text,
)

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Profile, Publication

DATE_WIDTH = 150


@dataclass(frozen=True)
class Colours:
    text: str = "#000000"
    muted: str = "#6b6b6b"
    good: str = "#DDF3E4"
    warn: str = "#FDE2E1"



_STATUS_ORDER = ("published", "accepted", "in press", "under review", "in preparation", "preprint")


def publication_summary(profile: Profile) -> str:
    """What the count counts: "5 listed: 3 published, 1 under review, 1 preprint; 2 first-author"."""
    statuses = Counter(p.status or "status not stated" for p in profile.publications)
    parts = [f"{statuses[s]} {s}" for s in (*_STATUS_ORDER, "status not stated") if statuses[s]]
    listed = f"{len(profile.publications)} listed"
    if parts and parts != [f"{len(profile.publications)} status not stated"]:
        listed += ": " + ", ".join(parts)
    return f"{listed}; {profile.first_author_count()} first-author"

def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _heading(text: str) -> str:
    return f'<h3 style="margin-top:14px; margin-bottom:4px;">{esc(text)}</h3>'


def _rows(rows: list[tuple[str, str]], c: Colours) -> str:
    """Two columns: a right-aligned, dimmed date and the (already escaped) content."""
    cells = "".join(
        f'<tr><td width="{DATE_WIDTH}" align="right" style="color:{c.muted}; padding-right:12px;">{when}</td>'
        f"<td>{what}</td></tr>"
        for when, what in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>'


def _date(value: str) -> str:
    """A date range kept on one line ("Oct 2018 – Sep 2022")."""
    return esc(value).replace(" ", "&nbsp;")


def _timeline_item(title: str, place: str, c: Colours) -> str:
    line = f"<b>{esc(title)}</b>"
    return line + (f'<br><span style="color:{c.muted};">{esc(place)}</span>' if place else "")


def _authors(pub: Publication, name: str | None) -> str:
    index = candidate_author_index(pub, name)
    return ", ".join(f"<b><u>{esc(a)}</u></b>" if i == index else esc(a) for i, a in enumerate(pub.authors))


def _publication(pub: Publication, name: str | None, c: Colours) -> tuple[str, str]:
    when = esc(" ".join(x for x in (pub.venue or "", str(pub.year) if pub.year else "") if x))
    status = status_text(pub)
    if status:
        # under the venue, as text; a paper not yet published is flagged so that it is not counted as one
        shade = f" background-color:{c.warn};" if not_yet_published(pub) else ""
        when += f'{"<br>" if when else ""}<span style="color:{c.muted};{shade}">{esc(status)}</span>'
    badge = position_badge(pub)
    what = f"<b>{esc(pub.title or '(untitled)')}</b>"
    if badge:
        what += f'&nbsp; <span style="background-color:{c.good}; font-size:small;">&nbsp;{esc(badge)}&nbsp;</span>'
    if pub.authors:
        what += f"<br>{_authors(pub, name)}"
    return when, what


def profile_html(profile: Profile, c: Colours | None = None) -> str:
    c = c or Colours()
    parts: list[str] = []
    if profile.warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in profile.warnings)
        parts.append(
            f'<table width="100%" cellpadding="8" style="background-color:{c.warn};"><tr><td>'
            f"<b>The parser was unsure about:</b><ul style=\"margin-top:2px; margin-bottom:2px;\">{items}</ul>"
            f'<span style="color:{c.muted};">Check these against the original document.</span>'
            "</td></tr></table>")
    if profile.research_interests:
        parts += [_heading("Research interests"), f"<p>{esc(' · '.join(profile.research_interests))}</p>"]
    if profile.education:
        rows = [(_date(date_range(e.start, e.end)),
                 _timeline_item(degree_text(e.degree, e.field) or (e.degree_level or "Degree").title(),
                                e.institution or "", c)) for e in profile.education]
        parts += [_heading("Education"), _rows(rows, c)]
    if profile.experience:
        rows = [(_date(date_range(x.start, x.end)),
                 _timeline_item(x.title or x.organization or "", x.organization if x.title else "", c))
                for x in profile.experience]
        parts += [_heading("Experience"), _rows(rows, c)]
    if not profile.publications and any(w.startswith(PUBLICATIONS_UNREAD) for w in profile.warnings):
        parts += [_heading("Publications (? — the section could not be read: see the original)")]
    if profile.publications:
        title = f"Publications ({publication_summary(profile)})"
        parts += [_heading(title), _rows([_publication(p, profile.name, c) for p in profile.publications], c)]
    if profile.awards:
        rows = [(esc(a.year or ""), _timeline_item(award_text(a.title, None), "", c)) for a in profile.awards]
        parts += [_heading("Awards"), _rows(rows, c)]
    if profile.skills:
        parts += [_heading("Skills"), f"<p>{esc(', '.join(profile.skills))}</p>"]
    if not any((profile.education, profile.experience, profile.publications, profile.research_interests,
                profile.awards, profile.skills)):
        parts.append(f'<p style="color:{c.muted};">The parser found no sections in this document. '
                     "Open the original document to read it.</p>")
    return f'<html><body style="color:{c.text};">{"".join(parts)}</body></html>'
