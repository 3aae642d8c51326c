"""The main window's geometry, toolbar, splitters and list columns, kept per desk
in the settings (ui/settings.py) and restored at the next start."""
from __future__ import annotations

from typing import Any


def restore_window_state(window: Any) -> None:  # ui.main_window.MainWindow (not imported: no cycle)
    s = window.ctx.settings
    if (geometry := s.state("geometry")) is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    if (state := s.state("windowState")) is not None:
        window.restoreState(state)
    if (sizes := s.state("mainSplitter")) is not None:
        window.splitter.restoreState(sizes)
    if (sizes := s.state("candidateSplitter")) is not None:
        window.page.splitter.restoreState(sizes)
    if (header := s.state("listHeader")) is not None:
        window.list.horizontalHeader().restoreState(header)


def save_window_state(window: Any) -> None:
    s = window.ctx.settings
    s.set_state("geometry", window.saveGeometry())
    s.set_state("windowState", window.saveState())
    s.set_state("mainSplitter", window.splitter.saveState())
    s.set_state("candidateSplitter", window.page.splitter.saveState())
    s.set_state("listHeader", window.list.horizontalHeader().saveState())
    s.sync()
