"""The history of what people changed, and undo.

Every change to a score, criterion score, comment, tag, stage or correction is
written to the append-only `history` table by the core operation that makes it,
in the same transaction (so a change without its entry cannot exist), with the
value before and after, who and when. Undo is a change like any other: it
writes the old value back and appends an entry pointing at the one it undid, so
the record shows both. A reviewer undoes only their own changes, newest first;
an undo is refused when someone changed the same thing since (it would
overwrite their work).

Values: score and criterion an int or None, comment a str, tag True (put on) or
False (taken off), stage {"stage", "reason"}, correction the str or None.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db import candidates as cq
from db import history as hq
from db import rubric as rq
from db import stages as sq

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.history import HistoryRow
    from db.search import SearchIndex

# Kinds whose entries tell a reviewer what another thought (hidden as reviews are).
OPINIONS = frozenset({"score", "criterion", "comment"})


class UndoRefused(ValueError):
    """Nothing to undo, or the value changed since (by someone else)."""


def record_review(session: Session, candidate_id: int, reviewer_id: int, before: tuple[int | None, str],
                  fields: dict[str, Any]) -> None:
    """After save_review: one entry per field that really changed."""
    old_score, old_comment = before
    if "score" in fields and fields["score"] != old_score:
        hq.record(session, candidate_id=candidate_id, reviewer_id=reviewer_id, kind="score", field=None,
                  old=old_score, new=fields["score"])
    if "comment" in fields and fields["comment"] != old_comment:
        hq.record(session, candidate_id=candidate_id, reviewer_id=reviewer_id, kind="comment", field=None,
                  old=old_comment, new=fields["comment"])


def stage_value(session: Session, candidate_id: int) -> dict[str, Any] | None:
    row = sq.stages(session, {candidate_id}).get(candidate_id)
    return None if row is None else {"stage": row.stage, "reason": row.reason}


def describe(row: HistoryRow) -> str:
    """One line a person reads: "score 3 → 4", "tag +postdoc", "stage new → rejected (no fit)"."""
    def stage(value: Any) -> str:
        if not value:
            return "new"
        return value["stage"] + (f" ({value['reason']})" if value.get("reason") else "")

    def shown(value: Any) -> str:
        return "–" if value is None or value == "" else str(value)

    prefix = "undo: " if row.undo_of is not None else ""
    if row.kind == "tag":
        return f"{prefix}tag {'+' if row.new else '−'}{row.field}"
    if row.kind == "stage":
        return f"{prefix}stage {stage(row.old)} → {stage(row.new)}"
    if row.kind == "comment":
        text = " ".join(str(row.new or "").split())
        return f"{prefix}comment: {text[:80] + '…' if len(text) > 80 else text or '(cleared)'}"
    label = {"score": "score", "criterion": f"{row.field} score", "correction": f"corrected {row.field}"}[row.kind]
    return f"{prefix}{label} {shown(row.old)} → {shown(row.new)}"


def _current(session: Session, row: HistoryRow, reviewer_id: int) -> Any:
    cid = row.candidate_id
    if row.kind in ("score", "comment"):
        score, comment = hq.review_values(session, cid, reviewer_id)
        return score if row.kind == "score" else comment
    if row.kind == "criterion":
        crit = hq.criterion_id(session, row.field or "")
        return None if crit is None else hq.criterion_value(session, cid, reviewer_id, crit)
    if row.kind == "tag":
        return (row.field or "") in cq.tags(session, {cid}).get(cid, [])
    if row.kind == "stage":
        return stage_value(session, cid)
    return cq.corrections(session, {cid}).get(cid, {}).get(row.field or "")


def _normal(kind: str, value: Any) -> Any:
    if kind == "stage" and value and value.get("stage") == "new" and not value.get("reason"):
        return None  # "new" with no reason is the same as no stage row
    return value


def undo(session: Session, search: SearchIndex, row: HistoryRow, reviewer_id: int) -> None:
    """Write `row`'s old value back and append the undo's own entry."""
    cid, old = row.candidate_id, row.old
    if _normal(row.kind, _current(session, row, reviewer_id)) != _normal(row.kind, row.new):
        raise UndoRefused(f"cannot undo \u201c{describe(row)}\u201d: it was changed again since")
    if row.kind in ("score", "comment"):
        cq.save_review(session, candidate_id=cid, reviewer_id=reviewer_id, **{row.kind: old})
    elif row.kind == "criterion":
        crit = hq.criterion_id(session, row.field or "")
        if crit is None:
            raise UndoRefused(f"cannot undo: the criterion {row.field} is gone")
        cq.save_review(session, candidate_id=cid, reviewer_id=reviewer_id)
        rq.set_criterion_score(session, candidate_id=cid, reviewer_id=reviewer_id, criterion_id=crit, score=old)
    elif row.kind == "tag":
        if old:
            cq.add_tag(session, [cid], row.field or "")
        else:
            cq.remove_tag(session, [cid], row.field or "")
        cq.refresh_search(session, search, cid)
    elif row.kind == "stage":
        value = old or {"stage": "new", "reason": None}
        sq.set_stage(session, candidate_id=cid, stage=value["stage"], reason=value.get("reason"),
                     reviewer_id=reviewer_id)
    else:
        cq.set_correction(session, candidate_id=cid, field=row.field or "", value=old, reviewer_id=reviewer_id)
        cq.refresh_search(session, search, cid)
    hq.record(session, candidate_id=cid, reviewer_id=reviewer_id, kind=row.kind, field=row.field,
              old=row.new, new=old, undo_of=row.id)
