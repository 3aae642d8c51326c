"""A bar on top of the candidate page when another candidate may be the same
person (reviewer/same_person.py decides; this only shows and asks): who, why,
and two buttons, "Merge" (the other's documents, reviews, tags and comments
move here) and "Not the same person" (remembered by the core, not asked again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reviewer import operations as ops
from reviewer.operations import SamePersonSuggestion
from ui.context import AppContext
from ui.widgets import plain_label

MERGE_TIP = "Make them one candidate: the other's documents, reviews, tags and comments move here"


class SamePersonBar(QFrame):
    looked_up = Signal(int)  # candidate id: its suggestions arrived (the bar shows or hides)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._candidate: int | None = None
        self._shown: SamePersonSuggestion | None = None
        self.setObjectName("samePersonBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Same person suggestion")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        self.message = plain_label("", wrap=True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.merge_button = QPushButton("Merge")
        self.merge_button.setToolTip(MERGE_TIP)
        self.merge_button.clicked.connect(self.merge)
        self.different_button = QPushButton("Not the same person")
        self.different_button.setToolTip("Remembered: this pair is not suggested again, whatever is re-imported")
        self.different_button.clicked.connect(self.not_same)
        row.addWidget(self.merge_button)
        row.addWidget(self.different_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    @property
    def suggestion(self) -> SamePersonSuggestion | None:
        return self._shown

    def show_candidate(self, candidate_id: int | None) -> None:
        """Look for suggestions off the GUI thread; the bar shows when there is one."""
        self._candidate = candidate_id
        if candidate_id is None:
            self._show([])
            return
        store = self._ctx.store

        def look() -> tuple[list[SamePersonSuggestion], bool]:
            # A member of a shared committee may not merge (the administrator does).
            return ops.same_person_suggestions(store, candidate_id=candidate_id), store.member_kind() is None

        def arrived(result: tuple[list[SamePersonSuggestion], bool]) -> None:
            found, may_merge = result
            if self._candidate == candidate_id:
                self.merge_button.setEnabled(may_merge)
                self.merge_button.setToolTip(MERGE_TIP if may_merge else "On a shared committee the administrator "
                                             "merges candidates (`reviewer --db ADMIN_URL merge …`)")
                self._show(found)
                self.looked_up.emit(candidate_id)

        self._ctx.read(look, arrived, owner=self)

    def _show(self, found: list[SamePersonSuggestion]) -> None:
        self._shown = found[0] if found else None
        if self._shown is None or self._candidate is None:
            self.hide()
            return
        _other, name = self._shown.other(self._candidate)
        more = f"\n({len(found) - 1} more possible matches: `reviewer same-person`)" if len(found) > 1 else ""
        reasons = "; ".join(self._shown.reasons)
        self.message.setText(f"Possibly the same person as {name}: {reasons}.{more}")
        self.show()

    def merge(self) -> None:
        if self._shown is None or self._candidate is None:
            return
        keep, (drop, _name) = self._candidate, self._shown.other(self._candidate)
        store = self._ctx.store
        self.hide()
        self._ctx.write(lambda: ops.merge_candidates(store, keep=keep, drop=drop))

    def not_same(self) -> None:
        if self._shown is None or self._candidate is None:
            return
        a, (b, _name) = self._candidate, self._shown.other(self._candidate)
        store, who = self._ctx.store, self._ctx.reviewer or None
        self.hide()
        self._ctx.write(lambda: ops.mark_not_same_person(store, a=a, b=b, reviewer=who))
