"""a peer's numbering series (issue 10 item 3): kept from its card and from
each of its bundles, so that this installation cannot choose a series a paired
installation already uses

Revision ID: 0018_peer_series
Revises: 0017_departments
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_peer_series"
down_revision = "0017_departments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("peer", schema=None) as batch_op:
        # NULL: paired before this column; known from the peer's next bundle
        batch_op.add_column(sa.Column("series", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("peer", schema=None) as batch_op:
        batch_op.drop_column("series")
