"""Workstations on one PostgreSQL database hear each other's commits
(NOTIFY/LISTEN → the change stream); the payload stays under PostgreSQL's limit."""
from __future__ import annotations

import queue
import time

import pytest

from app.changes import Changes
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person, update_person
from app.server_changes import MAX_PAYLOAD, parse, payload

from . import backends
from .test_concurrency import _form, second_client

on_pg = pytest.mark.skipif(not backends.on_postgres(),
                           reason="NOTIFY/LISTEN needs PostgreSQL (KMB_TEST_DATABASE_URL)")


def test_payload_names_rows_and_falls_back_to_tables_then_everything():
    small = Changes(frozenset({"person", "audit_event"}), {"person": frozenset({"p1"})})
    sender, back = parse(payload(small, "me"))
    assert sender == "me" and back.tables == small.tables
    assert back.ids("person") == {"p1"} and back.ids("audit_event") is None
    many = Changes(frozenset({"person"}), {"person": frozenset(f"{i:036d}" for i in range(400))})
    text = payload(many, "me")
    assert len(text.encode()) <= MAX_PAYLOAD
    _, back = parse(text)
    assert back.tables == {"person"} and back.ids("person") is None   # any person row
    huge = Changes(frozenset(f"t{i:0200d}" for i in range(60)))
    _, back = parse(payload(huge, "me"))
    assert back.everything
    assert parse("nonsense")[1].everything


def _wait(q: queue.Queue, pred, timeout: float = 10.0) -> Changes:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            changes = q.get(timeout=0.1)
        except queue.Empty:
            continue
        if pred(changes):
            return changes
    raise AssertionError("no matching change arrived")


@on_pg
def test_a_commit_on_one_workstation_reaches_the_other(db, admin):
    other = second_client(db)
    heard: queue.Queue = queue.Queue()
    own: list[Changes] = []
    try:
        other.subscribe(heard.put)
        db.subscribe(own.append)
        assert other._listener.listening.wait(10)
        assert db._listener.listening.wait(10)
        pid = create_person(db, admin, PersonInput(given_name="Eva", surname="Malá"))
        got = _wait(heard, lambda c: c.touches_row("person", pid))
        assert not got.everything and got.ids("person") == {pid}
        # the listener of the committing workstation ignores its own notification
        time.sleep(0.5)
        assert sum(1 for c in own if c.touches_row("person", pid)) == 1
    finally:
        other.close()


@on_pg
def test_the_listener_reconnects_after_a_lost_connection(db, admin):
    other = second_client(db)
    heard: queue.Queue = queue.Queue()
    try:
        other.subscribe(heard.put)
        listener = other._listener
        assert listener.listening.wait(10)
        pid = listener.backend_pid()
        with db.engine.connect() as conn:          # the server drops the connection
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        _wait(heard, lambda c: c.everything)       # back: whatever was missed → all
        assert listener.reconnects == 1 and listener.listening.wait(10)
        assert listener.backend_pid() != pid
        person = create_person(db, admin, PersonInput(given_name="Jan", surname="Nový"))
        _wait(heard, lambda c: c.touches_row("person", person))
        d = person_detail(db, admin, person)
        update_person(db, admin, person, _form(d, note="x"), expected_version=d.row_version)
        _wait(heard, lambda c: c.touches_row("person", person))
    finally:
        other.close()
