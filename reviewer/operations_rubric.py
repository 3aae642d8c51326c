"""The rubric and the committee's settings (one keyword-only function per user
action; re-exported by reviewer/operations.py, the door the window and the
command line use)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.guards import require as _require
from reviewer.guards import require_no_conflict
from reviewer.results import Changes
from reviewer.rubric import Criterion

if TYPE_CHECKING:
    from db.store import Store
    from reviewer.committee_settings import CommitteeSettings


def rubric(store: Store) -> list[Criterion]:
    """The committee's criteria in order (empty: candidates get a single score)."""
    from db import rubric as rq

    with store.session(write=False) as session:
        return [Criterion(c.id, c.name, c.weight, c.description) for c in rq.criteria(session)]


def set_rubric(store: Store, *, criteria: list[tuple[str, float]]) -> Changes:
    """Make these (name, weight) the rubric; scores on criteria left out are kept."""
    from db import rubric as rq

    with store.session() as session:
        rq.set_criteria(session, [(name, weight, None) for name, weight in criteria])
    return Changes(reviews=True)


def set_criterion_score(store: Store, *, candidate_id: int, reviewer: str, criterion: str,
                        score: int | None) -> Changes:
    """One criterion's 1-5 score (None clears it); the overall follows (reviewer/rubric.py)."""
    from db import candidates as cq
    from db import history as hq
    from db import rubric as rq

    if score is not None and not 1 <= score <= 5:
        raise ValueError(f"a score is 1 to 5, not {score}")
    name = reviewer.strip()
    if not name:
        raise ValueError("a review needs the reviewer's name")
    with store.session() as session:
        _require(session, [candidate_id])
        found = next((c for c in rq.criteria(session) if c.name.casefold() == criterion.strip().casefold()), None)
        if found is None:
            names = ", ".join(c.name for c in rq.criteria(session)) or "none (see `reviewer rubric`)"
            raise ValueError(f"no criterion {criterion!r} in the rubric: {names}")
        who = cq.reviewer_id(session, name)
        require_no_conflict(session, candidate_id, who, name)
        before = hq.criterion_value(session, candidate_id, who, found.id)
        cq.save_review(session, candidate_id=candidate_id, reviewer_id=who)  # the review the scores belong to
        rq.set_criterion_score(session, candidate_id=candidate_id, reviewer_id=who, criterion_id=found.id,
                               score=score)
        if before != score:
            hq.record(session, candidate_id=candidate_id, reviewer_id=who, kind="criterion", field=found.name,
                      old=before, new=score)
    return Changes(candidate_ids=frozenset({candidate_id}), reviews=True)


def committee_settings(store: Store) -> CommitteeSettings:
    from db import settings as setq
    from reviewer.committee_settings import CommitteeSettings

    with store.session(write=False) as session:
        return CommitteeSettings.from_stored(setq.committee_settings(session))


def set_hide_scores_until_mine(store: Store, *, on: bool) -> Changes:
    """The committee setting: hide others' scores from a reviewer until theirs is in."""
    from db import settings as setq
    from reviewer.committee_settings import HIDE_SCORES

    with store.session() as session:
        setq.set_committee_setting(session, HIDE_SCORES, "on" if on else "off")
    return Changes(reviews=True)
