"""numbering: installation series tag, issued_number registry

Revision ID: 0003
Revises: 0002

An upgraded installation keeps numbering as before (tag "", so its series goes
on from its existing numbers), except one that looks like a field laptop or a
partner office (it has peers and none of them is a field laptop of its own):
that one gets the tag derived from its clock origin, as a new installation
would, so that its next numbers no longer collide with the office's.
Existing numbers stay as they are.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Same as app.numbering.auto_tag (a migration does not import the app).
TAG_LETTERS = "ACDEFHJKLMNPRTUVWXY"
TAG_CHARS = TAG_LETTERS + "3479"


def _auto_tag(origin: str) -> str:
    value = int(origin or "0", 16)
    value, first = divmod(value, len(TAG_LETTERS))
    chars = [TAG_LETTERS[first]]
    for _ in range(3):
        value, i = divmod(value, len(TAG_CHARS))
        chars.append(TAG_CHARS[i])
    return "".join(chars)


def upgrade() -> None:
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series", sa.String(length=8), nullable=True))
    op.create_table(
        "issued_number",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "number", name=op.f("pk_issued_number")),
    )
    conn = op.get_bind()
    peers = conn.execute(sa.text("SELECT scope FROM peer")).all()
    laptop_like = bool(peers) and all(scope is None for (scope,) in peers)
    for inst_id, origin in conn.execute(sa.text("SELECT id, origin FROM installation")).all():
        conn.execute(sa.text("UPDATE installation SET series = :s WHERE id = :i"),
                     {"s": _auto_tag(origin) if laptop_like else "", "i": inst_id})


def downgrade() -> None:
    op.drop_table("issued_number")
    with op.batch_alter_table("installation", schema=None) as batch_op:
        batch_op.drop_column("series")
