"""The reviewer's conflict of interest with the shown candidate, at the top of the
review panel: a declared conflict with a button to take it back, or the
conflicts the CV suggests (co-author, supervisor, shared institution) with
"Declare" and "Not a conflict" (remembered by the core, not asked again).
The rules live in reviewer/conflicts.py; this only shows and asks."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout, QWidget

from reviewer import operations as ops
from reviewer.operations import CandidateDetail, Changes
from ui.context import AppContext
from ui.widgets import plain_label


class ConflictBox(QFrame):
    saved = Signal()  # a write of this box finished

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CandidateDetail | None = None
        self.setObjectName("conflictBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.message = plain_label("")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.declare_button = QPushButton("Declare conflict")
        self.declare_button.setToolTip("You may not score this candidate, and the others' reviews are hidden")
        self.declare_button.clicked.connect(lambda: self.declare(self._reason_from_suggestions()))
        self.dismiss_button = QPushButton("Not a conflict")
        self.dismiss_button.setToolTip("Remembered: these suggestions are not shown again for this candidate")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.remove_button = QPushButton("Remove conflict")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.declare_button, self.dismiss_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    @property
    def declared(self) -> bool:
        view = self._detail.conflict if self._detail else None
        return bool(view and view.declared)

    def show_detail(self, detail: CandidateDetail | None) -> None:
        self._detail = detail
        view = detail.conflict if detail else None
        if view is None or not (view.declared or view.suggestions):
            self.hide()
            return
        if view.declared:
            why = f" ({view.reason})" if view.reason else ""
            self.message.setText(f"You declared a conflict of interest with this candidate{why}: you cannot "
                                 "score them, and the other reviewers' scores and comments are hidden from you.")
        else:
            lines = "\n".join(f"• {s.text()}" for s in view.suggestions)
            self.message.setText(f"Possible conflict of interest, from the CV:\n{lines}")
        self.declare_button.setVisible(not view.declared)
        self.dismiss_button.setVisible(not view.declared)
        self.remove_button.setVisible(view.declared)
        self.show()

    def toggle_conflict(self) -> None:
        """The Candidate menu's action: declare (asking why) or, when declared, remove."""
        if self._detail is None:
            return
        if self.declared:
            self.remove()
            return
        reason, ok = QInputDialog.getText(self, "Conflict of interest",
                                          "Why? (optional, kept with the declaration)",
                                          text=self._reason_from_suggestions() or "")
        if ok:
            self.declare(reason)

    def declare(self, reason: str | None = None) -> None:
        self._write(lambda store, cid, me: ops.declare_conflict(store, candidate_id=cid, reviewer=me, reason=reason))

    def dismiss(self) -> None:
        self._write(lambda store, cid, me: ops.dismiss_conflict(store, candidate_id=cid, reviewer=me))

    def remove(self) -> None:
        self._write(lambda store, cid, me: ops.remove_conflict(store, candidate_id=cid, reviewer=me))

    def _reason_from_suggestions(self) -> str | None:
        view = self._detail.conflict if self._detail else None
        return "; ".join(s.text() for s in view.suggestions) if view and view.suggestions else None

    def _write(self, op) -> None:  # noqa: ANN001 - (store, candidate id, reviewer) -> Changes
        me = self._ctx.reviewer
        if self._detail is None or not me:
            return
        cid, store = self._detail.id, self._ctx.store

        def run() -> Changes:
            return op(store, cid, me)

        self._ctx.write(run, on_done=lambda _c: self.saved.emit(), owner=self)
