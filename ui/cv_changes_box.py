"""A box on top of the candidate page when a new version of the CV arrived: a
one-line summary of what changed, the changes themselves (+ new, − gone,
~ changed) on demand, and whose reviews were made on the previous version, so
they know to look again. The diff is the core's (reviewer/profile_diff.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reviewer.operations import CandidateDetail
from reviewer.profile_diff import summary
from ui.widgets import plain_label

_SIGNS = {"+": "+", "-": "−", "~": "~"}


class CvChangesBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cvChangesBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("New CV version")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.headline = plain_label("", wrap=True, bold=True)
        row.addWidget(self.headline, 1)
        self.toggle = QPushButton("Show changes")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        row.addWidget(self.toggle)
        layout.addLayout(row)
        self.stale = plain_label("", wrap=True, dim=True)
        layout.addWidget(self.stale)
        self.changes = plain_label("", wrap=True)
        self.changes.setAccessibleName("CV changes")
        self.changes.hide()
        layout.addWidget(self.changes)
        self.hide()

    def show_detail(self, detail: CandidateDetail | None) -> None:
        if detail is None or not detail.cv_changes:
            self.hide()
            return
        when = (detail.cv_replaced_at or "")[:10]
        self.headline.setText(f"New CV version ({when}): {summary(detail.cv_changes)}")
        lines = []
        for section in detail.cv_changes:
            lines.append(section.title)
            lines += [f"  {_SIGNS.get(c.sign, c.sign)} {c.text}" for c in section.changes]
        self.changes.setText("\n".join(lines))
        old = [r.reviewer for r in detail.reviews if r.on_previous_cv]
        self.stale.setText(f"Scored on the previous CV version: {', '.join(old)}. Look again." if old else "")
        self.stale.setVisible(bool(old))
        self.show()

    def _toggled(self, shown: bool) -> None:
        self.changes.setVisible(shown)
        self.toggle.setText("Hide changes" if shown else "Show changes")
