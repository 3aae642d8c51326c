"""Queries of the rubric and per-criterion scores. Portable SQL only."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.candidates import MAX_IN
from db.conflicts import set_aside
from db.models import CriterionScore, Reviewer, RubricCriterion, utcnow


@dataclass(frozen=True)
class CriterionRow:
    id: int
    name: str
    weight: float
    description: str | None


@dataclass(frozen=True)
class CriterionScoreRow:
    candidate_id: int
    reviewer: str
    criterion_id: int
    score: int


def criteria(session: Session) -> list[CriterionRow]:
    """The active criteria in the committee's order."""
    stmt = (select(RubricCriterion.id, RubricCriterion.name, RubricCriterion.weight, RubricCriterion.description)
            .where(RubricCriterion.active.is_(True)).order_by(RubricCriterion.position, RubricCriterion.id))
    return [CriterionRow(*row) for row in session.execute(stmt)]


def set_criteria(session: Session, wanted: list[tuple[str, float, str | None]]) -> None:
    """Make `wanted` the active rubric, in that order. Criteria left out become
    inactive (kept with their scores); a criterion named again comes back."""
    existing = {name: cid for cid, name in session.execute(select(RubricCriterion.id, RubricCriterion.name))}
    session.execute(update(RubricCriterion).values(active=False))
    for position, (name, weight, description) in enumerate(wanted):
        if name in existing:
            session.execute(update(RubricCriterion).where(RubricCriterion.id == existing[name])
                            .values(weight=weight, position=position, description=description, active=True))
        else:
            session.add(RubricCriterion(name=name, weight=weight, position=position, description=description,
                                        active=True))
    session.flush()


def criterion_scores(session: Session, candidate_ids: set[int] | None = None) -> list[CriterionScoreRow]:
    stmt = (select(CriterionScore.candidate_id, Reviewer.name, CriterionScore.criterion_id, CriterionScore.score)
            .join(Reviewer, Reviewer.id == CriterionScore.reviewer_id)
            .where(~set_aside(CriterionScore.candidate_id, CriterionScore.reviewer_id)))  # a declared conflict
    if candidate_ids is not None and len(candidate_ids) <= MAX_IN:
        stmt = stmt.where(CriterionScore.candidate_id.in_(candidate_ids))
    return [CriterionScoreRow(*row) for row in session.execute(stmt)
            if candidate_ids is None or row[0] in candidate_ids]


def set_criterion_score(session: Session, *, candidate_id: int, reviewer_id: int, criterion_id: int,
                        score: int | None) -> None:
    session.execute(delete(CriterionScore).where(CriterionScore.candidate_id == candidate_id,
                                                 CriterionScore.reviewer_id == reviewer_id,
                                                 CriterionScore.criterion_id == criterion_id))
    if score is not None:
        session.add(CriterionScore(candidate_id=candidate_id, reviewer_id=reviewer_id, criterion_id=criterion_id,
                                   score=score, updated_at=utcnow()))
    session.flush()
