"""The append-only history of what people changed (scores, criteria, comments, tags,
stages, corrections), with who and when.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 10:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'history',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('field', sa.String(length=100), nullable=True),
        sa.Column('old_value', sa.JSON(), nullable=True),
        sa.Column('new_value', sa.JSON(), nullable=True),
        sa.Column('undo_of', sa.Integer(), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('score', 'criterion', 'comment', 'tag', 'stage', 'correction')",
                           name=op.f('ck_history_kind')),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'],
                                name=op.f('fk_history_candidate_id_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_history_reviewer_id_reviewers'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_history')),
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_history_reviewer_id'), ['reviewer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_history_undo_of'), ['undo_of'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_undo_of'))
        batch_op.drop_index(batch_op.f('ix_history_reviewer_id'))
        batch_op.drop_index(batch_op.f('ix_history_candidate_id'))
    op.drop_table('history')
