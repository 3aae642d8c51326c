"""Writes waiting for the server (reviewer/pending.py): kept as data in a file that
survives the window, replayed in order, and harmless when replayed twice; and
which errors mean "the server is away" (db/errors.py)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy import exc as sa

from db.errors import ReviewConflict, is_unreachable
from db.store import open_store
from reviewer import operations as ops
from reviewer import pending
from tests.factories import Person, write_txt


@pytest.fixture
def one_candidate(engine_url, tmp_path) -> tuple[str, int]:
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
        return engine_url, ops.list_candidates(store)[0].id


def test_a_replayed_write_changes_nothing_the_first_one_saved(one_candidate):
    url, cid = one_candidate
    writes = [pending.write("set_score", candidate_id=cid, reviewer="Bo", score=4),
              pending.write("set_comment", candidate_id=cid, reviewer="Bo", comment="Strong", expected_version=0),
              pending.write("add_tag", candidate_ids=[cid], tag="theory")]
    with open_store(url) as store:
        for _ in range(2):  # the second round: each was saved but its answer lost
            for w in writes:
                w.apply(store)
        detail = ops.get_candidate(store, cid)
        (review,) = detail.reviews
        assert (review.score, review.comment, review.version) == (4, "Strong", 1)
        assert detail.tags == ("theory",)
        # A different text on the old version is still a conflict: never overwritten unasked.
        with pytest.raises(ReviewConflict):
            pending.write("set_comment", candidate_id=cid, reviewer="Bo", comment="Weak",
                          expected_version=0).apply(store)


def test_later_comments_follow_the_version_an_earlier_one_saved(one_candidate):
    url, cid = one_candidate
    first = pending.write("set_comment", candidate_id=cid, reviewer="Bo", comment="Str", expected_version=0)
    second = pending.write("set_comment", candidate_id=cid, reviewer="Bo", comment="Strong", expected_version=0)
    other = pending.write("set_comment", candidate_id=cid, reviewer="Cy", comment="Hm", expected_version=0)
    with open_store(url) as store:
        changes = first.apply(store)
        second, other = pending.after_commit(first, changes, [second, other])
        assert (second.args["expected_version"], other.args["expected_version"]) == (1, 0)
        second.apply(store)
        other.apply(store)
        assert {r.reviewer: r.comment for r in ops.get_candidate(store, cid).reviews} == {"Bo": "Strong", "Cy": "Hm"}


def test_the_file_keeps_writes_in_order_and_sets_a_bad_one_aside(tmp_path):
    path = pending.queue_file(tmp_path, "postgresql+psycopg://bo:***@server/committee")
    assert path != pending.queue_file(tmp_path, "postgresql+psycopg://cy:***@server/committee")
    writes = [pending.write("set_score", candidate_id=1, reviewer="Bo", score=3),
              pending.write("set_comment", candidate_id=1, reviewer="Bo", comment="好", expected_version=None)]
    pending.save(path, writes, database="server/committee")
    assert pending.load(path) == writes
    pending.save(path, [], database="server/committee")
    assert not path.exists()
    path.write_text("{not json")
    assert pending.load(path) == []
    assert path.with_suffix(".unreadable").exists()


def test_only_plain_values_and_known_actions_are_queued():
    with pytest.raises(TypeError):
        pending.write("set_score", candidate_id=1, reviewer="Bo", score={3})
    with pytest.raises(ValueError):
        pending.write("delete_candidate", candidate_id=1)


def test_which_errors_mean_the_server_is_away(tmp_path):
    pytest.importorskip("psycopg")
    from tests.test_cli_errors import closed_port

    engine = create_engine(f"postgresql+psycopg://bo:secret@127.0.0.1:{closed_port()}/committee")
    with pytest.raises(sa.OperationalError) as refused:
        engine.connect()
    assert is_unreachable(refused.value)
    # SQLite's own errors are a local file's, never a network's.
    disk = sa.OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
    assert not is_unreachable(disk)
    locked = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with pytest.raises(sa.OperationalError) as bad_sql, locked.connect() as conn:
        conn.execute(text("SELECT * FROM nowhere"))
    assert not is_unreachable(bad_sql.value)
    assert not is_unreachable(ReviewConflict(3))


def test_a_save_for_a_missing_candidate_is_refused_and_remembers_nobody(one_candidate):
    url, cid = one_candidate
    with open_store(url) as store:
        with pytest.raises(ops.CandidateNotFound):
            ops.set_score(store, candidate_id=cid + 100, reviewer="New Person", score=3)
        assert "New Person" not in store.reviewer_ids  # its insert was rolled back: no id to keep
        ops.set_score(store, candidate_id=cid, reviewer="New Person", score=3)
        assert [r.score for r in ops.get_candidate(store, cid).reviews] == [3]
