"""PostgreSQL's search index: one row per candidate, GIN trigram indexes (pg_trgm).

SQLite has had its FTS5 table since 0001; nothing changes there. The table holds
the same folded text as FTS5 (db/postgres.py explains why trigrams, not tsvector).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 08:40:00
"""
from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = ("name", "places", "body")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from db.search import normalize_for_search

    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may add it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE TABLE candidate_search ("
               "candidate_id integer PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE, "
               "name text NOT NULL DEFAULT '', places text NOT NULL DEFAULT '', body text NOT NULL DEFAULT '')")
    for column in COLUMNS:
        op.execute(f"CREATE INDEX candidate_search_{column}_trgm ON candidate_search "
                   f"USING gin ({column} gin_trgm_ops)")
    # A database used before this revision (the portable LIKE search) gets its rows
    # now, with the name and CV text; the next change to a candidate adds places.
    rows = bind.execute(text("SELECT c.id, c.display_name, coalesce(string_agg(d.text, E'\\n'), '') "
                             "FROM candidates c LEFT JOIN documents d ON d.candidate_id = c.id "
                             "GROUP BY c.id, c.display_name")).all()
    for cid, name, body in rows:
        bind.execute(text("INSERT INTO candidate_search (candidate_id, name, body) VALUES (:id, :n, :b)"),
                     {"id": cid, "n": normalize_for_search(name or ""), "b": normalize_for_search(body)})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS candidate_search")
