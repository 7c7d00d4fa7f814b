"""guardians and legal representatives of a person (issue 16)

Revision ID: 0012_guardians
Revises: 0011_task_queues
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_guardians"
down_revision = "0011_task_queues"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guardian",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.Enum("guardian", "legal", "attorney", "supporter",
                                  name="guardiankind", native_enum=False, length=32,
                                  create_constraint=False), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("decision_ref", sa.String(length=120), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_meta", sa.Text(), nullable=True),
        sa.Column("sync_seq", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_guardian_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian")),
    )
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardian_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_guardian_sync_seq"), ["sync_seq"])


def downgrade() -> None:
    op.drop_table("guardian")
