"""Committee ranking rules and stages through the real command line (a
subprocess on a real SQLite file): who is ranked, how ties break, what the CSV
carries, and that a filtered export keeps the committee's rank."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.factories import Person, write_txt
from tests.test_cli import run

PEOPLE = {  # invented people; e-mail is how the tests find each one
    "ann": Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"),
    "ben": Person(name="Ben Birch", email="ben@example.org", phone="+1 202 555 0102"),
    "cat": Person(name="Cat Cedar", email="cat@example.org", phone="+1 202 555 0103"),
    "dan": Person(name="Dan Dogwood", email="dan@example.org", phone="+1 202 555 0104"),
    "eve": Person(name="Eve Elm", email="eve@example.org", phone="+1 202 555 0105"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("committee")
    cvs = root / "cvs"
    cvs.mkdir()
    for key, person in PEOPLE.items():
        write_txt(cvs / f"{key}.txt", person)
    path = root / "c.sqlite3"
    run("--db", path, "import", cvs)
    ids = {r["email"].split("@")[0]: r["id"] for r in json.loads(run("list", "--json", "--db", path).stdout)}
    # ann: 5,2 (mean 3.5, median 3.5); ben: 4,3 (mean 3.5, median 3.5) -> tie on mean and median,
    # both have 2 scores, so the name decides (Ann before Ben).
    # cat: 4 (one score, mean 4.0) ranks first; dan: comment only (unranked); eve: nothing (unranked).
    for who, reviewer, score in [("ann", "R1", 5), ("ann", "R2", 2), ("ben", "R1", 4), ("ben", "R2", 3),
                                 ("cat", "R1", 4)]:
        run("--db", path, "review", ids[who], "--reviewer", reviewer, "--score", score)
    run("--db", path, "review", ids["dan"], "--reviewer", "R1", "--comment", "read later")
    return path, ids


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_list_ranks_the_scored_and_leaves_the_unscored_unranked_at_the_end(db):
    path, ids = db
    rows = json.loads(run("list", "--json", "--db", path).stdout)
    assert [r["email"].split("@")[0] for r in rows] == ["cat", "ann", "ben", "dan", "eve"]
    assert [r["rank"] for r in rows] == [1, 2, 3, None, None]
    ann = rows[1]
    assert (ann["mean_score"], ann["median_score"], ann["spread"], ann["disagreement"]) == (3.5, 3.5, 3.0, True)
    assert rows[2]["disagreement"] is False


def test_stage_command_sets_and_validates_the_stage(db):
    path, ids = db
    out = run("--db", path, "stage", ids["ben"], "shortlist").stdout
    assert "shortlist" in out
    refused = run("--db", path, "stage", ids["eve"], "rejected", check=False)
    assert refused.returncode != 0 and "reason" in refused.stderr
    run("--db", path, "stage", ids["eve"], "rejected", "--reason", "no PhD yet")
    bad = run("--db", path, "stage", ids["eve"], "hired", check=False)
    assert bad.returncode != 0
    rows = {r["email"].split("@")[0]: r for r in json.loads(run("list", "--json", "--db", path).stdout)}
    assert rows["ben"]["stage"] == "shortlist" and rows["ann"]["stage"] == "new"
    assert (rows["eve"]["stage"], rows["eve"]["stage_reason"]) == ("rejected", "no PhD yet")
    shortlisted = json.loads(run("list", "--json", "--stage", "shortlist", "--db", path).stdout)
    assert [(r["email"], r["rank"]) for r in shortlisted] == [("ben@example.org", 3)]  # rank kept
    new = {r["email"].split("@")[0] for r in json.loads(run("list", "--json", "--stage", "new", "--db", path).stdout)}
    assert new == {"ann", "cat", "dan"}


def test_export_columns_and_filtered_export_keeps_the_committee_rank(db, tmp_path):
    path, ids = db
    run("--db", path, "stage", ids["ben"], "shortlist")
    run("--db", path, "tag", ids["ben"], ids["dan"], "--add", "postdoc")
    out = tmp_path / "all.csv"
    run("--db", path, "export", out)
    rows = _csv(out)
    header = list(rows[0])
    for column in ("rank", "name", "reviews", "score: R1", "score: R2", "median", "spread", "stage"):
        assert column in header
    assert [(r["name"], r["rank"]) for r in rows] == [
        ("Cat Cedar", "1"), ("Ann Alder", "2"), ("Ben Birch", "3"), ("Dan Dogwood", ""), ("Eve Elm", "")]
    assert (rows[1]["median"], rows[1]["spread"], rows[1]["reviews"]) == ("3.50", "3.00", "2")
    assert rows[2]["stage"] == "shortlist" and rows[0]["stage"] == "new"
    tagged = tmp_path / "tagged.csv"
    run("--db", path, "export", tagged, "--tag", "postdoc")
    assert [(r["name"], r["rank"]) for r in _csv(tagged)] == [("Ben Birch", "3"), ("Dan Dogwood", "")]
    staged = tmp_path / "staged.csv"
    run("--db", path, "export", staged, "--stage", "shortlist")
    assert [(r["name"], r["rank"], r["stage"]) for r in _csv(staged)] == [("Ben Birch", "3", "shortlist")]
