"""The original document: PDF pages through QtPdf, extracted text for every other format.

The PDF's bytes come from the database (stored once per content at import), so a
reviewer on another machine sees the file the committee received; a document
imported before the database kept originals falls back to the file on this disk.
QPdfView paints each page on a white rectangle (QtPdf's page images have a
transparent background). Text is shown with setPlainText, never as markup.
Bytes and text are read off the GUI thread.
"""
from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer.dockind import label
from reviewer.operations import DocumentInfo
from ui.context import AppContext
from ui.formatting import plain_markup
from ui.widgets import plain_label

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


class DocumentView(QWidget):
    """Shows one of a candidate's documents; a combo switches when there are several."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start_page = 0  # where the next PDF opens (show_document_id)
        self._ctx = ctx
        self._documents: list[DocumentInfo] = []
        self._shown: int | None = None  # document id on screen
        self._request = 0  # drops text that arrives for a document no longer selected
        self._pending = False  # documents set but not loaded yet (the tab is hidden)

        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.currentIndexChanged.connect(self._show_index)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(16)
        self.caption = plain_label("", wrap=False, dim=True)
        # A long path must not widen the page: the review panel beside it kept
        # changing width between the Profile and Original tabs. The full path is the tooltip.
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(self.chooser)
        top.addWidget(self.caption, 1)

        self.pdf = QPdfDocument(self)
        self._pdf_bytes: QBuffer | None = None  # the device QtPdf reads while the PDF is open
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        top.addWidget(self._build_pdf_bar())
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.text_view.document().setDocumentMargin(14)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        for w in (self.message, self.pdf_view, self.text_view):
            self.stack.addWidget(w)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.clear()

    def _build_pdf_bar(self) -> QWidget:
        """Page n of N, previous / next, zoom out / in and fit to width (PDFs only)."""
        self.pdf_bar = QWidget()
        row = QHBoxLayout(self.pdf_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)

        def button(text: str, tip: str, slot) -> QToolButton:  # noqa: ANN001
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(lambda _c=False: slot())
            row.addWidget(b)
            return b

        self.prev_page = button("‹", "Previous page", lambda: self.go_to_page(self.current_page() - 1))
        self.page_label = plain_label("", wrap=False, selectable=False)
        row.addWidget(self.page_label)
        self.next_page = button("›", "Next page", lambda: self.go_to_page(self.current_page() + 1))
        row.addSpacing(8)
        button("−", "Zoom out", lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_label = plain_label("", wrap=False, selectable=False)
        row.addWidget(self.zoom_label)
        button("+", "Zoom in", lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button = button("Fit width", "Fit the page to the width", self.fit_width)
        self.pdf_view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_pdf_bar())
        self.pdf_view.zoomFactorChanged.connect(lambda _z: self._update_pdf_bar())
        self.pdf_view.zoomModeChanged.connect(lambda _m: self._update_pdf_bar())
        self.pdf.pageCountChanged.connect(lambda _n: self._update_pdf_bar())
        self.pdf_bar.hide()
        return self.pdf_bar

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.pdf.pageCount()
        if count:
            self.pdf_view.pageNavigator().jump(max(0, min(count - 1, page)), QPointF(), 0)

    def zoom_by(self, factor: float) -> None:
        current = self.pdf_view.zoomFactor()
        if self.pdf_view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Fit-to-width draws at a computed scale; start zooming from what is on screen.
            size = self.pdf.pagePointSize(max(self.current_page(), 0))
            if size.width() > 0:
                dpi_scale = self.logicalDpiX() / 72.0
                current = self.pdf_view.viewport().width() / (size.width() * dpi_scale)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_pdf_bar(self) -> None:
        if not shiboken6.isValid(self.pdf):  # the document closes as the view is destroyed
            return
        count = self.pdf.pageCount()
        page = self.current_page()
        self.page_label.setText(f"Page {page + 1} of {count}" if count else "")
        self.prev_page.setEnabled(page > 0)
        self.next_page.setEnabled(page < count - 1)
        fit = self.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.zoom_label.setText("fit" if fit else f"{round(self.pdf_view.zoomFactor() * 100)}%")
        self.fit_button.setEnabled(not fit)

    def clear(self) -> None:
        self._pending = False
        self._documents = []
        self._shown = None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.blockSignals(False)
        self.chooser.hide()
        self.caption.setText("")
        self._close_pdf()
        self._show_message("No document")

    def set_documents(self, documents: list[DocumentInfo]) -> None:
        """Offer these documents; the first is shown when the view becomes visible."""
        # Whole records, not ids: a blind round renames them, and must reload the covered file.
        if list(documents) == self._documents:
            return
        self.clear()
        self._documents = list(documents)
        self.chooser.blockSignals(True)
        for d in documents:
            self.chooser.addItem(f"{label(d.kind)}: {Path(d.path).name}", d.id)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(documents) > 1)
        self._pending = bool(documents)
        if documents and self.isVisible():
            self._load_pending()

    def show_document_id(self, document_id: int, page: int = 0) -> None:
        """Choose this document (shown now if the view is visible, else when it is),
        at `page` (0-based: a part of a merged portal PDF starts inside the file)."""
        index = self.chooser.findData(document_id)
        if index < 0:
            return
        self._start_page = page
        if index == self.chooser.currentIndex() and self._shown == document_id and self.is_showing_pdf():
            self.go_to_page(page)
            return
        if index == self.chooser.currentIndex():
            self._show_index(index)
        else:
            self.chooser.setCurrentIndex(index)  # _show_index follows

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        """Documents load when the tab is first shown: reading a PDF costs the GUI
        thread time a reviewer who stays on the profile should not pay."""
        super().showEvent(event)
        self._load_pending()

    def _load_pending(self) -> None:
        if self._pending and self._documents:
            self._pending = False
            self._show_index(max(0, self.chooser.currentIndex()))

    def current_document(self) -> DocumentInfo | None:
        return next((d for d in self._documents if d.id == self._shown), None)

    def is_showing_pdf(self) -> bool:
        return self.stack.currentWidget() is self.pdf_view

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self._documents):
            return
        if not self.isVisible():
            self._pending = True  # switched while hidden: load when shown
            return
        doc = self._documents[index]
        self._shown = doc.id
        self._request += 1
        pages = f", {doc.pages} page{'s' if doc.pages != 1 else ''}" if doc.pages else ""
        self.caption.setText(f"{doc.path}  ({doc.format.upper()}{pages})")
        self.caption.setToolTip(plain_markup(doc.path))
        if doc.format.lower() != "pdf":
            self._load_text(doc)
            return
        self._show_message("Loading…")
        request = self._request
        store = self._ctx.store

        def arrived(data: bytes | None) -> None:
            if request == self._request and not self._show_pdf(doc, data):
                self._load_text(doc)

        self._ctx.read(lambda: ops.document_for_reading(store, document_id=doc.id), arrived, owner=self)

    def _show_pdf(self, doc: DocumentInfo, data: bytes | None) -> bool:
        """Open the PDF from its stored bytes, else (imported before the database
        kept originals) from the file on this disk; False when neither renders."""
        self._close_pdf()
        if data is not None:
            self._pdf_bytes = QBuffer(self)
            self._pdf_bytes.setData(QByteArray(data))
            self._pdf_bytes.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._pdf_bytes)  # an in-memory device loads at once
            ok = self.pdf.status() == QPdfDocument.Status.Ready
        else:
            path = Path(doc.path)
            ok = path.is_file() and self.pdf.load(str(path)) == QPdfDocument.Error.None_
        if ok:
            self.stack.setCurrentWidget(self.pdf_view)
            self.go_to_page(self._start_page)
            self._start_page = 0  # the next document opens at its beginning
            self._update_pdf_bar()
            self.pdf_bar.show()
        return ok

    def _close_pdf(self) -> None:
        self.pdf.close()
        if self._pdf_bytes is not None:
            self._pdf_bytes.deleteLater()
            self._pdf_bytes = None

    def _load_text(self, doc: DocumentInfo) -> None:
        request = self._request
        if doc.status != "ok" and doc.error:
            self._show_message(f"This file could not be read: {doc.error}")
            return
        self._show_message("Loading…")

        def shown(text: str) -> None:
            if request != self._request:
                return
            if not text.strip():
                self._show_message("No text was extracted from this document.")
                return
            self.text_view.setPlainText(text)  # plain text: CV content is never markup
            self.pdf_bar.hide()
            self.stack.setCurrentWidget(self.text_view)

        store = self._ctx.store
        self._ctx.read(lambda: ops.text_for_reading(store, document_id=doc.id), shown, owner=self)

    def _show_message(self, text: str) -> None:
        self.pdf_bar.hide()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
