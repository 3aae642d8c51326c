"""Candidate stages (new, longlist, ... rejected) with the reason and who set it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'candidate_stages',
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('reviewer_id', sa.Integer(), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("stage IN ('new', 'longlist', 'shortlist', 'interview', 'offer', 'declined', 'rejected')",
                           name=op.f('ck_candidate_stages_stage')),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'],
                                name=op.f('fk_candidate_stages_candidate_id_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_candidate_stages_reviewer_id_reviewers'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('candidate_id', name=op.f('pk_candidate_stages')),
    )
    with op.batch_alter_table('candidate_stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidate_stages_stage'), ['stage'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('candidate_stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidate_stages_stage'))
    op.drop_table('candidate_stages')
