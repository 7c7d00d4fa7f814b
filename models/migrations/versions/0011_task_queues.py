"""task queues: a deputy covers for an absent colleague for a period (issue 16)

Task and user departments exist since 0006; this adds who covers for whom.

Revision ID: 0011_task_queues
Revises: 0014_programmes
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_task_queues"
down_revision = "0014_programmes"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("deleted_at", sa.DateTime(), nullable=True),
            sa.Column("sync_meta", sa.Text(), nullable=True),
            sa.Column("sync_seq", sa.Integer(), nullable=False),
            sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")]


def upgrade() -> None:
    op.create_table(
        "deputy",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("deputy_id", sa.String(length=36), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name=op.f("fk_deputy_user_id_user")),
        sa.ForeignKeyConstraint(["deputy_id"], ["user.id"],
                                name=op.f("fk_deputy_deputy_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deputy")),
    )
    with op.batch_alter_table("deputy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deputy_user_id"), ["user_id"])
        batch_op.create_index(batch_op.f("ix_deputy_deputy_id"), ["deputy_id"])
        batch_op.create_index(batch_op.f("ix_deputy_sync_seq"), ["sync_seq"])


def downgrade() -> None:
    op.drop_table("deputy")
