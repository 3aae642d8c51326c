"""The committee's rubric (criteria with weights) and per-criterion scores.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rubric_criteria',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('weight', sa.Float(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rubric_criteria')),
        sa.UniqueConstraint('name', name=op.f('uq_rubric_criteria_name')),
    )
    op.create_table(
        'criterion_scores',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=False),
        sa.Column('criterion_id', sa.Integer(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('score >= 1 AND score <= 5', name=op.f('ck_criterion_scores_score_range')),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'],
                                name=op.f('fk_criterion_scores_candidate_id_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['criterion_id'], ['rubric_criteria.id'],
                                name=op.f('fk_criterion_scores_criterion_id_rubric_criteria'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_criterion_scores_reviewer_id_reviewers'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_scores')),
        sa.UniqueConstraint('candidate_id', 'reviewer_id', 'criterion_id',
                            name=op.f('uq_criterion_scores_candidate_id')),
    )
    with op.batch_alter_table('criterion_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_scores_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_criterion_scores_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_criterion_scores_reviewer_id'), ['reviewer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('criterion_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_scores_reviewer_id'))
        batch_op.drop_index(batch_op.f('ix_criterion_scores_criterion_id'))
        batch_op.drop_index(batch_op.f('ix_criterion_scores_candidate_id'))
    op.drop_table('criterion_scores')
    op.drop_table('rubric_criteria')
