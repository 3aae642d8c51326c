"""Checks every writing operation makes first, shared by reviewer/operations.py and
reviewer/operations_committee.py (kept here so neither imports the other)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from db.errors import NotAllowed
from reviewer.results import CandidateNotFound

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["CandidateNotFound", "ConflictOfInterest", "require", "require_no_conflict"]

def require(session: Session, candidate_ids: list[int]) -> None:
    from db import candidates as cq

    missing = set(candidate_ids) - cq.existing_ids(session, candidate_ids)
    if missing:
        raise CandidateNotFound(min(missing))


class ConflictOfInterest(NotAllowed):
    """The reviewer declared a conflict of interest with the candidate: they may not review them."""


def require_no_conflict(session: Session, candidate_id: int, reviewer_id: int, reviewer: str) -> None:
    from db import conflicts as conq

    if conq.is_declared(session, candidate_id, reviewer_id):
        raise ConflictOfInterest(
            f"not allowed: {reviewer} declared a conflict of interest with candidate {candidate_id}, so cannot "
            "score or review them (remove the conflict first if it was declared by mistake)")
