"""Conflicts of interest (declared or dismissed, per reviewer and candidate) and the
reviewer's optional affiliation.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 10:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('affiliation', sa.String(length=300), nullable=True))
    op.create_table(
        'conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('declared', 'dismissed')", name=op.f('ck_conflicts_status')),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'],
                                name=op.f('fk_conflicts_candidate_id_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_conflicts_reviewer_id_reviewers'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts')),
        sa.UniqueConstraint('candidate_id', 'reviewer_id', name=op.f('uq_conflicts_candidate_id')),
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_reviewer_id'), ['reviewer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_reviewer_id'))
    op.drop_table('conflicts')
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.drop_column('affiliation')
