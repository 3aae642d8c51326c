"""Item models under qtmodeltester, typed sorting, and the pure helpers the views draw from."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from db.store import open_store
from reviewer import operations as ops
from reviewer.operations import CandidateDetail, CandidateRow, FileResult, ImportReport
from reviewer.profile import Education, Profile, Publication
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
)
from ui.candidate_model import CandidateTableModel, Column, IdRole, SortRole
from ui.candidate_proxy import CandidateFilterProxy
from ui.comparison import compare
from ui.formatting import authors_html, candidate_author_index, date_range, is_safe_url, link_for
from ui.import_dialog import ImportReportModel


def row(cid: int, name: str, **kw) -> CandidateRow:  # noqa: ANN003
    values = dict(id=cid, rank=None, name=name, email=None, position=None, highest_degree=None, publications=0,
                  first_author=0, my_score=None, mean_score=None, review_count=0, tags=(), has_warnings=False)
    values.update(kw)
    return CandidateRow(**values)


@pytest.fixture
def stored_rows(seeded_db) -> list[CandidateRow]:  # noqa: F811
    with open_store(seeded_db) as store:
        first = ops.list_candidates(store)[0]
        ops.set_score(store, candidate_id=first.id, reviewer="Ada Chair", score=5)
        ops.add_tag(store, candidate_ids=[first.id], tag="strong")
        return ops.list_candidates(store, reviewer="Ada Chair")


def test_candidate_model_passes_qtmodeltester(qtmodeltester, stored_rows):
    model = CandidateTableModel()
    model.set_rows(stored_rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(stored_rows) == 4
    ranked = model.index(0, Column.NAME)
    assert model.data(model.index(0, Column.MY_SCORE)) == "5"
    assert model.data(model.index(0, Column.TAGS)) == "strong"
    assert model.data(ranked, IdRole) == stored_rows[0].id


def test_proxy_passes_qtmodeltester_while_filtered_and_sorted(qtmodeltester, stored_rows):
    model = CandidateTableModel()
    model.set_rows(stored_rows)
    proxy = CandidateFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_allowed_ids([stored_rows[1].id, stored_rows[2].id])
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    names = [proxy.index(r, Column.NAME).data() for r in range(2)]
    assert names == sorted(names, key=str.casefold, reverse=True)
    proxy.set_allowed_ids(None)
    assert proxy.rowCount() == 4


def test_import_report_model_passes_qtmodeltester(qtmodeltester):
    report = ImportReport([FileResult("/cvs/a.pdf", "added", None, 1),
                           FileResult("/cvs/b.doc", "failed", "unsupported format"),
                           FileResult("/cvs/c.txt", "unchanged", None, 2)])
    model = ImportReportModel(report)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "failed"  # failures first
    assert model.data(model.index(0, 2)) == "unsupported format"


def test_sort_role_is_typed_not_lexicographic():
    rows = [row(1, "Ann", publications=9, mean_score=None), row(2, "bob", publications=10, mean_score=2.5),
            row(3, "Cid", publications=100, mean_score=4.0, rank=1)]
    model = CandidateTableModel()
    model.set_rows(rows)
    assert model.data(model.index(0, Column.PUBLICATIONS), SortRole) == 9
    model.sort(Column.PUBLICATIONS, Qt.SortOrder.AscendingOrder)
    assert [model.candidate(r).publications for r in range(3)] == [9, 10, 100]
    model.sort(Column.MEAN_SCORE, Qt.SortOrder.AscendingOrder)
    assert [model.candidate(r).id for r in range(3)] == [2, 3, 1]  # unscored last
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert [model.candidate(r).name for r in range(3)] == ["Ann", "bob", "Cid"]  # case-insensitive


def test_set_rows_with_the_same_candidates_keeps_persistent_indexes():
    from PySide6.QtCore import QPersistentModelIndex

    model = CandidateTableModel()
    model.set_rows([row(1, "A"), row(2, "B")])
    kept = QPersistentModelIndex(model.index(1, 0))
    model.set_rows([row(2, "B", rank=1, my_score=5), row(1, "A")])  # re-ranked after a score
    assert kept.isValid() and kept.row() == 0 and kept.data(IdRole) == 2


def test_safe_links_only():
    assert is_safe_url("https://example.org/x") and is_safe_url("mailto:a@example.org")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "smb://host/share", "http://", "data:text/html,x"):
        assert not is_safe_url(bad), bad
    assert link_for("a@example.org") == "mailto:a@example.org"
    assert link_for("github.com/someone") == "https://github.com/someone"
    assert link_for("javascript:alert(1)") is None


def test_dates_read_naturally():
    assert date_range("2019-09", "present") == "Sep 2019 – present"
    assert date_range("2015", "2019") == "2015 – 2019"
    assert date_range(None, "2020") == "2020"
    assert date_range(None, None) == ""


def test_candidate_is_found_among_authors_and_escaped():
    pub = Publication(title="T", authors=["<b>Mallory</b>", "A. Quill", "Bob Stone"], author_position="other")
    assert candidate_author_index(pub, "Ada Quill") == 1
    html = authors_html(pub, "Ada Quill")
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in html and "<b><u>A. Quill</u></b>" in html
    chinese = Publication(title="T", authors=["王五", "陈小雨"])
    assert candidate_author_index(chinese, "陈小雨") == 1
    unknown = Publication(title="T", authors=["X Y", "Z W"], author_position="first")
    assert candidate_author_index(unknown, None) == 0


def test_comparison_aligns_rows_and_marks_differences():
    a = Profile(source="a", name="A", publications=[Publication(title="x", venue="ICML", first_author=True)] * 3,
                education=[Education(degree="PhD", degree_level="phd", institution="U1")])
    b = Profile(source="b", name="B", publications=[Publication(title="y", venue="ICML")],
                education=[Education(degree="PhD", degree_level="phd", institution="U1")])
    details = [CandidateDetail(i, p, {}, [], [], ()) for i, p in enumerate((a, b))]
    rows = {r.label: r for r in compare(details)}
    assert rows["Publications"].cells == (("3",), ("1",)) and rows["Publications"].best == (True, False)
    assert rows["Venues"].cells == (("ICML ×3",), ("ICML",)) and rows["Venues"].differs
    assert not rows["Highest degree"].differs
    assert rows["Experience"].missing == (True, True) and not rows["Experience"].differs


def test_many_void_calls_and_emits_do_not_exhaust_none_or_bools():
    """PySide6 6.12.0 on Python 3.11 over-releases None per void call and a bool per
    Signal.emit; ui guards both (ui/qt_compat.py)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    import ui  # noqa: F401 - applies the guard

    class Probe(QObject):
        ping = Signal(int)

    probe = Probe()
    probe.ping.connect(lambda _n: None)
    for n in range(50_000):  # more than None's or True's whole count in a fresh interpreter
        probe.setObjectName("")
        probe.ping.emit(n)
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0


def test_more_rows_are_inserted_not_reset():
    """During an import the list grows; the reviewer's current row must survive."""
    from PySide6.QtCore import QPersistentModelIndex

    model = CandidateTableModel()
    model.set_rows([row(1, "A", rank=1), row(2, "B")])
    kept = QPersistentModelIndex(model.index(1, 0))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([row(1, "A", rank=1), row(3, "Aa"), row(2, "B")])
    assert not resets and model.rowCount() == 3
    assert kept.isValid() and kept.data(IdRole) == 2 and kept.row() == 2


def test_model_stays_consistent_through_inserts_reranking_and_removal(qtmodeltester):
    """qtmodeltester keeps watching the model's signals while the core's list changes."""
    model = CandidateTableModel()
    model.set_rows([row(1, "A", rank=1, my_score=5), row(2, "B"), row(4, "D")])
    qtmodeltester.check(model)
    model.set_rows([row(1, "A", rank=1, my_score=5), row(2, "B"), row(3, "C"), row(4, "D")])  # insert
    model.set_rows([row(4, "D", rank=1), row(3, "C"), row(1, "A", rank=2), row(2, "B"), row(5, "E")])  # move + add
    assert [model.candidate(r).id for r in range(5)] == [4, 3, 1, 2, 5]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.set_rows([row(4, "D", rank=1), row(3, "C"), row(1, "A", rank=2), row(2, "B"), row(5, "E"), row(6, "Z")])
    assert [model.candidate(r).name for r in range(6)] == ["Z", "E", "D", "C", "B", "A"]
    model.set_rows([row(6, "Z")])  # deletions: a reset
    assert model.rowCount() == 1


def test_shown_texts_follow_a_changed_row():
    """The model keeps each row's texts after its first paint: a row replaced by
    set_rows (new score, corrected name) shows its new values, not the kept ones."""
    model = CandidateTableModel()
    model.set_rows([row(1, "Ann", mean_score=3.0, rank=1), row(2, "Bob")])
    assert model.data(model.index(0, Column.MEAN_SCORE)) == "3.00"
    assert model.data(model.index(0, Column.NAME)) == "Ann"
    model.set_rows([row(1, "Ann Lee", mean_score=4.5, rank=1), row(2, "Bob")])
    assert model.data(model.index(0, Column.MEAN_SCORE)) == "4.50"
    assert model.data(model.index(0, Column.NAME)) == "Ann Lee"
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(2, Column.NAME)) is None and not model.index(2, Column.NAME).isValid()


def _names(proxy: CandidateFilterProxy) -> list[str]:
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def test_proxy_follows_the_source_while_filtered(qtmodeltester):
    """New candidates (an import running), a re-sort and changed values pass through
    the filter as inserts, a layout change and a re-filter; the model tester watches
    every signal, and persistent indexes (the view's selection) stay on their candidate."""
    from PySide6.QtCore import QPersistentModelIndex

    ann, bob, cid, dan = row(1, "Ann", rank=1), row(2, "Bob", rank=2), row(3, "Cid"), row(4, "Dan")
    model = CandidateTableModel()
    model.set_rows([ann, bob, cid])
    proxy = CandidateFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.set_allowed_ids([1, 3, 4]) and _names(proxy) == ["Ann", "Cid"]
    assert not proxy.set_allowed_ids([4, 3, 1])  # the same set: nothing to redo
    held = QPersistentModelIndex(proxy.index(0, Column.NAME))  # Ann, as a selection holds her

    model.set_rows([ann, bob, row(5, "Abe"), cid, dan])  # inserted where they rank; Abe is not allowed
    assert _names(proxy) == ["Ann", "Cid", "Dan"] and held.data() == "Ann"
    assert proxy.proxy_row_for_id(5) is None and proxy.candidate_id(2) == 4

    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Dan", "Cid", "Ann"] and held.row() == 2 and held.data() == "Ann"
    model.sort(Column.RANK)  # Ann, Bob, then the unranked: Abe, Cid, Dan
    assert proxy.nearest_row(model.row_for_id(2)) == 1  # Bob is hidden: the next shown row is Cid's

    proxy.set_allowed_ids(None)
    proxy.set_stage("shortlist")
    assert _names(proxy) == []
    assert proxy.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"  # also with no rows
    model.set_rows([ann, replace(bob, stage="shortlist"), row(5, "Abe"), cid, dan])
    assert _names(proxy) == ["Bob"]
    proxy.set_stage(None)
    assert len(_names(proxy)) == 5
