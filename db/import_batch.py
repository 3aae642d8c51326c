"""Batched statements of the import's write path: a whole batch of new documents,
their candidates and identities in a handful of Core executemany statements
instead of ~16 ORM statements per file. Portable SQL only (INSERT ... RETURNING
through SQLAlchemy's insertmanyvalues: SQLite >= 3.35 and PostgreSQL), and like
db/documents.py it never writes reviewer data."""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from db.documents import clamp_list_columns
from db.models import Candidate, Document, Identity, utcnow
from db.search import SearchContent, SearchIndex

# Typed as tables (mypy sees __table__ as any FromClause).
_CANDIDATES = cast(Table, Candidate.__table__)
_DOCUMENTS = cast(Table, Document.__table__)
_IDENTITIES = cast(Table, Identity.__table__)
MAX_IN = 500  # bound parameters per IN (SQLite's limit is far above, but plans stay small)


def _chunks(values: list[str]) -> list[list[str]]:
    unique = list(dict.fromkeys(values))
    return [unique[i:i + MAX_IN] for i in range(0, len(unique), MAX_IN)]


def stored_paths(session: Session, paths: list[str]) -> dict[str, int]:
    """Document id by path, for those of `paths` already stored (say, by another
    process since the import planned)."""
    found: dict[str, int] = {}
    for chunk in _chunks(paths):
        found.update((path, doc_id) for doc_id, path in
                     session.execute(select(Document.id, Document.path).where(Document.path.in_(chunk))))
    return found


def candidates_by_identity(session: Session, kind: str, values: list[str]) -> dict[str, int]:
    """For each of these normalized emails (or phones) already known, the oldest
    candidate that has it."""
    found: dict[str, int] = {}
    for chunk in _chunks(values):
        stmt = (select(Identity.value, func.min(Identity.candidate_id))
                .where(Identity.kind == kind, Identity.value.in_(chunk)).group_by(Identity.value))
        found.update((value, cid) for value, cid in session.execute(stmt))
    return found


def insert_candidates(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """New candidates with their derived columns (display_name, profile, ...);
    their ids in the order of `rows`."""
    if not rows:
        return []
    now = utcnow()
    rows = [{"created_at": now, "profile_updated_at": now, **clamp_list_columns(row)} for row in rows]
    stmt = insert(_CANDIDATES).returning(_CANDIDATES.c.id, sort_by_parameter_order=True)
    return [row[0] for row in session.execute(stmt, rows)]


def insert_documents(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """New documents (candidate_id already set); their ids in the order of `rows`."""
    if not rows:
        return []
    now = utcnow()
    rows = [{"imported_at": now, **row} for row in rows]
    stmt = insert(_DOCUMENTS).returning(_DOCUMENTS.c.id, sort_by_parameter_order=True)
    return [row[0] for row in session.execute(stmt, rows)]


def insert_identities(session: Session, rows: list[dict[str, Any]]) -> None:
    """rows: {candidate_id, document_id, kind, value} of documents inserted just now."""
    if rows:
        session.execute(insert(_IDENTITIES), rows)


def new_candidate_search(name: str, profile: dict[str, Any] | None, text: str) -> SearchContent:
    """The search row `db.candidates.refresh_search` builds, for a candidate made just
    now from one document (no corrections, no tags yet), without reading it back."""
    profile = profile or {}
    places = [e.get("institution") for e in profile.get("education", [])]
    places += [e.get("organization") for e in profile.get("experience", [])]
    return SearchContent(name=name or "", body=text, places="\n".join(p for p in places if p))


def index_candidates(session: Session, search: SearchIndex, contents: list[tuple[int, SearchContent]]) -> None:
    """Search rows for a batch of candidates, in one go where the index can."""
    update_many = getattr(search, "update_many", None)
    if update_many is not None:
        update_many(session, contents)
        return
    for candidate_id, content in contents:
        search.update(session, candidate_id, content)
