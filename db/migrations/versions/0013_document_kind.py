"""Document kinds (CV, cover letter, statements, papers, reference letters) and a
person's correction of a kind. Existing documents were all read as CVs: they stay so.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 10:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=32), server_default='cv', nullable=False))
    op.create_table(
        'document_kind_corrections',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=True),
        sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'],
                                name=op.f('fk_document_kind_corrections_document_id_documents'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_document_kind_corrections_reviewer_id_reviewers'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_kind_corrections')),
    )


def downgrade() -> None:
    op.drop_table('document_kind_corrections')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('kind')
