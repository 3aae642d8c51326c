"""Import: the background job, its progress dialog and the report at the end.

`ImportController` runs `operations.import_folder` in a child process (see
ui/import_process.py; the core parses in worker processes of its own), watched
by a background thread; progress arrives as queued signals, Cancel sets the
event the core polls, and what finished before the cancel is kept.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.operations import FileResult, ImportProgress, ImportReport
from ui.context import AppContext
from ui.formatting import plain_markup
from ui.import_process import run_in_child
from ui.tasks import TaskContext
from ui.widgets import plain_label

SHOW_EVERY_MS = 100  # ten updates a second read as live and cost the GUI thread little
OUTCOME_ORDER = {"failed": 0, "added": 1, "updated": 2, "unchanged": 3}


class ImportProgressDialog(QDialog):
    """Count, current file, a bar and Cancel. Non-modal: the window stays usable."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Importing CVs")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(title, wrap=True, selectable=False, bold=True))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the core reports the total
        self.bar.setTextVisible(False)  # the count is written below, in words
        self.count = plain_label("Scanning the folder…", wrap=False, selectable=False)
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setMinimumWidth(480)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addWidget(self.current)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip("Stop after the files being read now; what is done is kept")
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(buttons)
        self.pending: ImportProgress | None = None  # the newest report
        self.shown: ImportProgress | None = None  # the report on screen
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_EVERY_MS)
        self._show_timer.timeout.connect(self._show_pending)

    def update_progress(self, progress: ImportProgress) -> None:
        """Progress arrives once a file; the dialog shows the newest at most every SHOW_EVERY_MS.
        QProgressBar.setValue repaints at once (not at the next event-loop turn), so painting
        every report held the GUI thread for tens of ms at a time during a fast import."""
        self.pending = progress
        if progress.done >= progress.total > 0:
            self._show_pending()  # the last count is never left waiting
        elif not self._show_timer.isActive():
            self._show_timer.start()

    def _show_pending(self) -> None:
        self._show_timer.stop()
        progress = self.pending
        if progress is None:
            return
        self.shown = progress
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.count.setText(f"{progress.done} of {progress.total} files")
        name = Path(progress.current).name if progress.current else ""
        metrics = self.current.fontMetrics()
        self.current.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, self.current.width()))
        self.current.setToolTip(plain_markup(progress.current))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.count.setText(self.count.text() + " — cancelling…")
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc or the window's close button also cancel
        if self.cancel_button.isEnabled():
            self._cancel()


# Reports up to this many files wrap their reasons in the table (rows measured one by one).
WRAP_ROWS_UP_TO = 300


class ImportReportModel(QAbstractTableModel):
    """One row per file: outcome, file, reason. Failed files first."""

    HEADERS = ("Outcome", "File", "Reason")

    def __init__(self, report: ImportReport, parent: QObject | None = None, *, folder: str | None = None) -> None:
        super().__init__(parent)
        self._folder = Path(folder) if folder else None
        self.results: list[FileResult] = sorted(report.results,
                                                key=lambda r: (OUTCOME_ORDER.get(r.outcome, 9), r.path))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        r = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.outcome, self._shown_path(r.path), r.reason or "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (None, r.path, r.reason)[index.column()]
            return plain_markup(tip) if tip else None
        return None

    def _shown_path(self, path: str) -> str:
        """Relative to the imported folder, which the dialog names once above the table."""
        if self._folder is not None:
            try:
                return str(Path(path).relative_to(self._folder))
            except ValueError:
                pass
        return path

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self.HEADERS[section]
        return None


class ImportReportDialog(QDialog):
    """Added / updated / unchanged / failed, with the reason for each failure."""

    def __init__(self, report: ImportReport, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle("Import report")
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(folder, wrap=True, dim=True))
        self.summary = plain_label(report.summary_line(), wrap=True, bold=True, scale=1.1)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(plain_label("Show", wrap=False, selectable=False))
        self.filter = QComboBox()
        self.filter.addItem(f"All files ({len(report.results)})", "")
        for outcome in ("failed", "added", "updated", "unchanged"):
            self.filter.addItem(f"{outcome.capitalize()} ({report.count(outcome)})", outcome)
        row.addWidget(self.filter)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = ImportReportModel(report, self, folder=folder)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.setFilterFixedString(self.filter.currentData()))
        if report.count("failed"):
            self.filter.setCurrentIndex(1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(1, 360)
        if len(report.results) <= WRAP_ROWS_UP_TO:
            # Reasons are sentences: wrap them instead of cutting them mid-sentence (a row
            # measured per file is affordable for a report of this size).
            self.table.setWordWrap(True)
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        # The chosen file's whole path and reason, however long, wrapped and selectable.
        self.detail = plain_label("", wrap=True)
        self.detail.setMinimumHeight(self.detail.fontMetrics().height() * 3)
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_detail(current))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.detail.setText("")
            return
        result = self.model.results[self.proxy.mapToSource(index).row()]
        self.detail.setText(f"{result.path}\n{result.outcome}" + (f": {result.reason}" if result.reason else ""))


class ImportController(QObject):
    """Runs one import at a time for the main window and reports back through signals."""

    started = Signal(str)
    progressed = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: TaskContext | None = None
        self.dialog: ImportProgressDialog | None = None
        self.folder: str | None = None
        self.show_dialogs = True

    def running(self) -> bool:
        return self._task is not None

    def start(self, folder: str) -> bool:
        """Import `folder`; False when another import is still running."""
        url = self._store_url()

        def work(task: TaskContext) -> ImportReport:  # a background thread: no widgets
            return run_in_child(task, url, "import", folder=folder)

        return self._start(work, folder, f"Importing {folder}")

    def start_reparse(self, *, everything: bool = False) -> bool:
        """Parse stored documents again with the current parser (all of them with `everything`)."""
        url = self._store_url()

        def work(task: TaskContext) -> ImportReport:  # a background thread: no widgets
            return run_in_child(task, url, "reparse", everything=everything)

        return self._start(work, "", "Parsing the stored CVs again")

    def _store_url(self) -> str:
        return self._ctx.store.engine.url.render_as_string(hide_password=False)

    def _start(self, work, folder: str, title: str) -> bool:  # noqa: ANN001
        if self._task is not None:
            return False
        self.folder = folder
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        if self.show_dialogs:
            self.dialog = ImportProgressDialog(title, parent)
            self.dialog.cancel_requested.connect(self.cancel)
            self.dialog.show()
        self._task = self._ctx.tasks.run_long(work, on_done=self._done, on_failed=self._failed,
                                         on_progress=self._progress)
        self.started.emit(folder)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, progress: ImportProgress) -> None:
        if self.dialog:
            self.dialog.update_progress(progress)
        self.progressed.emit(progress)

    def _close_dialog(self) -> None:
        if self.dialog:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._task = None

    def _done(self, report: ImportReport) -> None:
        self._close_dialog()
        self._ctx.bus.changed.emit(report.changes())
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.failed.emit(f"The import stopped: {error}")
