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
# Terms of 1-2 characters (a Chinese surname, "ku" of "KU Leuven") cannot use the
# trigram index. They are matched in names and places only, scanned in this small
# plain table: through the FTS5 table every row scanned read its whole CV text as
# well (~17 ms at 10,000 candidates instead of ~1.5 ms). db/migrations/versions/0017.
SHORT_TABLE = f"{FTS_TABLE}_short"


def short_text(name: str, places: str) -> str:
    """The scanned text of SHORT_TABLE, both parts already folded (normalize_for_search).
    A search term has no whitespace, so the line break joins without making matches."""
    return f"{name}\n{places}"


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
    """The SearchIndex for SQLite: one FTS5 row per candidate, rowid = candidate id,
    and its names and places once more in SHORT_TABLE for 1-2 character terms."""

    def update(self, session: Session, candidate_id: int, content: SearchContent) -> None:
        self.update_many(session, [(candidate_id, content)])

    def update_many(self, session: Session, contents: list[tuple[int, SearchContent]]) -> None:
        """`update` for a batch of candidates in a few statements (the import's writer)."""
        if not contents:
            return
        self._delete(session, [cid for cid, _ in contents])
        folded = [(cid, normalize_for_search(c.name), normalize_for_search(c.places), normalize_for_search(c.body))
                  for cid, c in contents]
        session.execute(
            text(f"INSERT INTO {FTS_TABLE} (rowid, name, places, body) VALUES (:id, :name, :places, :body)"),
            [{"id": cid, "name": name, "places": places, "body": body} for cid, name, places, body in folded])
        session.execute(text(f"INSERT INTO {SHORT_TABLE} (candidate_id, text) VALUES (:id, :text)"),
                        [{"id": cid, "text": short_text(name, places)} for cid, name, places, _ in folded])

    def remove(self, session: Session, candidate_ids: list[int]) -> None:
        """Remove candidates from the index for real: an FTS5 delete only adds a
        tombstone, and the trigrams stay in the old segments until they are merged;
        'optimize' merges them all now (rare: deletions only)."""
        self._delete(session, candidate_ids)
        if candidate_ids:
            session.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')"))

    @staticmethod
    def _delete(session: Session, candidate_ids: list[int]) -> None:
        for start in range(0, len(candidate_ids), 500):
            chunk = candidate_ids[start:start + 500]
            marks = ", ".join(f":id{k}" for k in range(len(chunk)))
            params = {f"id{k}": cid for k, cid in enumerate(chunk)}
            session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})"), params)
            session.execute(text(f"DELETE FROM {SHORT_TABLE} WHERE candidate_id IN ({marks})"), params)

    def matching_ids(self, session: Session, query: str) -> set[int]:
        terms = split_terms(normalize_for_search(query))
        if not terms:
            return set()
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        # The driver's own cursor, in the session's transaction: thousands of ids come
        # back for a common word, and SQLAlchemy's result rows cost ~0.3 us each.
        cursor = session.connection().connection.cursor()
        found: set[int] | None = None
        try:
            if long_terms:
                # Each term as a quoted phrase: no FTS5 syntax from the user's input.
                match = " ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
                cursor.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (match,))
                found = {rowid for (rowid,) in cursor.fetchall()}
            if short_terms and found != set():
                where = " AND ".join("instr(text, ?) > 0" for _ in short_terms)
                cursor.execute(f"SELECT candidate_id FROM {SHORT_TABLE} WHERE {where}", short_terms)
                scanned = {cid for (cid,) in cursor.fetchall()}
                found = scanned if found is None else found & scanned
        finally:
            cursor.close()
        return found or set()
