"""Full-text search over candidates behind a small interface, so each backend
brings its own index (SQLite: FTS5 in db/sqlite.py; PostgreSQL could use tsvector
or pg_trgm). `LikeSearch` is the portable fallback.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SearchContent:
    """What a candidate is found by: names (parsed and corrected), places
    (institutions, organizations and tags: short, so terms too short for an index
    can scan them) and a body of CV text."""

    name: str
    body: str
    places: str = ""


class SearchIndex(Protocol):
    def update(self, session: Session, candidate_id: int, content: SearchContent) -> None: ...

    def remove(self, session: Session, candidate_ids: list[int]) -> None: ...

    def matching_ids(self, session: Session, query: str) -> set[int]: ...


# Combining marks left after NFKD: the accents of Latin, Greek and Cyrillic letters.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def normalize_for_search(value: str) -> str:
    """Case- and accent-insensitive form: "Fernández" and "FERNANDEZ" both become "fernandez"."""
    if value.isascii():  # most CV text: skip the Unicode work (it is per character)
        return value.lower()
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", value.casefold())))


def split_terms(query: str) -> list[str]:
    return [t for t in re.split(r"\s+", query.strip()) if t]


class LikeSearch:
    """Portable and slow: LIKE over names and document text. Good enough until a
    backend has its own index."""

    def update(self, session: Session, candidate_id: int, content: SearchContent) -> None:
        return None

    def remove(self, session: Session, candidate_ids: list[int]) -> None:
        return None

    def matching_ids(self, session: Session, query: str) -> set[int]:
        from db.models import Candidate, Document

        ids: set[int] | None = None
        for term in split_terms(query):
            pattern = f"%{term}%"
            stmt = (
                select(Candidate.id)
                .outerjoin(Document, Document.candidate_id == Candidate.id)
                .where(or_(Candidate.display_name.ilike(pattern), Document.text.ilike(pattern)))
            )
            found = set(session.scalars(stmt))
            ids = found if ids is None else ids & found
        return ids or set()
