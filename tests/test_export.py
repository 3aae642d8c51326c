"""The shortlist CSV: what Excel and LibreOffice need (BOM, quoting, CJK), one
ranked row per candidate, filters, and no cell that can run as a formula."""
from __future__ import annotations

import csv

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.export import safe_cell
from tests.factories import Person, write_txt

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "a.txt", Person(name="Ann Lee", email="ann@example.org"))
    write_txt(folder / "b.txt", Person(name="王小明", email="wang@example.cn", phone="+86 10 1234 5678"))
    write_txt(folder / "c.txt", Person(name="Eve Vil", email="evil@example.com", phone="+1 202 555 0199"))
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        yield store


def _read(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _ids(store) -> dict[str, int]:
    return {r.email: r.id for r in ops.list_candidates(store)}


@pytest.mark.parametrize("value", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "＝1", "＋1", "－1", "＠x"])
def test_formula_starts_are_neutralised(value):
    assert safe_cell(value) == "'" + value


def test_plain_values_stay_as_they_are():
    assert [safe_cell(v) for v in ("Ann", "王小明", 3, 4.5, None, "a=b")] == ["Ann", "王小明", 3, 4.5, "", "a=b"]


def test_ranked_rows_with_reviewer_columns_and_no_formulas(store, tmp_path):
    ids = _ids(store)
    ops.set_score(store, candidate_id=ids["wang@example.cn"], reviewer="Ada Chair", score=5)
    ops.set_score(store, candidate_id=ids["ann@example.org"], reviewer="Ada Chair", score=3)
    ops.set_score(store, candidate_id=ids["ann@example.org"], reviewer="-Bo", score=4)
    ops.set_comment(store, candidate_id=ids["ann@example.org"], reviewer="Ada Chair",
                    comment='=HYPERLINK("http://x")')
    ops.add_tag(store, candidate_ids=[ids["wang@example.cn"]], tag="+strong")
    ops.correct_field(store, candidate_id=ids["evil@example.com"], field="name", value="=cmd|' /C calc'!A0")
    out = tmp_path / "shortlist.csv"
    assert ops.export_shortlist(store, out) == 3
    rows = _read(out)
    assert [r["email"] for r in rows] == ["wang@example.cn", "ann@example.org", "evil@example.com"]
    assert [r["rank"] for r in rows] == ["1", "2", ""]  # nobody scored the third: unranked
    assert rows[0]["name"] == "王小明" and rows[0]["mean score"] == "5.00"
    assert rows[0]["score: Ada Chair"] == "5" and rows[1]["score: -Bo"] == "4"
    assert rows[1]["mean score"] == "3.50" and rows[1]["reviews"] == "2"
    assert rows[1]["comments"] == 'Ada Chair: =HYPERLINK("http://x")'
    assert rows[0]["tags"] == "'+strong"
    assert rows[2]["name"].startswith("'=")
    assert rows[0]["source files"].endswith("b.txt")
    for row in rows:
        for key, cell in row.items():
            assert not key.startswith(FORMULA_STARTS)
            assert not cell.startswith(FORMULA_STARTS), (key, cell)


def test_filters_tag_min_score_top(store, tmp_path):
    ids = _ids(store)
    ops.set_score(store, candidate_id=ids["wang@example.cn"], reviewer="R", score=5)
    ops.set_score(store, candidate_id=ids["ann@example.org"], reviewer="R", score=3)
    ops.add_tag(store, candidate_ids=[ids["ann@example.org"], ids["evil@example.com"]], tag="postdoc")
    out = tmp_path / "x.csv"
    assert ops.export_shortlist(store, out, top=1) == 1
    assert [r["email"] for r in _read(out)] == ["wang@example.cn"]
    assert ops.export_shortlist(store, out, min_score=3.5) == 1
    assert ops.export_shortlist(store, out, tag="postdoc") == 2
    assert [r["email"] for r in _read(out)] == ["ann@example.org", "evil@example.com"]
    assert ops.export_shortlist(store, out, tag="postdoc", min_score=1) == 1
    assert ops.export_shortlist(store, out, tag="nobody-has-this") == 0
    assert len(_read(out)) == 0
