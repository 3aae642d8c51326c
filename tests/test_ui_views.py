"""Compare, export, the original document and the profile view, on real data."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from reviewer import operations as ops
from reviewer.operations import CandidateDetail
from reviewer.profile import Education, Experience, Profile, Publication
from tests.ui_support import (  # noqa: F401 - fixtures
    NAMES,
    cv_folder,
    names_in_view,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    select_name,
    window,
)
from ui.compare_view import CompareView
from ui.export_dialog import ExportDialog
from ui.profile_view import ProfileView
from ui.widgets import LinkButton


def test_compare_two_side_by_side_and_score_there(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    window.list.selectAll()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.compare_windows) == 1
    view: CompareView = window.compare_windows[0]
    qtbot.waitUntil(lambda: len(view.details) == 4, timeout=10_000)
    labels = [r.label for r in view.rows]
    assert labels[:4] == ["Current position", "Highest degree", "Education", "Experience"]
    assert {d.profile.name for d in view.details} == NAMES
    assert all(len(r.cells) == 4 for r in view.rows)  # every section aligned across the columns
    panel, cid = view.panels[1], view.details[1].id
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.score_buttons.button(2).click()
    reviews = ops.get_candidate(window.ctx.store, cid).reviews
    assert [(r.reviewer, r.score) for r in reviews] == [("Ada Chair", 2)]
    view.close()


def test_compare_needs_two(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    window.compare_selected()
    assert window.compare_windows == []
    assert not window.compare_action.isEnabled()


def test_export_dialog_writes_the_csv_and_offers_the_folder(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    store = window.ctx.store
    rows = ops.list_candidates(store)
    ops.set_score(store, candidate_id=rows[0].id, reviewer="Ada Chair", score=5)
    ops.add_tag(store, candidate_ids=[rows[0].id, rows[1].id], tag="shortlist")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    # Answer the "exported" message box with its "Open folder" button.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "Open folder").click() or 0)
    dialog = ExportDialog(window.ctx, tags=["shortlist"], default_dir=str(tmp_path), parent=window)
    qtbot.addWidget(dialog)
    dialog.tag.setCurrentIndex(dialog.tag.findData("shortlist"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.export_button.click()
    path, count = exported.args
    assert count == 2
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 2
    assert opened == [str(tmp_path)]


def test_export_shortcut_opens_the_dialog(qtbot, window):  # noqa: F811
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_original_pdf_is_rendered_with_qtpdf(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "Ada Quill")
    window.page.show_document()
    view = window.page.document_view
    qtbot.waitUntil(view.is_showing_pdf, timeout=10_000)  # its bytes are read off the GUI thread
    assert view.pdf.pageCount() == 1


def test_original_text_document_is_plain_text(qtbot, window):  # noqa: F811
    select_name(qtbot, window, "陈小雨")
    window.page.show_document()
    view = window.page.document_view
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.text_view, timeout=10_000)
    assert "陈小雨" in view.text_view.toPlainText()


def test_profile_view_shows_cv_text_as_text_never_markup(qtbot):
    from ui.profile_html import profile_html

    profile = Profile(
        source="x.pdf", name="Eve Quill",
        education=[Education(degree="PhD", field="<i>Physics</i>", institution="U", start="2019", end="present")],
        experience=[Experience(title="Researcher", organization="Lab", start="2020-03", end="2022-01")],
        publications=[Publication(title="<script>x</script>", authors=["Eve Quill", "<b>Bo</b>"], venue="ICML",
                                  year=2021, first_author=True, author_position="first")],
        warnings=["no phone number found"])
    view = ProfileView()
    qtbot.addWidget(view)
    view.show_profile(profile)
    text = view.toPlainText()
    for shown in ("<script>x</script>", "PhD, <i>Physics</i>", "2019 – present", "Mar 2020 – Jan 2022",
                  "Eve Quill, <b>Bo</b>", "first author", "no phone number found", "ICML 2021"):
        assert shown in text, shown
    source = profile_html(profile)
    assert "<script>" not in source and "<i>Physics" not in source and "<b>Bo</b>" not in source
    assert "<b><u>Eve Quill</u></b>" in source  # the candidate's own name, highlighted


def test_unsafe_links_do_not_open(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    bad = LinkButton("javascript:alert(1)")
    good = LinkButton("https://example.org/ada")
    mail = LinkButton("ada@example.org")
    for b in (bad, good, mail):
        qtbot.addWidget(b)
        b.click()
    assert not bad.isEnabled()
    assert opened == ["https://example.org/ada", "mailto:ada@example.org"]


def test_header_shows_corrected_profile(qtbot):
    from ui.candidate_page import CandidateHeader

    header = CandidateHeader()
    qtbot.addWidget(header)
    profile = Profile(source="x", name="Eve Quill", emails=["eve@example.org"], links=["file:///etc/passwd"],
                      phones=["+442079460958"])
    header.show_detail(CandidateDetail(1, profile, {"name": "Eve Quill"}, [], [], ()))
    assert header.corrected.text() == "corrected"
    links = {b.text(): b.isEnabled() for b in header.findChildren(LinkButton)}
    assert links == {"eve@example.org": True, "file:///etc/passwd": False}


def test_profile_view_shows_each_publication_status_as_text(qtbot):
    from ui.profile_html import profile_html

    profile = Profile(
        source="x.pdf", name="Eve Quill",
        publications=[
            Publication(title="Quiet gradients", authors=["Eve Quill"], venue="ICML", year=2021, status="published"),
            Publication(title="Lattice fog", authors=["Eve Quill"], venue="NeurIPS", year=2025, status="under review"),
            Publication(title="Drift <maps>", authors=["Eve Quill"], status="in preparation"),
            Publication(title="Unknown state", authors=["Eve Quill"], venue="Fen J.", year=2020),
        ])
    view = ProfileView()
    qtbot.addWidget(view)
    view.show_profile(profile)
    lines = [ln.strip() for ln in view.toPlainText().splitlines() if ln.strip()]
    # each status sits in the publication's own row, right under its venue and year
    assert lines[lines.index("ICML 2021") + 1] == "published"
    assert lines[lines.index("NeurIPS 2025") + 1] == "under review"
    assert "in preparation" in lines and "Drift <maps>" in lines
    assert lines[lines.index("Fen J. 2020") + 1] == "Unknown state"  # no status printed when none is known
    source = profile_html(profile)
    assert "Drift &lt;maps&gt;" in source
    # the heading says what the count counts
    assert ("Publications (4 listed: 1 published, 1 under review, 1 in preparation, 1 status not stated; "
            "0 first-author)") in lines


def test_profile_view_keeps_its_document_when_the_same_profile_comes_again(qtbot):
    """A reload of the shown candidate (after any change to them) does not parse and lay
    out the same profile again; a different profile replaces the document."""
    profile = Profile(source="x.pdf", name="Eve Quill",
                      publications=[Publication(title="On Things", authors=["Eve Quill"], year=2021)])
    view = ProfileView()
    qtbot.addWidget(view)
    view.show_profile(profile)
    rebuilt: list[bool] = []
    view.document().contentsChanged.connect(lambda: rebuilt.append(True))
    view.show_profile(profile.model_copy(deep=True))
    assert not rebuilt
    retitled = Publication(title="On Other Things", authors=["Eve Quill"], year=2021)
    view.show_profile(profile.model_copy(update={"publications": [retitled]}))
    assert rebuilt
    assert "On Other Things" in view.toPlainText()
