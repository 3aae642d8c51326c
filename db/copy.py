"""Copy a whole database to another engine (`reviewer copy SRC DST`): one
reviewer's SQLite trial becomes the committee's PostgreSQL database, or back.

Every table of the models is copied with its ids (candidate ids are what people
quote), parents before children; the search index is rebuilt by the target's own
SearchIndex, since FTS5 and pg_trgm keep different tables. The target must be
empty: merging two committees' ids is not a copy.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, Table, func, insert, select

from db.models import Base, Candidate, Reviewer

if TYPE_CHECKING:
    from db.store import Store

CHUNK = 200  # rows per INSERT batch; document_files rows can be megabytes each


def _aware(table: Table) -> Callable[[dict], dict]:
    """SQLite hands back timestamps without their zone (they were written in UTC);
    PostgreSQL would read a naive one in the server's zone."""
    stamps = [c.name for c in table.columns if isinstance(c.type, DateTime)]

    def fix(row: dict) -> dict:
        for name in stamps:
            value = row.get(name)
            if isinstance(value, datetime) and value.tzinfo is None:
                row[name] = value.replace(tzinfo=UTC)
        return row

    return fix


def copy_database(source: Store, target: Store, *, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; returns rows per table."""
    from db.candidates import refresh_search

    with target.session(write=False) as session:
        if session.scalar(select(func.count()).select_from(Candidate)) or \
                session.scalar(select(func.count()).select_from(Reviewer)):
            raise ValueError("the target database is not empty (copy into a new database)")
    counts: dict[str, int] = {}
    with source.session(write=False) as src, target.session() as dst:
        for table in Base.metadata.sorted_tables:  # parents first
            fix = _aware(table)
            copied = 0
            result = src.execute(select(table).execution_options(yield_per=CHUNK))
            for rows in result.mappings().partitions(CHUNK):
                dst.execute(insert(table), [fix(dict(row)) for row in rows])
                copied += len(rows)
            counts[table.name] = copied
            if progress is not None:
                progress(table.name, copied)
        if dst.bind is not None and dst.bind.dialect.name == "postgresql":
            from db.postgres import reset_sequences

            reset_sequences(dst, [t.name for t in Base.metadata.sorted_tables if "id" in t.columns])
        for candidate_id in dst.scalars(select(Candidate.id)).all():
            refresh_search(dst, target.search, candidate_id)
    return counts
