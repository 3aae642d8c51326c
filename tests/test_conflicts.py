"""Conflicts of interest: suggestions from the CV (pure), a declared conflict refused
in the core, the conflicted reviewer seeing none of the others' scores, and their
own review set aside. On SQLite and PostgreSQL, and through the command line."""
from __future__ import annotations

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.conflicts import same_institution, same_name, suggest
from reviewer.profile import Education, Experience, Profile, Publication
from tests.factories import Person, write_txt
from tests.test_cli import run


@pytest.mark.parametrize("author", ["Ada Quill", "A. Quill", "Quill, Ada", "Quill A", "ADA QUILL", "Ada  Quíll"])
def test_a_reviewer_is_found_among_authors_however_written(author):
    assert same_name("Ada Quill", author)


@pytest.mark.parametrize("author", ["Ada Quillon", "B. Quill", "Quill", "Adam Stone", ""])
def test_other_authors_are_not_the_reviewer(author):
    assert not same_name("Ada Quill", author)


def test_names_without_spaces_match_whole():
    assert same_name("王小明", "王小明") and not same_name("王小明", "王小")


def test_institutions_match_word_for_word():
    assert same_institution("University of Examplestan", "Dept. of CS, University of Examplestan")
    assert same_institution("univ. examplestan", "Univ Examplestan")
    assert not same_institution("Examplestan Tech", "University of Examplestan")


def test_suggestions_from_coauthors_supervisor_and_recent_institution():
    profile = Profile(
        source="x", name="Eve Sample",
        publications=[Publication(title="Sparse Widgets", authors=["Eve Sample", "R. Judge"], year=2022),
                      Publication(title="Alone", authors=["Eve Sample"], year=2021)],
        education=[Education(institution="University of Examplestan", start="2018", end="2023"),
                   Education(institution="Old College", start="2001", end="2005")],
        experience=[Experience(organization="Old College", start="2006", end="2008")])
    text = "EDUCATION\nPh.D., University of Examplestan\nAdvisor: Prof. Rita Judge\nThesis: widgets"
    found = suggest(profile, reviewer="Rita Judge", affiliation="University of Examplestan", text=text,
                    this_year=2026)
    assert [s.kind for s in found] == ["co-author", "supervisor", "institution"]
    assert "Sparse Widgets" in found[0].detail and "Advisor" in found[1].detail
    # Old College was twenty years ago: no suggestion.
    assert suggest(profile, reviewer="Nobody Else", affiliation="Old College", text=text, this_year=2026) == []


@pytest.fixture
def store(engine_url, tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101",
                                       publications=["Ann Alder, Rita Judge. Quiet Graphs. In KDD, 2023."]))
    write_txt(folder / "b.txt", Person(name="Ben Birch", email="ben@example.org", phone="+1 202 555 0102"))
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
        yield store


def _ids(store) -> dict[str, int]:  # noqa: ANN001
    return {r.name: r.id for r in ops.list_candidates(store)}


def test_a_conflicted_reviewer_cannot_score_and_sees_nothing_of_the_others(store):
    ids = _ids(store)
    ann = ids["Ann Alder"]
    ops.set_hide_scores_until_mine(store, on=False)  # the conflict hides, whatever the setting
    ops.set_rubric(store, criteria=[("research", 1.0)])
    ops.set_score(store, candidate_id=ann, reviewer="Senior", score=5)
    ops.set_comment(store, candidate_id=ann, reviewer="Senior", comment="brilliant")
    ops.set_score(store, candidate_id=ann, reviewer="Rita Judge", score=1)  # before she noticed
    assert ops.list_candidates(store)[0].mean_score == 3.0

    ops.declare_conflict(store, candidate_id=ann, reviewer="Rita Judge", reason="co-author in 2023")
    for attempt in (lambda: ops.set_score(store, candidate_id=ann, reviewer="Rita Judge", score=4),
                    lambda: ops.set_comment(store, candidate_id=ann, reviewer="Rita Judge", comment="x"),
                    lambda: ops.set_criterion_score(store, candidate_id=ann, reviewer="Rita Judge",
                                                    criterion="research", score=2)):
        with pytest.raises(ops.ConflictOfInterest, match="declared a conflict of interest"):
            attempt()
    # Her earlier score is set aside: the committee's mean is the others' only.
    everyone = {r.name: r for r in ops.list_candidates(store)}
    assert everyone["Ann Alder"].mean_score == 5.0 and everyone["Ann Alder"].review_count == 1
    hers = {r.name: r for r in ops.list_candidates(store, reviewer="Rita Judge")}
    assert hers["Ann Alder"].conflict and hers["Ann Alder"].scores_hidden
    assert hers["Ann Alder"].mean_score is None and hers["Ann Alder"].rank is None
    assert not hers["Ben Birch"].conflict
    detail = ops.get_candidate(store, ann, viewer="Rita Judge")
    assert detail.reviews == [] and detail.hidden_reviews == 1
    assert detail.conflict is not None and detail.conflict.declared and detail.conflict.reason == "co-author in 2023"
    assert [(c.reviewer, c.status) for c in ops.conflicts(store, candidate_id=ann)] == [("Rita Judge", "declared")]

    ops.remove_conflict(store, candidate_id=ann, reviewer="Rita Judge")  # a mistake: everything comes back
    assert ops.list_candidates(store)[0].mean_score == 3.0
    assert len(ops.get_candidate(store, ann, viewer="Rita Judge").reviews) == 2
    ops.set_score(store, candidate_id=ann, reviewer="Rita Judge", score=4)


def test_suggestions_are_shown_until_declared_or_dismissed(store):
    ids = _ids(store)
    ann = ids["Ann Alder"]
    ops.set_affiliation(store, reviewer="Rita Judge", affiliation="Imaginary Labs")  # the factory's employer
    assert ops.reviewer_affiliation(store, reviewer="Rita Judge") == "Imaginary Labs"
    view = ops.get_candidate(store, ann, viewer="Rita Judge").conflict
    assert view is not None and {s.kind for s in view.suggestions} == {"co-author", "institution"}
    ops.dismiss_conflict(store, candidate_id=ann, reviewer="Rita Judge")
    view = ops.get_candidate(store, ann, viewer="Rita Judge").conflict
    assert view is not None and view.dismissed and view.suggestions == ()
    ops.set_score(store, candidate_id=ann, reviewer="Rita Judge", score=4)  # not a conflict: she may score
    ops.remove_conflict(store, candidate_id=ann, reviewer="Rita Judge")
    assert ops.get_candidate(store, ann, viewer="Rita Judge").conflict.suggestions  # type: ignore[union-attr]


def test_the_command_line_declares_refuses_and_removes(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101",
                                       publications=["Ann Alder, Rita Judge. Quiet Graphs. In KDD, 2023."]))
    db = tmp_path / "c.sqlite3"
    run("--db", db, "import", folder)
    proc = run("--db", db, "conflict", 1, "--reviewer", "Rita Judge", "--suggestions")
    assert "possible conflict, co-author: \u201cQuiet Graphs\u201d (2023)" in proc.stdout
    assert "declared a conflict" in run("--db", db, "conflict", 1, "--reviewer", "Rita Judge").stdout
    proc = run("--db", db, "review", 1, "--reviewer", "Rita Judge", "--score", 3, check=False)
    assert proc.returncode == 1 and proc.stderr.startswith("error: not allowed: Rita Judge declared a conflict")
    run("--db", db, "conflict", 1, "--reviewer", "Rita Judge", "--remove")
    run("--db", db, "review", 1, "--reviewer", "Rita Judge", "--score", 3)
    assert run("--db", db, "affiliation", "Rita Judge", "Imaginary Labs").stdout == "Rita Judge: Imaginary Labs\n"
