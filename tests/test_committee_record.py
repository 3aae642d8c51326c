"""On a shared PostgreSQL committee the database itself keeps conflicts of interest
and affiliations each reviewer's own (row-level security), whatever program a
member connects with. PostgreSQL only."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from db.store import NotAllowed, open_store
from reviewer import operations as ops
from tests.test_committee import _refused, admin_url, committee_db  # noqa: F401 - fixtures


def _engine(url: str):  # noqa: ANN202
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def test_conflicts_and_affiliations_are_each_reviewers_own(committee_db):  # noqa: F811
    cid = committee_db["ids"][0]
    with open_store(committee_db["bo"].url) as store:
        ops.declare_conflict(store, candidate_id=cid, reviewer="Bo Reviewer", reason="former student")
        ops.set_affiliation(store, reviewer="Bo Reviewer", affiliation="Imaginary Labs")
        with pytest.raises(NotAllowed):
            ops.declare_conflict(store, candidate_id=cid, reviewer="Cy Reviewer")
        with pytest.raises(NotAllowed):
            ops.set_affiliation(store, reviewer="Cy Reviewer", affiliation="Nowhere")
        with pytest.raises(ops.ConflictOfInterest):
            ops.set_score(store, candidate_id=cid, reviewer="Bo Reviewer", score=2)
        # Cy's 5 is hidden from Bo, whom the conflict keeps out.
        row = next(r for r in ops.list_candidates(store, reviewer="Bo Reviewer") if r.id == cid)
        assert row.conflict and row.scores_hidden and row.mean_score is None
    engine = _engine(committee_db["bo"].url)
    try:
        with engine.connect() as conn:
            cy = conn.execute(text("SELECT id FROM reviewers WHERE name = 'Cy Reviewer'")).scalar_one()
            conn.rollback()
            _refused(conn, "INSERT INTO conflicts (candidate_id, reviewer_id, status, changed_at) "
                           "VALUES (:c, :r, 'declared', now())", c=cid, r=cy)
            _refused(conn, "UPDATE reviewers SET name = 'Mallory' WHERE id = :r", r=cy)
            with conn.begin():  # Cy's record is not Bo's to change: no row is found
                assert conn.execute(text("UPDATE reviewers SET affiliation = 'X' WHERE id = :r"),
                                    {"r": cy}).rowcount == 0
    finally:
        engine.dispose()
    with open_store(committee_db["admin"]) as store:
        assert [(c.reviewer, c.status) for c in ops.conflicts(store)] == [("Bo Reviewer", "declared")]
        assert ops.reviewer_affiliation(store, reviewer="Bo Reviewer") == "Imaginary Labs"
        assert ops.reviewer_affiliation(store, reviewer="Cy Reviewer") is None


def test_the_history_is_append_only_and_each_members_own(committee_db):  # noqa: F811
    cid = committee_db["ids"][0]
    with open_store(committee_db["bo"].url) as store:
        ops.set_score(store, candidate_id=cid, reviewer="Bo Reviewer", score=2)
        ops.add_tag(store, candidate_ids=[cid], tag="bo-pick")  # no name given: the login is recorded
        assert ops.undo_last(store, reviewer="Bo Reviewer").undone == "tag +bo-pick"
        assert [(h.reviewer, h.text) for h in ops.candidate_history(store, candidate_id=cid)][:3] == [
            ("Bo Reviewer", "undo: tag −bo-pick"), ("Bo Reviewer", "tag +bo-pick"), ("Bo Reviewer", "score – → 2")]
    for who in ("bo", "chair"):
        engine = _engine(committee_db[who].url)
        try:
            with engine.connect() as conn:
                cy = conn.execute(text("SELECT id FROM reviewers WHERE name = 'Cy Reviewer'")).scalar_one()
                conn.rollback()
                _refused(conn, "UPDATE history SET new_value = '5'")
                _refused(conn, "DELETE FROM history")
                _refused(conn, "INSERT INTO history (candidate_id, reviewer_id, kind, changed_at) "
                               "VALUES (:c, :r, 'score', now())", c=cid, r=cy)
        finally:
            engine.dispose()
    with open_store(committee_db["chair"].url) as store:
        ops.set_stage(store, candidate_id=cid, stage="shortlist", reviewer="Ada Chair")
        ops.delete_candidate(store, candidate_id=cid)  # the candidate's history goes with them
    with open_store(committee_db["admin"]) as store, store.session(write=False) as session:
        assert session.execute(text("SELECT count(*) FROM history")).scalar() == 0
