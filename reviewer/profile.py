"""The structured profile of one CV: the contract in ../shared/DESIGN.md.

`reviewer parse --json` prints `Profile.model_dump(mode="json")` for each file;
evaluation tools read these keys, so rename nothing. Extra keys (provenance,
confidence, kinds) are welcome and ignored by the tools.

Dates are "YYYY-MM", "YYYY" or "present"; None when unknown.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DegreeLevel = Literal["phd", "master", "bachelor", "other"]
PublicationKind = Literal["conference", "journal", "workshop", "preprint", "in_preparation", "other"]
AuthorPosition = Literal["first", "equal_first", "last", "other", "unknown"]
# Where a paper stands; None when the CV does not say and its shape does not tell.
PublicationStatus = Literal["published", "accepted", "in press", "under review", "in preparation", "preprint"]


class Evidence(BaseModel):
    """Where a parsed value came from, so the window can show the source line."""

    model_config = ConfigDict(frozen=True)

    line: int | None = None  # 0-based line number in the extracted text
    page: int | None = None  # 1-based page, for paged formats
    text: str | None = None  # the source line(s), trimmed
    confidence: float = 1.0  # 0..1; below LOW_CONFIDENCE the value is listed in warnings


LOW_CONFIDENCE = 0.5


class Education(BaseModel):
    institution: str | None = None
    degree: str | None = None
    degree_level: DegreeLevel | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None
    evidence: Evidence | None = None


class Experience(BaseModel):
    organization: str | None = None
    title: str | None = None
    start: str | None = None
    end: str | None = None
    evidence: Evidence | None = None


class Publication(BaseModel):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    first_author: bool = False
    author_position: AuthorPosition = "unknown"
    kind: PublicationKind | None = None
    status: PublicationStatus | None = None
    evidence: Evidence | None = None


class Award(BaseModel):
    title: str
    year: int | None = None
    evidence: Evidence | None = None


class Profile(BaseModel):
    source: str
    name: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    research_interests: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # Provenance of the scalar fields ("name", "emails", ...), keyed by field.
    field_evidence: dict[str, Evidence] = Field(default_factory=dict)

    # Derived facts the list, ranking and export all need; computed here once
    # so that every layer agrees on them.
    def highest_degree(self) -> Education | None:
        order = {"phd": 0, "master": 1, "bachelor": 2, "other": 3, None: 4}
        return min(self.education, key=lambda e: order[e.degree_level], default=None)

    def current_position(self) -> Experience | None:
        current = [e for e in self.experience if (e.end or "").lower() == "present"]
        if current:
            return current[0]
        dated = [e for e in self.experience if e.end or e.start]
        return max(dated, key=lambda e: e.end or e.start or "", default=None)

    def position_text(self) -> str | None:
        """"Title @ Organization" of the current (or latest) position, either alone when
        the other is unknown. One format for the list, the export, the profile header
        and the comparison; the list's stored column is built from it at import, so
        changing it means a re-parse."""
        exp = self.current_position()
        if exp is None:
            return None
        return " @ ".join(x for x in (exp.title, exp.organization) if x) or None

    def first_author_count(self) -> int:
        return sum(1 for p in self.publications if p.first_author)
