"""The filtered view of the candidate list: the rows the core's search, the tag, stage
and packet filters let through, in the source model's order (sorting is the source's).

Not a QSortFilterProxyModel: that one asks filterAcceptsRow() once per row, a Python
call each (10,000 per keystroke's result), and announces every run of hidden rows
with a signal of its own; at 10,000 candidates a new search result cost ~30 ms of the
GUI thread before the list was drawn again. Here a filter change finds the rows that
pass in one Python pass over the source's rows and is one model reset (~2 ms). A reset
drops the view's selection and current row: `CandidateList` puts them back, as it
already did for candidates a search had hidden. Changes of the source (an import
adding rows, a sort, new values) are passed on as inserts, layout changes and
dataChanged, so the selection and scroll position survive them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.operations import CandidateRow
from ui.candidate_model import CandidateTableModel

Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class CandidateFilterProxy(QAbstractProxyModel):
    """Shows the candidates the core's search (`matching_ids`) returned (`None`:
    everyone), at one stage, with or without a complete packet. The stage and packet
    filters read the rows' own values, so a stage change (which refreshes the rows)
    re-filters without a query. Sorting is handed to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._allowed: frozenset[int] | None = None
        self._stage: str | None = None
        self._complete: bool | None = None
        self._candidates: CandidateTableModel | None = None
        self._visible: list[int] = []  # the source rows shown, ascending (the source's order)
        self._held: list[tuple[int, int, int]] = []  # (row, column, candidate id) of persistent indexes
        self._held_ids: frozenset[int] = frozenset()

    # -- filters ----------------------------------------------------------
    def set_allowed_ids(self, ids: Iterable[int] | None) -> bool:
        """Show only these candidates (None: no search). True if what is shown was reset."""
        allowed = None if ids is None else frozenset(ids)
        if allowed == self._allowed:
            return False
        return self._refilter(lambda: setattr(self, "_allowed", allowed))

    def set_stage(self, stage: str | None) -> bool:
        if stage == self._stage:
            return False
        return self._refilter(lambda: setattr(self, "_stage", stage))

    def set_complete(self, complete: bool | None) -> bool:
        """Only complete packets (True), only incomplete ones (False), or all (None)."""
        if complete == self._complete:
            return False
        return self._refilter(lambda: setattr(self, "_complete", complete))

    def is_filtered(self) -> bool:
        return self._allowed is not None or self._stage is not None or self._complete is not None

    def _refilter(self, change: Any) -> bool:
        self.beginResetModel()
        change()
        self._visible = self._passing()
        self.endResetModel()
        return True

    def _accepts(self, row: CandidateRow) -> bool:
        allowed, stage, complete = self._allowed, self._stage, self._complete
        return ((allowed is None or row.id in allowed) and (stage is None or row.stage == stage)
                and (complete is None or (not row.missing) == complete))

    def _passing(self) -> list[int]:
        rows = self._candidates.shown_rows() if self._candidates is not None else ()
        allowed = self._allowed
        if self._stage is None and self._complete is None:
            if allowed is None:
                return list(range(len(rows)))
            return [i for i, row in enumerate(rows) if row.id in allowed]  # the search box's case: one pass
        return [i for i, row in enumerate(rows) if self._accepts(row)]

    # -- our API ----------------------------------------------------------
    def candidate_id(self, proxy_row: int) -> int:
        assert self._candidates is not None
        return self._candidates.candidate(self._visible[proxy_row]).id

    def proxy_row_for_id(self, candidate_id: int) -> int | None:
        if self._candidates is None:
            return None
        source_row = self._candidates.row_for_id(candidate_id)
        return None if source_row is None else self._proxy_row(source_row)

    def nearest_row(self, source_row: int) -> int | None:
        """The shown row at or after `source_row` in the source's order, else the last
        one: where Qt would have moved the current row when its own row was hidden."""
        if not self._visible:
            return None
        return min(bisect_left(self._visible, source_row), len(self._visible) - 1)

    def _proxy_row(self, source_row: int) -> int | None:
        at = bisect_left(self._visible, source_row)
        return at if at < len(self._visible) and self._visible[at] == source_row else None

    # -- Qt proxy API -----------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        """Set once (the list's own model): the connections to an earlier source are not undone."""
        self.beginResetModel()
        self._candidates = model if isinstance(model, CandidateTableModel) else None
        super().setSourceModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self.beginResetModel)
            model.modelReset.connect(self._source_reset)
            model.rowsAboutToBeRemoved.connect(self._source_rows_about_to_be_removed)
            model.rowsRemoved.connect(self._source_reset)
            model.rowsInserted.connect(self._source_rows_inserted)
            model.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
            model.layoutChanged.connect(self._source_layout_changed)
            model.dataChanged.connect(self._source_data_changed)
        self._visible = self._passing()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if self._candidates is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._visible):
            return QModelIndex()
        return self._candidates.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight to the source's cell: one Python call per cell and role while painting.
        r = index.row()
        if self._candidates is None or not 0 <= r < len(self._visible):
            return None
        return self._candidates.cell(self._visible[r], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._visible):
                return None
            section = self._visible[section]
        return model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts by SortRole in one pass (CandidateTableModel.sort); the
        # shown rows follow its order through the layout change it emits.
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    # -- following the source ---------------------------------------------
    def _source_rows_about_to_be_removed(self, *_args: Any) -> None:
        self.beginResetModel()  # (the list's model never removes rows: set_rows resets instead)

    def _source_reset(self, *_args: Any) -> None:
        self._visible = self._passing()
        self.endResetModel()

    def _source_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """New source rows [first, last]: the shown ones after them move down, and the
        new ones that pass are one run of shown rows (the order is the source's)."""
        assert self._candidates is not None
        count = last - first + 1
        at = bisect_left(self._visible, first)
        self._visible[at:] = [s + count for s in self._visible[at:]]
        rows = self._candidates.shown_rows()
        new = [s for s in range(first, last + 1) if self._accepts(rows[s])]
        if new:
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._visible[at:at] = new
            self.endInsertRows()

    def _source_layout_about_to_change(self, *_args: Any) -> None:
        """A re-ordering (a sort, a re-ranking): the same candidates stay shown, and
        persistent indexes (the selection, the current row) stay on their candidate."""
        assert self._candidates is not None
        self.layoutAboutToBeChanged.emit()
        rows = self._candidates.shown_rows()
        self._held_ids = frozenset(rows[s].id for s in self._visible)
        self._held = [(i.row(), i.column(), rows[self._visible[i.row()]].id)
                      for i in self.persistentIndexList() if 0 <= i.row() < len(self._visible)]

    def _source_layout_changed(self, *_args: Any) -> None:
        assert self._candidates is not None
        rows = self._candidates.shown_rows()
        held_ids = self._held_ids
        # Membership by who was shown, not by the new values: a layout change may not
        # change the row count; values that now fail a filter come with dataChanged.
        self._visible = [i for i, row in enumerate(rows) if row.id in held_ids]
        old, new = [], []
        for was, column, candidate_id in self._held:
            source_row = self._candidates.row_for_id(candidate_id)
            row = self._proxy_row(source_row) if source_row is not None else None
            old.append(self.createIndex(was, column))
            new.append(self.createIndex(row, column) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._held, self._held_ids = [], frozenset()
        self.layoutChanged.emit()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        if (self._stage is not None or self._complete is not None) and self._visible != self._passing():
            self._refilter(lambda: None)  # a stage or packet filter and changed values: who passes changed
            return
        first = bisect_left(self._visible, top_left.row())
        last = bisect_right(self._visible, bottom_right.row()) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, top_left.column()), self.index(last, bottom_right.column()),
                                  list(roles or ()))
