"""law (issue 14): rooms of the applicant's current flat (Blansko's criterion),
the lease an exchange of flats replaces, the land register data of a building
(katastrální území, parcel) and a flat's příslušenství, the frozen data of a
signed contract and of a closed handover protocol

Revision ID: 0007
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_rooms", sa.Integer(), nullable=True))
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaces_lease_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_lease_replaces_lease_id_lease"), "lease",
                                    ["replaces_lease_id"], ["id"])
        batch_op.add_column(sa.Column("contract_snapshot_json", sa.Text(), nullable=True))
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cadastral_area", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("parcel", sa.String(length=40), nullable=True))
    with op.batch_alter_table("flat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appurtenances", sa.Text(), nullable=True))
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handover_snapshot_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_column("handover_snapshot_json")
    with op.batch_alter_table("flat", schema=None) as batch_op:
        batch_op.drop_column("appurtenances")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_column("parcel")
        batch_op.drop_column("cadastral_area")
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_lease_replaces_lease_id_lease"),
                                 type_="foreignkey")
        batch_op.drop_column("contract_snapshot_json")
        batch_op.drop_column("replaces_lease_id")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("current_rooms")
