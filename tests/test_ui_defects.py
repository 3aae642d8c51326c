"""The window defects a new user reported (issue 11), each driven through the real
window on a real database; every test here failed before its fix."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from reviewer import operations as ops
from reviewer.operations import FileResult, ImportReport
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    names_in_view,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
)


def _ids(win) -> dict[str, int]:  # noqa: ANN001
    return {r.name: r.id for r in ops.list_candidates(win.ctx.store)}


def test_switching_reviewer_redraws_the_panel_at_once(qtbot, window, monkeypatch):  # noqa: F811
    cid = _ids(window)["Bruno Vale"]
    ops.set_score(window.ctx.store, candidate_id=cid, reviewer="Ada Chair", score=4)
    ops.set_comment(window.ctx.store, candidate_id=cid, reviewer="Ada Chair", comment="strong methods")
    select_name(qtbot, window, "Bruno Vale")
    panel = window.page.review_panel
    qtbot.waitUntil(lambda: panel.score_buttons.button(4).isChecked(), timeout=10_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ben Other", True))
    assert window.switch_reviewer()
    assert "Ben Other" in panel.title.text()
    assert not any(b.isChecked() for b in panel.score_buttons.buttons())
    assert panel.comment.toPlainText() == ""
    # Ada's review is now one of the others', hidden from Ben until he scores (committee default).
    qtbot.waitUntil(lambda: any("1 other review is hidden" in label.text()
                                for label in panel.findChildren(QLabel)), timeout=10_000)
    assert "Ada Chair — 4/5" not in [label.text() for label in panel.findChildren(QLabel)]


def test_a_half_typed_tag_is_dropped_by_escape_and_never_moves_to_the_next_candidate(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    panel = window.page.review_panel
    panel.tag_edit.setFocus()
    qtbot.keyClicks(panel.tag_edit, "half")
    qtbot.keyClick(panel.tag_edit, Qt.Key.Key_Escape)
    assert panel.tag_edit.text() == ""
    qtbot.keyClicks(panel.tag_edit, "typed for ada")
    select_name(qtbot, window, "Dora Finch")
    assert panel.tag_edit.text() == ""
    qtbot.keyClick(panel.tag_edit, Qt.Key.Key_Return)
    assert all(not r.tags for r in ops.list_candidates(window.ctx.store))


def test_same_person_note_names_the_candidate_not_an_id(tmp_path):
    from db.store import open_store
    from tests.factories import Person, write_txt

    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "one.txt", Person(name="Nia Quartz", email="nia.quartz@example.org"))
    with open_store(tmp_path / "d.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        write_txt(folder / "two.txt", Person(name="Nia Quartz", email="nia.quartz@example.org",
                                             phone="+1 202 555 0177"))
        report = ops.import_folder(store, folder, workers=1)
    note = next(r.reason for r in report.results if r.path.endswith("two.txt"))
    assert note is not None and "Nia Quartz" in note
    assert not any(ch.isdigit() for ch in note)


def test_delete_acts_on_every_selected_candidate_and_names_them(qtbot, window, monkeypatch):  # noqa: F811
    ids = _ids(window)
    select_name(qtbot, window, "Ada Quill")
    window.list.select_ids([ids["Ada Quill"], ids["Dora Finch"]], current=ids["Ada Quill"])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: asked.append(f"{title}\n{text}") or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        window.delete_current()
    assert "Ada Quill" in asked[0] and "Dora Finch" in asked[0]
    assert not any(str(i) in asked[0].replace("2 candidates", "") for i in ids.values())
    assert set(names_in_view(window)) == {"Bruno Vale", "陈小雨"}


def test_welcome_text_is_shown_whole(qtbot, tmp_path):
    from tests.ui_support import make_window

    win = make_window(qtbot, tmp_path / "empty.sqlite3")
    assert win.central.currentWidget() is win.welcome
    labels = [lbl for lbl in win.welcome.findChildren(QLabel) if lbl.wordWrap()]
    assert labels
    for label in labels:
        assert label.width() >= 400
        assert label.height() >= label.heightForWidth(label.width())
    win.close()


def test_import_report_shows_a_long_reason_whole(qtbot):
    from ui.import_dialog import ImportReportDialog

    reason = ("the file is a scanned image without a text layer; run it through OCR or ask the candidate "
              "for a PDF exported from their word processor, then import the folder again")
    report = ImportReport([FileResult("/cvs/scan.pdf", "failed", reason), FileResult("/cvs/a.txt", "added")])
    dialog = ImportReportDialog(report, "/cvs")
    qtbot.addWidget(dialog)
    dialog.show()
    assert reason in dialog.detail.text()
    assert dialog.table.wordWrap()


def test_pdf_view_has_page_indicator_navigation_and_zoom(qtbot, window, tmp_path):  # noqa: F811
    from fpdf import FPDF

    from ui.document_view import DocumentView

    pdf = FPDF()
    for n in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", size=14)
        pdf.cell(0, 10, f"Page {n + 1} of an invented CV")
    path = tmp_path / "three.pdf"
    pdf.output(str(path))
    view = DocumentView(window.ctx)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    # An id the database does not hold: the view falls back to the file on this disk.
    view.set_documents([ops.DocumentInfo(10**9, str(path), "pdf", "ok", None, 3)])
    qtbot.waitUntil(view.is_showing_pdf, timeout=10_000)
    assert view.pdf_bar.isVisible()
    assert view.page_label.text() == "Page 1 of 3"
    assert not view.prev_page.isEnabled()
    view.next_page.click()
    qtbot.waitUntil(lambda: view.page_label.text() == "Page 2 of 3", timeout=5_000)
    view.go_to_page(2)
    qtbot.waitUntil(lambda: not view.next_page.isEnabled(), timeout=5_000)
    assert view.zoom_label.text() == "fit"
    before = view.pdf_view.zoomFactor()
    view.zoom_by(1.25)
    assert view.zoom_label.text().endswith("%") and view.fit_button.isEnabled()
    view.zoom_by(1.25)
    assert view.pdf_view.zoomFactor() > before
    view.fit_width()
    assert view.zoom_label.text() == "fit"


def test_no_name_warning_goes_once_the_name_is_corrected(qtbot, tmp_path):
    from db.store import open_store

    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "nameless.txt").write_text("zq@example.org\n\nEDUCATION\nPh.D. in Physics, Imaginary University, "
                                         "2018 - 2023\n", encoding="utf-8")
    with open_store(tmp_path / "n.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        row = ops.list_candidates(store)[0]
        detail = ops.get_candidate(store, row.id)
        assert any(w.startswith("no name found") for w in detail.profile.warnings)
        ops.correct_field(store, candidate_id=row.id, field="name", value="Zia Quell")
        detail = ops.get_candidate(store, row.id)
        assert not any(w.startswith("no name found") for w in detail.profile.warnings)
        others = [w for w in detail.profile.warnings]
        assert ops.list_candidates(store)[0].has_warnings == bool(others)


def test_review_panel_keeps_its_width_between_profile_and_original(qtbot, window, tmp_path):  # noqa: F811
    from tests.factories import Person, write_pdf

    # Committees keep applications in deep folders: the original's caption names the whole path.
    deep = tmp_path / ("applications_for_the_assistant_professor_search_2026_" * 3) / "round_one"
    deep.mkdir(parents=True)
    write_pdf(deep / "erin_moss_curriculum_vitae_final_version.pdf",
              Person(name="Erin Moss", email="erin.moss@example.org", phone="+1 202 555 0190"))
    ops.import_folder(window.ctx.store, deep, workers=1)
    window.resize(1100, 800)
    with qtbot.waitSignal(window.list.loaded, timeout=10_000):
        window.list.refresh()
    select_name(qtbot, window, "Erin Moss")
    page = window.page
    page.show_profile()
    qtbot.wait(50)
    widths = (page.review_panel.width(), window.list.width(), window.width())
    page.show_document()
    qtbot.waitUntil(page.document_view.is_showing_pdf, timeout=10_000)
    qtbot.wait(50)
    assert (page.review_panel.width(), window.list.width(), window.width()) == widths
    assert page.document_view.minimumSizeHint().width() < 500  # a long path does not widen the page
    page.show_profile()
    qtbot.wait(50)
    assert (page.review_panel.width(), window.list.width(), window.width()) == widths


def test_escape_closes_the_compare_window(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    window.list.selectAll()
    window.compare_selected()
    view = window.compare_windows[0]
    qtbot.waitUntil(lambda: len(view.details) == 4, timeout=10_000)
    view.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view not in window.compare_windows, timeout=5_000)


def test_export_path_is_remembered(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    from ui.export_dialog import ExportDialog

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    target = tmp_path / "out" / "committee.csv"
    target.parent.mkdir()
    dialog = ExportDialog(window.ctx, tags=[], default_dir=str(tmp_path), parent=window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    again = ExportDialog(window.ctx, tags=[], default_dir=str(tmp_path), parent=window)
    qtbot.addWidget(again)
    assert again.path.text() == str(target)


def test_clearing_the_search_keeps_the_selection(qtbot, window):  # noqa: F811
    window.search.setText("robotics")  # only Dora Finch's CV names it
    qtbot.waitUntil(lambda: names_in_view(window) == ["Dora Finch"], timeout=10_000)
    cid = _ids(window)["Dora Finch"]
    window.list.selectRow(0)
    qtbot.waitUntil(lambda: window.page.candidate_id == cid, timeout=10_000)
    assert window.list.selected_ids() == [cid]
    window.search.clear()
    qtbot.waitUntil(lambda: len(names_in_view(window)) == 4, timeout=10_000)
    assert window.list.selected_ids() == [cid]
    assert window.list.current_id() == cid
    assert window.page.candidate_id == cid


def test_a_selection_hidden_by_a_search_comes_back_when_the_search_is_cleared(qtbot, window):  # noqa: F811
    cid = select_name(qtbot, window, "Ada Quill")
    window.search.setText("robotics")  # Ada's CV does not name it
    qtbot.waitUntil(lambda: names_in_view(window) == ["Dora Finch"], timeout=10_000)
    window.search.clear()
    qtbot.waitUntil(lambda: len(names_in_view(window)) == 4, timeout=10_000)
    assert window.list.selected_ids() == [cid]
    assert window.list.current_id() == cid


def test_shortcut_list_names_f2_and_ctrl_w(window):  # noqa: F811
    from ui.menus import shortcut_text

    text = shortcut_text(window.shortcut_help)
    assert "F2" in text and "Ctrl+W" in text
