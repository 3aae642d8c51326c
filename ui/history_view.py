"""The candidate's history (who changed what, when; newest first) as a read-only
table: a QAbstractTableModel over `operations.HistoryInfo` rows, reloaded off the
GUI thread when the candidate or anything about them changes."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from reviewer import operations as ops
from reviewer.operations import Changes, HistoryInfo
from ui.context import AppContext

HEADERS = ("When", "Who", "Change")
AnyIndex = QModelIndex | QPersistentModelIndex


def _local(when: str) -> str:
    return datetime.fromisoformat(when).astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryInfo] = []

    def set_rows(self, rows: list[HistoryInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (_local(row.when), row.reviewer or "—", row.text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.when
        return None


class HistoryView(QTableView):
    """The history of the candidate shown on the page."""

    loaded = Signal(int)  # candidate id, after its history is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._candidate: int | None = None
        self.model_ = HistoryModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        # The table's wish for width must not push the review panel aside when the tab opens.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        ctx.bus.changed.connect(self._on_changes)

    def show_candidate(self, candidate_id: int | None) -> None:
        self._candidate = candidate_id
        if candidate_id is None:
            self.model_.set_rows([])
            return
        store, viewer = self._ctx.store, self._ctx.reviewer or None

        def shown(rows: list[HistoryInfo]) -> None:
            if self._candidate == candidate_id:
                self.model_.set_rows(rows)
                self.loaded.emit(candidate_id)

        self._ctx.read(lambda: ops.candidate_history(store, candidate_id=candidate_id, viewer=viewer), shown,
                       owner=self)

    def _on_changes(self, changes: Changes) -> None:
        if self._candidate is not None and (not changes.candidate_ids or self._candidate in changes.candidate_ids):
            self.show_candidate(self._candidate)
