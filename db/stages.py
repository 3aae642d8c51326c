"""Queries of candidate stages (the committee's decisions). Portable SQL only."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.candidates import MAX_IN
from db.models import CandidateStage, utcnow


@dataclass(frozen=True)
class StageRow:
    stage: str
    reason: str | None


def stages(session: Session, candidate_ids: set[int] | None = None) -> dict[int, StageRow]:
    """Candidate id -> stage for candidates whose stage was set (the rest are "new")."""
    stmt = select(CandidateStage.candidate_id, CandidateStage.stage, CandidateStage.reason)
    if candidate_ids is not None and len(candidate_ids) <= MAX_IN:
        stmt = stmt.where(CandidateStage.candidate_id.in_(candidate_ids))
    return {cid: StageRow(stage, reason) for cid, stage, reason in session.execute(stmt)
            if candidate_ids is None or cid in candidate_ids}


def ids_in_stage(session: Session, stage: str) -> set[int]:
    return set(session.scalars(select(CandidateStage.candidate_id).where(CandidateStage.stage == stage)))


def set_stage(session: Session, *, candidate_id: int, stage: str, reason: str | None,
              reviewer_id: int | None) -> None:
    """Replace the candidate's stage (delete + insert: the same statements on every backend)."""
    session.execute(delete(CandidateStage).where(CandidateStage.candidate_id == candidate_id))
    session.add(CandidateStage(candidate_id=candidate_id, stage=stage, reason=reason, reviewer_id=reviewer_id,
                               changed_at=utcnow()))
    session.flush()
