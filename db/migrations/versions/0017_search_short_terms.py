"""SQLite: names and places once more in a small plain table, for search terms of
1-2 characters (which the trigram index cannot serve).

Since 0002 such terms scanned the FTS5 table's name and places columns, but FTS5
reads a whole row to hand over one column: every row scanned read its CV text too
(~17 ms per short term at 10,000 candidates). `candidate_search_short` holds the
same folded names and places (db/sqlite.py, `short_text`) and scans in ~1.5 ms.
PostgreSQL's trigram index serves short terms itself: nothing changes there.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 23:50:00
"""
from __future__ import annotations

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # Written out rather than imported from db/sqlite.py: a migration keeps the
    # schema of its own day.
    op.execute("CREATE TABLE candidate_search_short (candidate_id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    op.execute("INSERT INTO candidate_search_short (candidate_id, text) "
               "SELECT rowid, coalesce(name, '') || char(10) || coalesce(places, '') FROM candidate_search")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS candidate_search_short")
