"""row version on every synchronised (editable) table: optimistic concurrency

``row_version`` starts at 1 for existing rows (server default); it is local to
this database and never travels in bundles (see models.base.Versioned).

Revision ID: 0010_row_version
Revises: 0008_procedure
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_row_version"
down_revision = "0008_procedure"
branch_labels = None
depends_on = None

# The synchronised tables at this revision (a later table gets the column with its own
# create_table). Written out: a migration must not follow the ORM as it changes later.
TABLES = (
    "address", "attachment", "checklist_template", "fund_budget", "partner_organisation",
    "rule_set", "setting", "sync_conflict", "user", "building", "household", "person",
    "application", "case", "flat", "household_member", "person_contact", "possible_duplicate",
    "assessment", "case_status_change", "contact_record", "fund_request", "meter", "note",
    "offer", "task", "allocation_decision", "assessment_debt", "assessment_income",
    "assessment_step", "fund_decision", "fund_payment", "fund_repayment",
    "housing_need_record", "lease", "referral", "refusal", "repayment_plan",
    "arrears_balance", "inspection", "lease_service", "renewal", "inspection_item",
    "key_handover", "meter_reading", "housing_procedure", "housing_procedure_change",
)


def upgrade() -> None:
    # ADD COLUMN with a constant default: no table rebuild on SQLite, rows keep their data
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False,
                                          server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
