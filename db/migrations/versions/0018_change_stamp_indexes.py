"""Indexes on the times the live-update poll reads (db/candidates.py, change_stamp):
the newest profile, review and correction.

Without them each poll, every 2 s in every open window, found
max(candidates.profile_updated_at) by reading every candidate row, inline profile
JSON included (~50-100 ms of CPU at 10,000 candidates on SQLite); with them a max()
is one look-up at the end of an index, on SQLite and PostgreSQL alike. Plain
CREATE INDEX on both back ends (no table rebuild, so no batch mode).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 03:30:00
"""
from __future__ import annotations

from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# (index, table, column): the names the models' naming convention gives them.
INDEXES = [
    ("ix_candidates_profile_updated_at", "candidates", "profile_updated_at"),
    ("ix_reviews_updated_at", "reviews", "updated_at"),
    ("ix_corrections_corrected_at", "corrections", "corrected_at"),
]


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
