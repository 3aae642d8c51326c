"""Menus and keyboard shortcuts of the main window, built in one place so the
shortcut list in Help stays true."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from reviewer.stages import NEEDS_REASON, STAGES
from ui.style import THEMES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHORTCUTS = [
    ("Ctrl+O", "Open a folder of CVs"),
    ("Ctrl+F", "Search"),
    ("Ctrl+E", "Export the shortlist"),
    ("J / K, Down / Up", "Next / previous candidate"),
    ("1 – 5", "Score the candidate (again to keep, 0 clears)"),
    ("T", "Add a tag (to every selected candidate)"),
    ("Ctrl+D", "Compare the selected candidates"),
    ("Ctrl+1 / Ctrl+2", "Profile / original document"),
    ("F2", "Correct the candidate's name"),
    ("Ctrl+W / Esc", "Close the compare window"),
    ("F1", "This list"),
]


def _action(window: MainWindow, text: str, shortcut: str | QKeySequence | None, slot, *,  # noqa: ANN001
            menu=None) -> QAction:  # noqa: ANN001
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    else:
        window.addAction(action)  # a shortcut without a menu entry
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(window.open_action)
    _action(window, "Open sample CVs", None, window.open_samples, menu=file_menu)
    window.recent_menu = file_menu.addMenu("Recent folders")
    fill_recent_menu(window)
    _action(window, "Update profiles read by an older parser", None, window.reparse, menu=file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    _action(window, "Quit", QKeySequence.StandardKey.Quit, window.close, menu=file_menu)

    cand = bar.addMenu("&Candidate")
    _action(window, "Next", "J", lambda: window.list.move(+1), menu=cand)
    _action(window, "Previous", "K", lambda: window.list.move(-1), menu=cand)
    cand.addSeparator()
    score_menu = cand.addMenu("Score")
    for n in range(1, 6):
        _action(window, f"{n}", str(n), lambda n=n: window.score_current(n), menu=score_menu)
    _action(window, "Clear my score", "0", lambda: window.score_current(None), menu=score_menu)  # type: ignore[arg-type]
    _action(window, "Add tag…", "T", window.add_tag_to_selection, menu=cand)
    stage_menu = cand.addMenu("Stage")
    for stage in STAGES:
        _action(window, stage.capitalize() + ("…" if stage in NEEDS_REASON else ""), None,
                lambda s=stage: window.set_stage_current(s), menu=stage_menu)
    _action(window, "Correct name", "F2", window.page.header.start_name_edit, menu=cand)
    _action(window, "Correct fields…", None, window.page.correct_fields, menu=cand)
    cand.addSeparator()
    cand.addAction(window.compare_action)
    _action(window, "Profile", "Ctrl+1", window.page.show_profile, menu=cand)
    _action(window, "Original document", "Ctrl+2", window.page.show_document, menu=cand)
    cand.addSeparator()
    _action(window, "Delete candidate…", None, window.delete_current, menu=cand)

    view = bar.addMenu("&View")
    _action(window, "Search", QKeySequence.StandardKey.Find, lambda: (window.search.setFocus(),
                                                                      window.search.selectAll()), menu=view)
    theme_menu = view.addMenu("Theme")
    group = QActionGroup(window)
    for theme in THEMES:
        action = QAction(theme.capitalize(), window, checkable=True)
        action.setChecked(window.ctx.settings.theme == theme)
        action.triggered.connect(lambda _c=False, t=theme: window.set_theme(t))
        group.addAction(action)
        theme_menu.addAction(action)

    reviewer = bar.addMenu("&Reviewer")
    _action(window, "Switch reviewer…", None, window.switch_reviewer, menu=reviewer)
    reviewer.addSeparator()
    window.hide_scores_action = QAction("Hide others' scores until mine is in (committee)", window, checkable=True)
    window.hide_scores_action.setToolTip("For everyone on this database: a reviewer sees the others' scores and "
                                         "comments for a candidate only after scoring that candidate")
    window.hide_scores_action.toggled.connect(window.set_hide_scores)
    reviewer.addAction(window.hide_scores_action)
    window.load_committee_settings()

    help_menu = bar.addMenu("&Help")
    _action(window, "Keyboard shortcuts", QKeySequence.StandardKey.HelpContents,
            lambda: show_shortcuts(window), menu=help_menu)


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
        clear.triggered.connect(lambda: (window.ctx.settings.clear_recent_folders(), fill_recent_menu(window)))
    menu.setEnabled(bool(folders))


def show_shortcuts(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("\n".join(f"{keys:<20}  {what}" for keys, what in SHORTCUTS))
    box.open()
