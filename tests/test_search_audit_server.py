"""A search's audit event (issue 15): on PostgreSQL the page is one statement
that commits as it runs, and its event goes to the chain behind it
(app/audit_behind.py), appended in one statement (the server computes its
HMAC), so a search never waits for the chain's head. The chain stays the one
``audit.check`` verifies, on both backends, with workstations searching and
saving at once."""
from __future__ import annotations

import json
import threading

from sqlalchemy import delete, select

from app import audit
from app.people.records import PersonInput, create_person, update_person
from app.people.search import search, search_persons
from models.audit import AuditAnchor, AuditEvent
from tests.statements import counted


def _events(db, after: int = 0) -> list:
    assert db.flush_audit(30)       # this workstation's search events are in the chain
    with db.reading() as s:
        return s.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.detail)
                         .where(AuditEvent.seq > after).order_by(AuditEvent.seq)).all()


def _last_seq(db) -> int:
    events = _events(db)
    return events[-1].seq if events else 0


def test_a_search_is_its_page_and_one_chained_event(db, admin, monkeypatch):
    for surname in ("Nováková", "Novák", "Dvořák"):
        create_person(db, admin, PersonInput(given_name="Jana", surname=surname))
    search_persons(db, admin, "dvo")              # today's anchor, if due, is written now
    assert db.flush_audit(30)
    published = []
    publish = db.publish
    monkeypatch.setattr(db, "publish", lambda changes, **kw: (published.append((changes, kw)),
                                                              publish(changes, **kw)))
    before = _last_seq(db)
    with counted(db) as statements:
        rows = search_persons(db, admin, "nováko ja")
        assert db.flush_audit(30)
    assert [r.surname for r in rows] == ["Nováková"]
    with db.reading() as s:
        assert rows == search(s, "nováko ja")
        assert audit.check(s) == []
    (event,) = _events(db, before)
    assert event.action == "search"
    assert json.loads(event.detail) == {"query": "nováko ja", "first_page": 1}
    if db.server:                 # the page, the event (with its NOTIFY, behind): nothing else
        assert len(statements) == 2, statements
        assert "pg_notify" in statements[1]
        ((changes, kw),) = published
        assert kw == {"sent": True} and changes.tables == {"audit_event"}


def test_the_general_write_takes_over_when_the_day_is_not_anchored(db, admin):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    search_persons(db, admin, "nov")
    assert db.flush_audit(30)
    with db.transaction() as s:   # as on a new day: no anchor of today yet
        s.execute(delete(AuditAnchor).where(AuditAnchor.kind == "daily"))
    before = _last_seq(db)
    search_persons(db, admin, "nov")
    search_persons(db, admin, "nová")
    assert [e.action for e in _events(db, before)] == ["search", "search"]
    with db.reading() as s:
        assert audit.check(s) == []
        assert s.scalars(select(AuditAnchor).where(AuditAnchor.kind == "daily")).first()


def _worker(db, actor, index: int, person_id: str, failures: list) -> None:
    try:
        for i in range(9):
            if i % 3 == 2:
                update_person(db, actor, person_id, PersonInput(
                    given_name="Eva", surname=f"Nováková{index}", note=f"w{index}-{i}"))
            else:
                search_persons(db, actor, f"nová w{index}-{i}")
    except Exception as exc:      # noqa: BLE001 – reported by the test
        failures.append(f"{index}: {type(exc).__name__}: {exc}")


def test_workstations_searching_and_saving_at_once_keep_one_chain(db, admin):
    persons = [create_person(db, admin, PersonInput(given_name="Eva", surname=f"Nováková{w}"))
               for w in range(5)]
    search_persons(db, admin, "nov")
    before = _last_seq(db)
    failures: list[str] = []
    threads = [threading.Thread(target=_worker, args=(db, admin, w, persons[w], failures))
               for w in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures, failures
    events = _events(db, before)
    assert [e.seq for e in events] == list(range(before + 1, before + 1 + 5 * 9))
    for w in range(5):            # each one's searches in the order it made them
        mine = [json.loads(e.detail)["query"] for e in events
                if e.action == "search" and f"w{w}-" in e.detail]
        assert mine == [f"nová w{w}-{i}" for i in range(9) if i % 3 != 2]
    with db.reading() as s:
        assert audit.check(s) == []
        head = s.get(AuditAnchor, audit.HEAD_ID)
        assert head.seq == events[-1].seq
