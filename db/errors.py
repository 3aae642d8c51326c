"""What went wrong with the database, in one line a committee member can act on.

The command line prints `explain(...)` instead of a traceback, and the window
shows the same line in a dialog. Only errors a person can cause or fix are
explained (a mistyped URL, a wrong password, a server that is down, a file that
is locked, read-only or on a full disk, a database from a newer version of the
app); anything else returns None and stays a traceback, because it is a bug.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa
from sqlalchemy.engine import make_url

URL_FORMS = "a file path, sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE"


class DatabaseTooNew(RuntimeError):
    """The database carries a schema revision this version of the app does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def describe(target: str) -> str:
    """The database as a person would name it: the file, or the URL without its password."""
    if "://" not in target:
        return target
    try:
        url = make_url(target)
    except (sa.ArgumentError, ValueError):
        return target.split("@")[-1]  # never print what may be a password
    if url.get_backend_name() == "sqlite":
        return url.database or target
    return url.render_as_string(hide_password=True)


def _server(target: str) -> str:
    try:
        url = make_url(target)
    except (sa.ArgumentError, ValueError):
        return "the server"
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _parses(target: str) -> bool:
    try:
        make_url(target)
    except (sa.ArgumentError, ValueError):
        return False
    return True


def _sqlite_file(target: str) -> Path | None:
    if "://" not in target:
        return Path(target).expanduser()
    try:
        url = make_url(target)
    except (sa.ArgumentError, ValueError):
        return None
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser()
    return None


def _read_only(target: str) -> bool:
    """An SQLite file (or its folder, where the -wal and -shm files go) we may not write."""
    path = _sqlite_file(target)
    if path is None or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _disk_full(target: str) -> bool:
    """SQLite reports a full disk as "disk I/O error" when its -wal or -shm file
    cannot grow; the free space says which it was."""
    path = _sqlite_file(target)
    if path is None or not path.parent.exists():
        return False
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except OSError:
        return False


def _driver_message(error: BaseException) -> str:
    """The database driver's own first line (SQLAlchemy wraps it with SQL and a link)."""
    inner = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    return lines[0] if lines else type(inner).__name__


# Messages of a server that answered: it is there, the request was wrong.
_ANSWERED = ("password authentication failed", "no password supplied", "does not exist",
             "permission denied", "too many connections")
_UNREACHABLE_STATES = ("08", "57P01", "57P02", "57P03")  # connection exceptions; server shutting down


def is_unreachable(error: BaseException) -> bool:
    """True when the database server could not be reached or went away (refused,
    timed out, connection dropped, server shutting down): worth keeping the work and
    trying again later. False for everything the server answered (a refusal, a
    conflict, a bad query) and for SQLite, whose I/O errors are a local disk's."""
    inner = getattr(error, "orig", None) or error
    if isinstance(inner, sqlite3.Error) or isinstance(error, sqlite3.Error):
        return False
    if isinstance(error, sa.DBAPIError) and error.connection_invalidated:
        return True
    if not type(inner).__module__.startswith("psycopg"):  # the driver is optional: no import
        return isinstance(error, sa.DisconnectionError)
    names = {cls.__name__ for cls in type(inner).__mro__}
    if not names & {"OperationalError", "InterfaceError"}:
        return False
    state = getattr(inner, "sqlstate", None)
    if state is not None:
        return state.startswith(_UNREACHABLE_STATES)
    low = str(inner).lower()
    return not any(words in low for words in _ANSWERED)


def explain(error: BaseException, target: str) -> str | None:
    """One line for an error a user can cause with the database `target` (the --db
    value: path or URL), or None when the error is not theirs to fix."""
    where = describe(target)
    if isinstance(error, NotAllowed):
        return str(error)  # already a sentence for the committee member
    if isinstance(error, DatabaseTooNew):
        return (f"{where} was made by a newer version of CV Reviewer (schema {error.revision}); "
                "update the app to open it")
    if "://" in target and not _parses(target):
        return f"not a valid database URL: {where} (use {URL_FORMS})"
    if isinstance(error, sa.NoSuchModuleError):
        return f"not a database this app can open: {where} (use {URL_FORMS})"
    if isinstance(error, ModuleNotFoundError) and "://" in target and not target.startswith("sqlite"):
        return (f"the database driver for {where} is not installed ({error.name}); "
                "for PostgreSQL: pip install 'psycopg[binary]'")
    if isinstance(error, OSError):
        return _explain_os_error(error, where)
    if isinstance(error, (sa.DBAPIError, sqlite3.Error)):
        return _explain_driver_error(error, target, where)
    return None


def _explain_os_error(error: OSError, where: str) -> str:
    name = error.filename or where
    if error.errno == errno.ENOSPC:
        return f"the disk is full: cannot write {name}; free some space and try again"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied: {name}"
    if error.errno == errno.EROFS:
        return f"{name} is on a read-only file system"
    return f"cannot use {where}: {error.strerror or error} ({name})"


def _explain_driver_error(error: BaseException, target: str, where: str) -> str:
    message = _driver_message(error)
    low = message.lower()
    if "database is locked" in low or "database table is locked" in low:
        return (f"{where} is locked by another program (another window or import writing to it); "
                "try again when it has finished")
    if "readonly database" in low or "read-only" in low or _read_only(target):
        return f"{where} is read-only: CV Reviewer must be able to write the file and its folder"
    if "database or disk is full" in low or "no space left" in low or _disk_full(target):
        return f"the disk holding {where} is full; free some space and try again"
    if "unable to open database file" in low:
        return f"cannot open {where}: check that its folder exists and that you may write there"
    if "file is not a database" in low or "file is encrypted" in low:
        return f"{where} is not a CV Reviewer database (not an SQLite file)"
    if "password authentication failed" in low or "no password supplied" in low:
        return f"the server at {_server(target)} refused the login: wrong user name or password in {where}"
    if "does not exist" in low and "database" in low:
        return f"no such database on {_server(target)}: {where} ({message})"
    if any(word in low for word in ("connection refused", "could not connect", "timeout expired",
                                    "could not translate host name", "name or service not known",
                                    "no route to host", "network is unreachable", "connection failed")):
        return f"cannot reach the database server at {_server(target)} (is it running?): {message}"
    return f"database error with {where}: {message}"


class NotAllowed(PermissionError):
    """The database refused: a committee member's role may not do this (a
    reviewer writing someone else's review, importing, deleting...)."""


class ReviewConflict(RuntimeError):
    """The review was saved elsewhere (the same reviewer on another machine) after
    the version this edit started from; nothing was written."""

    def __init__(self, current_version: int) -> None:
        super().__init__("this review was changed on another machine since you opened it "
                         f"(now version {current_version}): reload it, then save again to overwrite")
        self.current_version = current_version
