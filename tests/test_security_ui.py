"""CV text is data, never markup, in every widget: a CV (and a file name, a
correction and comments) holding <img src=x>, <a href="file:///etc/passwd"> and
<b>bold</b> shows those characters literally on the candidate page, in the
compare view, in the list and in tooltips. Links open only for http, https and
mailto. Deleting asks first."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices, Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit, QWidget

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt
from tests.ui_support import make_window, names_in_view, select_name

IMG, LINK, BOLD = "<img src=x>", '<a href="file:///etc/passwd">x</a>', "<b>bold</b>"
NEEDLES = (IMG, LINK, BOLD, "<img", "<a href", "<b>")
HOSTILE = Person(
    name="Ada Quill", email="ada.quill@example.org",
    experience=[(f"Research {BOLD} Scientist", f"Imaginary {IMG} Labs", "2024 - Present")],
    education=[("Ph.D. in Computer Science", f"University of {LINK} Examplestan", "2019 - 2024")],
    publications=[f"Ada Quill, Bob Stone. Learning {IMG} to {BOLD} Review {LINK}. In NeurIPS, 2023."],
    interests=f"Machine learning, {BOLD} optimisation", skills=f"Python, {IMG}, SQL",
    awards=[f"Best {BOLD} Paper Award, 2023"])
NAME = f"{BOLD} Ada {IMG}"  # a correction typed over the parsed name
FILE = f"<b>cv {IMG}.txt"  # no "/" in a file name


@pytest.fixture
def hostile_db(tmp_path) -> tuple[Path, int, int]:
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / FILE, HOSTILE)
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob@example.net", phone="+1 415 555 0100"))
    db = tmp_path / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        ids = {r.email: r.id for r in ops.list_candidates(store)}
        ada, bob = ids[HOSTILE.email], ids["bob@example.net"]
        ops.correct_field(store, candidate_id=ada, field="name", value=NAME)
        ops.set_comment(store, candidate_id=ada, reviewer="Member", comment=f"See {LINK} and {IMG} {BOLD}")
        ops.set_comment(store, candidate_id=ada, reviewer="Ada Chair", comment=f"mine: {BOLD}")
        ops.set_score(store, candidate_id=ada, reviewer="Ada Chair", score=4)  # the others' comments show
        ops.add_tag(store, candidate_ids=[ada], tag=f"{BOLD}-tag")
        ops.set_score(store, candidate_id=bob, reviewer="Member", score=3)
    return db, ada, bob


def _rich(text: str, fmt: Qt.TextFormat) -> bool:
    """Whether Qt would read `text` as markup in a widget with this format."""
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))


def _displayed(text: str, fmt: Qt.TextFormat) -> str:
    """What a reader sees of a label's text."""
    if not _rich(text, fmt):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _leaks(root: QWidget) -> list[str]:
    """Every place under `root` where CV markup would be rendered, not shown."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if tip and any(n in tip for n in NEEDLES) and not any(n in _displayed(tip, Qt.TextFormat.AutoText)
                                                              for n in NEEDLES):
            found.append(f"tooltip of {type(widget).__name__}: {tip!r}")
        if isinstance(widget, QLabel) and _rich(widget.text(), widget.textFormat()) \
                and any(n in widget.text() for n in NEEDLES):
            found.append(f"QLabel {widget.objectName()!r}: {widget.text()!r}")
        if isinstance(widget, QTextEdit):
            html = widget.document().toHtml()
            if 'src="x"' in html or 'href="file:' in html:
                found.append(f"{type(widget).__name__} renders CV markup")
    return found


def _shown_text(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit) or hasattr(widget, "toPlainText"):
            parts.append(widget.toPlainText())
        elif hasattr(widget, "text") and callable(widget.text):
            parts.append(str(widget.text()))
    return "\n".join(parts)


def test_cv_markup_is_shown_literally_everywhere(qtbot, hostile_db):
    db, ada, bob = hostile_db
    window = make_window(qtbot, db)
    try:
        assert NAME in names_in_view(window)
        select_name(qtbot, window, NAME)
        page = window.page
        shown = _shown_text(page)
        for literal in (NAME, f"Imaginary {IMG} Labs", IMG, f"See {LINK} and {IMG} {BOLD}", f"mine: {BOLD}",
                        f"{BOLD}-tag"):
            assert literal in shown, literal
        assert _leaks(window) == []

        page.show_document()
        qtbot.waitUntil(lambda: f"Learning {IMG} to {BOLD} Review {LINK}" in _shown_text(page.document_view),
                        timeout=10_000)
        assert FILE in _shown_text(page.document_view)
        assert _leaks(window) == []

        proxy = window.list.proxy
        for r in range(proxy.rowCount()):
            for c in range(proxy.columnCount()):
                tip = proxy.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
                if tip and any(n in str(tip) for n in NEEDLES):
                    assert any(n in _displayed(str(tip), Qt.TextFormat.AutoText) for n in NEEDLES), tip

        from ui.compare_view import CompareView

        compare = CompareView(window.ctx, [ada, bob], None, ask_reviewer=window.switch_reviewer)
        qtbot.addWidget(compare)
        with qtbot.waitSignal(compare.loaded, timeout=10_000):
            compare.show()
        assert NAME in _shown_text(compare) and f"Imaginary {IMG} Labs" in _shown_text(compare)
        assert _leaks(compare) == []  # qtbot closes it (it deletes itself on close)
    finally:
        window.close()
        window.ctx.store.close()


def test_delete_asks_first_and_shows_the_name_literally(qtbot, hostile_db):
    """The real confirmation box (not patched): its text is plain, and No keeps the candidate."""
    db, ada, _bob = hostile_db
    window = make_window(qtbot, db)
    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.text(), label.textFormat()))
        box.button(button).click()

    try:
        select_name(qtbot, window, NAME)
        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
        window.delete_current()
        assert ada in {r.id for r in ops.list_candidates(window.ctx.store)}
        [(text, fmt)] = seen
        assert NAME in _displayed(text, fmt)
    finally:
        window.close()
        window.ctx.store.close()


@pytest.mark.parametrize(("url", "opens"), [
    ("https://adaquill.example.org", True), ("http://example.org/cv", True), ("mailto:ada@example.org", True),
    ("file:///etc/passwd", False), ("FILE:///etc/passwd", False), ("javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("smb://server/share", False),
    ("ftp://example.org/x", False), ("  javascript:alert(1)", False), ("http:///etc/passwd", False),
    ("//example.org", False), ("about:blank", False), ("mailto:", False),
])
def test_links_open_only_for_http_https_and_mailto(qtbot, monkeypatch, url, opens):
    from ui.widgets import LinkButton, open_safe_url

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u.toString()) or True)
    assert open_safe_url(url) is opens
    assert bool(opened) is opens
    button = LinkButton(url)
    qtbot.addWidget(button)
    assert button.isEnabled() is opens
