"""Packets, second part: the parts of a merged portal PDF (a JSON list on the
document; NULL for a file that is one document), a person's "not the same
person" answers, and a candidate's previous CV profile with the time a new CV
version replaced it (reviews older than that were made on the previous version).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 18:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parts', sa.JSON(), nullable=True))
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_profile', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('cv_replaced_at', sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        'same_person_answers',
        sa.Column('candidate_a', sa.Integer(), nullable=False),
        sa.Column('candidate_b', sa.Integer(), nullable=False),
        sa.Column('answer', sa.String(length=16), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=True),
        sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('candidate_a < candidate_b', name=op.f('ck_same_person_answers_ordered')),
        sa.ForeignKeyConstraint(['candidate_a'], ['candidates.id'],
                                name=op.f('fk_same_person_answers_candidate_a_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['candidate_b'], ['candidates.id'],
                                name=op.f('fk_same_person_answers_candidate_b_candidates'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['reviewers.id'],
                                name=op.f('fk_same_person_answers_reviewer_id_reviewers'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('candidate_a', 'candidate_b', name=op.f('pk_same_person_answers')),
    )
    with op.batch_alter_table('same_person_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_same_person_answers_candidate_b'), ['candidate_b'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('same_person_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_same_person_answers_candidate_b'))
    op.drop_table('same_person_answers')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_column('cv_replaced_at')
        batch_op.drop_column('previous_profile')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('parts')
