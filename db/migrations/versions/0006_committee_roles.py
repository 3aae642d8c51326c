"""A shared committee: reviewers are linked to a PostgreSQL login role, and a tag
remembers who put it on (row-level security, db/postgres_roles.py, uses both).
On SQLite the new columns stay empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 09:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('db_role', sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_reviewers_db_role'), ['db_role'])
    with op.batch_alter_table('candidate_tags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewer_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_candidate_tags_reviewer_id_reviewers'), 'reviewers',
                                    ['reviewer_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('candidate_tags', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_candidate_tags_reviewer_id_reviewers'), type_='foreignkey')
        batch_op.drop_column('reviewer_id')
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_reviewers_db_role'), type_='unique')
        batch_op.drop_column('db_role')
