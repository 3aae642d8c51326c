"""The committee's ranking and stages in the real window on a real database:
first click on a score column is best first, the unscored stay last in both
directions, the stage column and filter, and setting a stage from the panel."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from reviewer import operations as ops
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    names_in_view,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
)
from ui.candidate_model import Column


def _ids(win) -> dict[str, int]:  # noqa: ANN001
    return {r.name: r.id for r in ops.list_candidates(win.ctx.store)}


def _score(win, qtbot, scores: dict[str, list[tuple[str, int]]], *, hide: bool = False) -> None:  # noqa: ANN001
    """Scores from other reviewers; the committee's hiding is off unless `hide` (these
    tests read the numbers; tests/test_ui_committee.py::test_hidden_* read the hiding)."""
    ops.set_hide_scores_until_mine(win.ctx.store, on=hide)
    ids = _ids(win)
    for name, given in scores.items():
        for reviewer, score in given:
            ops.set_score(win.ctx.store, candidate_id=ids[name], reviewer=reviewer, score=score)
    with qtbot.waitSignal(win.list.loaded, timeout=10_000):
        win.list.refresh()


def _click_header(qtbot, win, column: Column) -> None:  # noqa: ANN001
    header = win.list.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_mean_column_first_click_best_first_and_unscored_last_both_ways(qtbot, window):  # noqa: F811
    _score(window, qtbot, {"Bruno Vale": [("R1", 2)], "Dora Finch": [("R1", 5), ("R2", 4)], "Ada Quill": [("R1", 3)]})
    _click_header(qtbot, window, Column.MEAN_SCORE)
    assert window.list.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names_in_view(window) == ["Dora Finch", "Ada Quill", "Bruno Vale", "陈小雨"]
    _click_header(qtbot, window, Column.MEAN_SCORE)
    assert names_in_view(window) == ["Bruno Vale", "Ada Quill", "Dora Finch", "陈小雨"]
    proxy = window.list.proxy
    ranks = [proxy.index(r, Column.RANK).data() for r in range(proxy.rowCount())]
    assert ranks == ["3", "2", "1", ""]  # the unscored has no rank number
    _click_header(qtbot, window, Column.RANK)  # rank: 1 first
    assert names_in_view(window) == ["Dora Finch", "Ada Quill", "Bruno Vale", "陈小雨"]


def test_stage_column_filter_and_setting_a_stage_in_the_panel(qtbot, window, monkeypatch):  # noqa: F811
    cid = select_name(qtbot, window, "Bruno Vale")
    panel = window.page.review_panel
    assert panel.stage_box.currentData() == "new"
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        panel.choose_stage("shortlist")
    assert ops.get_candidate(window.ctx.store, cid).stage == "shortlist"
    proxy = window.list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == "Bruno Vale")
    assert proxy.index(row, Column.STAGE).data() == "shortlist"
    qtbot.waitUntil(lambda: panel.stage_box.currentData() == "shortlist", timeout=10_000)

    window.stage_filter.setCurrentIndex(window.stage_filter.findData("shortlist"))
    assert names_in_view(window) == ["Bruno Vale"]
    window.stage_filter.setCurrentIndex(0)
    assert len(names_in_view(window)) == 4

    # Rejecting asks why; cancelling keeps the stage, answering records the reason.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    panel.choose_stage("rejected")
    assert ops.get_candidate(window.ctx.store, cid).stage == "shortlist"
    assert panel.stage_box.currentData() == "shortlist"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("needs more first-author work", True))
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        panel.choose_stage("rejected")
    detail = ops.get_candidate(window.ctx.store, cid)
    assert (detail.stage, detail.stage_reason) == ("rejected", "needs more first-author work")
    qtbot.waitUntil(lambda: panel.stage_reason.text() == "needs more first-author work", timeout=10_000)


def _row_of(win, name: str) -> int:  # noqa: ANN001
    proxy = win.list.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == name)


def test_aggregate_columns_in_the_list_sortable_with_the_method_named(qtbot, window):  # noqa: F811
    from ui.candidate_model import DisagreementRole

    _score(window, qtbot, {"Bruno Vale": [("R1", 5), ("R2", 2), ("R3", 4)], "Dora Finch": [("R1", 4), ("R2", 3)],
                           "Ada Quill": [("R1", 3), ("R2", 3), ("R3", 3)]})
    proxy = window.list.proxy
    bruno = _row_of(window, "Bruno Vale")
    assert proxy.index(bruno, Column.MEDIAN).data() == "4"
    assert proxy.index(bruno, Column.SPREAD).data() == "3 ⚑"
    assert proxy.index(bruno, Column.SPREAD).data(DisagreementRole) is True
    assert proxy.index(bruno, Column.STDEV).data() == "1.25"
    assert proxy.index(_row_of(window, "Dora Finch"), Column.SPREAD).data() == "1"
    assert proxy.index(_row_of(window, "陈小雨"), Column.CALIBRATED).data() == ""
    tip = window.list.model().headerData(Column.CALIBRATED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "per-reviewer z-score" in tip
    _click_header(qtbot, window, Column.SPREAD)  # most disagreement first, the unscored last
    assert names_in_view(window) == ["Bruno Vale", "Dora Finch", "Ada Quill", "陈小雨"]
    _click_header(qtbot, window, Column.MEDIAN)
    assert names_in_view(window)[-1] == "陈小雨"
    assert names_in_view(window)[0] == "Bruno Vale"  # median 4 beats 3.5 and 3


def test_compare_view_shows_the_committee_aggregates(qtbot, window):  # noqa: F811
    _score(window, qtbot, {"Bruno Vale": [("R1", 5), ("R2", 2)], "Dora Finch": [("R1", 4), ("R2", 4)]})
    ids = _ids(window)
    window.list.select_ids([ids["Bruno Vale"], ids["Dora Finch"]])
    window.compare_selected()
    view = window.compare_windows[0]
    qtbot.waitUntil(lambda: len(view.details) == 2 and bool(view.list_rows), timeout=10_000)
    rows = {row.label: row for row in view.rows}
    order = [d.profile.name for d in view.details]
    mean = dict(zip(order, rows["Mean score"].cells, strict=True))
    assert mean == {"Bruno Vale": ("3.50",), "Dora Finch": ("4.00",)}
    assert rows["Mean score"].best[order.index("Dora Finch")]
    spread = dict(zip(order, rows["Spread (max − min)"].cells, strict=True))
    assert "disagree" in spread["Bruno Vale"][0] and "disagree" not in spread["Dora Finch"][0]
    assert "Calibrated (per-reviewer z-score)" in rows
    view.close()


def test_hidden_until_mine_in_list_panel_and_compare_then_revealed(qtbot, window):  # noqa: F811
    from PySide6.QtWidgets import QLabel

    _score(window, qtbot, {"Bruno Vale": [("Ben Okoro", 5)], "Dora Finch": [("Ben Okoro", 2)]}, hide=True)
    ops.set_comment(window.ctx.store, candidate_id=_ids(window)["Bruno Vale"], reviewer="Ben Okoro",
                    comment="the best of the batch")
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        window.list.refresh()
    proxy = window.list.proxy
    bruno = _row_of(window, "Bruno Vale")
    assert proxy.index(bruno, Column.MEAN_SCORE).data() == "hidden"
    assert proxy.index(bruno, Column.RANK).data() == "" and proxy.index(bruno, Column.MEDIAN).data() == ""
    assert proxy.index(bruno, Column.REVIEWS).data() == "1"  # how much is done stays visible

    select_name(qtbot, window, "Bruno Vale")
    panel = window.page.review_panel
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert not any("Ben Okoro" in t or "best of the batch" in t for t in texts)
    assert any("1 other review is hidden" in t for t in texts)

    ids = _ids(window)
    window.list.select_ids([ids["Bruno Vale"], ids["Dora Finch"]], current=ids["Bruno Vale"])
    window.compare_selected()
    view = window.compare_windows[-1]
    qtbot.waitUntil(lambda: len(view.details) == 2 and bool(view.list_rows), timeout=10_000)
    rows = {row.label: row for row in view.rows}
    assert all(cell == ("hidden until you score",) for cell in rows["Mean score"].cells)
    assert all("Ben Okoro" not in " ".join(cell) for cell in rows["Reviews"].cells)

    # My score is in: Bruno's numbers and Ben's review appear everywhere.
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        panel.set_score(3)
    qtbot.waitUntil(lambda: proxy.index(_row_of(window, "Bruno Vale"), Column.MEAN_SCORE).data() == "4.00",
                    timeout=10_000)
    qtbot.waitUntil(lambda: "Ben Okoro — 5/5" in [label.text() for label in panel.findChildren(QLabel)],
                    timeout=10_000)
    qtbot.waitUntil(lambda: {r.label: r for r in view.rows}["Mean score"].cells[
        [d.profile.name for d in view.details].index("Bruno Vale")] == ("4.00",), timeout=10_000)
    view.close()


def test_hide_setting_from_the_reviewer_menu(qtbot, window):  # noqa: F811
    qtbot.waitUntil(lambda: window.hide_scores_action.isChecked(), timeout=10_000)  # on by default
    window.hide_scores_action.setChecked(False)
    qtbot.waitUntil(lambda: not ops.committee_settings(window.ctx.store).hide_scores_until_mine, timeout=10_000)


def test_rubric_scoring_in_the_panel_with_tab_between_criteria(qtbot, window):  # noqa: F811
    ops.set_rubric(window.ctx.store, criteria=[("research", 2.0), ("teaching", 1.0), ("fit", 1.0)])
    cid = _ids(window)["Bruno Vale"]
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        window.list.refresh()
    window.page.show_candidate(None)
    select_name(qtbot, window, "Bruno Vale")
    panel = window.page.review_panel
    qtbot.waitUntil(lambda: list(panel.criterion_boxes) == ["research", "teaching", "fit"], timeout=10_000)
    assert panel.criteria_host.isVisible()
    research = panel.criterion_boxes["research"]
    research.setFocus()
    research.selectAll()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        qtbot.keyClicks(research.lineEdit(), "5")  # the digit scores the criterion, not the candidate
    qtbot.keyClick(research, Qt.Key.Key_Tab)
    teaching = panel.criterion_boxes["teaching"]
    assert teaching.hasFocus()
    teaching.selectAll()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        qtbot.keyClicks(teaching.lineEdit(), "2")
    detail = ops.get_candidate(window.ctx.store, cid)
    mine = next(r for r in detail.reviews if r.reviewer == "Ada Chair")
    assert mine.criteria == {"research": 5, "teaching": 2} and mine.score is None
    assert mine.overall == 4.0  # (5*2 + 2*1) / 3
    qtbot.waitUntil(lambda: panel.overall_label.text() == "Weighted overall: 4.00", timeout=10_000)
    qtbot.waitUntil(lambda: window.list.proxy.index(_row_of(window, "Bruno Vale"), Column.MY_SCORE).data() == "4",
                    timeout=10_000)


def test_no_rubric_keeps_the_single_score(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Bruno Vale")
    panel = window.page.review_panel
    assert not panel.criteria_host.isVisible() and not panel.criterion_boxes
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.score_buttons.button(4).click()
    assert next(r for r in ops.get_candidate(window.ctx.store, _ids(window)["Bruno Vale"]).reviews).overall == 4


def test_a_committee_toggle_made_while_the_window_opens_sticks(qtbot, seeded_db):  # noqa: F811
    """The menu's committee settings are read when the window opens; a reviewer who
    ticks one before that read comes back keeps the tick (the old read is dropped),
    and the menu agrees with what is stored."""
    from PySide6.QtGui import QAction

    from ui.app import create_window
    from ui.settings import Settings

    settings = Settings()
    settings.reviewer_name = "Ada Chair"
    win = create_window(str(seeded_db), settings=settings)
    qtbot.addWidget(win)
    blind = win.findChild(QAction, "blind_first_round")
    assert not blind.isChecked() and not win.hide_scores_action.isChecked()
    blind.trigger()  # before the event loop ran: every start-up read is still on its way
    win.hide_scores_action.trigger()
    qtbot.waitUntil(lambda: not win.ctx.tasks.busy(), timeout=15_000)
    stored = ops.committee_settings(win.ctx.store)
    assert stored.blind_first_round and stored.hide_scores_until_mine
    assert blind.isChecked() and win.hide_scores_action.isChecked()
    win.close()
    win.ctx.store.close()
