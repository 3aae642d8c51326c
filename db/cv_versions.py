"""A candidate's previous CV profile, kept when a new version of their CV arrives
(new content in a CV's file, or another CV file of the same person), and when
that happened: the candidate page diffs the two and marks the reviews saved
before then. Derived data: the import writes it, nobody types it."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Candidate, Document, utcnow


def document_sha(session: Session, document_id: int) -> str | None:
    return session.scalar(select(Document.sha256).where(Document.id == document_id))


def current_profile(session: Session, candidate_id: int) -> dict[str, Any] | None:
    return session.scalar(select(Candidate.profile).where(Candidate.id == candidate_id))


def remember_previous(session: Session, candidate_id: int, previous: dict[str, Any]) -> None:
    session.execute(update(Candidate).where(Candidate.id == candidate_id)
                    .values(previous_profile=previous, cv_replaced_at=utcnow()),
                    execution_options={"synchronize_session": False})


def cv_version(session: Session, candidate_id: int) -> tuple[dict[str, Any] | None, datetime | None]:
    """(the profile before the latest new CV version, when it was replaced); (None, None) if never."""
    row = session.execute(select(Candidate.previous_profile, Candidate.cv_replaced_at)
                          .where(Candidate.id == candidate_id)).one_or_none()
    return (row[0], row[1]) if row is not None else (None, None)
