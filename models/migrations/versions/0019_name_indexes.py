"""person: both name columns in each name-search index (issue 10, search speed)

"novak jan" leads with the longer token on one index and checks the other
token against the surname or the given name. With only the leading column in
the index, that check read the table row of every match of the leading token
(thousands of random, decrypted pages for "čer mic"); with both name columns
in each index the search and its capped count stay on the indexes. The
(search_surname, search_given) prefix also serves telling namesakes apart.

Revision ID: 0019_name_indexes
Revises: 0018_user_sex
"""
from __future__ import annotations

from alembic import op

revision = "0019_name_indexes"
down_revision = "0018_user_sex"
branch_labels = None
depends_on = None

_TAIL = ["sort_key", "id", "deleted_at", "merged_into_id"]
_NEW = {
    "ix_person_search_surname": ["search_surname", "search_given", *_TAIL],
    "ix_person_search_given": ["search_given", "search_surname", *_TAIL],
}
_OLD = {
    "ix_person_search_surname": ["search_surname", *_TAIL],
    "ix_person_search_given": ["search_given", *_TAIL],
}


def _replace(indexes: dict[str, list[str]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="person")
        op.create_index(name, "person", columns)


def upgrade() -> None:
    _replace(_NEW)


def downgrade() -> None:
    _replace(_OLD)
