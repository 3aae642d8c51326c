"""Apply Alembic migrations when a database is opened, after a backup copy of an
existing SQLite file whose schema is about to change (a failed upgrade must not
cost anyone their reviews)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/migrations/versions. Checked against Alembic's own
# view by tests/test_migrations.py; it lets an up-to-date database open without
# importing Alembic at all (~150 ms of every start).
HEAD = "0018"

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SEARCH_TABLE_PREFIX = "candidate_search"  # FTS5 and its shadow tables: not models (db/sqlite.py)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """What autogenerate compares: everything but the full-text index."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None when it has none yet), read with plain SQL."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no alembic_version table yet
        return None


def upgrade(engine: Engine, path: Path | None = None) -> Path | None:
    """Upgrade to head; returns the backup file made, if any."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        from db.errors import DatabaseTooNew

        raise DatabaseTooNew(current)  # Alembic would fail with "Can't locate revision"
    backup = None
    if path is not None:
        from db import sqlite

        if sqlite.has_tables(path):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup = path.with_name(f"{path.name}.backup-{current or 'unversioned'}-{stamp}")
            sqlite.backup_file(path, backup)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except ProgrammingError as err:
        if getattr(err.orig, "sqlstate", None) != "42501":
            raise
        from db.errors import NotAllowed

        # A committee member's login does not own the tables; the administrator upgrades.
        raise NotAllowed(f"the database is at revision {current} and this version of the app needs {HEAD}: "
                         "the committee's administrator upgrades it by running any command with their URL") from err
    return backup
