"""The same reviewer typing a comment on two machines: the later save asks before
overwriting (the other machine is a second Store on the same database)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from db.store import open_store
from reviewer import operations as ops
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
)


def _mine(store, cid: int) -> str:  # noqa: ANN001
    return next((r.comment for r in ops.get_candidate(store, cid).reviews if r.reviewer == "Ada Chair"), "")


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_comment_saved_on_another_machine_meanwhile_is_asked_about(qtbot, window, seeded_db, monkeypatch,  # noqa: F811
                                                                     keep_mine):
    cid = select_name(qtbot, window, "Ada Quill")
    panel = window.page.review_panel
    asked: list[str] = []

    def answer(_parent, title, _text, *args, **kwargs):  # noqa: ANN001, ANN202
        asked.append(title)
        return QMessageBox.StandardButton.Yes if keep_mine else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.comment.setFocus()
    qtbot.keyClicks(panel.comment, "typed on the desktop")
    with open_store(seeded_db) as laptop:  # meanwhile, the same reviewer on the laptop
        ops.set_comment(laptop, candidate_id=cid, reviewer="Ada Chair", comment="typed on the laptop")
    panel.flush_comment()
    qtbot.waitUntil(lambda: asked == ["Comment changed on another machine"], timeout=10_000)
    expected = "typed on the desktop" if keep_mine else "typed on the laptop"
    qtbot.waitUntil(lambda: _mine(window.ctx.store, cid) == expected, timeout=10_000)
    qtbot.waitUntil(lambda: panel.comment.toPlainText() == expected, timeout=10_000)
    # No more questions for this editor's own next saves.
    panel.comment.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel.comment, " and more")
    panel.flush_comment()
    qtbot.waitUntil(lambda: _mine(window.ctx.store, cid) == expected + " and more", timeout=10_000)
    assert len(asked) == 1
