"""The main window driven like a reviewer would, on a real database of invented people."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.ui_support import (  # noqa: F401 - fixtures
    NAMES,
    cv_folder,
    make_window,
    names_in_view,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
    write_folder,
)
from ui.candidate_model import Column
from ui.widgets import LinkButton


def detail(win, cid: int) -> ops.CandidateDetail:  # noqa: ANN001
    return ops.get_candidate(win.ctx.store, cid)


def my_review(win, cid: int) -> ops.ReviewInfo | None:  # noqa: ANN001
    return next((r for r in detail(win, cid).reviews if r.reviewer == "Ada Chair"), None)


def test_import_through_the_window_fills_the_list(qtbot, tmp_path, cv_folder):  # noqa: F811
    win = make_window(qtbot, tmp_path / "empty.sqlite3")
    assert win.central.currentWidget() is win.welcome  # an empty database offers to open a folder
    with qtbot.waitSignal(win.import_finished, timeout=60_000) as finished:
        assert win.import_folder(str(cv_folder))
    report = finished.args[0]
    assert report.count("added") == 4 and report.count("failed") == 0
    qtbot.waitUntil(lambda: set(names_in_view(win)) == NAMES, timeout=10_000)
    assert win.central.currentWidget() is win.splitter
    assert win.ctx.settings.recent_folders()[0] == str(cv_folder)
    win.close()


def test_import_report_dialog_lists_every_file(qtbot, tmp_path, cv_folder):  # noqa: F811
    from ui.import_dialog import ImportReportDialog

    win = make_window(qtbot, tmp_path / "empty.sqlite3")
    win.show_import_report = True
    with qtbot.waitSignal(win.import_finished, timeout=60_000):
        win.import_folder(str(cv_folder))
    dialog = win.findChild(ImportReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == "4 files: 4 added, 0 updated, 0 unchanged, 0 failed"
    assert dialog.proxy.rowCount() == 4
    dialog.close()
    win.close()


FIRST = ["Alma", "Boris", "Celia", "Dario", "Edith", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lukas"]
LAST = ["Ashdown", "Brightwater", "Coldbrook", "Dunmore", "Eastwick", "Fairhollow", "Glenrock", "Hartfield",
        "Ivydale", "Juniper"]
MANY = len(FIRST) * len(LAST)  # 120 invented people: an import that takes seconds, not milliseconds


@pytest.fixture(scope="module")
def many_cvs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i, (first, last) in enumerate((f, la) for f in FIRST for la in LAST):
        write_txt(folder / f"{i:03d}_{first.lower()}_{last.lower()}.txt", Person(
            name=f"{first} {last}", email=f"{first.lower()}.{last.lower()}@example.org",
            phone=f"+44 20 7946 {i:04d}", homepage=""))
    return folder


def test_cancelled_import_keeps_what_is_done(qtbot, tmp_path, many_cvs):
    """Cancel once the first file is in: the import stops early (not all 120 files),
    says it was cancelled, and every file it finished is a stored candidate."""
    win = make_window(qtbot, tmp_path / "empty.sqlite3")
    with qtbot.waitSignal(win.import_finished, timeout=120_000) as finished:
        with qtbot.waitSignal(win.importer.progressed, timeout=60_000):
            assert win.import_folder(str(many_cvs))
        win.importer.dialog.cancel_button.click()
    report = finished.args[0]
    assert report.cancelled
    assert 0 < len(report.results) < MANY
    assert report.count("failed") == 0
    stored = ops.list_candidates(win.ctx.store)
    assert len(stored) == report.count("added") > 0
    assert {row.name for row in stored} == {Path(r.path).stem.split("_", 1)[1].replace("_", " ").title()
                                           for r in report.results}
    win.close()


def test_first_launch_asks_the_reviewer_name(qtbot, seeded_db, monkeypatch):  # noqa: F811
    win = make_window(qtbot, seeded_db, reviewer="")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Zoe   Marsh ", True))
    win.ensure_reviewer()
    assert win.ctx.settings.reviewer_name == "Zoe Marsh"
    assert "Zoe Marsh" in win.reviewer_button.text()
    win.close()


def test_a_long_list_shows_its_first_rows_first_then_the_rest(qtbot, seeded_db, monkeypatch):  # noqa: F811
    """The window opens on the first screenful of the ranked list and fills in the
    rest: the first rows are the start of the whole list, the reviewer's place (the
    current candidate) survives the rest arriving, and the status bar says it is loading."""
    import ui.candidate_list
    from ui.app import create_window
    from ui.candidate_model import IdRole
    from ui.settings import Settings

    with open_store(seeded_db) as store:
        ops.set_score(store, candidate_id=ops.list_candidates(store)[-1].id, reviewer="Bo", score=5)
        whole = [row.name for row in ops.list_candidates(store, reviewer="Ada Chair")]
    monkeypatch.setattr(ui.candidate_list, "FIRST_ROWS", 2)
    settings = Settings()
    settings.reviewer_name = "Ada Chair"
    win = create_window(str(seeded_db), settings=settings)
    qtbot.addWidget(win)
    seen: list[tuple[list[str], bool, str, int | None]] = []
    win.list.loaded.connect(lambda _n: seen.append(
        (names_in_view(win), win.list.complete, win.status_count.text(), win.list.current_id())))
    win.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
    (first, first_complete, first_status, first_current), (rest, rest_complete, rest_status, _) = seen
    assert (first, first_complete) == (whole[:2], False)
    assert first_status.startswith("Loading the list")
    assert (rest, rest_complete, rest_status) == (whole, True, "4 candidates")
    assert first_current == int(win.list.proxy.index(0, 0).data(IdRole)) == win.list.current_id()
    win.close()
    win.ctx.store.close()


def test_the_garbage_collector_pauses_for_start_up_only(qtbot, seeded_db, monkeypatch):  # noqa: F811
    """Opening the window pauses the cyclic collector (reviewer/startup.py) and the
    window turns it on again once its whole first list is in; one turned off by
    someone else stays off. A window never shown still gets its whole list and the
    first candidate's page."""
    import gc

    import ui.candidate_list
    from ui.app import create_window
    from ui.settings import Settings

    monkeypatch.setattr(ui.candidate_list, "FIRST_ROWS", 2)  # a first screenful, then the rest
    assert gc.isenabled()
    win = create_window(str(seeded_db), settings=Settings())
    qtbot.addWidget(win)
    paused = [(None, not gc.isenabled())]
    # connected after the window's own slot, which resumes it at the whole list
    win.list.loaded.connect(lambda _n: paused.append((win.list.complete, not gc.isenabled())))
    win.show()
    qtbot.waitUntil(lambda: len(paused) == 3, timeout=15_000)
    assert paused == [(None, True), (False, True), (True, False)]  # built, first rows, whole list
    win.close()
    win.ctx.store.close()

    gc.disable()
    try:
        # Not shown: the reader waits for a first paint that never comes
        # (FIRST_PAINT_WAIT_S), then reads the rest all the same.
        win = create_window(str(seeded_db), settings=Settings())
        qtbot.addWidget(win)
        steps: list[bool] = []
        win.list.loaded.connect(lambda _n: steps.append(win.list.complete))
        qtbot.waitUntil(lambda: steps == [False, True], timeout=15_000)
        # the first candidate's page, which waits for the list's first paint, comes too
        qtbot.waitUntil(lambda: win.page.candidate_id == win.list.current_id() is not None, timeout=15_000)
        qtbot.waitUntil(lambda: getattr(win, "_startup_ended", False), timeout=15_000)
        assert not gc.isenabled()
        win.close()
        win.ctx.store.close()
    finally:
        gc.enable()


def test_selecting_a_candidate_shows_the_profile(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Bruno Vale")
    assert window.page.header.name.text() == "Bruno Vale"
    assert window.page.header.name.textFormat() == Qt.TextFormat.PlainText
    assert window.page.review_panel.candidate_id == cid
    links = window.page.header.contacts_host.findChildren(LinkButton)
    assert [b.url for b in links if b.text() == "bruno.vale@example.net"] == ["mailto:bruno.vale@example.net"]


def test_cjk_name_is_listed_and_shown(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "陈小雨")
    assert window.page.header.name.text() == "陈小雨"


def test_score_key_is_stored_and_listed(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Ada Quill")
    window.list.setFocus()
    with qtbot.waitSignal(window.page.review_panel.saved, timeout=10_000):
        qtbot.keyClick(window.list, Qt.Key.Key_4)
    assert my_review(window, cid).score == 4
    row = window.list.proxy.proxy_row_for_id(cid)
    qtbot.waitUntil(lambda: window.list.proxy.index(row, Column.MY_SCORE).data() == "4", timeout=10_000)
    assert window.list.proxy.index(window.list.proxy.proxy_row_for_id(cid), Column.RANK).data() == "1"


def test_digits_typed_in_the_comment_are_text_not_scores(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Dora Finch")
    panel = window.page.review_panel
    panel.comment.setFocus()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        qtbot.keyClicks(panel.comment, "Top 3 of 5")
    qtbot.waitUntil(lambda: (my_review(window, cid) or ops.ReviewInfo("", None, "", "")).comment == "Top 3 of 5",
                    timeout=10_000)
    assert my_review(window, cid).score is None


def test_comment_is_saved_as_typed_without_a_button(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Ada Quill")
    panel = window.page.review_panel
    qtbot.keyClicks(panel.comment, "Strong publication record")
    qtbot.waitUntil(lambda: my_review(window, cid) is not None
                    and my_review(window, cid).comment == "Strong publication record", timeout=10_000)
    qtbot.waitUntil(lambda: panel.save_state.text() == "Saved", timeout=10_000)


def test_pending_comment_is_saved_when_moving_on(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Ada Quill")
    qtbot.keyClicks(window.page.review_panel.comment, "half a thought")
    select_name(qtbot, window, "Bruno Vale")  # before the debounce fires
    qtbot.waitUntil(lambda: my_review(window, cid) is not None and my_review(window, cid).comment == "half a thought",
                    timeout=10_000)


def test_tag_key_adds_a_tag_with_completion_source(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Bruno Vale")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_T)
    panel = window.page.review_panel
    assert panel.tag_edit.hasFocus()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        qtbot.keyClicks(panel.tag_edit, "shortlist")
        qtbot.keyClick(panel.tag_edit, Qt.Key.Key_Return)
    assert "shortlist" in detail(window, cid).tags
    qtbot.waitUntil(lambda: "shortlist" in panel._tag_names.stringList(), timeout=10_000)
    qtbot.waitUntil(lambda: window.tag_filter.findData("shortlist") >= 0, timeout=10_000)


def test_bulk_tagging_of_the_selection_and_removal(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    window.list.selectAll()
    ids = window.list.selected_ids()
    assert len(ids) == 4
    panel = window.page.review_panel
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.tag_edit.setText("interview")
        panel.tag_edit.returnPressed.emit()
    assert all("interview" in detail(window, i).tags for i in ids)
    qtbot.waitUntil(lambda: panel.tag_flow.count() == 1, timeout=10_000)
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.remove_tag("interview")
    assert "interview" not in detail(window, panel.candidate_id).tags


def test_search_filters_over_the_cv_text(qtbot, window):  # noqa: F811
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        qtbot.keyClicks(window.search, "Dora")
    # Dora Finch by name, Bruno Vale because his CV lists her as a co-author
    assert set(names_in_view(window)) == {"Dora Finch", "Bruno Vale"}
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.clear()
    assert set(names_in_view(window)) == NAMES


def test_keys_typed_during_a_search_are_searched_together_when_it_returns(qtbot, window):  # noqa: F811
    """The first key searches at once; the keys typed while that search runs are
    searched together as soon as it returns (no fixed delay, no search per key), and
    the first key's result, for text typed past, is never shown."""
    sent: list[str] = []
    shown: list[set[str]] = []
    window.list.searching.connect(sent.append)
    window.list.filtered.connect(lambda: shown.append(set(names_in_view(window))))
    window.search.setFocus()
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        qtbot.keyClicks(window.search, "Dora")  # four keys before the event loop runs again
    assert sent == ["D", "Dora"]
    assert shown == [{"Dora Finch", "Bruno Vale"}]
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.clear()  # everyone again, without asking the core
    assert sent == ["D", "Dora"] and set(names_in_view(window)) == NAMES


def test_the_page_follows_a_search_that_hid_its_candidate_once_the_list_is_quiet(qtbot, window):  # noqa: F811
    """A search that hides the current candidate moves the list's current row; the
    page follows it after a pause, and not at all when the search is cleared first
    (the candidate it shows is current again)."""
    import ui.candidate_list

    ada = select_name(qtbot, window, "Ada Quill")
    window.list._page_delay.setInterval(60_000)  # "a long pause": the search is cleared before it ends
    loads: list[int] = []
    window.page.loaded.connect(loads.append)
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.setText("Dora")
    assert window.list.current_id() != ada and set(names_in_view(window)) == {"Dora Finch", "Bruno Vale"}
    assert window.page.candidate_id == ada  # not yet
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.clear()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy(), timeout=10_000)
    assert window.list.current_id() == ada == window.page.candidate_id
    assert loads == []  # the page never left Ada

    window.list._page_delay.setInterval(ui.candidate_list.FILTERED_PAGE_DELAY_MS)
    with qtbot.waitSignal(window.page.loaded, timeout=10_000):
        window.search.setText("Dora")
    assert window.page.candidate_id == window.list.current_id() != ada


def test_the_page_waits_for_the_typing_to_pause_and_for_the_search(qtbot, window):  # noqa: F811
    """The pause before the page follows a search-moved row counts from the last key,
    and a search still on its way holds the page back (its result may move the row
    again): a page load never lands between two keys."""
    ada = select_name(qtbot, window, "Ada Quill")
    moved: list[object] = []
    window.list.current_changed.connect(moved.append)
    delay = window.list._page_delay
    delay.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's remainingTime() may be 5% off
    delay.setInterval(60_000)
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.setText("Dora")
    assert window.list.current_id() != ada and delay.isActive()
    qtbot.waitUntil(lambda: delay.remainingTime() < 59_800, timeout=10_000)
    window.search.setText("Dora ")  # another key (the same query once stripped)
    assert delay.remainingTime() > 59_800  # the pause starts again

    window.search.setText("Dora F")  # a search is on its way ...
    window.list._follow_current()  # ... when the pause ends
    assert moved == [] and delay.isActive()
    with qtbot.waitSignal(window.list.current_changed, timeout=10_000):
        delay.setInterval(0)
        delay.start()
    assert moved == [window.list.current_id()] and window.list.current_id() != ada


def test_a_search_keeps_the_shown_part_of_the_selection_and_a_neighbour_current(qtbot, window):  # noqa: F811
    """Selected candidates the search still shows stay selected; a hidden current row
    gives way to its neighbour in the list's order (never to no row at all); clearing
    the search keeps that selection and current row (what the reviewer has now)."""
    names = names_in_view(window)
    ada = select_name(qtbot, window, "Ada Quill")
    dora = window.list.proxy.candidate_id(names.index("Dora Finch"))
    window.list.select_ids([ada, dora], current=ada)
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.setText("Dora")
    shown = names_in_view(window)
    assert window.list.selected_ids() == [dora]
    ada_row = names.index("Ada Quill")
    after = [n for n in names[ada_row:] if n in shown]
    expected = after[0] if after else shown[-1]
    assert window.list.name_of(window.list.current_id()) == expected
    current = window.list.current_id()
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.clear()
    assert window.list.selected_ids() == [dora] and window.list.current_id() == current
    assert names_in_view(window) == names


def test_tag_filter(qtbot, window):  # noqa: F811
    ops.add_tag(window.ctx.store, candidate_ids=[ops.list_candidates(window.ctx.store)[0].id], tag="phd")
    window.ctx.bus.changed.emit(ops.Changes(tags=True))
    qtbot.waitUntil(lambda: window.tag_filter.findData("phd") >= 0, timeout=10_000)
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.tag_filter.setCurrentIndex(window.tag_filter.findData("phd"))
    assert window.list.proxy.rowCount() == 1
    assert window.status_count.text() == "1 of 4 candidates"


def test_sort_by_name_and_back_to_rank(qtbot, window):  # noqa: F811
    window.list.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names_in_view(window) == sorted(NAMES, key=str.casefold)
    window.list.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names_in_view(window) == sorted(NAMES, key=str.casefold, reverse=True)


def test_j_and_k_move_through_the_list(qtbot, window):  # noqa: F811
    window.list.setFocus()
    first = window.list.current_id()
    with qtbot.waitSignal(window.page.loaded, timeout=10_000):
        qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert window.list.currentIndex().row() == 1
    with qtbot.waitSignal(window.page.loaded, timeout=10_000):
        qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert window.list.current_id() == first


def test_name_correction_sticks(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Dora Finch")
    header = window.page.header
    header.start_name_edit()
    header.name_edit.clear()
    with qtbot.waitSignal(window.page.loaded, timeout=10_000):
        qtbot.keyClicks(header.name_edit, "Dora M. Finch")
        qtbot.keyClick(header.name_edit, Qt.Key.Key_Return)
    assert detail(window, cid).profile.name == "Dora M. Finch"
    assert detail(window, cid).corrections["name"] == "Dora M. Finch"
    qtbot.waitUntil(lambda: "Dora M. Finch" in names_in_view(window), timeout=10_000)
    assert header.corrected.text() == "corrected"


def test_window_state_is_remembered(qtbot, seeded_db):  # noqa: F811
    win = make_window(qtbot, seeded_db)
    win.list.horizontalHeader().resizeSection(Column.NAME, 233)
    win.close()
    again = make_window(qtbot, seeded_db)
    assert again.list.horizontalHeader().sectionSize(Column.NAME) == 233
    again.close()


def test_dropping_a_folder_imports_it(qtbot, tmp_path):  # noqa: F811
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    folder = write_folder(tmp_path / "dropped", [("x.txt", __import__("tests.factories").factories.Person(
        name="Ivo Lark", email="ivo@example.org"))])
    win = make_window(qtbot, tmp_path / "db.sqlite3")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(win.import_finished, timeout=60_000):
        win.dropEvent(event)
    qtbot.waitUntil(lambda: names_in_view(win) == ["Ivo Lark"], timeout=10_000)
    win.close()


def test_dark_theme_switches_the_palette(qtbot, window):  # noqa: F811
    from PySide6.QtWidgets import QApplication

    from ui.style import is_dark

    window.set_theme("dark")
    assert is_dark(QApplication.palette())
    window.set_theme("light")
    assert not is_dark(QApplication.palette())
    assert window.ctx.settings.theme == "light"


def test_store_is_shared_through_operations_only(seeded_db: Path):  # noqa: F811
    with open_store(seeded_db) as store:
        assert {r.name for r in ops.list_candidates(store)} == NAMES


def test_correct_fields_dialog_stores_each_changed_field(qtbot, window, monkeypatch):  # noqa: F811
    from ui.correction_dialog import CorrectionDialog

    cid = select_name(qtbot, window, "Bruno Vale")

    def answer(dialog: CorrectionDialog) -> int:
        dialog.lists["skills"].setPlainText("Rust\nSQL")
        dialog.lists["emails"].setPlainText("bruno@example.org")
        return CorrectionDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", answer)
    window.page.correct_fields()
    qtbot.waitUntil(lambda: detail(window, cid).profile.skills == ["Rust", "SQL"], timeout=10_000)
    qtbot.waitUntil(lambda: detail(window, cid).profile.emails == ["bruno@example.org"], timeout=10_000)
    assert detail(window, cid).profile.name == "Bruno Vale"  # untouched fields are not corrected
    assert "name" not in detail(window, cid).corrections


def test_delete_candidate_after_confirmation(qtbot, window, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    cid = select_name(qtbot, window, "Dora Finch")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_current()
    qtbot.waitUntil(lambda: "Dora Finch" not in names_in_view(window), timeout=10_000)
    assert cid not in {r.id for r in ops.list_candidates(window.ctx.store)}
    qtbot.waitUntil(lambda: window.page.candidate_id not in (None, cid), timeout=10_000)


def test_reparse_runs_in_the_background(qtbot, window):  # noqa: F811
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        assert window.reparse()
    assert finished.args[0].count("failed") == 0


def test_importing_a_missing_folder_says_so(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert not window.import_folder(str(tmp_path / "nowhere"))
    assert said and "is not a folder" in said[0]
    assert not window.importer.running()


def test_scoring_without_a_name_asks_for_it(qtbot, seeded_db, monkeypatch):  # noqa: F811
    win = make_window(qtbot, seeded_db, reviewer="")
    cid = select_name(qtbot, win, "Ada Quill")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ola Nord", True))
    with qtbot.waitSignal(win.page.review_panel.saved, timeout=10_000):
        win.score_current(5)
    reviews = ops.get_candidate(win.ctx.store, cid).reviews
    assert [(r.reviewer, r.score) for r in reviews] == [("Ola Nord", 5)]
    win.close()


def test_a_failed_import_is_reported_not_raised(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    not_a_folder = tmp_path / "cv.txt"
    not_a_folder.write_text("just a file")
    with qtbot.waitSignal(window.importer.failed, timeout=60_000) as failed:
        window.importer.show_dialogs = False
        assert window.importer.start(str(not_a_folder))
    assert "NotADirectoryError" in failed.args[0] and shown == [failed.args[0]]
    assert not window.importer.running()


def test_closing_during_an_import_cancels_and_waits(qtbot, tmp_path, many_cvs):
    """Closing the window mid-import cancels it (fewer than all 120 files are
    stored), waits for the import's process to end, and leaves no candidate
    half-written (each has its document)."""
    import multiprocessing

    win = make_window(qtbot, tmp_path / "db.sqlite3")
    with qtbot.waitSignal(win.importer.progressed, timeout=60_000):
        assert win.import_folder(str(many_cvs))
    win.close()  # cancels, then waits for the import's own process to stop
    assert win.ctx.tasks.wait_for_done(0)  # already over: close() waited for it
    assert [p.name for p in multiprocessing.active_children()] == []
    stored = ops.list_candidates(win.ctx.store)
    assert 0 < len(stored) < MANY
    for row in stored:
        assert [d.status for d in detail(win, row.id).documents] == ["ok"]


def test_a_search_without_matches_says_so(qtbot, window):  # noqa: F811
    with qtbot.waitSignal(window.list.filtered, timeout=10_000):
        window.search.setText("zzqxv-nobody")
    assert window.list.proxy.rowCount() == 0
    assert window.detail_stack.currentWidget() is window.empty
    assert window.empty.label.text() == "No candidate matches the search or tag filter."
