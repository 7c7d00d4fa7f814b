"""the worker's sex on the user (issue 14 item 1)

Documents print the worker's role in words that agree with them ("zpracovala",
"sociální pracovnice"). Nullable: existing users keep no value until an
administrator confirms one in Nastavení → Uživatelé (the form suggests one from
the given name; nothing is stored by guess).

Revision ID: 0018_user_sex
Revises: 0018_peer_series
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_user_sex"
down_revision = "0018_peer_series"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "sex", sa.Enum("F", "M", name="sex", native_enum=False, create_constraint=False,
                           length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("sex")
