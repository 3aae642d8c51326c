"""The candidate table view: model + filtered view (ui.candidate_proxy), the search
box's query through the core, selection helpers and saved column widths."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reviewer import operations as ops
from reviewer.operations import CandidateRow
from ui.candidate_model import CandidateTableModel, Column, IdRole, runs
from ui.candidate_proxy import CandidateFilterProxy
from ui.context import AppContext

# Searching: one query at a time on a reader thread (ids only: ~1-15 ms at 10,000
# candidates). A key typed while it runs waits for it, and the latest text is
# searched as soon as it returns: no fixed debounce to wait out, and at most one
# search behind the typing; a result for text typed past is never shown.
# When a search hides the current candidate, Qt moves "current" to a neighbour; the
# page follows it only once the search box has been quiet this long (counted from the
# last key, and never while a search is on its way). Loading and drawing a
# page costs ~100 ms of CPU, which would land between a keystroke and the filtered
# list; and a search cleared meanwhile brings back the candidate the page still shows.
FILTERED_PAGE_DELAY_MS = 150
# An empty list (the window opening) loads this many rows first, then the rest: a
# screenful of 10,000 candidates is on screen in half the time of the whole list.
FIRST_ROWS = 100
# The reader starts on the rest once those rows are painted, or after this long (a
# hidden list never paints). Ranking the rest is ~0.2 s of Python: run at once, it
# held the GIL the first paint's hundreds of data() calls each had to wait for, and
# stretched a ~30 ms paint to 80-120 ms (README, row d1).
FIRST_PAINT_WAIT_S = 0.25
COLUMN_WIDTHS = {Column.RANK: 34, Column.WARNINGS: 26, Column.NAME: 160, Column.MY_SCORE: 46,
                 Column.MEAN_SCORE: 48, Column.REVIEWS: 60, Column.PUBLICATIONS: 44, Column.FIRST_AUTHOR: 36,
                 Column.TAGS: 120, Column.POSITION: 220, Column.DEGREE: 220, Column.STAGE: 74,
                 Column.MEDIAN: 52, Column.SPREAD: 52, Column.STDEV: 40, Column.CALIBRATED: 52,
                 Column.COMPLETE: 74}
# Columns added after the first layout: (column, the column it is shown after), in order.
PLACED_AFTER = [(Column.MEDIAN, Column.MEAN_SCORE), (Column.SPREAD, Column.MEDIAN), (Column.STDEV, Column.SPREAD),
                (Column.CALIBRATED, Column.STDEV), (Column.STAGE, Column.REVIEWS),
                (Column.COMPLETE, Column.STAGE)]


class CandidateList(QTableView):
    """All candidates; filtered by the core's search and tag filter; multi-select."""

    current_changed = Signal(object)  # candidate id or None
    selection_changed = Signal(list)  # selected candidate ids
    loaded = Signal(int)  # number of candidates, after each refresh
    filtered = Signal()  # a search or tag filter was applied
    searching = Signal(str)  # a query was sent to the core (what benchmarks time from)
    first_painted = Signal()  # the window's first rows were drawn (or FIRST_PAINT_WAIT_S passed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.source = CandidateTableModel(self)
        self.proxy = CandidateFilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.horizontalHeader().setSortIndicatorClearable(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for column, after in PLACED_AFTER:
            header.moveSection(header.visualIndex(column), header.visualIndex(after) + 1)
        self.setAccessibleName("Candidates")

        self._query = ""
        self._tag: str | None = None
        self._list_request = 0
        self._filter_request = 0
        self._searched: tuple[str, str | None] | None = None  # (query, tag) of the last search started
        self._in_flight = 0  # searches sent to the reader thread and not back yet
        self._filtering = False  # the proxy is applying a new filter
        self._page_delay = QTimer(self, singleShot=True, interval=FILTERED_PAGE_DELAY_MS)
        self._page_delay.timeout.connect(self._follow_current)
        self._remembered: tuple[list[int], int | None] = ([], None)  # selection before a filter hid it
        self.first_rows = FIRST_ROWS
        self.complete = True  # False while only the first rows of the list are in
        self._first_painted: threading.Event | None = None  # set once the first rows are drawn
        self._first_paint_limit = QTimer(self, singleShot=True, interval=int(FIRST_PAINT_WAIT_S * 1000))
        self._first_paint_limit.timeout.connect(self._first_paint_done)  # a list never shown
        self.last_refresh_seconds = 0.0  # how long the last full reload took (paces live refreshes)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)  # coalesces bursts of changes
        self._refresh_timer.timeout.connect(self.refresh)
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit(self.selected_ids()))
        ctx.bus.changed.connect(lambda _c: self.schedule_refresh())
        ctx.bus.reviewer_changed.connect(lambda _n: self.schedule_refresh())

    # -- data -------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Reload every row from the core (off the GUI thread), keeping the selection.
        Into an empty list the first rows come first (`first_rows`), then the rest."""
        self._list_request += 1
        request, store, me = self._list_request, self._ctx.store, self._ctx.reviewer or None
        started = time.perf_counter()
        first = self.first_rows if not self.source.rowCount() else 0
        steps = [0]

        def loaded(rows: list[CandidateRow]) -> None:
            steps[0] += 1
            complete = not first or len(rows) < first or steps[0] == 2
            if complete:
                self.last_refresh_seconds = time.perf_counter() - started
            if request == self._list_request:
                self.complete = complete
                if self._first_painted is not None and not self._first_paint_limit.isActive():
                    self._first_paint_limit.start()
                self._apply_rows(rows)

        if first:
            painted = self._first_painted = threading.Event()

            def in_steps() -> Iterator[list[CandidateRow]]:  # reader thread
                for step, rows in enumerate(ops.list_candidates_in_steps(store, reviewer=me, first=first)):
                    yield rows
                    if step == 0 and len(rows) == first:  # the rest follows (none if that was everyone)
                        painted.wait(FIRST_PAINT_WAIT_S)  # the GIL is the first paint's meanwhile

            self._ctx.read_in_steps(in_steps, loaded, owner=self)
        else:
            self._ctx.read(lambda: ops.list_candidates(store, reviewer=me), loaded, owner=self)

    def first_paint_pending(self) -> bool:
        """The window's first rows are not drawn yet: work that can wait (the rest of
        the list, the first candidate's page) leaves the GIL to that paint."""
        return self._first_painted is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_painted is not None and self.source.rowCount():
            self._first_paint_done()

    def _first_paint_done(self) -> None:
        if self._first_painted is not None:
            self._first_painted.set()  # the reader may rank the rest now (`refresh`)
            self._first_painted = None
            self._first_paint_limit.stop()
            self.first_painted.emit()

    def _apply_rows(self, rows: list[CandidateRow]) -> None:
        current, selected = self.current_id(), self.selected_ids()
        self.source.set_rows(rows)
        if current is not None and self.current_id() != current:
            self.select_ids(selected or [current], current=current)
        if self._query or self._tag:
            self._run_filter()  # tags or text may have changed what matches
        self.loaded.emit(len(rows))

    # -- filtering --------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Search at once, or, while a search runs, as soon as it returns (for the latest text)."""
        self._query = text.strip()
        if self._page_delay.isActive():
            self._page_delay.start()  # the page follows once the typing pauses, not between two keys
        if self._in_flight and (self._query or self._tag):
            return  # `_search_returned` searches for the latest text
        self._run_filter()

    def _search_returned(self) -> None:
        self._in_flight -= 1
        if not self._in_flight and self._searched != (self._query, self._tag):
            self._run_filter()

    def set_stage_filter(self, stage: str | None) -> None:
        """Only candidates at `stage` (None: every stage)."""
        self._refilter_keeping_selection(lambda: self.proxy.set_stage(stage or None))
        self.filtered.emit()

    def set_complete_filter(self, complete: bool | None) -> None:
        """Only complete packets (True), incomplete ones (False), or all (None)."""
        self._refilter_keeping_selection(lambda: self.proxy.set_complete(complete))
        self.filtered.emit()

    def set_tag_filter(self, tag: str | None) -> None:
        self._tag = tag or None
        self._run_filter()

    def _run_filter(self) -> None:
        """Ask the core (on the reader thread) for the ids that match; the proxy shows those."""
        self._filter_request += 1
        self._searched = (self._query, self._tag)
        if not self._query and not self._tag:
            self._filter_keeping_selection(None)
            return
        request, store = self._filter_request, self._ctx.store
        query, tag = self._query or None, self._tag

        def matched(ids: set[int]) -> None:
            # A result for text the user has since typed past is dropped: the search
            # for the current text starts now (in _search_returned).
            if request == self._filter_request and (query or "", tag) == (self._query, self._tag):
                self._filter_keeping_selection(ids)
            self._search_returned()

        self._in_flight += 1
        self.searching.emit(query or "")
        self._ctx.read(lambda: ops.matching_ids(store, query=query, tag=tag), matched, owner=self,
                       on_failed=lambda _error: self._search_returned())

    def _filter_keeping_selection(self, ids: set[int] | None) -> None:
        """Show `ids` (None: everyone) without losing the reviewer's place."""
        self._refilter_keeping_selection(lambda: self.proxy.set_allowed_ids(ids))
        self.filtered.emit()

    def _refilter_keeping_selection(self, refilter: Callable[[], bool]) -> None:
        """Apply a filter (`refilter` says whether what is shown was reset) and put the
        reviewer's place back: the selected candidates still shown stay selected; the
        ones a search hid are selected again when a later search (or clearing it) shows
        them; the current candidate stays current if shown, else its neighbour in the
        list's order becomes current (announced after FILTERED_PAGE_DELAY_MS), and the
        current row is scrolled into view."""
        selected, before = self.selected_ids(), self.current_id()
        if selected:
            self._remembered = (selected, before)
        anchor = self.source.row_for_id(before) if before is not None else None
        self._filtering = True
        try:
            if refilter():  # a reset: no selection, no current row
                self._restore_place(selected, before, anchor)
            elif self.current_id() is not None:
                self.scrollTo(self.currentIndex())
        finally:
            self._filtering = False
        if self.current_id() != before:
            if self.current_id() is None:  # nothing left to show: the empty page at once
                self._page_delay.stop()
                self.current_changed.emit(None)
            else:
                self._page_delay.start()

    def _restore_place(self, selected: list[int], before: int | None, anchor: int | None) -> None:
        def shown(ids: list[int]) -> list[int]:
            return [cid for cid in ids if self.proxy.proxy_row_for_id(cid) is not None]

        keep = shown(selected)
        current = before if before is not None and shown([before]) else None
        if not keep:
            kept, was_current = self._remembered
            keep = shown(kept)
            if keep:
                current = was_current if was_current in keep else keep[0]
        if current is None and anchor is not None:
            row = self.proxy.nearest_row(anchor)
            current = self.proxy.candidate_id(row) if row is not None else None
        self.select_ids(keep, current=current)

    # -- selection --------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.proxy.candidate_id(r) for r in rows]

    def select_ids(self, ids: list[int], *, current: int | None = None) -> None:
        model = self.selectionModel()
        rows = sorted(r for r in map(self.proxy.proxy_row_for_id, ids) if r is not None)
        selection = QItemSelection()
        for first, last in runs(rows):  # one selection change, however many rows
            selection.select(self.proxy.index(first, 0), self.proxy.index(last, 0))
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
        target = current if current is not None else (ids[0] if ids else None)
        row = self.proxy.proxy_row_for_id(target) if target is not None else None
        if row is not None:
            model.setCurrentIndex(self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(self.proxy.index(row, 0))

    def name_of(self, candidate_id: int) -> str | None:
        row = self.source.row_for_id(candidate_id)
        return self.source.candidate(row).name if row is not None else None

    def move(self, step: int) -> None:
        """Next (+1) or previous (-1) candidate in the visible order."""
        count = self.proxy.rowCount()
        if not count:
            return
        row = self.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        index = self.proxy.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def _follow_current(self) -> None:
        """The page catches up with a current row a search moved, once the search box
        has been quiet for FILTERED_PAGE_DELAY_MS: not between two keys, nor while a
        search is still on its way (its result may move the current row again)."""
        if self._in_flight:
            self._page_delay.start()
            return
        self.current_changed.emit(self.current_id())

    def _current_row_changed(self, current, _previous) -> None:  # noqa: ANN001 - Qt's signature
        if self._filtering:
            return  # a search moved it: announced after FILTERED_PAGE_DELAY_MS
        self._page_delay.stop()  # the reviewer's own move is announced at once
        self.current_changed.emit(int(current.data(IdRole)) if current.isValid() else None)
