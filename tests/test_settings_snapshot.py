"""settings.snapshot: bulk work reads each setting once (on a server every
read is a round trip) and gets the same values as without it."""
from __future__ import annotations

from sqlalchemy import event

from app import settings


def test_snapshot_reads_each_key_once_with_the_same_values(db, admin):
    with db.transaction() as s:
        settings.put(s, admin, "office.town", "Trutnov")
    statements = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    with db.reading() as s:
        plain = [settings.get(s, "office.town"), settings.get(s, "office.phone"),
                 settings.get_many(s, "office.")]
        with settings.snapshot(s):
            first = [settings.get(s, "office.town"), settings.get(s, "office.phone"),
                     settings.get_many(s, "office.")]
            asked = len(statements)
            for _ in range(50):
                again = [settings.get(s, "office.town"), settings.get(s, "office.phone"),
                         settings.get_many(s, "office.")]
            assert len(statements) == asked           # each key and prefix asked once
        assert first == again == plain and plain[0] == "Trutnov" and plain[1] == ""
        settings.get(s, "office.phone")           # outside: asked again, as before
        assert len(statements) == asked + 1
