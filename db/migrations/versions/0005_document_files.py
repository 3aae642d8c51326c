"""Original files in the database: `document_files`, one row of bytes per content hash.

Existing databases start with none: the next import (or re-parse) stores the bytes
of every document whose file is still on disk with the same content. A document
whose file is gone keeps its extracted text only; the window says so.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_document_files'))
    )


def downgrade() -> None:
    op.drop_table('document_files')
