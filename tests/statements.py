"""Counting the SQL statements a piece of work sends (tests that prove a
chunk or a set-based path costs the same however many rows it serves)."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def counted(db):
    """The statements sent through ``db``'s engine while the block runs."""
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
