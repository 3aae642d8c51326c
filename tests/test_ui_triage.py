"""The triage queue in the real window on a real SQLite file: it walks only my
unreviewed, non-conflicted candidates, saves score, tags and comment with
Ctrl+Enter, shows progress, steps back and forth, uses the rubric when there is
one, keeps the blind round blind, and Esc leaves."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from reviewer import operations as ops
from reviewer.blind import blind_label
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    window,
)
from ui.committee_modes import TRIAGE_KEYS
from ui.triage_dialog import TriageDialog


def _ids(store) -> dict[str, int]:  # noqa: ANN001
    return {r.name: r.id for r in ops.list_candidates(store)}


def _open(qtbot, window) -> TriageDialog:  # noqa: ANN001, F811
    action = window.findChild(QAction, "triage")
    assert action.shortcut().toString() == TRIAGE_KEYS
    action.trigger()
    dialog = window.findChild(TriageDialog, "triage_dialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.queue.ids) and dialog.title.text() != "", timeout=10_000)
    return dialog


def _mine(store, cid: int):  # noqa: ANN001, ANN202
    return next((r for r in ops.get_candidate(store, cid).reviews if r.reviewer == "Ada Chair"), None)


def test_triage_walks_my_unreviewed_non_conflicted_and_saves(qtbot, window):  # noqa: F811
    store = window.ctx.store
    ids = _ids(store)
    ops.set_score(store, candidate_id=ids["Dora Finch"], reviewer="Ada Chair", score=3)  # done already
    ops.set_score(store, candidate_id=ids["Bruno Vale"], reviewer="Other", score=5)  # someone else's
    ops.declare_conflict(store, candidate_id=ids["陈小雨"], reviewer="Ada Chair", reason="former student")
    dialog = _open(qtbot, window)
    assert set(dialog.queue.ids) == {ids["Ada Quill"], ids["Bruno Vale"]}
    assert dialog.progress.text() == "0 of 2 reviewed"
    first = dialog.queue.current
    name = next(n for n, i in ids.items() if i == first)
    qtbot.waitUntil(lambda: dialog.title.text() == name, timeout=10_000)

    box = dialog.score_boxes["Score"]
    assert QApplication.focusWidget() is box or not dialog.isActiveWindow()  # the score is first
    box.setValue(4)
    dialog.tags.setText("strong, shortlist?")
    dialog.comment.setPlainText("clear methods")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.progress.text() == "1 of 2 reviewed"
    second = next(n for n, i in ids.items() if i == dialog.queue.current)
    qtbot.waitUntil(lambda: dialog.title.text() == second, timeout=10_000)
    qtbot.waitUntil(lambda: getattr(_mine(store, first), "comment", None) == "clear methods", timeout=10_000)
    assert _mine(store, first).score == 4
    qtbot.waitUntil(lambda: {"strong", "shortlist?"} <= set(ops.get_candidate(store, first).tags), timeout=10_000)

    qtbot.keyClick(dialog, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back: my values are there
    qtbot.waitUntil(lambda: dialog.title.text() == name and dialog.score_boxes["Score"].value() == 4,
                    timeout=10_000)
    assert dialog.comment.toPlainText() == "clear methods"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _mine(store, ids["陈小雨"]) is None  # the conflicted one was never offered


def test_triage_scores_the_rubric_and_stays_blind(qtbot, window):  # noqa: F811
    store = window.ctx.store
    ids = _ids(store)
    ops.set_rubric(store, criteria=[("Research", 2.0), ("Teaching", 1.0)])
    ops.set_blind_first_round(store, on=True, reviewer="Ada Chair")
    dialog = _open(qtbot, window)
    assert list(dialog.score_boxes) == ["Research", "Teaching"]
    first = dialog.queue.current
    qtbot.waitUntil(lambda: dialog.title.text() == blind_label(first), timeout=10_000)
    own = next(n for n, i in ids.items() if i == first)
    html = dialog.profile.toHtml()
    assert not any(part in html for part in own.split()), own  # co-authors may show; the candidate may not
    dialog.score_boxes["Research"].setValue(5)
    dialog.score_boxes["Teaching"].setValue(2)
    dialog.save_and_next()
    qtbot.waitUntil(lambda: getattr(_mine(store, first), "criteria", None) == {"Research": 5, "Teaching": 2},
                    timeout=10_000)
    assert dialog.progress.text() == f"1 of {len(ids)} reviewed"
    dialog.close()
