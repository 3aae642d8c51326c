"""The history of a candidate and undo (reviewer/history.py), as operations: one
keyword-only function per user action, re-exported by reviewer/operations.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING

from reviewer.guards import require, require_no_conflict
from reviewer.history import OPINIONS, UndoRefused, describe, undo
from reviewer.results import Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.store import Store

__all__ = ["HistoryInfo", "UndoRefused", "candidate_history", "undo_last"]


@dataclass(frozen=True)
class HistoryInfo:
    when: str  # ISO 8601, UTC
    reviewer: str | None  # None: not recorded (a change made without a reviewer's name)
    kind: str  # score | criterion | comment | tag | stage | correction
    text: str  # "score 3 → 4", "tag +postdoc", ...
    undo: bool = False  # this entry undid an earlier one


def _others_hidden(session: Session, candidate_id: int, viewer: str) -> bool:
    """Whether the viewer may not see the others' opinions of the candidate (a declared
    conflict, or hide-until-mine before their own score), as in the list and the panel."""
    from db import candidates as cq
    from db import conflicts as conq
    from db import settings as setq
    from reviewer.committee_settings import CommitteeSettings, scores_hidden
    from reviewer.overalls import with_overalls

    if candidate_id in conq.declared_ids(session, viewer):
        return True
    ids = {candidate_id}
    mine = next((overall for r, overall, _ in with_overalls(session, cq.reviews(session, ids), ids)
                 if r.reviewer == viewer), None)
    settings = CommitteeSettings.from_stored(setq.committee_settings(session))
    return scores_hidden(settings, viewer=viewer, my_score=mine, others_reviewed=True)


def candidate_history(store: Store, *, candidate_id: int, viewer: str | None = None) -> list[HistoryInfo]:
    """What people changed about the candidate, newest first. With `viewer`, the others'
    scores and comments are left out while they are hidden from the viewer."""
    from db import history as hq

    with store.session(write=False) as session:
        require(session, [candidate_id])
        rows = hq.entries(session, candidate_id)
        hidden = viewer is not None and _others_hidden(session, candidate_id, viewer)
    if hidden:
        rows = [r for r in rows if r.kind not in OPINIONS or r.reviewer == viewer]
    return [HistoryInfo(when=(r.changed_at if r.changed_at.tzinfo else r.changed_at.replace(tzinfo=UTC)).isoformat(),
                        reviewer=r.reviewer, kind=r.kind, text=describe(r), undo=r.undo_of is not None)
            for r in rows]


def undo_last(store: Store, *, reviewer: str) -> Changes:
    """Undo the reviewer's own last change (their score, criterion score, comment, tag,
    stage or correction); again for the one before. Raises UndoRefused when there is
    nothing to undo or the value was changed again since."""
    from db import candidates as cq
    from db import history as hq

    name = reviewer.strip()
    if not name:
        raise UndoRefused("undo needs the reviewer's name")
    with store.session() as session:
        who = cq.reviewer_id(session, name)
        row = hq.last_undoable(session, who)
        if row is None:
            raise UndoRefused(f"nothing of {name}'s to undo")
        if row.kind in OPINIONS:
            require_no_conflict(session, row.candidate_id, who, name)
        undo(session, store.search, row, who)
        text = describe(row)
    return Changes(candidate_ids=frozenset({row.candidate_id}), reviews=True, tags=row.kind == "tag",
                   profile=row.kind == "correction", undone=text)
