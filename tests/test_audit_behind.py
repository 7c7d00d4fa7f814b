"""A server's search events written behind the search (app/audit_behind.py):
a search shows its page while another workstation holds the audit chain's
head; its event reaches the chain afterwards, stamped with the moment of the
search, in order, and is neither lost nor half-written when the database
does not take it at once or the workstation closes."""
from __future__ import annotations

import json
import logging
import threading

import pytest
from sqlalchemy import select

from app import audit, audit_behind
from app.audit_behind import EventsBehind
from app.errors import DatabaseProblem
from app.people.records import PersonInput, create_person
from app.people.search import search_persons
from app.privacy.audit_log import list_events
from models.audit import AuditAnchor, AuditEvent
from models.base import utcnow
from tests import backends


def _events(db, after: int) -> list:
    with db.reading() as s:
        return s.execute(select(AuditEvent.seq, AuditEvent.at, AuditEvent.action,
                                AuditEvent.detail)
                         .where(AuditEvent.seq > after).order_by(AuditEvent.seq)).all()


def _last_seq(db) -> int:
    with db.reading() as s:
        return s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0


def _queries(events) -> list[str]:
    return [json.loads(e.detail)["query"] for e in events]


@pytest.mark.skipif(not backends.on_postgres(), reason="the chain head's row lock: PostgreSQL")
def test_a_search_shows_its_page_while_another_workstation_holds_the_chain_head(db, admin):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    search_persons(db, admin, "nov")           # today's anchor, if due, is written now
    assert db.flush_audit(30)
    before = _last_seq(db)
    found: list = []
    with db.engine.connect() as holder:        # a save whose commit the server's disk holds
        holder.execute(select(AuditAnchor.seq).where(AuditAnchor.id == audit.HEAD_ID)
                       .with_for_update())
        search = threading.Thread(target=lambda: found.append(search_persons(db, admin, "nová")))
        search.start()
        search.join(20)
        assert not search.is_alive(), "the search waited for the chain's head"
        shown_at = utcnow()
        assert [r.surname for r in found[0]] == ["Nováková"]
        assert not db.flush_audit(0.5)         # its event waits for the head, the person did not
        assert db.events_behind.pending() == 1
        holder.rollback()
    assert db.flush_audit(30)
    (event,) = _events(db, before)
    assert (event.action, json.loads(event.detail)) == ("search", {"query": "nová",
                                                                   "first_page": 1})
    assert event.at <= shown_at                # the moment of the search, not of the write
    with db.reading() as s:
        assert audit.check(s) == []


def test_the_trail_shows_this_workstations_searches_at_once(db, admin):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    for query in ("nov", "nová", "nováko"):
        search_persons(db, admin, query)
    shown = [r.detail for r in list_events(db, admin, action="search", limit=3)]
    assert shown == [f"first_page: 1, query: {q}" for q in ("nováko", "nová", "nov")]


def test_an_event_the_database_does_not_take_is_kept_and_tried_again(db, admin, monkeypatch):
    search_persons(db, admin, "x")              # today's anchor
    assert db.flush_audit(30)
    before = _last_seq(db)
    monkeypatch.setattr(audit_behind, "RETRY_PAUSES", (0.01,))
    tries = []
    record_read = audit.record_read

    def server_away_twice(*args, **kwargs):
        tries.append(kwargs["at"])
        if len(tries) <= 2:
            raise DatabaseProblem("Databázový server neodpovídá.")
        return record_read(*args, **kwargs)
    monkeypatch.setattr(audit, "record_read", server_away_twice)
    behind = EventsBehind(db)
    behind.put(admin, "search", "person", None, {"query": "první"})
    behind.put(admin, "search", "person", None, {"query": "druhé"})
    assert behind.flush(30)
    events = _events(db, before)
    assert _queries(events) == ["první", "druhé"]
    assert len(tries) == 4 and tries[0] == tries[1] == tries[2] == events[0].at
    assert behind.close() == 0
    with db.reading() as s:
        assert audit.check(s) == []


def test_closing_writes_what_is_queued_first(db, admin, monkeypatch):
    search_persons(db, admin, "x")
    assert db.flush_audit(30)
    before = _last_seq(db)
    disk = threading.Event()                   # a server whose disk is slow for a moment
    record_read = audit.record_read

    def slow(*args, **kwargs):
        disk.wait(30)
        return record_read(*args, **kwargs)
    monkeypatch.setattr(audit, "record_read", slow)
    behind = EventsBehind(db)
    for query in ("a", "b", "c"):
        behind.put(admin, "search", "person", None, {"query": query})
    assert behind.pending() == 3
    threading.Timer(0.3, disk.set).start()
    assert behind.close() == 0
    assert _queries(_events(db, before)) == ["a", "b", "c"]
    behind.put(admin, "search", "person", None, {"query": "d"})   # after close: written at once
    assert _queries(_events(db, before)) == ["a", "b", "c", "d"]


def test_closing_says_how_many_events_the_server_did_not_take(db, admin, monkeypatch,
                                                             caplog):
    monkeypatch.setattr(audit_behind, "RETRY_PAUSES", (0.05,))

    def away(*args, **kwargs):
        raise DatabaseProblem("Databázový server neodpovídá.")
    monkeypatch.setattr(audit, "record_read", away)
    behind = EventsBehind(db)
    behind.put(admin, "search", "person", None, {"query": "a"})
    with caplog.at_level(logging.ERROR, logger="app.audit_behind"):
        assert behind.close(timeout=0.3) == 1
    assert "1 search events were not written" in caplog.text
