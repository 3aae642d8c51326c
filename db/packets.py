"""Queries of application packets: each document's kind (the classifier's, or a
person's correction of it), which documents a candidate has, and documents that
belong to nobody yet. Portable SQL only; the kinds' names are plain strings here
(reviewer/dockind.py owns their meaning)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from db.models import Candidate, Correction, Document, DocumentKindCorrection, Identity, utcnow

CV = "cv"
# The kind that counts: a person's correction over the classifier's.
effective_kind = func.coalesce(DocumentKindCorrection.kind, Document.kind)


def with_corrections(stmt):  # noqa: ANN001, ANN202 (any select over documents)
    return stmt.outerjoin(DocumentKindCorrection, DocumentKindCorrection.document_id == Document.id)


@dataclass(frozen=True)
class LooseDocument:
    """A readable document that belongs to no candidate (yet)."""

    id: int
    path: str
    kind: str
    text: str  # its first few thousand characters
    profile: dict[str, Any] | None


def kind_correction(session: Session, document_id: int) -> str | None:
    return session.scalar(select(DocumentKindCorrection.kind).where(DocumentKindCorrection.document_id == document_id))


def set_kind_correction(session: Session, document_id: int, kind: str | None, reviewer_id: int | None) -> None:
    """A person's kind for the document (None: back to the classifier's)."""
    session.execute(delete(DocumentKindCorrection).where(DocumentKindCorrection.document_id == document_id))
    if kind is not None:
        session.add(DocumentKindCorrection(document_id=document_id, kind=kind, reviewer_id=reviewer_id,
                                           corrected_at=utcnow()))
    session.flush()


def document_kind(session: Session, document_id: int) -> tuple[str, int | None, str | None] | None:
    """(effective kind, candidate id, status) of one document, or None."""
    row = session.execute(with_corrections(select(effective_kind, Document.candidate_id, Document.status))
                          .where(Document.id == document_id)).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


def kinds_by_candidate(session: Session, candidate_ids: set[int] | None = None) -> dict[int, list[str]]:
    """Effective kinds of each candidate's readable documents (one entry per document,
    one per part of a merged PDF whose kind nobody corrected)."""
    stmt = with_corrections(select(Document.candidate_id, effective_kind, Document.parts,
                                   DocumentKindCorrection.kind)).where(
        Document.candidate_id.is_not(None), Document.status == "ok")
    if candidate_ids is not None and len(candidate_ids) <= 500:
        stmt = stmt.where(Document.candidate_id.in_(candidate_ids))
    found: dict[int, list[str]] = defaultdict(list)
    for cid, kind, parts, corrected in session.execute(stmt):
        if candidate_ids is None or cid in candidate_ids:
            found[cid].extend(part_kinds(kind, corrected is not None, parts))
    return dict(found)


def part_kinds(kind: str, corrected: bool, parts: list[dict[str, Any]] | None) -> list[str]:
    """The kinds a document adds to its packet: its parts' when it is a merged PDF
    (a person's correction of the whole file overrides them), else its own."""
    return [str(p["kind"]) for p in parts] if parts and not corrected else [kind]


def document_parts(session: Session, document_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Document id -> its parts, for the merged PDFs among `document_ids`."""
    found: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(document_ids), 500):
        stmt = select(Document.id, Document.parts).where(Document.id.in_(document_ids[i:i + 500]),
                                                         Document.parts.is_not(None))
        found |= {doc_id: parts for doc_id, parts in session.execute(stmt) if parts}
    return found


def document_kinds(session: Session, document_ids: list[int]) -> dict[int, tuple[str, bool]]:
    """Document id -> (effective kind, corrected by a person)."""
    found: dict[int, tuple[str, bool]] = {}
    for i in range(0, len(document_ids), 500):
        stmt = with_corrections(select(Document.id, effective_kind, DocumentKindCorrection.kind.is_not(None)))
        for doc_id, kind, corrected in session.execute(stmt.where(Document.id.in_(document_ids[i:i + 500]))):
            found[doc_id] = (kind, bool(corrected))
    return found


def loose_documents(session: Session, *, chars: int = 4000) -> list[LooseDocument]:
    """Readable documents of no candidate, other than CVs (a CV makes its own candidate)."""
    stmt = with_corrections(select(Document.id, Document.path, effective_kind,
                                    func.substr(Document.text, 1, chars), Document.profile))
    stmt = stmt.where(Document.candidate_id.is_(None), Document.status == "ok", effective_kind != CV)
    return [LooseDocument(*row) for row in session.execute(stmt.order_by(Document.id))]


def cv_paths(session: Session) -> list[tuple[int, str]]:
    """(candidate id, path) of every CV that belongs to a candidate."""
    stmt = with_corrections(select(Document.candidate_id, Document.path)).where(
        Document.candidate_id.is_not(None), effective_kind == CV)
    return [(row[0], row[1]) for row in session.execute(stmt)]


def candidate_names(session: Session) -> dict[int, list[str]]:
    """Candidate id -> the names they go by: the parsed one and a person's correction."""
    names: dict[int, list[str]] = {cid: [name] for cid, name in
                                   session.execute(select(Candidate.id, Candidate.display_name)) if name}
    for cid, value in session.execute(select(Correction.candidate_id, Correction.value)
                                      .where(Correction.field == "name")):
        names.setdefault(cid, []).insert(0, value)
    return names


def document_profile(session: Session, document_id: int) -> dict[str, Any] | None:
    return session.scalar(select(Document.profile).where(Document.id == document_id))


def drop_identities(session: Session, document_id: int) -> None:
    session.execute(delete(Identity).where(Identity.document_id == document_id))


def attach(session: Session, document_id: int, candidate_id: int | None) -> None:
    session.execute(update(Document).where(Document.id == document_id).values(candidate_id=candidate_id),
                    execution_options={"synchronize_session": False})
