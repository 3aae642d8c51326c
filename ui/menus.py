"""Menus and keyboard shortcuts of the main window. Each entry is made by one call
that also writes its line of the Help shortcut list, so the list shows the keys
the actions really have."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMenuBar, QMessageBox, QWidget

from reviewer.stages import NEEDS_REASON, STAGES
from ui.committee_modes import blind_action, triage_action
from ui.style import THEMES

if TYPE_CHECKING:
    from ui.candidate_list import CandidateList
    from ui.candidate_page import CandidatePage
    from ui.context import AppContext


class MainWindow(Protocol):
    """What the menus use of the main window. Named here rather than imported
    from ui/main_window.py, which builds the menus: importing it back would close
    an import cycle."""

    ctx: AppContext
    list: CandidateList
    page: CandidatePage
    search: QLineEdit
    recent_menu: QMenu
    open_action: QAction
    export_action: QAction
    compare_action: QAction
    hide_scores_action: QAction

    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def open_samples(self) -> None: ...
    def import_folder(self, folder: str) -> bool: ...
    def reparse(self) -> bool: ...
    def score_current(self, score: int | None) -> None: ...
    def add_tag_to_selection(self) -> None: ...
    def delete_current(self) -> None: ...
    def set_theme(self, theme: str) -> None: ...
    def switch_reviewer(self) -> bool: ...
    def set_stage_current(self, stage: str) -> None: ...
    def set_hide_scores(self, on: bool) -> None: ...
    def load_committee_settings(self) -> None: ...


def _widget(window: MainWindow) -> QWidget:
    return cast(QWidget, window)  # the real window is a QMainWindow: a parent for actions and boxes


@dataclass(frozen=True)
class HelpLine:
    """One line of Help > Keyboard shortcuts, read from the action it describes
    (None for a key of another window, such as Compare's, given by `keys`)."""

    action: QAction | None
    what: str
    keys: str | None = None  # shown instead of the action's own shortcut, for a group ("1 – 5")

    def shown_keys(self) -> str:
        if self.keys or self.action is None:
            return self.keys or ""
        return self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


@dataclass
class _Builder:
    """Makes each menu entry and, when it has a shortcut worth telling, its help line:
    the menus and the shortcut list come from the same calls, so they cannot drift."""

    window: MainWindow
    help: list[HelpLine] = field(default_factory=list)

    def action(self, menu: QMenu | None, text: str, shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
               slot: Callable[[], object], *, help: str | None = None, keys: str | None = None) -> QAction:
        action = QAction(text, _widget(self.window))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.add(menu, action, help=help, keys=keys)
        return action

    def add(self, menu: QMenu | None, action: QAction, *, help: str | None = None,
            keys: str | None = None) -> None:
        if menu is not None:
            menu.addAction(action)
        else:
            self.window.addAction(action)  # a shortcut without a menu entry
        if help is not None:
            self.help.append(HelpLine(action, help, keys))


def build_menus(window: MainWindow) -> list[HelpLine]:
    """Fill the menu bar; returns the shortcut list Help shows (tests read it too)."""
    b = _Builder(window)
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    b.add(file_menu, window.open_action, help="Open a folder of CVs")
    b.action(file_menu, "Open sample CVs", None, window.open_samples)
    window.recent_menu = file_menu.addMenu("Recent folders")
    fill_recent_menu(window)
    b.action(file_menu, "Update profiles read by an older parser", None, window.reparse)
    file_menu.addSeparator()
    b.add(file_menu, window.export_action, help="Export the shortlist")
    file_menu.addSeparator()
    b.action(file_menu, "Quit", QKeySequence.StandardKey.Quit, window.close, help="Quit")

    cand = bar.addMenu("&Candidate")
    b.action(cand, "Next", "J", lambda: window.list.move(+1), help="Next / previous candidate",
             keys="J / K, Down / Up")
    b.action(cand, "Previous", "K", lambda: window.list.move(-1))
    cand.addSeparator()
    score_menu = cand.addMenu("Score")
    for n in range(1, 6):
        b.action(score_menu, f"{n}", str(n), partial(window.score_current, n),
                 help="Score the candidate (again to keep, 0 clears)" if n == 1 else None, keys="1 – 5")
    b.action(score_menu, "Clear my score", "0", partial(window.score_current, None))
    b.action(cand, "Add tag…", "T", window.add_tag_to_selection, help="Add a tag (to every selected candidate)")
    b.action(cand, "Undo my last change", QKeySequence.StandardKey.Undo, lambda: undo_last(window),
             help="Undo my last change (score, tag, comment, stage, correction)")
    stage_menu = cand.addMenu("Stage")
    for stage in STAGES:
        b.action(stage_menu, stage.capitalize() + ("…" if stage in NEEDS_REASON else ""), None,
                 partial(window.set_stage_current, stage))
    b.action(cand, "Declare / remove conflict of interest…", None,
             window.page.review_panel.conflict_box.toggle_conflict)
    b.action(cand, "Correct name", "F2", window.page.header.start_name_edit, help="Correct the name")
    b.action(cand, "Correct fields…", None, window.page.correct_fields)
    cand.addSeparator()
    b.add(cand, window.compare_action, help="Compare the selected candidates")
    b.action(cand, "Profile", "Ctrl+1", window.page.show_profile,
             help="Profile / original document / history / packet", keys="Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4")
    b.action(cand, "Original document", "Ctrl+2", window.page.show_document)
    b.action(cand, "History", "Ctrl+3", window.page.show_history)
    b.action(cand, "Packet", "Ctrl+4", window.page.show_packet)
    cand.addSeparator()
    b.action(cand, "Delete candidate…", None, window.delete_current)

    view = bar.addMenu("&View")
    def search() -> None:
        window.search.setFocus()
        window.search.selectAll()

    b.action(view, "Search", QKeySequence.StandardKey.Find, search, help="Search")
    theme_menu = view.addMenu("Theme")
    group = QActionGroup(_widget(window))
    for theme in THEMES:
        action = QAction(theme.capitalize(), _widget(window), checkable=True)
        action.setChecked(window.ctx.settings.theme == theme)
        action.triggered.connect(lambda _c=False, t=theme: window.set_theme(t))
        group.addAction(action)
        theme_menu.addAction(action)

    reviewer = bar.addMenu("&Reviewer")
    b.action(reviewer, "Switch reviewer…", None, window.switch_reviewer)
    b.action(reviewer, "My institution…", None, lambda: ask_affiliation(window))
    reviewer.addSeparator()
    window.hide_scores_action = QAction("Hide others' scores until mine is in (committee)", _widget(window),
                                         checkable=True)
    window.hide_scores_action.setToolTip("For everyone on this database: a reviewer sees the others' scores and "
                                         "comments for a candidate only after scoring that candidate")
    window.hide_scores_action.toggled.connect(window.set_hide_scores)
    reviewer.addAction(window.hide_scores_action)
    window.load_committee_settings()
    blind_action(window.ctx, _widget(window), reviewer)
    reviewer.addSeparator()
    b.add(None, triage_action(window.ctx, _widget(window), reviewer),
          help="Triage: my unreviewed candidates one by one")

    # Compare is its own window (ui/compare_view.py binds these keys there).
    b.help.append(HelpLine(None, "Close the compare window", "Ctrl+W / Esc"))

    help_menu = bar.addMenu("&Help")
    b.action(help_menu, "Keyboard shortcuts", QKeySequence.StandardKey.HelpContents,
             lambda: show_shortcuts(window, b.help), help="This list")
    return b.help


def undo_last(window: MainWindow) -> None:
    """Undo the current reviewer's own last change; the status bar says what (a refusal
    arrives there too, through the context's failure signal)."""
    from PySide6.QtWidgets import QMainWindow

    from reviewer import operations as ops

    ctx = window.ctx
    if not ctx.reviewer:
        return
    store, me = ctx.store, ctx.reviewer
    bar = cast(QMainWindow, window).statusBar()
    ctx.write(lambda: ops.undo_last(store, reviewer=me),
              on_done=lambda changes: bar.showMessage(f"Undone: {changes.undone}", 8000))


def ask_affiliation(window: MainWindow) -> None:
    """The reviewer's own institution: a candidate who was there in the last few years
    is suggested as a possible conflict of interest."""
    from PySide6.QtWidgets import QInputDialog

    from reviewer import operations as ops

    ctx = window.ctx
    if not ctx.reviewer:
        return
    store, me = ctx.store, ctx.reviewer
    current = ops.reviewer_affiliation(store, reviewer=me) or ""
    value, ok = QInputDialog.getText(_widget(window), "My institution",
                                     f"Where {me} works (suggests conflicts with candidates who were there "
                                     "recently; empty: none)", text=current)
    if ok:
        ctx.write(lambda: ops.set_affiliation(store, reviewer=me, affiliation=value))


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    folders = window.ctx.settings.recent_folders()
    for folder in folders:
        action = menu.addAction(folder)
        action.triggered.connect(lambda _c=False, f=folder: window.import_folder(f))
    if folders:
        menu.addSeparator()
        clear = menu.addAction("Clear list")
        def clear_list() -> None:
            window.ctx.settings.clear_recent_folders()
            fill_recent_menu(window)

        clear.triggered.connect(clear_list)
    menu.setEnabled(bool(folders))


def shortcut_text(lines: list[HelpLine]) -> str:
    # A standard key (Quit, Help) the platform leaves unbound has nothing to show.
    return "\n".join(f"{line.shown_keys():<20}  {line.what}" for line in lines if line.shown_keys())


def show_shortcuts(window: MainWindow, lines: list[HelpLine]) -> None:
    box = QMessageBox(_widget(window))
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shortcut_text(lines))
    box.open()
