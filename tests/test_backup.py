"""Backups: a copy before every schema migration, a rolling daily copy made with
SQLite's online backup API (newest 7 kept), and `reviewer backup` / `reviewer
restore` on the command line, restore keeping a safety copy of what it replaces."""
from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from db import backup
from db.sqlite import NotADatabase
from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt

ROOT = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT display_name FROM candidates ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def reviewed(tmp_path) -> Path:
    """A database with one reviewed candidate."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    path = tmp_path / "data" / "reviewer.sqlite3"
    with open_store(path) as store:
        ops.import_folder(store, folder, workers=1)
        cid = ops.list_candidates(store)[0].id
        ops.set_comment(store, candidate_id=cid, reviewer="Chair", comment="keep me")
    return path


def test_a_migration_is_preceded_by_a_copy(tmp_path):
    """The automatic copy exists (db/migrate.py): tests/test_migrations.py checks its
    content; here, that it is private and made through the backup API (readable alone)."""
    from alembic import command
    from sqlalchemy import create_engine

    from db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    open_store(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    engine.dispose()
    open_store(path).close()
    [copy] = tmp_path.glob("old.sqlite3.backup-*")
    assert _mode(copy) == 0o600
    assert not Path(f"{copy}-wal").exists()
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rolling_daily_backups_keep_the_newest_seven(reviewed):
    folder = backup.backup_folder(reviewed)
    assert backup.daily_backups(reviewed) == [], "a new database needs no copy"
    open_store(reviewed).close()
    open_store(reviewed).close()
    made = backup.daily_backups(reviewed)
    assert len(made) == 1, "opening an existing database makes today's copy, once"
    assert _mode(folder) == 0o700 and _mode(made[0]) == 0o600
    start = date(2030, 1, 1)
    for offset in range(10):
        assert backup.rolling_backup(reviewed, today=start + timedelta(days=offset)) is not None
    assert backup.rolling_backup(reviewed, today=start + timedelta(days=9)) is None  # one a day
    kept = backup.daily_backups(reviewed)
    assert [p.name for p in kept] == [f"reviewer-daily-{start + timedelta(days=d)}.sqlite3" for d in range(3, 10)]
    for copy in kept:
        con = sqlite3.connect(copy)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT comment FROM reviews").fetchall() == [("keep me",)]
        con.close()


def test_a_backup_while_another_connection_writes_is_consistent(reviewed, tmp_path):
    """The online backup API copies a consistent snapshot even with an open write
    transaction and a WAL beside the file (a plain file copy would not)."""
    writer = sqlite3.connect(reviewed, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE reviews SET comment = 'uncommitted'")
    try:
        copy = backup.make_backup(reviewed, tmp_path / "snap.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    con = sqlite3.connect(copy)
    assert con.execute("SELECT comment FROM reviews").fetchall() == [("keep me",)]
    con.close()


def test_restore_refuses_what_is_not_a_database(reviewed, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\0" + bytes(100))
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for bad in (junk, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(NotADatabase):
            backup.restore(reviewed, bad)
    assert _names(reviewed) == ["Ada Quill"]


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_backup_and_restore_with_a_safety_copy(reviewed, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    out = run("--db", reviewed, "backup", saved)
    assert out.returncode == 0, out.stderr
    assert _mode(saved) == 0o600

    with open_store(reviewed) as store:  # work after the backup, then regret it
        cid = ops.list_candidates(store)[0].id
        ops.set_comment(store, candidate_id=cid, reviewer="Chair", comment="changed my mind")

    out = run("--db", reviewed, "restore", saved)
    assert out.returncode == 0, out.stderr
    safety = next(backup.backup_folder(reviewed).glob("reviewer-before-restore-*.sqlite3"))
    assert f"kept in {safety}" in out.stdout
    assert sqlite3.connect(safety).execute("SELECT comment FROM reviews").fetchall() == [("changed my mind",)]
    with open_store(reviewed) as store:
        detail = ops.get_candidate(store, ops.list_candidates(store)[0].id)
        assert [r.comment for r in detail.reviews] == ["keep me"]
    con = sqlite3.connect(reviewed)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()

    default = run("--db", reviewed, "backup")
    assert default.returncode == 0 and "backups" in default.stdout
    bad = run("--db", reviewed, "restore", tmp_path / "missing.sqlite3")
    assert bad.returncode == 1 and "no such backup file" in bad.stderr


def test_backups_refuse_a_server_database():
    with pytest.raises(backup.BackupUnsupported, match="pg_dump"):
        backup.make_backup(None)
