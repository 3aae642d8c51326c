"""Blind first round in the real window on a real SQLite file: the list, the
candidate page, the original PDF as QtPdf renders it (no photo, the identity
under black boxes), a plain-text original, and Compare show nobody's name,
e-mail or phone; the menu entry switches it for the committee."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QAbstractButton, QLabel

from db.store import open_store
from reviewer import operations as ops
from reviewer.blind import blind_label
from tests.blind_support import ADA, BRUNO, PHOTO_RGB, leaks, write_people
from tests.ui_support import make_window, names_in_view, no_unanswered_dialogs, select_name  # noqa: F401


def _visible_text(widget) -> str:  # noqa: ANN001
    labels = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    buttons = [w.text() + " " + w.toolTip() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(labels + buttons)


def test_blind_window_shows_no_identity_anywhere(qtbot, tmp_path):
    db = tmp_path / "blind.sqlite3"
    with open_store(db) as store:
        assert ops.import_folder(store, write_people(tmp_path / "cvs"), workers=1).count("failed") == 0
        ids = {r.name: r.id for r in ops.list_candidates(store)}
    window = make_window(qtbot, db)
    try:
        action = window.findChild(QAction, "blind_first_round")
        assert action is not None and not action.isChecked()
        with qtbot.waitSignal(window.list.loaded, timeout=10_000):
            action.trigger()
        labels = {blind_label(ids[ADA.name]), blind_label(ids[BRUNO.name])}
        qtbot.waitUntil(lambda: set(names_in_view(window)) == labels, timeout=10_000)
        model = window.list.proxy
        cells = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
        assert not leaks("\n".join(cells), ADA, BRUNO)

        select_name(qtbot, window, blind_label(ids[ADA.name]))
        page = window.page
        qtbot.waitUntil(lambda: page.header.name.text() == blind_label(ids[ADA.name]), timeout=10_000)
        assert not leaks(_visible_text(page.header), ADA), _visible_text(page.header)
        assert not leaks(page.profile_view.toHtml(), ADA), page.profile_view.toPlainText()

        page.show_document()
        view = page.document_view
        qtbot.waitUntil(view.is_showing_pdf, timeout=10_000)
        assert not leaks(_visible_text(view) + view.caption.toolTip(), ADA), _visible_text(view)
        image = view.pdf.render(0, QSize(595 * 2, 842 * 2))
        colours = {image.pixelColor(x, y).getRgb()[:3] for x in range(0, image.width(), 3)
                   for y in range(0, image.height() // 4, 3)}
        assert PHOTO_RGB not in colours  # the photo is gone
        assert QColor("black").getRgb()[:3] in colours  # and the name line is boxed

        select_name(qtbot, window, blind_label(ids[BRUNO.name]))
        qtbot.waitUntil(lambda: "█" in view.text_view.toPlainText(), timeout=10_000)
        assert not leaks(view.text_view.toPlainText(), BRUNO)

        window.list.selectAll()
        window.compare_selected()
        compare = window.compare_windows[0]
        # the details arrive first, their column headings a moment later (under load)
        qtbot.waitUntil(lambda: len(compare.details) == 2 and labels <= set(_visible_text(compare).split("\n")),
                        timeout=10_000)
        assert not leaks(_visible_text(compare), ADA, BRUNO), _visible_text(compare)
        compare.close()

        with qtbot.waitSignal(window.list.loaded, timeout=10_000):
            action.trigger()  # off again: names are back, and the record says who
        qtbot.waitUntil(lambda: set(names_in_view(window)) == {ADA.name, BRUNO.name}, timeout=10_000)
        assert ops.blind_changes(window.ctx.store)[0].reviewer == "Ada Chair"
    finally:
        window.close()
        window.ctx.store.close()
