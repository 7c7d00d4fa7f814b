"""the client's consent per purpose on a case, with its withdrawal (issue 13
item 6); sharing chosen cases with a partner office checks it (issue 16 item 6)

Revision ID: 0017_case_consent
Revises: 0010_row_version
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_case_consent"
down_revision = "0010_row_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_consent",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("purpose", sa.Enum("partner_sharing", "contact_relatives",
                                     "other_institutions", name="consentpurpose",
                                     native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column("recipient_peer_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_by_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_meta", sa.Text(), nullable=True),
        sa.Column("sync_seq", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"],
                                name=op.f("fk_case_consent_case_id_case")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_case_consent_person_id_person")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["user.id"],
                                name=op.f("fk_case_consent_recorded_by_id_user")),
        sa.ForeignKeyConstraint(["withdrawn_by_id"], ["user.id"],
                                name=op.f("fk_case_consent_withdrawn_by_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_consent")),
    )
    with op.batch_alter_table("case_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_consent_case_id"), ["case_id"])
        batch_op.create_index(batch_op.f("ix_case_consent_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_case_consent_recipient_peer_id"),
                              ["recipient_peer_id"])
        batch_op.create_index(batch_op.f("ix_case_consent_sync_seq"), ["sync_seq"])


def downgrade() -> None:
    op.drop_table("case_consent")
