"""law (issue 14): rooms of the applicant's current flat (Blansko's criterion),
the lease an exchange of flats replaces

Revision ID: 0007
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_rooms", sa.Integer(), nullable=True))
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaces_lease_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_lease_replaces_lease_id_lease"), "lease",
                                    ["replaces_lease_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("lease", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_lease_replaces_lease_id_lease"),
                                 type_="foreignkey")
        batch_op.drop_column("replaces_lease_id")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("current_rooms")
