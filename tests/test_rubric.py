"""The rubric: criteria with weights, per-criterion scores through the real command
line, the weighted overall in the ranking and the CSV, and a change of rubric that
keeps the scores. Pure rules first, then a real SQLite file and the real CLI."""
from __future__ import annotations

import csv
import json

import pytest

from reviewer.rubric import parse_criterion_score, parse_rubric, weighted_overall
from tests.factories import Person, write_txt
from tests.test_cli import run


def test_weighted_overall_counts_only_scored_active_criteria():
    weights = {1: 2.0, 2: 1.0, 3: 1.0}
    assert weighted_overall({1: 5, 2: 3, 3: 1}, weights) == pytest.approx(3.5)
    assert weighted_overall({1: 4, 2: 1}, weights) == pytest.approx(3.0)  # the blank criterion is not a zero
    assert weighted_overall({9: 5}, weights) is None  # an inactive criterion does not count
    assert weighted_overall({}, weights) is None


def test_parsing_rubric_and_criterion_scores():
    assert parse_rubric(["research:2", "teaching", "fit:0.5"]) == [("research", 2.0), ("teaching", 1.0),
                                                                  ("fit", 0.5)]
    with pytest.raises(ValueError):
        parse_rubric(["research", "Research"])
    with pytest.raises(ValueError):
        parse_rubric(["fit:0"])
    assert parse_criterion_score("research=4") == ("research", 4)
    for bad in ("research=6", "research", "=3", "research=x"):
        with pytest.raises(ValueError):
            parse_criterion_score(bad)


def test_rubric_scores_through_the_cli_rank_and_export(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Alder", email="ann@example.org", phone="+1 202 555 0101"))
    write_txt(folder / "b.txt", Person(name="Ben Birch", email="ben@example.org", phone="+1 202 555 0102"))
    db = tmp_path / "r.sqlite3"
    run("--db", db, "import", folder)
    ids = {r["name"]: r["id"] for r in json.loads(run("list", "--json", "--db", db).stdout)}
    assert "no rubric" in run("--db", db, "rubric").stdout
    # Before the rubric, a single score; it stays the reviewer's overall where no criterion is scored.
    run("--db", db, "review", ids["Ben Birch"], "--reviewer", "R2", "--score", 4)
    out = run("--db", db, "rubric", "research:2", "teaching", "fit").stdout
    assert "research: weight 2" in out and "fit: weight 1" in out
    run("--db", db, "review", ids["Ann Alder"], "--reviewer", "R1", "--criterion", "research=5",
        "--criterion", "teaching=3", "--criterion", "fit=2")  # (10 + 3 + 2) / 4 = 3.75
    run("--db", db, "review", ids["Ben Birch"], "--reviewer", "R1", "--criterion", "research=3")  # 3.0
    bad = run("--db", db, "review", ids["Ann Alder"], "--reviewer", "R1", "--criterion", "charm=5", check=False)
    assert bad.returncode != 0 and "no criterion 'charm'" in bad.stderr
    rows = {r["name"]: r for r in json.loads(run("list", "--json", "--db", db).stdout)}
    assert rows["Ann Alder"]["mean_score"] == pytest.approx(3.75)
    assert rows["Ben Birch"]["mean_score"] == pytest.approx(3.5)  # R1 3.0 (rubric) and R2 4 (single)
    assert rows["Ann Alder"]["rank"] == 1
    shown = run("--db", db, "show", ids["Ann Alder"]).stdout
    assert "review by R1: score 3.75, research 5, teaching 3, fit 2" in shown

    out_csv = tmp_path / "s.csv"
    run("--db", db, "export", out_csv)
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        table = {r["name"]: r for r in csv.DictReader(fh)}
    assert table["Ann Alder"]["score: R1"] == "3.75" and table["Ben Birch"]["score: R2"] == "4"

    # A new rubric without "fit": Ann's fit score is kept but no longer counts; naming it again restores it.
    run("--db", db, "rubric", "research:2", "teaching")
    rows = {r["name"]: r for r in json.loads(run("list", "--json", "--db", db).stdout)}
    assert rows["Ann Alder"]["mean_score"] == pytest.approx(13 / 3)
    run("--db", db, "rubric", "research:2", "teaching", "fit")
    rows = {r["name"]: r for r in json.loads(run("list", "--json", "--db", db).stdout)}
    assert rows["Ann Alder"]["mean_score"] == pytest.approx(3.75)
