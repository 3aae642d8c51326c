"""The operations the window and the command line share, on a real SQLite file
and a real PostgreSQL database, filled by a real import of generated CVs."""
from __future__ import annotations

import shutil

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.ranking import Standing, ranked
from tests.conftest import BACKENDS, fresh_database
from tests.factories import Person, write_docx, write_pdf, write_txt

PEOPLE = {
    "ada": Person(),
    "bob": Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"),
    "cyd": Person(name="Cyd Vale", email="cyd.vale@example.com", phone="+49 30 1234 5678"),
    "dee": Person(name="Dee Moss", email="dee.moss@example.com", phone="+33 1 23 45 67 89"),
}


@pytest.fixture(scope="module", params=BACKENDS)
def template(request, tmp_path_factory):
    """One import per engine for the module; each test gets its own copy of the
    database (a file copy, or CREATE DATABASE ... TEMPLATE on PostgreSQL)."""
    root = tmp_path_factory.mktemp("ops")
    folder = root / "cvs"
    folder.mkdir()
    write_pdf(folder / "ada.pdf", PEOPLE["ada"])
    write_docx(folder / "bob.docx", PEOPLE["bob"])
    write_txt(folder / "cyd.txt", PEOPLE["cyd"])
    write_txt(folder / "dee.md", PEOPLE["dee"])
    target = fresh_database(request, request.param, root)
    with open_store(target) as store:
        assert ops.import_folder(store, folder, workers=2).count("added") == 4
    return request.param, target


@pytest.fixture
def store(request, template, tmp_path):
    backend, source = template
    if backend == "sqlite":
        shutil.copy(source, tmp_path / "db.sqlite3")
        target = str(tmp_path / "db.sqlite3")
    else:
        target = fresh_database(request, backend, tmp_path, template=source.rsplit("/", 1)[-1])
    with open_store(target) as store:
        yield store


@pytest.fixture
def ids(store) -> dict[str, int]:
    by_email = {r.email: r.id for r in ops.list_candidates(store)}
    return {key: by_email[p.email] for key, p in PEOPLE.items()}


def test_ranking_by_mean_then_number_of_reviews_then_name_unreviewed_last(store, ids):
    ops.set_score(store, candidate_id=ids["bob"], reviewer="R1", score=4)
    ops.set_score(store, candidate_id=ids["cyd"], reviewer="R1", score=5)
    ops.set_score(store, candidate_id=ids["cyd"], reviewer="R2", score=3)  # mean 4, two reviews
    ops.set_score(store, candidate_id=ids["ada"], reviewer="R2", score=2)
    ops.set_comment(store, candidate_id=ids["dee"], reviewer="R1", comment="no score yet")
    rows = ops.list_candidates(store)  # the committee's view (no reviewer: nothing hidden)
    assert [r.id for r in rows] == [ids["cyd"], ids["bob"], ids["ada"], ids["dee"]]
    assert [r.rank for r in rows] == [1, 2, 3, None]
    assert [r.mean_score for r in rows] == [4.0, 4.0, 2.0, None]
    assert [r.review_count for r in rows] == [2, 1, 1, 0]
    mine = {r.id: r.my_score for r in ops.list_candidates(store, reviewer="R1")}
    assert [mine[i] for i in (ids["cyd"], ids["bob"], ids["ada"], ids["dee"])] == [5, 4, None, None]


def test_ties_fall_back_to_name():
    standings = [Standing(1, "zed", 3.0, 1), Standing(2, "Amy", 3.0, 1), Standing(3, "bea", None, 0),
                 Standing(4, "al", None, 0)]
    assert [(s.candidate_id, rank) for s, rank in ranked(standings)] == [(2, 1), (1, 2), (4, None), (3, None)]


def test_score_comment_and_clearing(store, ids):
    cid = ids["ada"]
    changes = ops.set_score(store, candidate_id=cid, reviewer="Ada Chair", score=5)
    assert changes.reviews and changes.candidate_ids == {cid}
    ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment="Great fit")
    ops.set_score(store, candidate_id=cid, reviewer="Ada Chair", score=None)
    [review] = ops.get_candidate(store, cid).reviews
    assert (review.reviewer, review.score, review.comment) == ("Ada Chair", None, "Great fit")
    assert review.updated_at.endswith("+00:00")
    with pytest.raises(ValueError):
        ops.set_score(store, candidate_id=cid, reviewer="Ada Chair", score=6)
    with pytest.raises(ops.CandidateNotFound):
        ops.set_score(store, candidate_id=9999, reviewer="Ada Chair", score=3)


def test_tags_on_several_candidates(store, ids):
    changes = ops.add_tag(store, candidate_ids=[ids["ada"], ids["bob"]], tag="strong")
    assert changes.tags
    ops.add_tag(store, candidate_ids=[ids["ada"]], tag="strong")  # twice is once
    ops.add_tag(store, candidate_ids=[ids["cyd"]], tag="maybe")
    assert ops.all_tags(store) == ["maybe", "strong"]
    assert {r.id for r in ops.list_candidates(store, tag="strong")} == {ids["ada"], ids["bob"]}
    ops.remove_tag(store, candidate_ids=[ids["cyd"]], tag="maybe")
    assert ops.all_tags(store) == ["strong"]
    assert ops.get_candidate(store, ids["ada"]).tags == ("strong",)


def test_corrected_name_shows_everywhere_and_can_be_removed(store, ids):
    cid = ids["bob"]
    parsed = ops.get_candidate(store, cid).profile.name
    ops.correct_field(store, candidate_id=cid, field="name", value="Robert Stone", reviewer="Ada Chair")
    assert ops.get_candidate(store, cid).profile.name == "Robert Stone"
    assert ops.get_candidate(store, cid).corrections == {"name": "Robert Stone"}
    assert next(r for r in ops.list_candidates(store) if r.id == cid).name == "Robert Stone"
    assert {r.id for r in ops.list_candidates(store, query="robert")} == {cid}
    ops.correct_field(store, candidate_id=cid, field="name", value=None)
    assert ops.get_candidate(store, cid).profile.name == parsed


def test_search_by_name_tag_and_cv_text(store, ids):
    ops.add_tag(store, candidate_ids=[ids["dee"]], tag="interview")
    assert {r.id for r in ops.list_candidates(store, query="cyd vale")} == {ids["cyd"]}
    assert {r.id for r in ops.list_candidates(store, query="INTERVIEW")} == {ids["dee"]}
    assert len(ops.list_candidates(store, query="Imaginary Labs")) == 4  # in every factory CV
    assert ops.list_candidates(store, query="no such words anywhere") == []


def test_document_text_and_detail(store, ids):
    detail = ops.get_candidate(store, ids["ada"])
    [doc] = detail.documents
    assert (doc.format, doc.status, doc.pages) == ("pdf", "ok", 1)
    assert "Learning to Review Faster" in ops.document_text(store, document_id=doc.id)
    assert detail.profile.emails == [PEOPLE["ada"].email]


def _indexed(store, query: str) -> set[int]:
    """Ids the full-text index itself holds for `query` (no join with the candidates)."""
    with store.session(write=False) as session:
        return store.search.matching_ids(session, query)


def test_delete_candidate(store, ids):
    assert _indexed(store, "Dee Moss") == {ids["dee"]}
    assert ids["dee"] in _indexed(store, "Imaginary Labs")  # CV text, not only the name
    changes = ops.delete_candidate(store, candidate_id=ids["dee"])
    # the search row goes too: a stale one would match a later candidate given the same id
    assert _indexed(store, "Dee Moss") == set()
    assert ids["dee"] not in _indexed(store, "Imaginary Labs")
    assert ids["bob"] in _indexed(store, "Imaginary Labs")  # the others stay found
    assert changes.candidates_added_or_removed
    assert ids["dee"] not in {r.id for r in ops.list_candidates(store)}
    with pytest.raises(ops.CandidateNotFound):
        ops.get_candidate(store, ids["dee"])
    with pytest.raises(ops.CandidateNotFound):
        ops.delete_candidate(store, candidate_id=ids["dee"])


def test_matching_ids_agrees_with_the_list_filter(store, ids):
    ops.add_tag(store, candidate_ids=[ids["dee"], ids["bob"]], tag="interview")
    for query, tag in [("cyd vale", None), ("Imaginary Labs", None), ("Imaginary Labs", "interview"),
                       (None, "interview"), ("no such words anywhere", None), ("cyd", "interview")]:
        expected = {r.id for r in ops.list_candidates(store, query=query, tag=tag)}
        assert ops.matching_ids(store, query=query, tag=tag) == expected
    assert ops.matching_ids(store) == set(ids.values())


def test_the_first_rows_are_the_start_of_the_whole_list(store, ids):
    """The window shows `first` rows while the rest loads: they must be the same rows,
    with the same values and ranks, as the start of the full list, whatever the filter."""
    ops.set_score(store, candidate_id=ids["dee"], reviewer="R1", score=3)
    ops.set_score(store, candidate_id=ids["bob"], reviewer="R1", score=5)
    ops.set_score(store, candidate_id=ids["bob"], reviewer="R2", score=2)
    ops.add_tag(store, candidate_ids=[ids["cyd"], ids["bob"]], tag="interview")
    ops.correct_field(store, candidate_id=ids["ada"], field="name", value="Aaron Aardvark")
    ops.set_stage(store, candidate_id=ids["bob"], stage="shortlist")
    for kwargs in ({}, {"reviewer": "R1"}, {"tag": "interview"}, {"query": "Imaginary Labs"},
                   {"complete": True}, {"complete": False}):
        whole = ops.list_candidates(store, **kwargs)
        for first in (0, 1, 2, 3, 10):
            assert ops.list_candidates(store, first=first, **kwargs) == whole[:first], (kwargs, first)
    for reviewer in (None, "R1"):
        whole = ops.list_candidates(store, reviewer=reviewer)
        assert list(ops.list_candidates_in_steps(store, reviewer=reviewer, first=2)) == [whole[:2], whole]
        assert list(ops.list_candidates_in_steps(store, reviewer=reviewer, first=4)) == [whole, whole]
        assert list(ops.list_candidates_in_steps(store, reviewer=reviewer, first=5)) == [whole]  # one step: everyone


def test_the_first_rows_read_apart_match_the_list_with_rubric_hidden_scores_and_blind(store, ids):
    """The window's two steps read the list columns of the first rows apart from the
    rest (README, row d1): with rubric overalls, a comment-only review, scores hidden
    until mine, a declared conflict, corrections and the blind first round they are
    the same rows, values and ranks as `list_candidates`."""
    from reviewer.blind_operations import set_blind_first_round

    ops.set_rubric(store, criteria=[("Research", 2.0), ("Teaching", 1.0)])
    for cid, reviewer, research, teaching in [("ada", "R1", 5, 2), ("bob", "R1", 3, 3), ("bob", "R2", 4, None),
                                              ("cyd", "R2", 2, 5)]:
        ops.set_criterion_score(store, candidate_id=ids[cid], reviewer=reviewer, criterion="Research", score=research)
        ops.set_criterion_score(store, candidate_id=ids[cid], reviewer=reviewer, criterion="Teaching", score=teaching)
    ops.set_score(store, candidate_id=ids["dee"], reviewer="R3", score=4)
    ops.set_comment(store, candidate_id=ids["cyd"], reviewer="R3", comment="  read it  ")
    ops.add_tag(store, candidate_ids=[ids["cyd"], ids["ada"]], tag="interview")
    ops.correct_field(store, candidate_id=ids["dee"], field="name", value="Aaron Aardvark")
    ops.correct_field(store, candidate_id=ids["bob"], field="publications", value="12")
    ops.declare_conflict(store, candidate_id=ids["ada"], reviewer="R2")
    ops.set_stage(store, candidate_id=ids["cyd"], stage="shortlist")

    def check() -> None:
        for reviewer in (None, "R1", "R2", "R3", "Nobody Yet"):
            whole = ops.list_candidates(store, reviewer=reviewer)
            assert len(whole) == 4
            for first in (1, 2, 3):
                steps = list(ops.list_candidates_in_steps(store, reviewer=reviewer, first=first))
                assert steps == [whole[:first], whole], (reviewer, first)

    check()
    ops.set_hide_scores_until_mine(store, on=True)
    assert any(row.scores_hidden for row in ops.list_candidates(store, reviewer="R3"))
    check()
    set_blind_first_round(store, on=True)
    check()


def test_reading_a_document_does_not_wait_for_a_writer(store, ids):
    """Another connection holds the write lock (as an import's batch does); the CV
    text still reads at once instead of failing with "locked" after the busy wait."""
    import sqlite3

    if store.path is None:
        pytest.skip("SQLite's single-writer lock; PostgreSQL readers never wait for writers")
    doc = ops.get_candidate(store, ids["cyd"]).documents[0]
    holder = sqlite3.connect(store.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        assert "Cyd Vale" in ops.document_text(store, document_id=doc.id)
    finally:
        holder.close()
