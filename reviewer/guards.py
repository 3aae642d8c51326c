"""Checks every writing operation makes first, shared by reviewer/operations.py and
reviewer/operations_committee.py (kept here so neither imports the other)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class CandidateNotFound(LookupError):
    """No candidate with that id (deleted, or never there)."""


def require(session: Session, candidate_ids: list[int]) -> None:
    from db import candidates as cq

    missing = set(candidate_ids) - cq.existing_ids(session, candidate_ids)
    if missing:
        raise CandidateNotFound(min(missing))
