"""Compare: candidates side by side, sections aligned row by row, and a review
panel under each column so the reviewer can score while comparing.

What the eye should catch: the highest count in a row (bold, green), what one
candidate lacks (grey, "—"), and rows where everyone is the same (dimmed), so
the rows that differ stand out. The rows themselves come from ui.comparison.
Names stay pinned above and the review panels below while the rows scroll.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
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
LEGEND = "Bold green: the highest count · grey “—”: missing · dimmed rows: the same for everyone"


def _grid(columns: int, right_margin: int = 0) -> tuple[QWidget, QGridLayout]:
    host = QWidget()
    grid = QGridLayout(host)
    grid.setContentsMargins(12, 0, 12 + right_margin, 0)
    grid.setHorizontalSpacing(0)
    grid.setVerticalSpacing(0)
    grid.setColumnMinimumWidth(0, LABEL_WIDTH)
    for c in range(1, columns + 1):
        grid.setColumnMinimumWidth(c, COLUMN_MIN_WIDTH)
        grid.setColumnStretch(c, 1)
    return host, grid


class CompareView(QWidget):
    """A top-level window comparing two or more candidates."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, candidate_ids: list[int], parent: QWidget | None = None, *,
                 ask_reviewer: Callable[[], object] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.candidate_ids = list(candidate_ids)
        self.details: list[CandidateDetail] = []
        self.rows: list[CompareRow] = []
        n = len(candidate_ids)
        self.setWindowTitle(f"Compare {n} candidates — CV Reviewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(min(1500, LABEL_WIDTH + COLUMN_MIN_WIDTH * n + 140), 860)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

        self.names_host, self.names = _grid(n, scrollbar)
        self.names.setContentsMargins(12, 10, 12 + scrollbar, 4)
        self.rows_host, self.grid = _grid(n)
        self.rows_host.setBackgroundRole(QPalette.ColorRole.Base)
        self.rows_host.setAutoFillBackground(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # keeps columns aligned
        self.panels_host, self.panel_grid = _grid(n, scrollbar)
        self.panel_grid.setContentsMargins(12, 6, 12 + scrollbar, 8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.names_host)
        legend = plain_label(LEGEND, selectable=False, dim=True, scale=0.9)
        legend.setContentsMargins(14, 0, 12, 6)
        layout.addWidget(legend)
        layout.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.panels_host)

        self.panels = [ReviewPanel(ctx, compact=True) for _ in candidate_ids]
        if ask_reviewer is not None:
            for panel in self.panels:
                panel.reviewer_needed.connect(ask_reviewer)
        title = plain_label("My review", bold=True, selectable=False)
        title.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.panel_grid.addWidget(title, 0, 0)
        for c, panel in enumerate(self.panels, start=1):
            panel.comment.setMaximumHeight(90)
            self.panel_grid.addWidget(panel, 0, c)
        self._cells: list[QWidget] = []
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        ctx.bus.changed.connect(self._on_changes)
        ctx.bus.reviewer_changed.connect(lambda _n: self.reload())
        self.reload()

    def reload(self) -> None:
        ids, store, me = list(self.candidate_ids), self._ctx.store, self._ctx.reviewer or None

        def load() -> tuple[list[CandidateDetail], list[ops.CandidateRow]]:
            details = [ops.get_candidate(store, i, viewer=me) for i in ids]
            by_id = {r.id: r for r in ops.list_candidates(store, reviewer=me, ids=set(ids))}
            return details, [by_id[d.id] for d in details if d.id in by_id]

        self._ctx.read(load, lambda loaded: self._show(*loaded), owner=self)

    def _show(self, details: list[CandidateDetail], list_rows: list[ops.CandidateRow] | None = None) -> None:
        self.details = details
        self.list_rows = list_rows or []
        self.rows = compare(details, list_rows)
        for w in self._cells:
            w.setParent(None)
            w.deleteLater()
        self._cells = []
        for col, detail in enumerate(details, start=1):
            name = plain_label(detail.profile.name or "(no name)", scale=1.3, bold=True)
            name.setContentsMargins(8, 0, 8, 0)
            self._cells.append(name)
            self.names.addWidget(name, 0, col)
        for r, row in enumerate(self.rows):
            label = plain_label(row.label, bold=True, selectable=False)
            self._place(self._cell(label, row, None), r, 0)
            for c, lines in enumerate(row.cells):
                text = "\n".join(lines) if lines else "—"
                cell = plain_label(text, bold=row.best[c], dim=not row.differs and not row.missing[c])
                cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self._place(self._cell(cell, row, c), r, c + 1)
        self.grid.setRowStretch(len(self.rows), 1)
        for panel, detail in zip(self.panels, details, strict=True):
            panel.show_candidate(detail)
        self.loaded.emit()

    def _place(self, widget: QWidget, row: int, col: int) -> None:
        self.grid.addWidget(widget, row, col)
        self._cells.append(widget)

    def _cell(self, label: QLabel, row: CompareRow, column: int | None) -> QWidget:
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setContentsMargins(8, 6, 8, 6)
        frame = QFrame()
        frame.setObjectName("cell")
        colour = None
        if column is not None and row.best[column]:
            colour = tint(self.palette(), "good")
            frame.setToolTip("Highest among the compared candidates")
        elif column is not None and row.missing[column]:
            colour = tint(self.palette(), "missing")
        elif column is None and not row.differs:
            frame.setToolTip("The same for everyone compared")
        background = f"background: {colour.name()};" if colour else ""
        frame.setStyleSheet(f"#cell {{ border-bottom: 1px solid palette(midlight); {background} }}")
        v = QVBoxLayout(frame)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(label)
        return frame

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape closes, as in any secondary window. It arrives here only when the
        # focused child did not use it (a tag entry first drops its half-typed tag).
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for panel in self.panels:
            panel.flush_comment()
        super().closeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.candidate_ids or set(self.candidate_ids) & changes.candidate_ids:
            self.reload()
