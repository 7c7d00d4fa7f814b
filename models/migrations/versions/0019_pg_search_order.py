"""person (PostgreSQL only): name-search indexes in the order shown

A search by the first letters of a name ("kr") matched thousands of persons
on a city's server, and the page of 200 was sorted out of all of them. These
indexes hold the first one or two folded letters of the surname and of the
given name, then the sort key: the matches of a prefix are read in Czech
order and the read stops at the page (app/people/search.py, the server path).
Only live persons are indexed (a search never shows the deleted or merged).

SQLite keeps its covering range indexes (its planner sorts a prefix's matches
from them quickly enough, and it has no ``left``); nothing changes there.

Revision ID: 0019_pg_search_order
Revises: 0019_commit_counter
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_pg_search_order"
down_revision = "0019_commit_counter"
branch_labels = None
depends_on = None

# (index name, folded column, leading letters)
INDEXES = [(f"ix_person_pg_{column.split('_')[1]}_lead{n}", column, n)
           for column in ("search_surname", "search_given") for n in (1, 2)]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column, n in INDEXES:
        op.create_index(name, "person", [sa.text(f"left({column}, {n})"), "sort_key", "id"],
                        postgresql_include=["search_surname", "search_given"],
                        postgresql_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _column, _n in INDEXES:
        op.drop_index(name, table_name="person")
