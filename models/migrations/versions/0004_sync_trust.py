"""sync trust: peer kinds, last peer clock, travelling revocations

Revision ID: 0004
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.dialects import is_postgres

revision = "0004"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("peer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False,
                                      server_default="office"))
        batch_op.add_column(sa.Column("last_clock", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("ask_full", sa.Boolean(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("send_full", sa.Boolean(), nullable=False,
                                      server_default="0"))
    # a peer with a worker scope is that worker's field laptop
    op.execute("UPDATE peer SET kind = 'laptop' WHERE scope IS NOT NULL")
    op.create_table(
        "sync_revocation",
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("revoked_hlc", sa.Integer(), nullable=False),
        sa.Column("revoked_by", sa.String(length=36), nullable=False),
        sa.Column("received_from", sa.String(length=36), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("installation_id", name=op.f("pk_sync_revocation")),
    )
    with op.batch_alter_table("sync_revocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_revocation_origin"), ["origin"], unique=False)
    # peers revoked before this revision: their revocation starts travelling now
    pg = is_postgres(op.get_bind())
    millis = ("CAST(EXTRACT(EPOCH FROM p.revoked_at) * 1000 AS BIGINT)" if pg
              else "CAST((julianday(p.revoked_at) - 2440587.5) * 86400000 AS INTEGER)")
    op.execute(
        "INSERT INTO sync_revocation (installation_id, origin, revoked_hlc, revoked_by, "
        f"received_from, at) SELECT p.id, p.origin, {millis} * 65536, "
        "(SELECT id FROM installation LIMIT 1), NULL, p.revoked_at "
        "FROM peer p WHERE p.revoked_at IS NOT NULL AND EXISTS (SELECT 1 FROM installation)")


    # Accounts stay home: a user name is unique. Copies of other installations'
    # accounts (each office's "admin" used to replicate) become workers without a
    # login here: placeholder name "~<id>", never matched by sign-in.
    op.execute(
        'UPDATE "user" SET username = \'~\' || id, active = ' + ("false" if pg else "0") + ' '
        'WHERE id NOT IN (SELECT admin_user_id FROM installation WHERE admin_user_id IS NOT NULL) '
        'AND EXISTS (SELECT 1 FROM "user" o WHERE o.username = "user".username '
        'AND o.id <> "user".id AND (o.id IN (SELECT admin_user_id FROM installation) '
        'OR o.id < "user".id))')
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.create_index("ux_user_username", ["username"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index("ux_user_username")
    with op.batch_alter_table("sync_revocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_revocation_origin"))
    op.drop_table("sync_revocation")
    with op.batch_alter_table("peer", schema=None) as batch_op:
        batch_op.drop_column("send_full")
        batch_op.drop_column("ask_full")
        batch_op.drop_column("last_clock")
        batch_op.drop_column("kind")
