"""Per-user window settings, declared once with their defaults.

QSettings holds only what belongs to this desk, not to the committee: window
geometry and splitter/column state, the reviewer's name, recent folders and the
colour scheme. Everything a committee shares lives in the database.
When REVIEWER_DATA_DIR is set (tests, portable installs) the settings file is
kept there, so tests never read or write the user's real settings.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ui.style import THEMES, Theme

ORGANIZATION = "CV Reviewer"
APPLICATION = "CV Reviewer"
MAX_RECENT = 8


def make_qsettings() -> QSettings:
    data_dir = os.environ.get("REVIEWER_DATA_DIR")
    if data_dir:
        return QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Settings:
    """Typed access to the few per-desk values; unknown or corrupt values fall back to defaults."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or make_qsettings()

    # -- reviewer ---------------------------------------------------------
    @property
    def reviewer_name(self) -> str:
        value = self._q.value("reviewer/name", "")
        return value.strip() if isinstance(value, str) else ""

    @reviewer_name.setter
    def reviewer_name(self, name: str) -> None:
        self._q.setValue("reviewer/name", name.strip())

    # -- recent folders ---------------------------------------------------
    def recent_folders(self) -> list[str]:
        value = self._q.value("recent/folders", [])
        if isinstance(value, str):  # QSettings returns a bare str for a one-item list
            value = [value]
        return [v for v in (value or []) if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent_folder(self, folder: str) -> None:
        folders = [folder] + [f for f in self.recent_folders() if f != folder]
        self._q.setValue("recent/folders", folders[:MAX_RECENT])

    def clear_recent_folders(self) -> None:
        self._q.setValue("recent/folders", [])

    # -- export -----------------------------------------------------------
    @property
    def last_export_path(self) -> str:
        """The CSV the last export wrote ("" before the first): the next export starts there."""
        value = self._q.value("export/last_path", "")
        return value if isinstance(value, str) else ""

    @last_export_path.setter
    def last_export_path(self, path: str) -> None:
        self._q.setValue("export/last_path", path)

    # -- appearance -------------------------------------------------------
    @property
    def theme(self) -> Theme:
        value = self._q.value("appearance/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self._q.setValue("appearance/theme", theme)

    # -- window state (opaque blobs from saveGeometry/saveState) ----------
    def state(self, key: str) -> QByteArray | None:
        value = self._q.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, blob: QByteArray) -> None:
        self._q.setValue(f"state/{key}", blob)

    def sync(self) -> None:
        self._q.sync()

    def folder(self) -> Path:
        """The folder holding the settings file (writes waiting for the server are kept there too)."""
        return Path(self._q.fileName()).parent
