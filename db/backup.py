"""Backups of the database: a copy on demand, a rolling daily copy when the
database is opened (the newest KEEP are kept), and restore with a safety copy of
what is replaced. Weeks of a committee's reviews live in one file; a bad disk,
a wrong restore or a failed upgrade must each leave a way back.

The mechanics are SQLite's (the online backup API in db/sqlite.py, consistent
while the window or an import writes). A PostgreSQL deployment would back up
with `pg_dump` / `pg_restore` on the server instead; these functions refuse a
store that is not a SQLite file rather than pretend.

Backups are personal data like the database: files 0600 in a 0700 folder.
"""
from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

from db import sqlite

KEEP = 7  # daily copies kept: a week to notice that something went wrong
FOLDER = "backups"


class BackupUnsupported(RuntimeError):
    """The database is not a SQLite file (use the server's own tools)."""


def backup_folder(database: Path) -> Path:
    """Where a database's backups go: `backups/` beside it (the data folder for the default one)."""
    return database.parent / FOLDER


def _require_file(database: Path | None) -> Path:
    if database is None:
        raise BackupUnsupported("backups are made for SQLite files; for PostgreSQL use pg_dump")
    return database


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(database: Path | None, target: Path | None = None) -> Path:
    """A consistent copy of the database at `target` (default: a time-stamped file in
    the backup folder); returns the file written. Written beside the target first
    and then renamed, so an interrupted backup never leaves a half file under the
    final name."""
    database = _require_file(database)
    if target is None:
        target = backup_folder(database) / f"{database.stem}-manual-{_stamp()}.sqlite3"
    target = target.expanduser().resolve()
    if target == database.resolve():
        raise ValueError("a backup cannot overwrite the database itself")
    partial = target.with_name(f".{target.name}.partial")
    sqlite.backup_file(database, partial)
    os.replace(partial, target)
    return target


def _daily_name(database: Path, day: date) -> str:
    return f"{database.stem}-daily-{day.isoformat()}.sqlite3"


def daily_backups(database: Path) -> list[Path]:
    """The rolling copies of this database, oldest first."""
    pattern = re.compile(re.escape(database.stem) + r"-daily-\d{4}-\d{2}-\d{2}\.sqlite3")
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def rolling_backup(database: Path | None, *, keep: int = KEEP, today: date | None = None) -> Path | None:
    """Today's copy, unless there is one already; then only the newest `keep` stay.
    Returns the file made, or None when today's existed (or there is nothing to copy)."""
    database = _require_file(database)
    if not sqlite.has_tables(database):
        return None
    day = today or datetime.now(UTC).date()
    target = backup_folder(database) / _daily_name(database, day)
    made = None
    if not target.exists():
        made = make_backup(database, target)
    for old in daily_backups(database)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return made


def restore(database: Path | None, source: Path) -> Path | None:
    """Replace the database's content with the backup `source`, after a safety copy
    of the current content (returned; None when there was nothing to keep). The
    restored file may be of an older schema: the next open migrates it, with its
    own backup first."""
    database = _require_file(database)
    source = source.expanduser().resolve()
    sqlite.check_database(source)  # refuse before anything is touched
    if source == database.resolve():
        raise ValueError("that is the database itself, not a backup of it")
    safety = None
    if sqlite.has_tables(database):
        safety = make_backup(database, backup_folder(database)
                             / f"{database.stem}-before-restore-{_stamp()}.sqlite3")
    else:
        sqlite.create_private_file(database)
    sqlite.restore_file(source, database)
    sqlite.private_files(database)
    return safety
