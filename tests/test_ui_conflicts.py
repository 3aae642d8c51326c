"""Conflicts of interest in the window: the review panel shows what the CV suggests
with "Declare" / "Not a conflict" (remembered), a declared conflict turns the
scoring off and hides the others' reviews in the panel, the list and Compare, and
the Candidate menu declares and removes. Real window, real SQLite file."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from reviewer import operations as ops
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    make_window,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
)
from ui.candidate_model import Column, IdRole
from ui.compare_view import CompareView
from ui.comparison import CONFLICT


def _mean_text(window, cid: int) -> str:  # noqa: ANN001
    proxy = window.list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(IdRole) == cid)
    return proxy.index(row, Column.MEAN_SCORE).data()


def test_a_suggested_conflict_declared_hides_everything_and_blocks_scoring(qtbot, seeded_db, monkeypatch):  # noqa: F811
    # Bruno Vale's CV lists "Bruno Vale, Ada Quill. Graphs at Scale": the reviewer Ada Quill co-wrote it.
    with ops_store(seeded_db) as store:
        ops.set_hide_scores_until_mine(store, on=False)
        bruno = next(r.id for r in ops.list_candidates(store) if r.name == "Bruno Vale")
        ops.set_score(store, candidate_id=bruno, reviewer="Senior", score=5)
        ops.set_comment(store, candidate_id=bruno, reviewer="Senior", comment="hire")
    window = make_window(qtbot, seeded_db, reviewer="Ada Quill")
    try:
        select_name(qtbot, window, "Bruno Vale")
        panel = window.page.review_panel
        box = panel.conflict_box
        assert box.isVisible() and "co-author" in box.message.text() and "Graphs at Scale" in box.message.text()
        assert box.declare_button.isVisible() and box.dismiss_button.isVisible()
        assert panel.comment.isEnabled() and _mean_text(window, bruno) == "5.00"

        with qtbot.waitSignal(window.page.loaded, timeout=10_000):
            box.declare_button.click()
        qtbot.waitUntil(lambda: box.remove_button.isVisible(), timeout=10_000)
        assert "You declared a conflict" in box.message.text()
        assert not panel.comment.isEnabled() and not panel.score_buttons.button(3).isEnabled()
        rows = panel.others_view.rows
        shown = [rows.itemAt(i).widget() for i in range(rows.count())]
        assert [w.objectName() for w in shown] == ["hiddenReviews"]  # the note, no review of Senior's
        qtbot.waitUntil(lambda: _mean_text(window, bruno) == "conflict", timeout=10_000)

        ada = next(r.id for r in ops.list_candidates(window.ctx.store) if r.name == "Ada Quill")
        compare = CompareView(window.ctx, [bruno, ada])  # deletes itself on close
        qtbot.waitUntil(lambda: bool(compare.rows), timeout=10_000)
        mean = next(r for r in compare.rows if r.label == "Mean score")
        assert mean.cells[0] == (CONFLICT,)
        reviews = next(r for r in compare.rows if r.label == "Reviews")
        assert reviews.cells[0] == (f"1 {CONFLICT}",)
        compare.close()

        # The Candidate menu removes it again; scoring comes back.
        with qtbot.waitSignal(window.page.loaded, timeout=10_000):
            box.toggle_conflict()
        qtbot.waitUntil(lambda: panel.comment.isEnabled(), timeout=10_000)
        assert box.declare_button.isVisible()  # the suggestion is back

        with qtbot.waitSignal(window.page.loaded, timeout=10_000):
            box.dismiss_button.click()
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
        assert ops.conflicts(window.ctx.store)[0].status == "dismissed"
    finally:
        window.close()
        window.ctx.store.close()


def test_the_candidate_menu_declares_with_a_reason(qtbot, seeded_db, monkeypatch):  # noqa: F811
    window = make_window(qtbot, seeded_db, reviewer="Rita Judge")
    try:
        cid = select_name(qtbot, window, "Dora Finch")
        assert not window.page.review_panel.conflict_box.isVisible()  # nothing suggested
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("my former student", True))
        action = next(a for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                      for a in m.actions() if a.text().startswith("Declare / remove conflict"))
        with qtbot.waitSignal(window.page.loaded, timeout=10_000):
            action.trigger()
        qtbot.waitUntil(lambda: window.page.review_panel.conflict_box.declared, timeout=10_000)
        assert "my former student" in window.page.review_panel.conflict_box.message.text()
        assert [(c.candidate_id, c.reason) for c in ops.conflicts(window.ctx.store)] == [(cid, "my former student")]
    finally:
        window.close()
        window.ctx.store.close()


def ops_store(path):  # noqa: ANN001, ANN201
    from db.store import open_store

    return open_store(path)
