"""Each review's overall score: the weighted rubric score where the reviewer scored
criteria, else their single score (reviewer/rubric.py). Shared by the list, the
candidate detail and the export so they never disagree."""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, TypeVar

from db import rubric as rq
from reviewer.rubric import weighted_overall

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.candidates import ReviewRow, ReviewScore

R = TypeVar("R", "ReviewRow", "ReviewScore")  # a whole review, or the ranked list's lean one


def with_overalls(session: Session, reviews: list[R],
                  candidate_ids: set[int] | None = None) -> list[tuple[R, float | None, dict[int, int]]]:
    """(review, overall, criterion id -> score) for each review."""
    weights = {c.id: c.weight for c in rq.criteria(session)}
    given: dict[tuple[int, str], dict[int, int]] = defaultdict(dict)
    if weights:  # no rubric: nothing to read
        for row in rq.criterion_scores(session, candidate_ids):
            given[(row.candidate_id, row.reviewer)][row.criterion_id] = row.score
    out = []
    for review in reviews:
        criteria = given.get((review.candidate_id, review.reviewer), {})
        overall = weighted_overall(criteria, weights) if criteria else None
        out.append((review, overall if overall is not None else review.score, criteria))
    return out
