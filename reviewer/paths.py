"""Where the app keeps its data: the user's data folder (platformdirs), with
environment overrides so tests and scripts never touch a real profile.

REVIEWER_DATA_DIR replaces the folder; REVIEWER_DB names the database (a path
or a SQLAlchemy URL) and wins over both.
"""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "cv-reviewer"
DB_FILENAME = "reviewer.sqlite3"


def data_dir() -> Path:
    """The folder for the database and its backups (not created here)."""
    override = os.environ.get("REVIEWER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database() -> str:
    """What to open when no --db is given: REVIEWER_DB, else the data folder's file."""
    override = os.environ.get("REVIEWER_DB")
    if override:
        return override
    return str(data_dir() / DB_FILENAME)
