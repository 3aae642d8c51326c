"""The application packet of one candidate: their documents grouped by kind, what
the committee's list of required documents says is missing ("2 of 3 letters",
"no teaching statement"), a way to open each document, and to correct a kind.

The missing list is computed by the core (reviewer/packets.py); this widget only
draws it. A kind correction goes through `operations.set_document_kind` on the
writer lane; a reviewer on a shared committee is told it is the chair's.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer.dockind import KINDS, label
from reviewer.operations import CandidateDetail, DocumentInfo, DocumentPart
from ui.context import AppContext
from ui.widgets import plain_label

DocumentRole = Qt.ItemDataRole.UserRole + 1
PageRole = Qt.ItemDataRole.UserRole + 2  # 0-based first page of a merged PDF's part


class PacketView(QWidget):
    """Documents by kind, with what is missing on top."""

    open_document = Signal(int)  # document id: show it in the document view
    open_document_at = Signal(int, int)  # document id, 0-based page: a part of a merged PDF

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CandidateDetail | None = None
        self.status = plain_label("", wrap=True, bold=True)
        self.status.setAccessibleName("Packet status")
        self.required = plain_label("", wrap=True, dim=True, scale=0.9)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Document", "Format", "Pages"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Packet documents")
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton("Open")
        self.open_button.setToolTip("Show the document in the Original document tab")
        self.open_button.clicked.connect(self._open_current)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName("Document kind")
        self.kind_box.setToolTip("Correct the kind of the selected document (kept across re-imports)")
        self.kind_box.addItem("Automatic", None)
        for kind in KINDS:
            self.kind_box.addItem(label(kind).capitalize() if kind != "cv" else "CV", kind)
        self.kind_box.activated.connect(self._kind_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(plain_label("Kind:", wrap=False))
        buttons.addWidget(self.kind_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.status)
        layout.addWidget(self.required)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_detail(self, detail: CandidateDetail | None) -> None:
        self._detail = detail
        self.tree.clear()
        if detail is None:
            self.status.setText("")
            self.required.setText("")
            self._update_buttons()
            return
        if detail.missing:
            self.status.setText("Missing: " + "; ".join(detail.missing))
            self.status.setForegroundRole(QPalette.ColorRole.Highlight)
        else:
            self.status.setText("Complete packet")
            self.status.setForegroundRole(QPalette.ColorRole.WindowText)
        self.required.setText(f"Required by the committee: {detail.required}")
        by_kind: dict[str, list[tuple[DocumentInfo, DocumentPart | None]]] = {}
        for doc in detail.documents:
            if doc.parts and not doc.kind_corrected:  # a merged PDF: each part under its own kind
                for piece in doc.parts:
                    by_kind.setdefault(piece.kind, []).append((doc, piece))
            else:
                by_kind.setdefault(doc.kind, []).append((doc, None))
        bold = self.tree.font()
        bold.setBold(True)
        for kind in sorted(by_kind, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS)):
            docs = by_kind[kind]
            group = QTreeWidgetItem([f"{label(kind).capitalize() if kind != 'cv' else 'CV'} ({len(docs)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for doc, part in docs:
                group.addChild(_item(doc, part))
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def selected_page(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, PageRole) or 0) if item is not None else 0

    def selected_document(self) -> DocumentInfo | None:
        item = self.tree.currentItem()
        doc_id = item.data(0, DocumentRole) if item is not None else None
        if self._detail is None or doc_id is None:
            return None
        return next((d for d in self._detail.documents if d.id == doc_id), None)

    def _update_buttons(self) -> None:
        doc = self.selected_document()
        self.open_button.setEnabled(doc is not None)
        self.kind_box.setEnabled(doc is not None)
        if doc is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(doc.kind) if doc.kind_corrected else 0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        doc_id = item.data(0, DocumentRole)
        if doc_id is not None:
            self._emit_open(int(doc_id), int(item.data(0, PageRole) or 0))

    def _open_current(self) -> None:
        doc = self.selected_document()
        if doc is not None:
            self._emit_open(doc.id, self.selected_page())

    def _emit_open(self, document_id: int, page: int) -> None:
        if page:
            self.open_document_at.emit(document_id, page)
        else:
            self.open_document.emit(document_id)

    def _kind_chosen(self, index: int) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        kind = self.kind_box.itemData(index)
        store, who = self._ctx.store, self._ctx.reviewer or None
        self._ctx.write(lambda: ops.set_document_kind(store, document_id=doc.id, kind=kind, reviewer=who))


def _item(doc: DocumentInfo, part: DocumentPart | None) -> QTreeWidgetItem:
    """One row: a document, or one part of a merged PDF ("packet.pdf, pages 2–3: Curriculum Vitae")."""
    name = Path(doc.path).name + ("  (kind corrected)" if doc.kind_corrected else "")
    if part is not None:
        name += f", page{'s' if part.first != part.last else ''} {part.pages}" + (f": {part.title}" if part.title
                                                                                 else "")
    if doc.status != "ok":
        name += f"  — unreadable: {doc.error or 'failed'}"
    pages = part.last - part.first + 1 if part is not None else doc.pages
    item = QTreeWidgetItem([name, doc.format.upper(), str(pages or "")])
    item.setData(0, DocumentRole, doc.id)
    item.setData(0, PageRole, part.first - 1 if part is not None else 0)
    item.setToolTip(0, doc.path)
    return item
