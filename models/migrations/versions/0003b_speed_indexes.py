"""person: covering search indexes and a (sort_key, id) index for keyset paging

Revision ID: 0003b
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003b"
down_revision = "0007"
branch_labels = None
depends_on = None

_NEW = {
    "ix_person_search_surname": ["search_surname", "sort_key", "id", "deleted_at",
                                 "merged_into_id"],
    "ix_person_search_given": ["search_given", "sort_key", "id", "deleted_at",
                               "merged_into_id"],
    "ix_person_sort_key": ["sort_key", "id"],
}
_OLD = {
    "ix_person_search_surname": ["search_surname"],
    "ix_person_search_given": ["search_given"],
    "ix_person_sort_key": ["sort_key"],
}


def _replace(indexes: dict[str, list[str]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="person")
        op.create_index(name, "person", columns)


def upgrade() -> None:
    _replace(_NEW)


def downgrade() -> None:
    _replace(_OLD)
