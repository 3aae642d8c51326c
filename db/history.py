"""Queries of the append-only change history, and the current values a change is
recorded against. Portable SQL only; nothing here updates or deletes a history row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, aliased

from db.models import CriterionScore, HistoryEntry, Review, Reviewer, RubricCriterion, utcnow


@dataclass(frozen=True)
class HistoryRow:
    id: int
    candidate_id: int
    reviewer: str | None
    kind: str
    field: str | None
    old: Any
    new: Any
    undo_of: int | None
    changed_at: datetime


_COLUMNS = (HistoryEntry.id, HistoryEntry.candidate_id, Reviewer.name, HistoryEntry.kind, HistoryEntry.field,
            HistoryEntry.old_value, HistoryEntry.new_value, HistoryEntry.undo_of, HistoryEntry.changed_at)


def record(session: Session, *, candidate_id: int, reviewer_id: int | None, kind: str, field: str | None,
           old: Any, new: Any, undo_of: int | None = None) -> None:
    # Without a reviewer the column is left out: on a shared committee the database
    # fills in the connected member (and its policy accepts no one else's id).
    who = {} if reviewer_id is None else {"reviewer_id": reviewer_id}
    session.execute(insert(HistoryEntry).values(candidate_id=candidate_id, kind=kind, field=field, old_value=old,
                                                new_value=new, undo_of=undo_of, changed_at=utcnow(), **who))


def entries(session: Session, candidate_id: int) -> list[HistoryRow]:
    """The candidate's history, newest first."""
    stmt = (select(*_COLUMNS).outerjoin(Reviewer, Reviewer.id == HistoryEntry.reviewer_id)
            .where(HistoryEntry.candidate_id == candidate_id)
            .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc()))
    return [HistoryRow(*row) for row in session.execute(stmt)]


def last_undoable(session: Session, reviewer_id: int) -> HistoryRow | None:
    """The reviewer's newest change that is not an undo and was not undone yet."""
    undo = aliased(HistoryEntry)
    stmt = (select(*_COLUMNS).outerjoin(Reviewer, Reviewer.id == HistoryEntry.reviewer_id)
            .where(HistoryEntry.reviewer_id == reviewer_id, HistoryEntry.undo_of.is_(None),
                   ~select(undo.id).where(undo.undo_of == HistoryEntry.id).exists())
            .order_by(HistoryEntry.id.desc()).limit(1))
    row = session.execute(stmt).first()
    return None if row is None else HistoryRow(*row)


def review_values(session: Session, candidate_id: int, reviewer_id: int) -> tuple[int | None, str]:
    """(score, comment) of the reviewer's review; (None, "") when there is none."""
    row = session.execute(select(Review.score, Review.comment).where(
        Review.candidate_id == candidate_id, Review.reviewer_id == reviewer_id)).first()
    return (None, "") if row is None else (row[0], row[1])


def criterion_value(session: Session, candidate_id: int, reviewer_id: int, criterion_id: int) -> int | None:
    return session.scalar(select(CriterionScore.score).where(
        CriterionScore.candidate_id == candidate_id, CriterionScore.reviewer_id == reviewer_id,
        CriterionScore.criterion_id == criterion_id))


def criterion_id(session: Session, name: str) -> int | None:
    """A criterion by name, active or not (an undo may reach a criterion since dropped)."""
    return session.scalar(select(RubricCriterion.id).where(RubricCriterion.name == name))
