"""Help > Keyboard shortcuts lists every shortcut the menus bind, with the keys the
actions really have (both come from one table in ui/menus.py)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    window,
)
from ui.menus import shortcut_text


def _menu_actions(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        out += _menu_actions(action.menu()) if action.menu() else [action]
    return out


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def test_every_bound_shortcut_is_in_the_help_list(qtbot, window):  # noqa: F811
    text = shortcut_text(window.shortcut_help)
    bound = [a for m in window.menuBar().findChildren(QMenu) for a in _menu_actions(m) if _keys(a)]
    assert len(bound) >= 15
    missing = []
    for action in bound:
        keys = _keys(action)
        grouped = (keys in "2345" and "1 – 5" in text) or (keys == "0" and "0 clears" in text)
        if keys not in text and not grouped:
            missing.append(f"{action.text()} ({keys})")
    assert missing == []


def test_each_help_line_shows_its_action_s_own_keys(qtbot, window):  # noqa: F811
    text = shortcut_text(window.shortcut_help)
    for line in window.shortcut_help:
        if line.keys is None:
            assert line.shown_keys() == _keys(line.action)
            assert (f"{_keys(line.action):<20}  {line.what}" in text) == bool(_keys(line.action))
        elif line.action is not None:
            assert _keys(line.action) in line.keys  # a group names its first member's keys
    export = next(line for line in window.shortcut_help if line.action is window.export_action)
    window.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))  # rebinding shows up in Help at once
    assert export.shown_keys() == "Ctrl+Shift+E"
