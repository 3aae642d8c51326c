"""Committee settings shared by every reviewer of the database (e.g. hide others'
scores until mine is in).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:05:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'committee_settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_committee_settings')),
    )


def downgrade() -> None:
    op.drop_table('committee_settings')
