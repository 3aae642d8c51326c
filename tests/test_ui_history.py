"""The History tab and Ctrl+Z in the window: each change appears with who made it,
Ctrl+Z undoes the current reviewer's last change (not another's), and the model
passes Qt's model tester. Real window, real SQLite file."""
from __future__ import annotations

from PySide6.QtCore import Qt

from reviewer import operations as ops
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
)


def _changes(window) -> list[tuple[str, str]]:  # noqa: ANN001, F811
    model = window.page.history_view.model()
    return [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_history_tab_and_ctrl_z_undo_my_own_last_change(qtbot, qtmodeltester, window):  # noqa: F811
    cid = select_name(qtbot, window, "Dora Finch")
    page, panel = window.page, window.page.review_panel
    ops.set_score(window.ctx.store, candidate_id=cid, reviewer="Bo Reviewer", score=2)  # another reviewer
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.score_buttons.button(4).click()
    panel.tag_edit.setText("robotics")
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.tag_edit.returnPressed.emit()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.history_view
    qtbot.waitUntil(lambda: len(_changes(window)) == 3, timeout=10_000)
    assert _changes(window) == [("Ada Chair", "tag +robotics"), ("Ada Chair", "score – → 4"),
                                ("Bo Reviewer", "score – → 2")]
    qtmodeltester.check(page.history_view.model())

    window.list.setFocus()
    with qtbot.waitSignal(window.ctx.bus.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.tag_flow.count() == 0, timeout=10_000)
    assert window.statusBar().currentMessage() == "Undone: tag +robotics"
    with qtbot.waitSignal(window.ctx.bus.changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.score_buttons.button(4).isChecked(), timeout=10_000)
    qtbot.waitUntil(lambda: _changes(window)[0] == ("Ada Chair", "undo: score 4 → –"), timeout=10_000)
    # Bo's score is his: Ada's undo never reaches it.
    assert {r.reviewer: r.score for r in ops.get_candidate(window.ctx.store, cid).reviews} == {
        "Ada Chair": None, "Bo Reviewer": 2}
    with qtbot.waitSignal(window.ctx.bus.failed, timeout=10_000) as failed:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "nothing of Ada Chair's to undo" in failed.args[0]
