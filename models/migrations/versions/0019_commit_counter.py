"""commit_counter: a number per committed write transaction (issue 10)

An open window learns of another process's commit (the CLI, a second window,
a bundle import) by watching the file. ``PRAGMA data_version`` changes once
per change it detects, not once per commit, so a foreign commit right after
one of ours looked like ours and the screens stayed stale. Every write
transaction now takes the next number of this counter under the write lock;
a number the process did not take is another's commit.

Revision ID: 0019_commit_counter
Revises: 0019_name_indexes
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_commit_counter"
down_revision = "0019_name_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commit_counter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("n", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("commit_counter")
