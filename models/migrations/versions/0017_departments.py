"""departments as the office's own setting (issue 16 item 1)

Until now a task's or a user's department was one of three fixed codes. The
table holds them with their Czech names, so every existing task and user
keeps its department; the office renames, adds and deactivates them. The
three rows get the same ids and "never written" stamps everywhere (see
models/departments.py), so installations that migrate separately agree.

Revision ID: 0017_departments
Revises: 0016_addresses
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0017_departments"
down_revision = "0016_addresses"
branch_labels = None
depends_on = None

# as in models/departments.py at the time of this migration (kept here: a
# migration must not change when the model module does)
BUILTIN = (
    ("00000000-0000-7000-8000-00000000d001", "kmb", "sociální odbor (KMB)"),
    ("00000000-0000-7000-8000-00000000d002", "property", "majetkový odbor"),
    ("00000000-0000-7000-8000-00000000d003", "flat_manager", "správce bytů"),
)
NEVER_WRITTEN = '{"s":[0,""],"v":{}}'


def upgrade() -> None:
    table = op.create_table(
        "department",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_meta", sa.Text(), nullable=True),
        sa.Column("sync_seq", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_department_code"), ["code"])
        batch_op.create_index(batch_op.f("ix_department_sync_seq"), ["sync_seq"])
    # a fixed moment, not the migration's: the same row everywhere
    born = dt.datetime(2026, 1, 1)
    op.bulk_insert(table, [
        {"id": rid, "code": code, "name": name, "active": True, "created_at": born,
         "updated_at": born, "deleted_at": None, "sync_meta": NEVER_WRITTEN, "sync_seq": 0,
         "row_version": 1}
        for rid, code, name in BUILTIN])


def downgrade() -> None:
    op.drop_table("department")
