"""A covering index for the candidate list, so listing 10,000 candidates reads ~1 MB
of index instead of every row with its inline profile JSON.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 22:10:00
"""
from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

COLUMNS = ["id", "display_name", "email", "position", "highest_degree", "publications", "first_author", "warnings"]


def upgrade() -> None:
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index('ix_candidates_list', COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index('ix_candidates_list')
