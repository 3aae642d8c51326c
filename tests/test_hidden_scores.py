"""Hide others' scores until mine is in (a committee setting, on by default), in
the core: the ranked rows and the candidate detail a reviewer is given, and the
command line's switch. Real SQLite file, real CLI."""
from __future__ import annotations

import json

import pytest

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.test_cli import run


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    write_txt(folder / "b.txt", Person(name="Ben Birch", email="ben@example.org", phone="+1 202 555 0102"))
    with open_store(tmp_path / "h.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        yield store


def _by_name(rows) -> dict:  # noqa: ANN001
    return {r.name: r for r in rows}


def test_others_scores_are_hidden_until_mine_is_in(store):
    ids = {r.name: r.id for r in ops.list_candidates(store)}
    ops.set_score(store, candidate_id=ids["Ann Alder"], reviewer="Senior", score=5)
    ops.set_comment(store, candidate_id=ids["Ann Alder"], reviewer="Senior", comment="obvious hire")
    ops.set_score(store, candidate_id=ids["Ben Birch"], reviewer="Senior", score=2)
    ops.set_score(store, candidate_id=ids["Ben Birch"], reviewer="Junior", score=4)

    assert ops.committee_settings(store).hide_scores_until_mine  # on by default
    rows = _by_name(ops.list_candidates(store, reviewer="Junior"))
    ann = rows["Ann Alder"]
    assert ann.scores_hidden and ann.rank is None and ann.mean_score is None and ann.median_score is None
    assert ann.spread is None and ann.calibrated is None and ann.review_count == 1
    ben = rows["Ben Birch"]  # Junior scored Ben: everything shows
    assert not ben.scores_hidden and ben.mean_score == 3.0 and ben.rank == 2
    detail = ops.get_candidate(store, ids["Ann Alder"], viewer="Junior")
    assert detail.reviews == [] and detail.hidden_reviews == 1
    assert [r.reviewer for r in ops.get_candidate(store, ids["Ben Birch"], viewer="Junior").reviews] == [
        "Junior", "Senior"]

    ops.set_score(store, candidate_id=ids["Ann Alder"], reviewer="Junior", score=3)
    ann = _by_name(ops.list_candidates(store, reviewer="Junior"))["Ann Alder"]
    assert not ann.scores_hidden and ann.mean_score == 4.0 and ann.rank == 1
    assert ops.get_candidate(store, ids["Ann Alder"], viewer="Junior").hidden_reviews == 0


def test_the_setting_off_shows_everything(store):
    ids = {r.name: r.id for r in ops.list_candidates(store)}
    ops.set_score(store, candidate_id=ids["Ann Alder"], reviewer="Senior", score=5)
    ops.set_hide_scores_until_mine(store, on=False)
    ann = _by_name(ops.list_candidates(store, reviewer="Junior"))["Ann Alder"]
    assert not ann.scores_hidden and ann.mean_score == 5.0
    assert len(ops.get_candidate(store, ids["Ann Alder"], viewer="Junior").reviews) == 1


def test_cli_setting_and_list_for_a_reviewer(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    db = tmp_path / "c.sqlite3"
    run("--db", db, "import", folder)
    cid = json.loads(run("list", "--json", "--db", db).stdout)[0]["id"]
    run("--db", db, "review", cid, "--reviewer", "Senior", "--score", 5)
    assert "hide-scores-until-mine: on" in run("--db", db, "setting").stdout
    hidden = json.loads(run("list", "--json", "--reviewer", "Junior", "--db", db).stdout)[0]
    assert hidden["scores_hidden"] and hidden["mean_score"] is None
    run("--db", db, "setting", "hide-scores-until-mine", "off")
    assert "hide-scores-until-mine: off" in run("--db", db, "setting").stdout
    shown = json.loads(run("list", "--json", "--reviewer", "Junior", "--db", db).stdout)[0]
    assert shown["mean_score"] == 5.0
    assert run("--db", db, "setting", "hide-scores-until-mine", "maybe", check=False).returncode != 0
