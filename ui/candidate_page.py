"""One candidate: a header (name, position, contact, links), the parsed profile and
the original document one click apart, and the review panel beside them.

The reviewer can correct the name in place; the correction is stored by the core
and survives re-imports.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer import pending
from reviewer.operations import CandidateDetail, Changes
from ui.context import AppContext
from ui.cv_changes_box import CvChangesBox
from ui.document_view import DocumentView
from ui.formatting import degree_text
from ui.history_view import HistoryView
from ui.packet_view import PacketView
from ui.profile_view import ProfileView
from ui.review_panel import ReviewPanel
from ui.same_person_bar import SamePersonBar
from ui.widgets import FlowLayout, LinkButton, plain_label

PROFILE_TAB, DOCUMENT_TAB, HISTORY_TAB, PACKET_TAB = 0, 1, 2, 3


class CandidateHeader(QWidget):
    """Name (editable), current position, highest degree, e-mails, phones and links."""

    name_corrected = Signal(str)  # "" reverts to the parsed name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 6)
        layout.setSpacing(2)
        name_row = QHBoxLayout()
        self.name_stack = QStackedWidget()
        self.name = plain_label("", wrap=True, scale=1.6, bold=True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Corrected name (empty: use the parsed name)")
        self.name_edit.returnPressed.connect(self._commit_name)
        self.name_edit.editingFinished.connect(self._cancel_edit_if_unfocused)
        self.name_stack.addWidget(self.name)
        self.name_stack.addWidget(self.name_edit)
        self.edit_button = QToolButton()
        self.edit_button.setText("✎ Correct name")
        self.edit_button.setAutoRaise(True)
        self.edit_button.setToolTip("Correct the parsed name (kept across re-imports)")
        self.edit_button.clicked.connect(self.start_name_edit)
        self.corrected = plain_label("", wrap=False, selectable=False, dim=True, scale=0.9)
        name_row.addWidget(self.name_stack, 1)
        name_row.addWidget(self.corrected)
        name_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(name_row)
        self.position = plain_label("", dim=False)
        self.degree = plain_label("", dim=True)
        layout.addWidget(self.position)
        layout.addWidget(self.degree)
        self.contacts_host = QWidget()
        self.contacts = FlowLayout(self.contacts_host, spacing=10)
        layout.addWidget(self.contacts_host)

    def show_detail(self, detail: CandidateDetail) -> None:
        profile = detail.profile
        self.name_stack.setCurrentWidget(self.name)
        self.name.setText(profile.name or "(no name found)")
        self.name.setAccessibleName("Candidate name")
        self.corrected.setText("corrected" if "name" in detail.corrections else "")
        position = profile.position_text() or ""
        self.position.setText(position)
        self.position.setVisible(bool(position))
        degree = profile.highest_degree()
        degree_line = ", ".join(x for x in (degree_text(degree.degree, degree.field), degree.institution) if x) \
            if degree else ""
        self.degree.setText(degree_line)
        self.degree.setVisible(bool(degree_line))
        self.contacts.clear()
        for value in [*profile.emails, *profile.links]:
            button = LinkButton(value, self.contacts_host)
            self.contacts.addWidget(button)
            button.show()
        for phone in profile.phones:
            label = plain_label(phone, wrap=False, parent=self.contacts_host)
            self.contacts.addWidget(label)
            label.show()
        self.contacts_host.setVisible(bool(profile.emails or profile.links or profile.phones))
        self.contacts.invalidate()

    def start_name_edit(self) -> None:
        self.name_edit.setText(self.name.text())
        self.name_stack.setCurrentWidget(self.name_edit)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _commit_name(self) -> None:
        value = " ".join(self.name_edit.text().split())
        self.name_stack.setCurrentWidget(self.name)
        if value != self.name.text():
            self.name.setText(value or self.name.text())
            self.name_corrected.emit(value)

    def _cancel_edit_if_unfocused(self) -> None:
        if not self.name_edit.hasFocus():
            self.name_stack.setCurrentWidget(self.name)


class CandidatePage(QWidget):
    """The profile, the original document and the review panel for one candidate."""

    loaded = Signal(int)  # candidate id, after its detail is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CandidateDetail | None = None
        self._wanted: int | None = None

        self.header = CandidateHeader()
        self.header.name_corrected.connect(self._correct_name)
        self.profile_view = ProfileView()
        self.document_view = DocumentView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_view, "Profile")
        self.tabs.addTab(self.document_view, "Original document")
        self.tabs.setTabToolTip(DOCUMENT_TAB, "The document as the candidate sent it (Ctrl+2)")
        self.history_view = HistoryView(ctx)
        self.tabs.addTab(self.history_view, "History")
        self.tabs.setTabToolTip(HISTORY_TAB, "Who changed what, and when (Ctrl+3; Ctrl+Z undoes your last change)")
        self.packet_view = PacketView(ctx)
        self.packet_view.open_document.connect(self.open_document)
        self.packet_view.open_document_at.connect(self.open_document)
        self.tabs.addTab(self.packet_view, "Packet")
        self.tabs.setTabToolTip(PACKET_TAB, "The application packet: documents by kind, and what is missing")
        self.review_panel = ReviewPanel(ctx, self_refresh=False)
        self.same_person = SamePersonBar(ctx)
        self.cv_changes = CvChangesBox()

        left = QWidget()
        v = QVBoxLayout(left)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(self.header)
        v.addWidget(self.same_person)
        v.addWidget(self.cv_changes)
        v.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("candidateSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.review_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        ctx.bus.changed.connect(self._on_changes)
        # What a reviewer may see of the others depends on who they are: reload as them.
        ctx.bus.reviewer_changed.connect(lambda _n: self.candidate_id is not None
                                         and self.show_candidate(self.candidate_id))

    @property
    def candidate_id(self) -> int | None:
        return self._detail.id if self._detail else None

    @property
    def detail(self) -> CandidateDetail | None:
        return self._detail

    def show_candidate(self, candidate_id: int | None) -> None:
        """Load and show a candidate (off the GUI thread); None clears the page."""
        self._wanted = candidate_id
        if candidate_id is None:
            self._detail = None
            self.review_panel.show_candidate(None)
            self.history_view.show_candidate(None)
            self.document_view.clear()
            self.packet_view.show_detail(None)
            self.same_person.show_candidate(None)
            self.cv_changes.show_detail(None)
            return
        store = self._ctx.store

        def gone(error: BaseException) -> None:
            if self._wanted != candidate_id:
                return
            if pending.is_unreachable(error):
                self._ctx.queue.server_unreachable()  # the status bar says so
                if self._detail is not None and self._detail.id == candidate_id:
                    return  # a refresh: keep showing what was loaded
            self.show_candidate(None)  # deleted meanwhile, or never loaded: nothing rather than an error

        viewer = self._ctx.reviewer or None
        self._ctx.tasks.run(lambda _t: ops.get_candidate(store, candidate_id, viewer=viewer),
                            on_done=self._show_detail,
                            on_failed=gone, owner=self)

    def show_document(self) -> None:
        self.tabs.setCurrentIndex(DOCUMENT_TAB)

    def show_history(self) -> None:
        self.tabs.setCurrentIndex(HISTORY_TAB)

    def show_packet(self) -> None:
        self.tabs.setCurrentIndex(PACKET_TAB)

    def open_document(self, document_id: int, page: int = 0) -> None:
        """Show one of the candidate's documents in the Original document tab, at
        `page` (0-based; a part of a merged portal PDF)."""
        self.document_view.show_document_id(document_id, page)
        self.tabs.setCurrentIndex(DOCUMENT_TAB)

    def show_profile(self) -> None:
        self.tabs.setCurrentIndex(PROFILE_TAB)

    def _show_detail(self, detail: CandidateDetail) -> None:
        if detail.id != self._wanted:
            return  # the reviewer moved on while this was loading
        same = self._detail is not None and self._detail.id == detail.id
        self._detail = detail
        self.header.show_detail(detail)
        scroll = self.profile_view.verticalScrollBar().value()
        self.profile_view.show_profile(detail.profile)
        if same:
            self.profile_view.verticalScrollBar().setValue(scroll)
        self.document_view.set_documents(detail.documents)
        self.packet_view.show_detail(detail)
        self.tabs.setTabText(PACKET_TAB, "Packet" if not detail.missing else f"Packet ({len(detail.missing)} missing)")
        self.review_panel.show_candidate(detail)
        self.same_person.show_candidate(detail.id)
        self.cv_changes.show_detail(detail)
        if not same:  # the same candidate's history follows changes by itself
            self.history_view.show_candidate(detail.id)
        self.loaded.emit(detail.id)

    def correct_fields(self) -> None:
        """Open the correction form for the shown candidate and store what changed."""
        from ui.correction_dialog import CorrectionDialog

        if self._detail is None:
            return
        dialog = CorrectionDialog(self._detail, self)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return
        me = self._ctx.reviewer or None
        for field, value in dialog.changes().items():
            self._ctx.write(pending.write("correct_field", candidate_id=self._detail.id, field=field, value=value,
                                          reviewer=me))

    def _correct_name(self, value: str) -> None:
        if self._detail is None:
            return
        self._ctx.write(pending.write("correct_field", candidate_id=self._detail.id, field="name",
                                      value=value or None, reviewer=self._ctx.reviewer or None))

    def _on_changes(self, changes: Changes) -> None:
        # The candidate asked for, not the one shown: a change that lands while the
        # first load is still on its way must reload it too (it may have read before).
        if self._wanted is None:
            return
        if changes.candidate_ids and self._wanted not in changes.candidate_ids:
            return
        self.show_candidate(self._wanted)


class EmptyPage(QWidget):
    """Shown when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel("Select a candidate to read the profile.\n\nJ / K move through the list, 1–5 score.")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
