"""The committee's CSVs beyond the ranked rows: the shortlist's aggregate, criterion,
warning and correction columns, one row per review, and the HR screening matrix;
every cell safe from formula injection. On SQLite and PostgreSQL, and through the CLI."""
from __future__ import annotations

import csv

import pytest

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.test_cli import run

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _read(path) -> list[dict[str, str]]:  # noqa: ANN001
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key, cell in row.items():
            assert not key.startswith(FORMULA_STARTS), key
            assert not (cell or "").startswith(FORMULA_STARTS), (key, cell)
    return rows


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    write_txt(folder / "b.txt", Person(name="Ben Birch", email="ben@example.org", phone="+1 202 555 0102"))
    write_txt(folder / "c.txt", Person(name="Cal Cedar", email="cal@example.org", phone="+1 202 555 0103"))
    return folder


@pytest.fixture
def scored(engine_url, folder):
    """A rubric (research x2, teaching), two reviewers, one rejection."""
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
        ids = {r.name: r.id for r in ops.list_candidates(store)}
        ops.set_rubric(store, criteria=[("research", 2.0), ("teaching", 1.0)])
        for who, research, teaching in (("Ada Chair", 5, 2), ("=Bo", 3, 4)):
            ops.set_criterion_score(store, candidate_id=ids["Ann Alder"], reviewer=who, criterion="research",
                                    score=research)
            ops.set_criterion_score(store, candidate_id=ids["Ann Alder"], reviewer=who, criterion="teaching",
                                    score=teaching)
        ops.set_score(store, candidate_id=ids["Ben Birch"], reviewer="Ada Chair", score=1)
        ops.set_score(store, candidate_id=ids["Ben Birch"], reviewer="=Bo", score=4)
        ops.set_comment(store, candidate_id=ids["Ben Birch"], reviewer="=Bo", comment="@SUM(1) not bad")
        ops.set_stage(store, candidate_id=ids["Ben Birch"], stage="rejected", reason="-no teaching statement")
        ops.set_stage(store, candidate_id=ids["Cal Cedar"], stage="longlist", reason="strong letters")
        ops.correct_field(store, candidate_id=ids["Cal Cedar"], field="name", value="Cal Cedar-Oak")
        yield store, ids


def test_the_shortlist_carries_aggregates_criteria_warnings_and_corrections(scored, tmp_path):
    store, ids = scored
    out = tmp_path / "short.csv"
    assert ops.export_shortlist(store, out) == 3
    rows = {r["name"]: r for r in _read(out)}
    ann, ben, cal = rows["Ann Alder"], rows["Ben Birch"], rows["Cal Cedar-Oak"]
    # Ann: Ada 5*2+2 = 12/3 = 4.00, Bo (3*2+4)/3 = 3.33
    assert ann["score: Ada Chair"] == "4" and ann["score: =Bo"] == "3.33"
    assert ann["mean: research"] == "4.00" and ann["mean: teaching"] == "3.00"
    assert ann["sd"] == "0.33" and ann["disagreement"] == ""
    assert ben["spread"] == "3.00" and ben["disagreement"] == "yes" and ben["mean: research"] == ""
    assert ben["calibrated"] and cal["calibrated"] == ""
    assert ben["stage"] == "rejected" and ben["stage reason"] == "'-no teaching statement"
    assert cal["corrected fields"] == "name" and ann["corrected fields"] == ""
    assert all(r["warnings"].isdigit() for r in rows.values())
    assert ben["comments"] == "'=Bo: @SUM(1) not bad"


def test_one_row_per_review_with_each_criterion(scored, tmp_path):
    store, ids = scored
    out = tmp_path / "reviews.csv"
    assert ops.export_reviews(store, out) == 4
    rows = _read(out)
    assert list(rows[0])[:6] == ["rank", "candidate id", "candidate", "reviewer", "research", "teaching"]
    assert [(r["candidate"], r["reviewer"]) for r in rows] == [
        ("Ann Alder", "'=Bo"), ("Ann Alder", "Ada Chair"), ("Ben Birch", "'=Bo"), ("Ben Birch", "Ada Chair")]
    bo_ann = rows[0]
    assert (bo_ann["research"], bo_ann["teaching"], bo_ann["overall"], bo_ann["score"]) == ("3", "4", "3.33", "")
    assert rows[2]["comment"] == "'@SUM(1) not bad" and rows[2]["overall"] == "4" and rows[2]["research"] == ""
    assert rows[2]["candidate id"] == str(ids["Ben Birch"])
    assert all(len(r["updated (UTC)"]) == 19 for r in rows)
    assert ops.export_reviews(store, out, stage="longlist") == 0


def test_the_screening_matrix_one_row_per_applicant(scored, tmp_path):
    store, ids = scored
    out = tmp_path / "screening.csv"
    assert ops.export_screening(store, out) == 3
    rows = {r["name"]: r for r in _read(out)}
    assert list(next(iter(rows.values()))) == ["rank", "candidate id", "name", "email", "reviews", "research",
                                               "teaching", "overall", "stage", "reason for exclusion"]
    assert rows["Ann Alder"]["research"] == "4.00" and rows["Ann Alder"]["overall"] == "3.67"
    assert rows["Ben Birch"]["reason for exclusion"] == "'-no teaching statement"
    # A longlisted candidate's reason is no reason for exclusion.
    assert rows["Cal Cedar-Oak"]["stage"] == "longlist" and rows["Cal Cedar-Oak"]["reason for exclusion"] == ""
    assert rows["Cal Cedar-Oak"]["rank"] == "" and rows["Cal Cedar-Oak"]["overall"] == ""


def test_without_a_rubric_the_matrix_has_the_overall_only(folder, tmp_path):
    with open_store(tmp_path / "x.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        out = tmp_path / "m.csv"
        assert ops.export_screening(store, out) == 3
        assert list(_read(out)[0]) == ["rank", "candidate id", "name", "email", "reviews", "overall", "stage",
                                       "reason for exclusion"]


def test_the_command_line_writes_any_of_the_three(folder, tmp_path):
    db = tmp_path / "c.sqlite3"
    run("--db", db, "import", folder)
    run("--db", db, "review", 1, "--reviewer", "Ada Chair", "--score", 4, "--comment", "+1 fine")
    reviews, screening = tmp_path / "r.csv", tmp_path / "s.csv"
    proc = run("--db", db, "export", "--reviews", reviews, "--screening", screening)
    assert proc.stdout.splitlines() == [f"wrote 1 reviews to {reviews}", f"wrote 3 applicants to {screening}"]
    assert _read(reviews)[0]["comment"] == "'+1 fine"
    assert len(_read(screening)) == 3
    proc = run("--db", db, "export", check=False)
    assert proc.returncode == 2 and "nothing to write" in proc.stderr
