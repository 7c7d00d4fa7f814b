"""RÚIAN address points (local reference data); kód ADM on buildings;
municipality and locality on contacts and cases

The new columns are empty for existing rows (free text as before); the
address table is filled by ``kmb addresses import``.

Revision ID: 0016_addresses
Revises: 0012_guardians
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.dialects import binary_string  # byte order on PostgreSQL too

revision = "0016_addresses"
down_revision = "0012_guardians"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ruian_address",
        sa.Column("code", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("municipality_code", sa.Integer(), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("momc_code", sa.Integer(), nullable=True),
        sa.Column("momc", sa.String(length=100), nullable=True),
        sa.Column("prague_district_code", sa.Integer(), nullable=True),
        sa.Column("prague_district", sa.String(length=100), nullable=True),
        sa.Column("town_part_code", sa.Integer(), nullable=False),
        sa.Column("town_part", sa.String(length=100), nullable=False),
        sa.Column("street_code", sa.Integer(), nullable=True),
        sa.Column("street", sa.String(length=150), nullable=True),
        sa.Column("building_kind", sa.String(length=10), nullable=False),
        sa.Column("house_no", sa.Integer(), nullable=False),
        sa.Column("orientation_no", sa.Integer(), nullable=True),
        sa.Column("orientation_sign", sa.String(length=2), nullable=True),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("y", sa.Float(), nullable=True),
        sa.Column("x", sa.Float(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("street_label", sa.String(length=150), nullable=False),
        sa.Column("street_search", binary_string(150), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ruian_address")),
    )
    op.create_index("ix_ruian_address_street_search", "ruian_address",
                    ["street_search", "municipality_code", "street_label", "municipality"])
    op.create_index("ix_ruian_address_street", "ruian_address",
                    ["municipality_code", "street_label", "house_no"])
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ruian_code", sa.String(length=20), nullable=True))
    for table in ("contact_record", "case"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("municipality", sa.String(length=100), nullable=True))
            batch_op.add_column(sa.Column("locality", sa.String(length=100), nullable=True))


def downgrade() -> None:
    for table in ("case", "contact_record"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("locality")
            batch_op.drop_column("municipality")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_column("ruian_code")
    op.drop_index("ix_ruian_address_street", table_name="ruian_address")
    op.drop_index("ix_ruian_address_street_search", table_name="ruian_address")
    op.drop_table("ruian_address")
