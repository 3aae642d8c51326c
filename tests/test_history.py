"""The history of changes and undo, in the core: an entry for every kind of change
with who and when (none for a change that changes nothing), undo of the reviewer's
own changes newest first, refusal when the value moved on, and the others'
opinions hidden as the panel hides them. SQLite and PostgreSQL, and the CLI."""
from __future__ import annotations

import pytest

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.test_cli import run


@pytest.fixture
def store(engine_url, tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
        yield store


def _texts(store, cid: int, viewer: str | None = None) -> list[tuple[str | None, str]]:  # noqa: ANN001
    return [(h.reviewer, h.text) for h in ops.candidate_history(store, candidate_id=cid, viewer=viewer)][::-1]


def test_every_kind_of_change_is_kept_with_who_and_when(store):
    cid = ops.list_candidates(store)[0].id
    ops.set_rubric(store, criteria=[("research", 1.0)])
    ops.set_score(store, candidate_id=cid, reviewer="Ada", score=3)
    ops.set_score(store, candidate_id=cid, reviewer="Ada", score=3)  # no change: no entry
    ops.set_score(store, candidate_id=cid, reviewer="Ada", score=4)
    ops.set_criterion_score(store, candidate_id=cid, reviewer="Ada", criterion="research", score=5)
    ops.set_comment(store, candidate_id=cid, reviewer="Ada", comment="strong")
    ops.add_tag(store, candidate_ids=[cid], tag="postdoc", reviewer="Ada")
    ops.add_tag(store, candidate_ids=[cid], tag="postdoc", reviewer="Ada")  # already on: no entry
    ops.remove_tag(store, candidate_ids=[cid], tag="postdoc", reviewer="Ada")
    ops.set_stage(store, candidate_id=cid, stage="rejected", reason="no fit", reviewer="Ada")
    ops.correct_field(store, candidate_id=cid, field="name", value="Ann B. Alder", reviewer="Ada")
    assert _texts(store, cid) == [
        ("Ada", "score – → 3"), ("Ada", "score 3 → 4"), ("Ada", "research score – → 5"),
        ("Ada", "comment: strong"), ("Ada", "tag +postdoc"), ("Ada", "tag −postdoc"),
        ("Ada", "stage new → rejected (no fit)"), ("Ada", "corrected name – → Ann B. Alder")]
    history = ops.candidate_history(store, candidate_id=cid)
    assert history[0].when >= history[-1].when and history[0].when.endswith("+00:00")
    assert {h.kind for h in history} == {"score", "criterion", "comment", "tag", "stage", "correction"}


def test_a_refused_change_leaves_no_entry(store):
    cid = ops.list_candidates(store)[0].id
    ops.declare_conflict(store, candidate_id=cid, reviewer="Bo")
    with pytest.raises(ops.ConflictOfInterest):
        ops.set_score(store, candidate_id=cid, reviewer="Bo", score=2)
    assert _texts(store, cid) == []


def test_undo_walks_back_my_own_changes_only(store):
    cid = ops.list_candidates(store)[0].id
    ops.set_score(store, candidate_id=cid, reviewer="Ada", score=3)
    ops.set_stage(store, candidate_id=cid, stage="shortlist", reviewer="Ada")
    ops.set_score(store, candidate_id=cid, reviewer="Bo", score=5)
    ops.add_tag(store, candidate_ids=[cid], tag="strong", reviewer="Ada")
    ops.set_score(store, candidate_id=cid, reviewer="Ada", score=4)

    assert ops.undo_last(store, reviewer="Ada").undone == "score 3 → 4"
    assert {r.reviewer: r.score for r in ops.get_candidate(store, cid).reviews} == {"Ada": 3, "Bo": 5}
    assert ops.undo_last(store, reviewer="Ada").undone == "tag +strong"
    assert ops.get_candidate(store, cid).tags == ()
    assert ops.undo_last(store, reviewer="Ada").undone == "stage new → shortlist"
    assert ops.get_candidate(store, cid).stage == "new"
    assert ops.undo_last(store, reviewer="Ada").undone == "score – → 3"
    with pytest.raises(ops.UndoRefused, match="nothing of Ada's to undo"):
        ops.undo_last(store, reviewer="Ada")
    assert {r.reviewer: r.score for r in ops.get_candidate(store, cid).reviews} == {"Ada": None, "Bo": 5}
    # The undos are in the history too, marked as such; nothing was removed from it.
    texts = [t for _, t in _texts(store, cid)]
    assert texts[:5] == ["score – → 3", "stage new → shortlist", "score – → 5", "tag +strong", "score 3 → 4"]
    assert texts[5:] == ["undo: score 4 → 3", "undo: tag −strong", "undo: stage shortlist → new",
                         "undo: score 3 → –"]


def test_undo_is_refused_when_someone_changed_it_since(store):
    cid = ops.list_candidates(store)[0].id
    ops.set_stage(store, candidate_id=cid, stage="longlist", reviewer="Ada")
    ops.set_stage(store, candidate_id=cid, stage="interview", reviewer="Chair")
    with pytest.raises(ops.UndoRefused, match="changed again since"):
        ops.undo_last(store, reviewer="Ada")
    assert ops.get_candidate(store, cid).stage == "interview"


def test_the_others_opinions_in_the_history_are_hidden_like_their_reviews(store):
    cid = ops.list_candidates(store)[0].id
    ops.set_score(store, candidate_id=cid, reviewer="Senior", score=5)
    ops.set_comment(store, candidate_id=cid, reviewer="Senior", comment="hire")
    ops.add_tag(store, candidate_ids=[cid], tag="chair-pick", reviewer="Senior")
    assert _texts(store, cid, viewer="Junior") == [("Senior", "tag +chair-pick")]
    ops.set_score(store, candidate_id=cid, reviewer="Junior", score=2)
    assert len(_texts(store, cid, viewer="Junior")) == 4
    ops.declare_conflict(store, candidate_id=cid, reviewer="Cy")
    ops.set_hide_scores_until_mine(store, on=False)
    assert [who for who, _ in _texts(store, cid, viewer="Cy")] == ["Senior"]  # the tag only


def test_history_and_undo_from_the_command_line(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    db = tmp_path / "h.sqlite3"
    run("--db", db, "import", folder)
    run("--db", db, "review", 1, "--reviewer", "Ada", "--score", 2, "--tag", "maybe")
    run("--db", db, "stage", 1, "longlist", "--reviewer", "Ada")
    lines = run("--db", db, "history", 1).stdout.splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [
        "Ada: stage new → longlist", "Ada: tag +maybe", "Ada: score – → 2"]
    assert run("--db", db, "undo", "--reviewer", "Ada").stdout == "undone (Ada): stage new → longlist (candidate 1)\n"
    proc = run("--db", db, "undo", "--reviewer", "Nobody", check=False)
    assert proc.returncode == 1 and proc.stderr == "error: nothing of Nobody's to undo\n"
