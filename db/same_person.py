"""Queries of same-person suggestions and merges: the names and profiles the
matcher reads (reviewer/same_person.py), the "not the same person" answers, and
the merge of two candidates into one that keeps every review, score, comment,
tag, correction, conflict and history row of both. Portable SQL only."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.models import (
    Candidate,
    CandidateStage,
    Conflict,
    Correction,
    CriterionScore,
    Document,
    HistoryEntry,
    Identity,
    Review,
    SamePersonAnswer,
    candidate_tags,
    utcnow,
)


def names(session: Session) -> dict[int, list[str]]:
    """Candidate id -> the names they go by: a person's correction first, then the parsed one."""
    found: dict[int, list[str]] = {cid: [name] for cid, name in
                                   session.execute(select(Candidate.id, Candidate.display_name))}
    for cid, value in session.execute(select(Correction.candidate_id, Correction.value)
                                      .where(Correction.field == "name")):
        found.setdefault(cid, []).insert(0, value)
    return found


def profiles(session: Session, candidate_ids: set[int]) -> dict[int, dict[str, Any]]:
    ids = sorted(candidate_ids)
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        stmt = select(Candidate.id, Candidate.profile).where(Candidate.id.in_(ids[i:i + 500]))
        out |= {cid: profile or {} for cid, profile in session.execute(stmt)}
    return out


def rejected_pairs(session: Session) -> set[tuple[int, int]]:
    stmt = select(SamePersonAnswer.candidate_a, SamePersonAnswer.candidate_b).where(
        SamePersonAnswer.answer == "different")
    return {(a, b) for a, b in session.execute(stmt)}


def mark_different(session: Session, a: int, b: int, reviewer_id: int | None) -> None:
    low, high = min(a, b), max(a, b)
    session.execute(delete(SamePersonAnswer).where(SamePersonAnswer.candidate_a == low,
                                                   SamePersonAnswer.candidate_b == high))
    session.add(SamePersonAnswer(candidate_a=low, candidate_b=high, answer="different", reviewer_id=reviewer_id,
                                 answered_at=utcnow()))
    session.flush()


def merge(session: Session, *, keep: int, drop: int) -> None:
    """Move everything of `drop` to `keep`; the caller deletes `drop` afterwards.
    Where both have a row a table allows once per candidate, `keep`'s stays, except
    that a reviewer's two reviews become one (newer score, both comments), and a
    declared conflict outweighs a dismissed one."""
    for table in (Document, Identity, HistoryEntry):
        session.execute(update(table).where(table.candidate_id == drop).values(candidate_id=keep),
                        execution_options={"synchronize_session": False})
    _merge_reviews(session, keep, drop)
    _move_unless_taken(session, CriterionScore, keep, drop, CriterionScore.reviewer_id, CriterionScore.criterion_id)
    _move_unless_taken(session, Correction, keep, drop, Correction.field)
    _move_unless_taken(session, CandidateStage, keep, drop)
    declared = set(session.scalars(select(Conflict.reviewer_id).where(Conflict.candidate_id == drop,
                                                                      Conflict.status == "declared")))
    _move_unless_taken(session, Conflict, keep, drop, Conflict.reviewer_id)
    if declared:
        session.execute(update(Conflict).where(Conflict.candidate_id == keep, Conflict.reviewer_id.in_(declared))
                        .values(status="declared"), execution_options={"synchronize_session": False})
    tags = set(session.scalars(select(candidate_tags.c.tag_id).where(candidate_tags.c.candidate_id == keep)))
    for tag_id in session.scalars(select(candidate_tags.c.tag_id).where(candidate_tags.c.candidate_id == drop)):
        if tag_id not in tags:
            session.execute(candidate_tags.insert().values(candidate_id=keep, tag_id=tag_id))
    session.flush()


def _merge_reviews(session: Session, keep: int, drop: int) -> None:
    kept = {r.reviewer_id: r for r in session.scalars(select(Review).where(Review.candidate_id == keep))}
    for review in list(session.scalars(select(Review).where(Review.candidate_id == drop))):
        mine = kept.get(review.reviewer_id)
        if mine is None:
            review.candidate_id = keep
            continue
        if review.updated_at > mine.updated_at and review.score is not None:
            mine.score = review.score
        mine.comment = "\n\n".join(c for c in (mine.comment.strip(), review.comment.strip()) if c)
        mine.updated_at = max(mine.updated_at, review.updated_at)
        mine.version += 1
        session.delete(review)
    session.flush()


def _move_unless_taken(session: Session, table: Any, keep: int, drop: int, *key: Any) -> None:
    """Move `drop`'s rows of `table` to `keep` where `keep` has no row of the same `key`."""
    if key:
        taken = {tuple(row) for row in session.execute(select(*key).where(table.candidate_id == keep))}
        for row in session.execute(select(*key).where(table.candidate_id == drop)):
            if tuple(row) in taken:
                continue
            matching = (column == value for column, value in zip(key, row, strict=True))
            session.execute(update(table).where(table.candidate_id == drop, *matching).values(candidate_id=keep),
                            execution_options={"synchronize_session": False})
    elif session.scalar(select(table.candidate_id).where(table.candidate_id == keep)) is None:
        session.execute(update(table).where(table.candidate_id == drop).values(candidate_id=keep),
                        execution_options={"synchronize_session": False})
