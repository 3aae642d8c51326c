"""The open database: engine, sessions and the search index, built by a factory
from a path or URL. Nothing is created at import time; the window and the
command line each open a Store and pass it to reviewer.operations.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db.errors import NotAllowed
from db.search import LikeSearch, SearchIndex

__all__ = ["NotAllowed", "Store", "open_store", "resolve"]


def resolve(target: str | Path) -> tuple[str, Path | None]:
    """(SQLAlchemy URL, SQLite file or None) for a --db value. The default database
    is the caller's to choose (reviewer/paths.py): db/ knows no user folders."""
    target = str(target)
    if "://" in target:
        url = make_url(target)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return target, Path(url.database).expanduser().resolve()
        if url.get_backend_name() in ("postgresql", "postgres"):
            from db.postgres import with_driver

            return with_driver(url).render_as_string(hide_password=False), None
        return target, None
    path = Path(target).expanduser().resolve()
    return f"sqlite:///{path}", path


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: permission denied, or a row-level security policy


def _refusal(err: BaseException) -> NotAllowed | None:
    if isinstance(err, StaleDataError):
        # An UPDATE that row-level security hid from this role matches no row.
        return NotAllowed("not allowed: that row belongs to another reviewer")
    if isinstance(err, DBAPIError) and getattr(err.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        reason = str(err.orig).strip().splitlines()[0]
        return NotAllowed(f"not allowed for your committee role ({reason})")
    return None


class Store:
    """An open database. Use `session()` for one transaction; share one Store per process."""

    def __init__(self, engine: Engine, search: SearchIndex, path: Path | None) -> None:
        self.engine = engine
        self.search = search
        self.path = path  # the SQLite file, None for other backends
        self._backup_thread: threading.Thread | None = None
        self._member_kind: str | None = "?"  # not asked yet
        # Reviewer name -> id, filled after commits (reviewers are never deleted):
        # a save need not look its reviewer up each time (reviewer/operations.py).
        self.reviewer_ids: dict[str, int] = {}
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The same pool; SQLite takes the write lock at BEGIN for these (db/sqlite.py).
        self._write_sessions = sessionmaker(engine.execution_options(sqlite_write=True), expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.
        `write=False` for read-only work, which then never waits for a writer."""
        factory = self._write_sessions if write else self._sessions
        try:
            with factory() as session, session.begin():
                yield session
        except (DBAPIError, StaleDataError) as err:
            refusal = _refusal(err)
            if refusal is None:
                raise
            raise refusal from err

    def member_kind(self) -> str | None:
        """"chair" or "reviewer" when connected as a member of a shared committee
        (db/postgres_roles.py); None otherwise (SQLite, or the administrator)."""
        if self.engine.dialect.name != "postgresql":
            return None
        if self._member_kind == "?":
            from db.postgres_roles import member_kind

            with self.session(write=False) as session:
                self._member_kind = member_kind(session)
        return self._member_kind

    def committee_reviewer(self) -> str | None:
        """The reviewer this connection's login belongs to on a shared committee (the
        window reviews as them, whatever name was typed on this machine), else None."""
        if self.member_kind() is None:
            return None
        from db.postgres_roles import own_reviewer

        with self.session(write=False) as session:
            return own_reviewer(session)

    def require_chair(self, action: str) -> None:
        """Refuse at once what the database would refuse later (an import would parse
        every file first), or what it cannot tell apart from reading (export)."""
        if self.member_kind() == "reviewer":
            raise NotAllowed(f"not allowed: only the committee's chair may {action}")

    def scrub(self) -> bool:
        """After deleting someone: make sure no old copy of their rows stays on disk
        (SQLite: empty the WAL into the zeroed database file). Other backends answer
        True; PostgreSQL would need a VACUUM, which its administrator schedules."""
        if self.path is None:
            return True
        from db import sqlite

        return sqlite.scrub(self.engine)

    def start_daily_backup(self) -> None:
        """Today's rolling copy (db/backup.py), made on a thread of its own so that
        opening the window never waits for it (~1 s for 450 MB). Not a daemon: a
        short command finishes the copy before the process ends; `close` waits too."""
        from db.backup import rolling_backup

        def run() -> None:
            # A full disk or a read-only backup folder must not keep the committee
            # from their work; the next opening tries again.
            with contextlib.suppress(OSError, sqlite3.Error):
                rolling_backup(self.path)

        self._backup_thread = threading.Thread(target=run, name="daily-backup")
        self._backup_thread.start()

    def close(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(target: str | Path, *, migrate: bool = True, daily_backup: bool = True) -> Store:
    """Open (creating if needed) the database at a path or URL and bring its schema
    to the newest migration, backing up an existing SQLite file first. An existing
    SQLite file also gets its rolling daily copy (db/backup.py) with `daily_backup`."""
    url, path = resolve(target)
    existed = False
    if path is not None:
        from db import sqlite

        existed = sqlite.has_tables(path)
        sqlite.create_private_file(path)
        sqlite.private_files(path)
        # check_same_thread off: the pool hands a connection to one thread at a
        # time, and the window runs imports on a worker thread.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        sqlite.install_pragmas(engine)
        search: SearchIndex = sqlite.Fts5Search()
    elif url.startswith("sqlite"):
        from db import sqlite

        engine = create_engine(url)
        sqlite.install_pragmas(engine)
        search = sqlite.Fts5Search()
    elif make_url(url).get_backend_name() == "postgresql":
        from db import postgres

        engine = postgres.make_engine(url)
        search = postgres.TrigramSearch()
    else:
        engine = create_engine(url, pool_pre_ping=True)
        search = LikeSearch()
    if migrate:
        from db.migrate import upgrade

        upgrade(engine, path)
    store = Store(engine, search, path)
    if path is not None and existed and daily_backup:
        store.start_daily_backup()
    return store
