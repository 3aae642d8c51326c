"""The committee's operations beyond scoring (one keyword-only function per user
action, as in reviewer/operations.py, which re-exports them: the window and the
command line import everything from there): conflicts of interest, the reviewer's
affiliation, and the review and screening exports.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.conflicts import Suggestion, suggest
from reviewer.guards import require
from reviewer.results import Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.conflicts import ConflictRow
    from db.store import Store
    from reviewer.profile import Profile


@dataclass(frozen=True)
class ConflictView:
    """One reviewer's standing with one candidate."""

    declared: bool = False
    reason: str | None = None
    dismissed: bool = False  # the reviewer said the suggestions are no conflict
    suggestions: tuple[Suggestion, ...] = ()  # only while neither declared nor dismissed


def conflict_view(session: Session, candidate_id: int, viewer: str, profile: Profile) -> ConflictView:
    """The viewer's conflict with the candidate, and what the CV suggests (part of get_candidate)."""
    from db import candidates as cq
    from db import conflicts as conq

    row = next(iter(conq.conflicts(session, candidate_id=candidate_id, reviewer=viewer)), None)
    if row is not None:
        return ConflictView(declared=row.status == conq.DECLARED, reason=row.reason,
                            dismissed=row.status == conq.DISMISSED)
    text = "\n".join(cq.document_text(session, d.id) or "" for d in cq.documents(session, {candidate_id})
                     .get(candidate_id, []))
    found = suggest(profile, reviewer=viewer, affiliation=conq.affiliation(session, viewer), text=text,
                    this_year=datetime.now(UTC).year)
    return ConflictView(suggestions=tuple(found))


def _set_conflict(store: Store, candidate_id: int, reviewer: str, status: str | None, reason: str | None) -> Changes:
    from db import candidates as cq
    from db import conflicts as conq

    name = reviewer.strip()
    if not name:
        raise ValueError("a conflict of interest needs the reviewer's name")
    with store.session() as session:
        require(session, [candidate_id])
        conq.set_conflict(session, candidate_id=candidate_id, reviewer_id=cq.reviewer_id(session, name),
                          status=status, reason=(reason or "").strip() or None)
    # Ranks and aggregates change: the reviewer's review is set aside (or back).
    return Changes(candidate_ids=frozenset({candidate_id}), reviews=True)


def declare_conflict(store: Store, *, candidate_id: int, reviewer: str, reason: str | None = None) -> Changes:
    """`reviewer` has a conflict of interest with the candidate: from now on they may not
    score or review them, see none of the others' reviews of them, and their own
    earlier review is set aside (kept, not counted) until the conflict is removed."""
    return _set_conflict(store, candidate_id, reviewer, "declared", reason)


def remove_conflict(store: Store, *, candidate_id: int, reviewer: str) -> Changes:
    """Take back a declared conflict (or a "not a conflict" answer: suggestions come back)."""
    return _set_conflict(store, candidate_id, reviewer, None, None)


def dismiss_conflict(store: Store, *, candidate_id: int, reviewer: str) -> Changes:
    """The suggested conflicts are none: remembered, not suggested again."""
    return _set_conflict(store, candidate_id, reviewer, "dismissed", None)


def conflicts(store: Store, *, candidate_id: int | None = None, reviewer: str | None = None) -> list[ConflictRow]:
    """Declared and dismissed conflicts, by candidate and reviewer."""
    from db import conflicts as conq

    with store.session(write=False) as session:
        return conq.conflicts(session, candidate_id=candidate_id, reviewer=reviewer)


def reviewer_affiliation(store: Store, *, reviewer: str) -> str | None:
    from db import conflicts as conq

    with store.session(write=False) as session:
        return conq.affiliation(session, reviewer.strip())


def set_affiliation(store: Store, *, reviewer: str, affiliation: str | None) -> Changes:
    """Where the reviewer works (None or blank: unknown); used to suggest conflicts."""
    from db import candidates as cq
    from db import conflicts as conq

    name = reviewer.strip()
    if not name:
        raise ValueError("an affiliation needs the reviewer's name")
    with store.session() as session:
        conq.set_affiliation(session, cq.reviewer_id(session, name), " ".join((affiliation or "").split()) or None)
    return Changes(reviews=True)


def export_reviews(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """One CSV row per review (reviewer, candidate, criteria, overall, comment, time); returns rows written."""
    from reviewer.export_sheets import write_reviews

    store.require_chair("export the reviews")
    return write_reviews(store, path, tag=tag, stage=stage)


def export_screening(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """The HR screening matrix: one row per applicant, one column per criterion, the
    stage and the reason for exclusion; returns rows written."""
    from reviewer.export_sheets import write_screening

    store.require_chair("export the screening matrix")
    return write_screening(store, path, tag=tag, stage=stage)
