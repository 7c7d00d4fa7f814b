"""covering indexes for person lists: ix_person_list and ix_address_line (issue 10)

A list or search page and ``kmb list persons`` read, in sort-key order, the
columns a row shows. The (sort_key, id) index gave the order only: each row
then cost a random, decrypted read of its table row, and the whole listing
sorted instead (SQLCipher keeps the sorter in memory: 23 MB on a city).
ix_person_list holds the shown columns after (sort_key, id) and replaces that
index (it serves keyset paging the same way); ix_address_line holds the
address parts a row shows. Only what a list row shows is in them, inside the
same encrypted file: no rodné číslo, no special-category data.

Both are plain indexes on PostgreSQL as well (index-only scans there).

Revision ID: 0020_person_list_cover
Revises: 0019_number_indexes
"""
from __future__ import annotations

from alembic import op

revision = "0020_person_list_cover"
down_revision = "0019_number_indexes"
branch_labels = None
depends_on = None

_LIST = ["sort_key", "id", "surname", "given_name", "birth_date", "permanent_address_id",
         "deleted_at", "merged_into_id"]


def upgrade() -> None:
    op.drop_index("ix_person_sort_key", table_name="person")
    op.create_index("ix_person_list", "person", _LIST)
    op.create_index("ix_address_line", "address", ["id", "street", "house_number", "city"])


def downgrade() -> None:
    op.drop_index("ix_address_line", table_name="address")
    op.drop_index("ix_person_list", table_name="person")
    op.create_index("ix_person_sort_key", "person", ["sort_key", "id"])
