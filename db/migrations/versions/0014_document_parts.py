"""The parts of a merged portal PDF (one file holding a packet's CV, letters and
statements): their pages and kinds, a JSON list on the document. Existing
documents have none (NULL): they are one document each, as before.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 18:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parts', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('parts')
