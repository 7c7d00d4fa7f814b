"""the Housing Support Act's procedure on a case (issue 14): application,
inquiry, the Úřad práce's binding opinion, decision, delivery, appeal period,
entry and its changes; the frozen document of a renewal (amendment / notice)

Revision ID: 0008_procedure
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_procedure"
down_revision = "0004"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("deleted_at", sa.DateTime(), nullable=True),
            sa.Column("sync_meta", sa.Text(), nullable=True),
            sa.Column("sync_seq", sa.Integer(), nullable=False)]


def upgrade() -> None:
    with op.batch_alter_table("renewal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_snapshot_json", sa.Text(), nullable=True))
    op.create_table(
        "housing_procedure",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("need_record_id", sa.String(length=36), nullable=True),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("file_ref", sa.String(length=60), nullable=True),
        sa.Column("application_on", sa.Date(), nullable=False),
        sa.Column("application_channel", sa.String(length=60), nullable=True),
        sa.Column("inquiry_started_on", sa.Date(), nullable=True),
        sa.Column("inquiry_done_on", sa.Date(), nullable=True),
        sa.Column("inquiry_findings", sa.Text(), nullable=True),
        sa.Column("opinion_requested_on", sa.Date(), nullable=True),
        sa.Column("opinion_due_on", sa.Date(), nullable=True),
        sa.Column("opinion_received_on", sa.Date(), nullable=True),
        sa.Column("opinion_ref", sa.String(length=60), nullable=True),
        sa.Column("opinion_result", sa.Enum("meets", "does_not_meet", name="opinionresult",
                                            native_enum=False, length=32), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("decision_ref", sa.String(length=60), nullable=True),
        sa.Column("decision_outcome", sa.Enum("entered", "rejected", "discontinued",
                                              name="decisionoutcome", native_enum=False,
                                              length=32), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decision_snapshot_json", sa.Text(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("appeal_until", sa.Date(), nullable=True),
        sa.Column("final_on", sa.Date(), nullable=True),
        sa.Column("entry_ref", sa.String(length=60), nullable=True),
        sa.Column("entry_on", sa.Date(), nullable=True),
        sa.Column("entry_valid_until", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"],
                                name=op.f("fk_housing_procedure_case_id_case")),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_housing_procedure_household_id_household")),
        sa.ForeignKeyConstraint(
            ["need_record_id"], ["housing_need_record.id"],
            name=op.f("fk_housing_procedure_need_record_id_housing_need_record")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_housing_procedure_person_id_person")),
        sa.ForeignKeyConstraint(["worker_id"], ["user.id"],
                                name=op.f("fk_housing_procedure_worker_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_procedure")),
    )
    with op.batch_alter_table("housing_procedure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_housing_procedure_case_id"), ["case_id"])
        batch_op.create_index(batch_op.f("ix_housing_procedure_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_housing_procedure_household_id"),
                              ["household_id"])
        batch_op.create_index(batch_op.f("ix_housing_procedure_sync_seq"), ["sync_seq"])
    op.create_table(
        "housing_procedure_change",
        sa.Column("procedure_id", sa.String(length=36), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["housing_procedure.id"],
            name=op.f("fk_housing_procedure_change_procedure_id_housing_procedure")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["user.id"],
                                name=op.f("fk_housing_procedure_change_recorded_by_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_procedure_change")),
    )
    with op.batch_alter_table("housing_procedure_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_housing_procedure_change_procedure_id"),
                              ["procedure_id"])
        batch_op.create_index(batch_op.f("ix_housing_procedure_change_sync_seq"),
                              ["sync_seq"])


def downgrade() -> None:
    op.drop_table("housing_procedure_change")
    op.drop_table("housing_procedure")
    with op.batch_alter_table("renewal", schema=None) as batch_op:
        batch_op.drop_column("document_snapshot_json")
