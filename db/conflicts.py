"""Queries of conflicts of interest and reviewers' affiliations. Portable SQL only.

A declared conflict sets the reviewer's review of that candidate aside: the review
and criterion queries (db/candidates.py, db/rubric.py) leave it out through
`set_aside`, so no list, detail, aggregate or export counts it while the conflict
stands; removing the conflict brings it back untouched.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session

from db.errors import NotAllowed
from db.models import Conflict, Reviewer, utcnow

DECLARED, DISMISSED = "declared", "dismissed"


@dataclass(frozen=True)
class ConflictRow:
    candidate_id: int
    reviewer: str
    status: str  # "declared" | "dismissed"
    reason: str | None
    changed_at: datetime


def set_aside(candidate_column: Any, reviewer_column: Any) -> Any:
    """A condition true for rows whose reviewer declared a conflict with the candidate."""
    return exists().where(Conflict.candidate_id == candidate_column, Conflict.reviewer_id == reviewer_column,
                          Conflict.status == DECLARED)


def conflicts(session: Session, *, candidate_id: int | None = None, reviewer: str | None = None) -> list[ConflictRow]:
    stmt = (select(Conflict.candidate_id, Reviewer.name, Conflict.status, Conflict.reason, Conflict.changed_at)
            .join(Reviewer, Reviewer.id == Conflict.reviewer_id).order_by(Conflict.candidate_id, Reviewer.name))
    if candidate_id is not None:
        stmt = stmt.where(Conflict.candidate_id == candidate_id)
    if reviewer is not None:
        stmt = stmt.where(Reviewer.name == reviewer)
    return [ConflictRow(*row) for row in session.execute(stmt)]


def declared_ids(session: Session, reviewer: str) -> set[int]:
    """The candidates `reviewer` declared a conflict with."""
    stmt = (select(Conflict.candidate_id).join(Reviewer, Reviewer.id == Conflict.reviewer_id)
            .where(Reviewer.name == reviewer, Conflict.status == DECLARED))
    return set(session.scalars(stmt))


def set_conflict(session: Session, *, candidate_id: int, reviewer_id: int, status: str | None,
                 reason: str | None = None) -> None:
    """Replace the reviewer's conflict row for the candidate (None removes it)."""
    key = (Conflict.candidate_id == candidate_id, Conflict.reviewer_id == reviewer_id)
    session.execute(delete(Conflict).where(*key))
    if status is not None:
        session.execute(insert(Conflict).values(candidate_id=candidate_id, reviewer_id=reviewer_id, status=status,
                                                reason=reason, changed_at=utcnow()))


def affiliation(session: Session, reviewer: str) -> str | None:
    return session.scalar(select(Reviewer.affiliation).where(Reviewer.name == reviewer))


def set_affiliation(session: Session, reviewer_id: int, value: str | None) -> None:
    done = session.execute(update(Reviewer).where(Reviewer.id == reviewer_id).values(affiliation=value),
                           execution_options={"synchronize_session": False}).rowcount  # type: ignore[attr-defined]
    if not done:  # row-level security: a member may change only their own record
        raise NotAllowed("not allowed: a reviewer may set only their own affiliation")


def is_declared(session: Session, candidate_id: int, reviewer_id: int) -> bool:
    return session.scalar(select(Conflict.id).where(Conflict.candidate_id == candidate_id,
                                                    Conflict.reviewer_id == reviewer_id,
                                                    Conflict.status == DECLARED)) is not None
