"""Label records for the held-out CVs, in the format of ../shared/*/expected/*.json.

Every builder states its facts once (education, positions, publications) and
draws the document from the same records, so the label cannot drift from what
the page shows. The judgements a human makes while reading (is the candidate
first or equal-first? which venue name is the common short one?) are written
by hand in each record, never computed from the rendered text.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edu:
    institution: str
    degree_level: str | None
    field: str | None
    start: str | None
    end: str | None

    def as_label(self) -> dict:
        return dict(institution=self.institution, degree_level=self.degree_level, field=self.field,
                    start=self.start, end=self.end)


@dataclass(frozen=True)
class Job:
    organization: str
    title: str | None
    start: str | None
    end: str | None

    def as_label(self) -> dict:
        return dict(organization=self.organization, title=self.title, start=self.start, end=self.end)


@dataclass(frozen=True)
class Pub:
    """One printed publication; `first` is the human reading of the first-author rule
    (listed first, or starred equal-contribution together with the first author)."""

    authors: str
    title: str
    venue_printed: str
    year: int
    first: bool
    venue: str | None = None  # label venue (DESIGN short name); None keeps it out of the sample
    sample: bool = True


def label(file: str, name: str | None, *, name_any: list[str] = (), emails: list[str], phones: list[str],
          links: list[str], education: list[Edu], experience: list[Job], pubs: list[Pub],
          interests: list[str] = (), awards: int | None, notes: str = "") -> dict:
    """The label dict the scorer reads; the sample holds the publications marked `sample`."""
    return {
        "file": file,
        "name": name,
        "name_any": list(name_any),
        "emails": emails,
        "phones": phones,
        "links": links,
        "education": [e.as_label() for e in education],
        "experience": [j.as_label() for j in experience],
        "publications_count": len(pubs),
        "first_author_count": sum(p.first for p in pubs),
        "publications_sample": [{"title": p.title, "venue": p.venue, "year": p.year}
                                for p in pubs if p.sample and p.venue][:5],
        "research_interests_any": list(interests),
        "awards_count": awards,
        "notes": notes,
    }
