"""Another machine's work appears in the window by itself (ui/live_updates.py), on
SQLite and PostgreSQL, without moving the selection or losing what is being typed."""
from __future__ import annotations

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.ui_support import make_window, no_unanswered_dialogs, select_name  # noqa: F401 - fixture


def test_scores_and_new_candidates_from_another_machine_appear(qtbot, tmp_path, engine_url):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"))
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
    window = make_window(qtbot, engine_url)
    window.live.timer.setInterval(200)  # the test need not wait the usual 2 s
    try:
        ada = select_name(qtbot, window, "Ada Quill")
        panel = window.page.review_panel
        panel.comment.setFocus()
        panel._comment_timer.setInterval(600_000)  # what is typed now stays unsaved: no own write
        qtbot.keyClicks(panel.comment, "still typing")  # refreshes the window for its own sake
        with open_store(engine_url) as other:  # another reviewer, another machine
            ops.set_score(other, candidate_id=ada, reviewer="Bo Reviewer", score=5)
            write_txt(folder / "cyd.txt", Person(name="Cyd Vale", email="cyd.vale@example.com",
                                                 phone="+49 30 1234 5678"))
            ops.import_folder(other, folder, workers=1)
        qtbot.waitUntil(lambda: window.list.source.rowCount() == 3, timeout=10_000)
        qtbot.waitUntil(lambda: _reviewers(panel) == ["Bo Reviewer"], timeout=10_000)
        assert window.list.current_id() == ada
        assert panel.comment.toPlainText() == "still typing"
    finally:
        window.close()
        window.ctx.store.close()


def _reviewers(panel) -> list[str]:  # noqa: ANN001
    return [r.reviewer for r in panel._detail.reviews] if panel._detail else []
