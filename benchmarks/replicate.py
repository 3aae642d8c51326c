"""Grow a database made by the real import to N candidates by copying its rows.

Why: at today's parser speed a real import costs ~70 ms of CPU per CV, so
10,000 CVs take about half an hour of the shared two cores, which the
benchmark cannot spend twice an evening. The base database (by default 1,000
candidates) is still made by the real pipeline, with reviews and tags through
`reviewer.operations`; this copies its rows k times with new ids, so the
copies look to every query exactly like imported candidates: same columns,
same JSON, same FTS5 rows (the index grows like the real one would). Emails,
identity values and file paths are made unique per copy; names repeat (every
name exists k times, so a name search returns k times the hits of the base).

Direct SQL on purpose: this is a fixture builder for measurements, not app
code, and it works from the schema it finds (PRAGMA table_info), so a new
column does not break it. A table it does not know (with no candidate_id)
is left alone.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

# Tables whose own ids other tables point to: their ids are shifted, not renumbered.
ID_OFFSET_TABLES = ("candidates", "documents")
SKIP = ("alembic_version", "reviewers", "tags")
# FTS5's own tables behind each virtual table (filled by inserting into it); other
# tables named after it, like db/sqlite.py's candidate_search_short, are copied.
FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def _fts_tables(con: sqlite3.Connection) -> list[str]:
    return [name for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")]


def _expression(table: str, column: str, copy: int, offsets: dict[str, int]) -> str | None:
    """The SELECT expression for `column` in copy number `copy`; None drops the column (new id)."""
    c = f'"{column}"'
    if column == "id":
        return f"{c} + {offsets[table]}" if table in ID_OFFSET_TABLES else None
    if column == "candidate_id":
        return f"{c} + {offsets['candidates']}"
    if column == "document_id":
        return f"{c} + {offsets['documents']}"
    if table == "documents" and column == "path":
        return f"{c} || '#copy{copy}'"
    if (table, column) in (("candidates", "email"), ("identities", "value")):
        return f"CASE WHEN instr({c}, '@') > 0 THEN replace({c}, '@', '+copy{copy}@') ELSE {c} || '#{copy}' END"
    return c


def replicate(path: Path, target: int) -> int:
    """Copy the candidates of the database at `path` until it holds `target`; returns the count."""
    con = sqlite3.connect(path)
    try:
        base = con.execute("SELECT count(*) FROM candidates").fetchone()[0]
        if base == 0 or base >= target:
            return base
        max_ids = {t: con.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] for t in ID_OFFSET_TABLES}
        fts = _fts_tables(con)
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
            if name not in SKIP and name not in {f"{f}_{part}" for f in fts for part in FTS5_SHADOWS}]
        # Parents first, so foreign keys point at rows that exist.
        tables.sort(key=lambda t: ID_OFFSET_TABLES.index(t) if t in ID_OFFSET_TABLES else len(ID_OFFSET_TABLES))
        copies = -(-target // base) - 1
        with con:
            for copy in range(1, copies + 1):
                wanted = min(base, target - base * copy)
                offsets = {t: max_ids[t] * copy for t in ID_OFFSET_TABLES}
                limit = max_ids["candidates"] if wanted == base else \
                    con.execute("SELECT id FROM candidates ORDER BY id LIMIT 1 OFFSET ?", (wanted - 1,)).fetchone()[0]
                for table in tables:
                    cols = _columns(con, table)
                    if table != "candidates" and "candidate_id" not in cols:
                        continue
                    pairs = [(c, _expression(table, c, copy, offsets)) for c in cols]
                    pairs = [(c, e) for c, e in pairs if e is not None]
                    key = "id" if table == "candidates" else "candidate_id"
                    con.execute(
                        f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c, _ in pairs)}) '
                        f'SELECT {", ".join(e for _, e in pairs)} FROM "{table}" '
                        f'WHERE "{key}" <= {limit} AND "{key}" <= {max_ids["candidates"]}')
                for table in fts:
                    cols = _columns(con, table)
                    con.execute(f'INSERT INTO "{table}" (rowid, {", ".join(cols)}) '
                                f'SELECT rowid + {offsets["candidates"]}, {", ".join(cols)} FROM "{table}" '
                                f'WHERE rowid <= {limit}')
        return con.execute("SELECT count(*) FROM candidates").fetchone()[0]
    finally:
        con.close()
