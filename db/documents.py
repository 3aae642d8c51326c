"""Queries of the import path: documents, identities and the derived profile
columns of candidates. Nothing here writes reviewer data (reviews, tags,
corrections, reviewers): tests/test_operations_import.py holds that line."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from db.dialects import insert_or_ignore
from db.models import Candidate, Document, DocumentFile, Identity, utcnow
from db.packets import CV, effective_kind, with_corrections


@dataclass(frozen=True)
class StoredDocument:
    """What the import needs to know about a file it has seen before."""

    id: int
    path: str
    sha256: str
    status: str
    error: str | None
    parser_version: int
    candidate_id: int | None


_REF_COLUMNS = (Document.id, Document.path, Document.sha256, Document.status, Document.error,
                Document.parser_version, Document.candidate_id)


def stored_documents(session: Session) -> list[StoredDocument]:
    return [StoredDocument(*row) for row in session.execute(select(*_REF_COLUMNS))]


def stale_documents(session: Session, parser_version: int, *, everything: bool = False) -> list[StoredDocument]:
    stmt = select(*_REF_COLUMNS)
    if not everything:
        stmt = stmt.where(Document.parser_version < parser_version)
    return [StoredDocument(*row) for row in session.execute(stmt)]


def document_source(session: Session, document_id: int) -> tuple[str, str]:
    """(stored text, format) for re-parsing when the file is gone."""
    row = session.execute(select(Document.text, Document.format).where(Document.id == document_id)).one()
    return row[0], row[1]


# The UPDATEs below change rows no session holds as objects: skip ORM synchronisation.
_PLAIN = {"synchronize_session": False}


def move_document(session: Session, document_id: int, path: str, mtime: float) -> None:
    session.execute(update(Document).where(Document.id == document_id).values(path=path, mtime=mtime),
                    execution_options=_PLAIN)


def save_document(session: Session, *, document_id: int | None, values: dict[str, Any],
                  defaults: dict[str, Any] | None = None) -> int:
    """Overwrite one document's derived data, or insert it (with `defaults` for the
    columns `values` leaves out); returns its id.

    The import planned from a snapshot, and another process (the window and the
    command line on one database) may have imported or deleted the same file
    since: a new file whose path is now stored overwrites that row, and a row that
    vanished is inserted again, instead of failing the whole batch."""
    values = {**values, "imported_at": utcnow()}
    if document_id is None:
        document_id = session.scalar(select(Document.id).where(Document.path == values["path"]))
    if document_id is not None:
        old_sha = session.scalar(select(Document.sha256).where(Document.id == document_id))
        result = session.execute(update(Document).where(Document.id == document_id).values(**values),
                                 execution_options=_PLAIN)
        if result.rowcount:
            if old_sha is not None and old_sha != values.get("sha256", old_sha):
                drop_unused_files(session, [old_sha])  # the file changed: its old bytes go
            return document_id
    doc = Document(**{"text": "", **(defaults or {}), **values})
    session.add(doc)
    session.flush()
    return doc.id


def set_document_candidate(session: Session, document_id: int, candidate_id: int | None) -> None:
    session.execute(update(Document).where(Document.id == document_id).values(candidate_id=candidate_id),
                    execution_options=_PLAIN)


def candidate_for_identities(session: Session, kind: str, values: list[str]) -> int | None:
    """The oldest candidate that has any of these normalized emails (or phones)."""
    if not values:
        return None
    stmt = (select(func.min(Identity.candidate_id))
            .where(Identity.kind == kind, Identity.value.in_(values)))
    return session.scalar(stmt)


def replace_identities(session: Session, document_id: int, candidate_id: int,
                       identities: list[tuple[str, str]]) -> None:
    session.execute(delete(Identity).where(Identity.document_id == document_id))
    session.add_all(Identity(candidate_id=candidate_id, document_id=document_id, kind=k, value=v)
                    for k, v in identities)
    session.flush()


def create_candidate(session: Session) -> int:
    candidate = Candidate(display_name="")
    session.add(candidate)
    session.flush()
    return candidate.id


def candidate_profiles(session: Session, candidate_id: int) -> list[dict[str, Any]]:
    """Profiles of the candidate's readable CVs, newest file first (a cover letter or
    a referee's letter attached to them says nothing about their profile)."""
    stmt = (with_corrections(select(Document.profile))
            .where(Document.candidate_id == candidate_id, Document.status == "ok", Document.profile.is_not(None),
                   effective_kind == CV)
            .order_by(Document.mtime.desc(), Document.id.desc()))
    return list(session.scalars(stmt))


# The list's text columns share one index row (ix_candidates_list), and PostgreSQL
# refuses an index row over 2,704 bytes: 500 CJK characters of position alone are
# 1,500. Each column keeps at most this many UTF-8 bytes (the whole value stays in
# the profile JSON); 3 x 600 + 320 bytes of e-mail leave room for the rest.
LIST_COLUMN_BYTES = {"display_name": 600, "email": 320, "position": 600, "highest_degree": 600}


def _clamp(value: Any, limit: int) -> Any:  # noqa: ANN401 (str or None)
    if not isinstance(value, str) or len(value) * 4 <= limit:
        return value  # short enough in any script: skip the encoding
    encoded = value.encode("utf-8")
    if len(encoded) <= limit:
        return value
    return encoded[:limit - 3].decode("utf-8", errors="ignore") + "…"


def clamp_list_columns(summary: dict[str, Any]) -> dict[str, Any]:
    """The list columns of `summary` cut to LIST_COLUMN_BYTES (every write path uses it)."""
    return {k: _clamp(v, LIST_COLUMN_BYTES[k]) if k in LIST_COLUMN_BYTES else v for k, v in summary.items()}


def set_candidate_profile(session: Session, candidate_id: int, profile: dict[str, Any],
                          summary: dict[str, Any]) -> None:
    summary = clamp_list_columns(summary)
    session.execute(update(Candidate).where(Candidate.id == candidate_id)
                    .values(profile=profile, profile_updated_at=utcnow(), **summary), execution_options=_PLAIN)


def document_candidate(session: Session, document_id: int) -> int | None:
    return session.scalar(select(Document.candidate_id).where(Document.id == document_id))


# --- original files (document_files) ----------------------------------------------

def files_stored(session: Session, shas: list[str]) -> set[str]:
    """Which of these content hashes already have their bytes in the database."""
    found: set[str] = set()
    for i in range(0, len(shas), 500):
        found.update(session.scalars(select(DocumentFile.sha256).where(DocumentFile.sha256.in_(shas[i:i + 500]))))
    return found


def save_file(session: Session, sha256: str, data: bytes) -> None:
    """Store a file's bytes once per content. ON CONFLICT: another process (two
    imports on one server) may store the same content at the same moment."""
    stmt = insert_or_ignore(session, DocumentFile, ["sha256"])
    session.execute(stmt.values(sha256=sha256, size=len(data), data=data, stored_at=utcnow()))


def drop_unused_files(session: Session, shas: list[str]) -> None:
    """Delete the bytes of these contents unless a document still uses them: a
    deleted candidate's CV must leave the database, not only their rows."""
    used = select(Document.sha256).where(Document.sha256.in_(shas))
    for i in range(0, len(shas), 500):
        session.execute(delete(DocumentFile).where(DocumentFile.sha256.in_(shas[i:i + 500]),
                                                   DocumentFile.sha256.not_in(used)),
                        execution_options=_PLAIN)


def document_file(session: Session, document_id: int) -> bytes | None:
    """The original bytes of a document, or None when they are not stored."""
    return session.scalar(select(DocumentFile.data).join(Document, Document.sha256 == DocumentFile.sha256)
                          .where(Document.id == document_id))


def originals_missing(session: Session) -> list[tuple[str, str]]:
    """(path, sha256) of readable documents whose bytes are not stored yet (made
    before 0005): the next import stores them while the file is still there."""
    stmt = (select(Document.path, Document.sha256).where(Document.status == "ok")
            .where(Document.sha256.not_in(select(DocumentFile.sha256))))
    return [(row[0], row[1]) for row in session.execute(stmt)]
