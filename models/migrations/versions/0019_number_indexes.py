"""indexes on application.number and fund_request.number (issue 10)

The numbering service's highest-number query (app/numbering.py) reads a
range of the number; without an index it scanned the whole table, inside
the issuing transaction that holds the write lock.

Revision ID: 0019_number_indexes
Revises: 0019_pg_search_order
"""
from __future__ import annotations

from alembic import op

revision = "0019_number_indexes"
down_revision = "0019_pg_search_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_application_number", "application", ["number"])
    op.create_index("ix_fund_request_number", "fund_request", ["number"])


def downgrade() -> None:
    op.drop_index("ix_fund_request_number", table_name="fund_request")
    op.drop_index("ix_application_number", table_name="application")
