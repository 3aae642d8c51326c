"""Publication counts may be unknown: NULL when the CV has a publications section
the parser could not read, so the list and the CSV say "?" instead of a silent 0.
Existing rows keep their counts (re-parsing sets NULL where it applies).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 17:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.alter_column('publications', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('first_author', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE candidates SET publications = 0 WHERE publications IS NULL")
    op.execute("UPDATE candidates SET first_author = 0 WHERE first_author IS NULL")
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.alter_column('publications', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('first_author', existing_type=sa.Integer(), nullable=False)
