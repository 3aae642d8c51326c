"""Compare: candidates side by side, sections aligned row by row, differences tinted,
and a review panel under each column so the reviewer can score while comparing."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer.operations import CandidateDetail, Changes
from ui.comparison import CompareRow, compare
from ui.context import AppContext
from ui.review_panel import ReviewPanel
from ui.style import tint
from ui.widgets import plain_label

LABEL_WIDTH = 150
COLUMN_MIN_WIDTH = 260


class CompareView(QWidget):
    """A top-level window comparing two or more candidates."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, candidate_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.candidate_ids = list(candidate_ids)
        self.details: list[CandidateDetail] = []
        self.rows: list[CompareRow] = []
        self.setWindowTitle(f"Compare {len(candidate_ids)} candidates — CV Reviewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(min(1400, LABEL_WIDTH + COLUMN_MIN_WIDTH * len(candidate_ids) + 120), 820)

        self.grid_host = QWidget()
        self.grid_host.setBackgroundRole(self.palette().ColorRole.Base)
        self.grid_host.setAutoFillBackground(True)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(12, 12, 12, 12)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.panels = [ReviewPanel(ctx, compact=True) for _ in candidate_ids]
        self._cells: list[QWidget] = []
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        ids, store = list(self.candidate_ids), self._ctx.store
        self._ctx.read(lambda: [ops.get_candidate(store, i) for i in ids], self._show)

    def _show(self, details: list[CandidateDetail]) -> None:
        self.details = details
        self.rows = compare(details)
        for w in self._cells:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._cells = []
        for col, detail in enumerate(details, start=1):
            self.grid.setColumnMinimumWidth(col, COLUMN_MIN_WIDTH)
            self.grid.setColumnStretch(col, 1)
            name = plain_label(detail.profile.name or "(no name)", scale=1.3, bold=True)
            name.setContentsMargins(8, 0, 8, 8)
            self._place(name, 0, col)
        for r, row in enumerate(self.rows, start=1):
            label = plain_label(row.label, bold=True, selectable=False)
            label.setContentsMargins(4, 6, 8, 6)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._place(self._framed(label, row.differs, False), r, 0)
            for c, lines in enumerate(row.cells):
                text = "\n".join(lines) if lines else "—"
                cell = plain_label(text, bold=row.best[c])
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setContentsMargins(8, 6, 8, 6)
                cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                if row.best[c]:
                    cell.setToolTip("Highest among the compared candidates")
                self._place(self._framed(cell, row.differs, row.missing[c]), r, c + 1)
        review_row = len(self.rows) + 1
        title = plain_label("My review", bold=True, selectable=False)
        title.setContentsMargins(4, 10, 8, 6)
        self._place(title, review_row, 0, keep=True)
        for c, (panel, detail) in enumerate(zip(self.panels, details, strict=True), start=1):
            panel.show_candidate(detail)
            self.grid.addWidget(panel, review_row, c)
        self.grid.setRowStretch(review_row + 1, 1)
        self.loaded.emit()

    def _place(self, widget: QWidget, row: int, col: int, keep: bool = False) -> None:
        self.grid.addWidget(widget, row, col)
        self._cells.append(widget)

    def _framed(self, label: QLabel, differs: bool, missing: bool) -> QWidget:
        frame = QFrame()
        frame.setObjectName("cell")
        colour = tint(self.palette(), "missing" if missing else "diff") if (differs or missing) else None
        border = "border-bottom: 1px solid palette(midlight);"
        background = f"background: {colour.name()};" if colour else ""
        frame.setStyleSheet(f"#cell {{ {border} {background} }}")
        v = QVBoxLayout(frame)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(label)
        if differs and not missing:
            frame.setToolTip("The candidates differ here")
        return frame

    def closeEvent(self, event: QCloseEvent) -> None:
        for panel in self.panels:
            panel.flush_comment()
        super().closeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.candidate_ids or set(self.candidate_ids) & changes.candidate_ids:
            self.reload()
