"""Everything that only SQLite needs: the database file (created 0600), the
connection pragmas (WAL, foreign keys), consistent backups, and the FTS5 index.

Other backends get their own module; nothing outside db/ calls this directly.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from db.search import SearchContent, normalize_for_search, split_terms

# FTS5 with the trigram tokenizer matches any substring of 3+ characters, which
# is what Chinese names and institutions need (no word breaks). Diacritics and
# case are folded in Python on both sides (trigram in SQLite 3.40 cannot).
FTS_TABLE = "candidate_search"
# Columns: name, places (institutions, organizations, tags) and body (CV text); see
# db/migrations/versions/0002 for why places stand apart.
FTS_DDL = f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(name, places, body, tokenize='trigram')"


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (CVs are personal
    data). SQLite gives its -wal and -shm files the same permissions."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


WRITE_OPTION = "sqlite_write"  # execution option: this transaction will write


def install_pragmas(engine: Engine) -> None:
    """Every connection: foreign keys enforced (cascades rely on it), WAL so the
    window can read while an import writes, and a busy wait instead of errors.

    Transactions are begun here, not by the sqlite3 module: a transaction that
    reads and then writes while another connection commits would otherwise fail
    at once with "database is locked" (the busy wait cannot help a stale read
    snapshot). Writing transactions therefore start with BEGIN IMMEDIATE and
    queue behind each other; reading ones stay plain BEGIN and never wait."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001 (DB-API objects)
        dbapi_conn.isolation_level = None  # autocommit at the driver; we emit BEGIN below
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        # Deleted and rewritten content is overwritten with zeros, not left in free
        # pages: a data-deletion request must remove the applicant's text for real.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy even with a WAL beside it (the online backup API, not a file
    copy), private to the user, in one self-contained file (rollback journal mode,
    so no -wal file is needed to read it)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    src = sqlite3.connect(source)
    try:
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        os.chmod(target, 0o600)  # an existing file keeps its mode through O_TRUNC
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def restore_file(source: Path, target: Path) -> None:
    """Overwrite the database `target` with the backup `source`, through SQLite (the
    online backup API in the other direction), so a WAL beside `target` and any
    other connection see the restored pages, never a half-copied file."""
    check_database(source)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


class NotADatabase(ValueError):
    """A file that is not a readable, intact database of this app."""


def check_database(path: Path) -> None:
    """Refuse to restore from anything but an intact SQLite file with this app's tables."""
    if not path.is_file():
        raise NotADatabase(f"no such backup file: {path}")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA quick_check").fetchone()[0]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise NotADatabase(f"{path} is not a database ({err})") from err
    if status != "ok":
        raise NotADatabase(f"{path} is damaged ({status})")
    if "candidates" not in tables:
        raise NotADatabase(f"{path} is not a CV Reviewer database")


def scrub(engine: Engine) -> bool:
    """After a deletion: move every page out of the WAL into the database file and
    empty the WAL, so the old versions of deleted rows leave the disk (secure_delete
    has already zeroed them in the database's free pages). Returns False when a
    reader kept the checkpoint from finishing (the next one completes it)."""
    with engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        conn.rollback()
    return busy == 0


def private_files(path: Path) -> None:
    """Make the database and its -wal / -shm companions readable by the user only
    (SQLite copies the main file's mode, but a file made by another tool may not)."""
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if companion.exists() and companion.stat().st_mode & 0o077:
                os.chmod(companion, 0o600)
        except OSError:  # not ours to change (say, read-only media): opening still works
            pass


def has_tables(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    finally:
        con.close()


class Fts5Search:
    """The SearchIndex for SQLite: one FTS5 row per candidate, rowid = candidate id."""

    def update(self, session: Session, candidate_id: int, content: SearchContent) -> None:
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": candidate_id})
        session.execute(
            text(f"INSERT INTO {FTS_TABLE} (rowid, name, places, body) VALUES (:id, :name, :places, :body)"),
            {"id": candidate_id, "name": normalize_for_search(content.name),
             "places": normalize_for_search(content.places), "body": normalize_for_search(content.body)},
        )

    def update_many(self, session: Session, contents: list[tuple[int, SearchContent]]) -> None:
        """`update` for a batch of candidates in two statements (the import's writer)."""
        if not contents:
            return
        ids = [cid for cid, _ in contents]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join(f":id{k}" for k in range(len(chunk)))
            session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})"),
                            {f"id{k}": cid for k, cid in enumerate(chunk)})
        session.execute(
            text(f"INSERT INTO {FTS_TABLE} (rowid, name, places, body) VALUES (:id, :name, :places, :body)"),
            [{"id": cid, "name": normalize_for_search(c.name), "places": normalize_for_search(c.places),
              "body": normalize_for_search(c.body)} for cid, c in contents],
        )

    def remove(self, session: Session, candidate_ids: list[int]) -> None:
        """Remove candidates from the index for real: an FTS5 delete only adds a
        tombstone, and the trigrams stay in the old segments until they are merged;
        'optimize' merges them all now (rare: deletions only)."""
        for cid in candidate_ids:
            session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": cid})
        if candidate_ids:
            session.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')"))

    def matching_ids(self, session: Session, query: str) -> set[int]:
        terms = split_terms(normalize_for_search(query))
        if not terms:
            return set()
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        clauses, params = [], {}
        if long_terms:
            # Each term as a quoted phrase: no FTS5 syntax from the user's input.
            params["match"] = " ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
            clauses.append(f"{FTS_TABLE} MATCH :match")
        for i, term in enumerate(short_terms):
            # Trigram cannot index 1-2 characters (two-character Chinese names): scan,
            # but only names and places (small), never the whole CV text (~130 ms at 10k).
            params[f"like{i}"] = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(f"(name LIKE :like{i} ESCAPE '\\' OR places LIKE :like{i} ESCAPE '\\')")
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE " + " AND ".join(clauses)
        return {row[0] for row in session.execute(text(sql), params)}
