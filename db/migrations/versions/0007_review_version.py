"""A version number on reviews, so that a comment saved on two machines by the same
reviewer is detected (db/candidates.save_review) instead of silently overwritten.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_column('version')
