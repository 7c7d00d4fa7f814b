"""private landlords and bydlení s ručením (issue 16.2): the landlord register,
private leases and subleases, guarantees (ručení) and their claims; a fund
payment may name a landlord as its payee

Revision ID: 0013_landlords
Revises: 0017_case_consent
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_landlords"
down_revision = "0017_case_consent"
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


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for col in (*columns, "sync_seq"):
            batch_op.create_index(batch_op.f(f"ix_{table}_{col}"), [col])


def upgrade() -> None:
    op.create_table(
        "landlord",
        sa.Column("kind", _enum("landlordkind", "person", "company"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ico", sa.String(length=8), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("bank_account", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_landlord")),
    )
    _indexes("landlord", "ico")
    op.create_table(
        "private_lease",
        sa.Column("landlord_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", _enum("privateleasekind", "lease", "sublease"), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("contract_ref", sa.String(length=60), nullable=True),
        sa.Column("rent_hal", sa.Integer(), nullable=False),
        sa.Column("deposit_hal", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("state", _enum("privateleasestate", "prepared", "active", "ended"),
                  nullable=False),
        sa.Column("guarantor", _enum("guarantor", "municipality", "other", "none"),
                  nullable=False),
        sa.Column("guarantor_name", sa.String(length=200), nullable=True),
        sa.Column("via_kmb", sa.Boolean(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_note", sa.Text(), nullable=True),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_private_lease_household_id_household")),
        sa.ForeignKeyConstraint(["landlord_id"], ["landlord.id"],
                                name=op.f("fk_private_lease_landlord_id_landlord")),
        sa.ForeignKeyConstraint(["tenant_id"], ["person.id"],
                                name=op.f("fk_private_lease_tenant_id_person")),
        sa.ForeignKeyConstraint(["worker_id"], ["user.id"],
                                name=op.f("fk_private_lease_worker_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_lease")),
    )
    _indexes("private_lease", "landlord_id", "household_id", "tenant_id", "ends_on")
    op.create_table(
        "guarantee",
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("private_lease_id", sa.String(length=36), nullable=False),
        sa.Column("amount_hal", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["private_lease_id"], ["private_lease.id"],
                                name=op.f("fk_guarantee_private_lease_id_private_lease")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guarantee")),
    )
    _indexes("guarantee", "number", "private_lease_id")
    op.create_table(
        "guarantee_claim",
        sa.Column("guarantee_id", sa.String(length=36), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_hal", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["guarantee_id"], ["guarantee.id"],
                                name=op.f("fk_guarantee_claim_guarantee_id_guarantee")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guarantee_claim")),
    )
    _indexes("guarantee_claim", "guarantee_id", "paid_on")
    # a nullable column: existing payments keep their data (and no payee)
    with op.batch_alter_table("fund_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("landlord_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_fund_payment_landlord_id"), ["landlord_id"])
        batch_op.create_foreign_key(batch_op.f("fk_fund_payment_landlord_id_landlord"),
                                    "landlord", ["landlord_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("fund_payment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_fund_payment_landlord_id_landlord"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_fund_payment_landlord_id"))
        batch_op.drop_column("landlord_id")
    op.drop_table("guarantee_claim")
    op.drop_table("guarantee")
    op.drop_table("private_lease")
    op.drop_table("landlord")
