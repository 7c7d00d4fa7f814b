"""programmes and funding (issue 16.3): the programme register, programme tags
on cases, leases and fund budgets, and a flat's funding source with its
sustainability period and target group

Revision ID: 0014_programmes
Revises: 0013_landlords
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_programmes"
down_revision = "0013_landlords"
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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _indexes(table: str, columns: list[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column])


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("funder", sa.Enum("opz_plus", "irop", "iti", "housing_first", "housing_led",
                                    "municipal", "other", name="funder", native_enum=False,
                                    length=32), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("indicators", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    _indexes("programme", ["code", "sync_seq"])
    op.create_table(
        "programme_tag",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("lease_id", sa.String(length=36), nullable=True),
        sa.Column("fund_budget_id", sa.String(length=36), nullable=True),
        sa.Column("tagged_on", sa.Date(), nullable=False),
        *_synced(),
        _fk("programme_tag", "programme_id", "programme"),
        _fk("programme_tag", "case_id", "case"),
        _fk("programme_tag", "lease_id", "lease"),
        _fk("programme_tag", "fund_budget_id", "fund_budget"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_tag")),
    )
    _indexes("programme_tag", ["programme_id", "case_id", "lease_id", "fund_budget_id",
                               "sync_seq"])
    op.create_table(
        "flat_funding",
        sa.Column("flat_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=True),
        sa.Column("sustainability_until", sa.Date(), nullable=True),
        sa.Column("target_ethos", sa.String(length=60), nullable=True),
        sa.Column("target_programme_id", sa.String(length=36), nullable=True),
        sa.Column("target_income_hal", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        _fk("flat_funding", "flat_id", "flat"),
        _fk("flat_funding", "programme_id", "programme"),
        _fk("flat_funding", "target_programme_id", "programme"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flat_funding")),
    )
    _indexes("flat_funding", ["flat_id", "sync_seq"])


def downgrade() -> None:
    op.drop_table("flat_funding")
    op.drop_table("programme_tag")
    op.drop_table("programme")
