"""The main window: candidate list | candidate page (profile, original, review panel).

It wires views to each other and to the core's operations; it holds no business
rules. Services come in through `AppContext`; nothing here is a global.
"""
from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from reviewer import operations as ops
from reviewer.committee_settings import CommitteeSettings
from reviewer.operations import Changes, ImportReport
from reviewer.stages import STAGES
from reviewer.startup import release_collector
from ui.candidate_list import CandidateList
from ui.candidate_page import CandidatePage, EmptyPage
from ui.connection_status import ConnectionStatus
from ui.context import AppContext
from ui.formatting import plain_markup
from ui.import_dialog import ImportController, ImportReportDialog
from ui.style import THEMES, apply_theme
from ui.welcome import WelcomePage
from ui.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    # Imported when first opened: the compare view pulls in the pydantic profile model,
    # which the first screen does not need (README, row d1).
    from ui.compare_view import CompareView

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
STARTUP_LIMIT_MS = 30_000
LIVE_REFRESH_MS = 3000  # during an import, show new candidates at most this often


class MainWindow(QMainWindow):
    ready = Signal()  # the first candidate list is on screen
    import_finished = Signal(object)  # ImportReport, after the report dialog was offered
    recent_menu: QMenu  # File > Recent folders, made by ui/menus.py
    hide_scores_action: QAction  # Reviewer > Hide others' scores…, made by ui/menus.py

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(f"CV Reviewer — {ctx.store.path.name}" if ctx.store.path else "CV Reviewer")
        self.setAcceptDrops(True)
        self.show_import_report = True  # tests and scripts may inspect the report without the dialog
        self.compare_windows: list[CompareView] = []

        self.list = CandidateList(ctx)
        # The list's query runs on a reader thread while the rest of the window is built.
        self.list.refresh()
        self.page = CandidatePage(ctx)
        self.empty = EmptyPage()
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty)
        self.detail_stack.addWidget(self.page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 840])
        self.welcome = WelcomePage()
        self.welcome.open_folder.connect(self.choose_folder)
        self.welcome.open_samples.connect(self.open_samples)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.importer = ImportController(ctx, self)
        self.importer.finished.connect(self._import_done)
        self.importer.failed.connect(lambda msg: QMessageBox.warning(self, "Import", msg))
        self.importer.progressed.connect(self._import_progress)
        self._live_refresh = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        self._live_refresh.timeout.connect(self.list.refresh)
        from ui.live_updates import LiveUpdates

        # Other machines' scores, comments, tags and candidates (ui/live_updates.py).
        self.live = LiveUpdates(ctx, self._others_changed, self)

        self.page.review_panel.reviewer_needed.connect(self.switch_reviewer)
        self.list.current_changed.connect(self._current_changed)
        self.list.selection_changed.connect(self._selection_changed)
        self.list.loaded.connect(self._list_loaded)
        self._page_after_paint: int | None = None  # the first candidate, shown after the list's first paint
        self.list.first_painted.connect(self._show_page_after_paint)
        # Start-up ends with the first whole list, or after this long if it never comes
        # (a failed read): the collector paused for start-up runs again either way.
        QTimer.singleShot(STARTUP_LIMIT_MS, self, self._end_startup)
        self.list.filtered.connect(self._update_status)
        self.list.doubleClicked.connect(lambda _i: self.page.show_profile())
        ctx.bus.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))

        self._hide_scores_toggles = 0  # the reviewer's own (a settings read sent before one is stale)
        self._build_toolbar()
        from ui.menus import build_menus

        self.shortcut_help = build_menus(self)  # what Help > Keyboard shortcuts lists
        self.connection_status = ConnectionStatus(ctx.queue, self.statusBar())
        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)
        restore_window_state(self)

    # -- toolbar ----------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = QAction("Open folder…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_folder)
        self.export_action = QAction("Export…", self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.compare_action = QAction("Compare", self, shortcut=QKeySequence("Ctrl+D"))
        self.compare_action.setToolTip("Compare the selected candidates side by side (Ctrl+D)")
        self.compare_action.triggered.connect(self.compare_selected)
        self.compare_action.setEnabled(False)
        for action in (self.open_action, self.export_action, self.compare_action):
            bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        bar.addWidget(spacer)
        self.tag_filter = QComboBox()
        self.tag_filter.setMinimumWidth(140)
        self.tag_filter.setToolTip("Show only candidates with this tag")
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.list.set_tag_filter(self.tag_filter.currentData()))
        bar.addWidget(self.tag_filter)
        self.stage_filter = QComboBox()
        self.stage_filter.setToolTip("Show only candidates at this stage")
        self.stage_filter.setAccessibleName("Stage filter")
        self.stage_filter.addItem("All stages", None)
        for stage in STAGES:
            self.stage_filter.addItem(stage.capitalize(), stage)
        self.stage_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_stage_filter(self.stage_filter.currentData()))
        bar.addWidget(self.stage_filter)
        self.complete_filter = QComboBox()
        self.complete_filter.setToolTip("Show only candidates whose application packet is complete, or incomplete")
        self.complete_filter.setAccessibleName("Packet filter")
        for text, value in (("All packets", None), ("Complete", True), ("Incomplete", False)):
            self.complete_filter.addItem(text, value)
        self.complete_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_complete_filter(self.complete_filter.currentData()))
        bar.addWidget(self.complete_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, institutions, tags, CV text (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self.list.set_query)
        self.search.returnPressed.connect(lambda: self.list.setFocus())
        bar.addWidget(self.search)
        self.reviewer_button = QToolButton()
        self.reviewer_button.setToolTip("The reviewer scoring and commenting (click to switch)")
        self.reviewer_button.clicked.connect(self.switch_reviewer)
        bar.addWidget(self.reviewer_button)
        self._show_reviewer()
        self.ctx.bus.changed.connect(self._maybe_refresh_tags)
        self._refresh_tag_filter()

    # -- actions ----------------------------------------------------------
    def choose_folder(self) -> None:
        start = (self.ctx.settings.recent_folders() or [str(Path.home())])[0]
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of CVs", start)
        if folder:
            self.import_folder(folder)

    def open_samples(self) -> None:
        self.import_folder(str(SAMPLES))

    def import_folder(self, folder: str) -> bool:
        if not Path(folder).is_dir():
            QMessageBox.warning(self, "Import", f"{folder} is not a folder.")
            return False
        if self.importer.running():
            QMessageBox.information(self, "Import", "An import is already running.")
            return False
        self.ctx.settings.add_recent_folder(folder)
        self._rebuild_recent_menu()
        self.central.setCurrentWidget(self.splitter)
        return self.importer.start(folder)

    def export(self) -> None:
        from ui.export_dialog import ExportDialog  # when first asked for, like the compare view

        dialog = ExportDialog(self.ctx, tags=[self.tag_filter.itemData(i) for i in range(1, self.tag_filter.count())],
                              default_dir=str(Path.home()), parent=self, preset_tag=self.tag_filter.currentData())
        dialog.open()

    def reparse(self) -> bool:
        if self.importer.running():
            QMessageBox.information(self, "Import", "An import is already running.")
            return False
        return self.importer.start_reparse()

    def delete_current(self) -> None:
        """Delete the selected candidates (or the shown one) with their documents and
        reviews, after asking, naming each of them (ids appear nowhere in the window)."""
        detail = self.page.detail
        ids = self.list.selected_ids() or ([detail.id] if detail else [])
        if not ids:
            return
        names = [self.list.name_of(cid) or "a candidate without a name" for cid in ids]
        if len(ids) == 1:
            who, title = names[0], "Delete candidate"
        else:
            listed = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            who, title = f"these {len(ids)} candidates ({listed})", f"Delete {len(ids)} candidates"
        answer = QMessageBox.question(
            self, title,
            plain_markup(f"Delete {who} with their documents, scores, tags and comments?\n"
                         "The CV files on disk are not touched; importing the folder again brings "
                         f"{'the candidate' if len(ids) == 1 else 'them'} back without the reviews."))
        if answer == QMessageBox.StandardButton.Yes:
            store = self.ctx.store

            def delete_all() -> Changes:
                for cid in ids:
                    ops.delete_candidate(store, candidate_id=cid)
                return Changes(candidate_ids=frozenset(ids), candidates_added_or_removed=True)

            self.ctx.write(delete_all)

    def compare_selected(self) -> None:
        ids = self.list.selected_ids()
        if len(ids) < 2:
            self.statusBar().showMessage("Select two or more candidates to compare (Ctrl+click).", 5000)
            return
        from ui.compare_view import CompareView  # see the imports at the top

        view = CompareView(self.ctx, ids[:6], None, ask_reviewer=self.switch_reviewer)
        view.destroyed.connect(lambda _o=None, v=view: self.compare_windows.remove(v)
                               if v in self.compare_windows else None)
        self.compare_windows.append(view)
        view.show()

    def set_stage_current(self, stage: str) -> None:
        """Move the current candidate to `stage` (the review panel asks for a rejection's reason)."""
        if self.list.current_id() is not None:
            self.page.review_panel.choose_stage(stage)

    def score_current(self, score: int | None) -> None:
        if self.page.candidate_id is not None and self.detail_stack.currentWidget() is self.page:
            self.page.review_panel.set_score(score)

    def add_tag_to_selection(self) -> None:
        if self.list.selected_ids():
            self.page.review_panel.focus_tag_entry()

    def switch_reviewer(self) -> bool:
        self.page.review_panel.flush_comment()
        name, ok = QInputDialog.getText(self, "Reviewer", "Your name, as the committee knows you:",
                                        QLineEdit.EchoMode.Normal, self.ctx.reviewer)
        name = " ".join(name.split())
        if not ok or not name:
            return False
        self.ctx.settings.reviewer_name = name
        self._show_reviewer()
        self.ctx.bus.reviewer_changed.emit(name)
        return True

    def set_hide_scores(self, on: bool) -> None:
        """The committee setting (shared by the database): everyone's views refresh from its Changes."""
        store = self.ctx.store
        self._hide_scores_toggles += 1
        self.ctx.write(lambda: ops.set_hide_scores_until_mine(store, on=on))

    def load_committee_settings(self) -> None:
        store = self.ctx.store
        sent = self._hide_scores_toggles

        def loaded(settings: CommitteeSettings) -> None:
            if sent != self._hide_scores_toggles:
                return  # read before the reviewer's own toggle: it would undo the tick
            self.hide_scores_action.blockSignals(True)
            self.hide_scores_action.setChecked(settings.hide_scores_until_mine)
            self.hide_scores_action.blockSignals(False)

        self.ctx.read(lambda: ops.committee_settings(store), loaded, owner=self)

    def ensure_reviewer(self) -> None:
        """First launch: ask the reviewer's name (remembered in the settings)."""
        if not self.ctx.reviewer:
            self.switch_reviewer()

    def set_theme(self, theme: str) -> None:
        self.ctx.settings.theme = theme  # type: ignore[assignment]
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        # Views built with the old palette (tints, link colours) are rebuilt with the new one.
        self.page.show_candidate(self.page.candidate_id)

    # -- reactions --------------------------------------------------------
    def _current_changed(self, candidate_id: int | None) -> None:
        self.detail_stack.setCurrentWidget(self.page if candidate_id is not None else self.empty)
        if candidate_id is not None and candidate_id == self.page.candidate_id:
            return  # the list was re-ranked or grew around the same candidate: nothing to rebuild
        if candidate_id is not None and self.list.first_paint_pending():
            # The page's read (~0.1-0.2 s of Python the first time) would hold the GIL
            # the list's first paint needs (README, row d1): it starts once that is drawn.
            self._page_after_paint = candidate_id
            return
        self.page.show_candidate(candidate_id)

    def _show_page_after_paint(self) -> None:
        wanted, self._page_after_paint = self._page_after_paint, None
        if wanted is not None and wanted == self.list.current_id():
            self.page.show_candidate(wanted)

    def _selection_changed(self, ids: list[int]) -> None:
        self.compare_action.setEnabled(len(ids) >= 2)
        self.page.review_panel.set_tag_targets(ids)
        self._update_status()

    def _list_loaded(self, count: int) -> None:
        if count == 0 and not self.importer.running():
            self.central.setCurrentWidget(self.welcome)
        else:
            self.central.setCurrentWidget(self.splitter)
            if self.list.current_id() is None and self.list.proxy.rowCount():
                self.list.move(0)
        self._update_status()
        if self.list.complete:
            self._end_startup()  # with the whole first list in it
        if not getattr(self, "_ready", False):
            self._ready = True
            self.ready.emit()

    def _update_status(self) -> None:
        total, shown = self.list.source.rowCount(), self.list.proxy.rowCount()
        self.empty.label.setText(
            "No candidate matches the search or tag filter." if total and not shown
            else "Select a candidate to read the profile.\n\nJ / K move through the list, 1–5 score.")
        text = f"{total} candidates" if shown == total else f"{shown} of {total} candidates"
        if not self.list.complete:
            text = f"Loading the list… {text} so far"
        selected = len(self.list.selected_ids())
        self.status_count.setText(text + (f" · {selected} selected" if selected > 1 else ""))

    def _import_progress(self, progress: ops.ImportProgress) -> None:
        self.statusBar().showMessage(f"Importing: {progress.done} of {progress.total}")
        if not self._live_refresh.isActive():
            # Reloading the list costs CPU the import also wants, and the GUI thread
            # shares the GIL with the reader: at most every 3 s, less often when large.
            pace = max(LIVE_REFRESH_MS, int(self.list.last_refresh_seconds * 10_000))
            self._live_refresh.start(pace)

    def _import_done(self, report: ImportReport) -> None:
        self._live_refresh.stop()
        self.statusBar().showMessage(report.summary_line(), 10000)
        if self.show_import_report:
            ImportReportDialog(report, self.importer.folder or "", self).open()
        self.import_finished.emit(report)

    def _others_changed(self) -> None:
        self.list.schedule_refresh()
        self.page.review_panel.refresh_reviews()
        self.page.review_panel.refresh_tag_names()

    def _maybe_refresh_tags(self, changes: Changes) -> None:
        if changes.tags or changes.candidates_added_or_removed:
            self._refresh_tag_filter()

    def _refresh_tag_filter(self) -> None:
        store = self.ctx.store

        def fill(tags: list[str]) -> None:
            current = self.tag_filter.currentData()
            self.tag_filter.blockSignals(True)
            self.tag_filter.clear()
            self.tag_filter.addItem("All tags", None)
            for tag in tags:
                self.tag_filter.addItem(tag, tag)
            index = self.tag_filter.findData(current) if current else 0
            self.tag_filter.setCurrentIndex(max(index, 0))
            self.tag_filter.blockSignals(False)
            if current and index < 0:
                self.list.set_tag_filter(None)

        self.ctx.read(lambda: ops.all_tags(store), fill, owner=self)

    def _show_reviewer(self) -> None:
        self.reviewer_button.setText(f"Reviewer: {self.ctx.reviewer or '(not set)'}")

    def _rebuild_recent_menu(self) -> None:
        from ui.menus import fill_recent_menu

        fill_recent_menu(self)

    # -- drag and drop ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() and Path(u.toLocalFile()).is_dir() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        folders = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        folders = [f for f in folders if Path(f).is_dir()]
        if folders:
            event.acceptProposedAction()
            self.import_folder(folders[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.review_panel.flush_comment()
        for view in list(self.compare_windows):
            view.close()
        self.importer.cancel()
        save_window_state(self)
        self.ctx.tasks.wait_for_done(60_000)  # let the last writes and a cancelled import finish
        self.ctx.queue.close()  # what the server has not taken yet waits in a file for the next start
        self._end_startup()  # closed before its first list was in
        gc.unfreeze()  # this window's objects may be collected again (tests open many windows)
        event.accept()

    def _end_startup(self) -> None:
        """Once per window: what start-up built (modules, classes, Qt wrappers, the
        first list: ~80,000 tracked objects) leaves the collector's reach, and the
        collector paused for start-up runs again (reviewer/startup.py)."""
        if not getattr(self, "_startup_ended", False):
            self._startup_ended = True
            release_collector()


__all__ = ["MainWindow", "THEMES"]
