"""The audit chain under workstations writing at once: every event is chained,
none is lost, none is out of order (each writer's events follow each other
in the order it wrote them), and the head ends on the last one. On a server
the head is locked only for the insert and the head's move (app/audit.py)."""
from __future__ import annotations

import json
import threading

from sqlalchemy import func, select

from app import audit
from app.people.records import PersonInput, create_person, update_person
from models.audit import AuditAnchor, AuditEvent

WRITERS, EACH = 6, 12


def _writer(db, actor, index: int, person_id: str, failures: list) -> None:
    try:
        for i in range(EACH):
            if i % 3 == 2:         # a save: the record's own write, then its event
                update_person(db, actor, person_id, PersonInput(
                    given_name="Eva", surname="Nováková", note=f"w{index}-{i}"))
            else:                  # a read's event alone, as a search writes it
                with db.transaction() as s:
                    audit.record(s, actor, "search", "person", None,
                                 {"query": f"w{index}-{i}"})
    except Exception as exc:       # noqa: BLE001 – reported by the test
        failures.append(f"{index}: {type(exc).__name__}: {exc}")


def test_concurrent_writers_lose_no_event_and_keep_each_ones_order(db, admin, monkeypatch):
    fast = []                      # events written by the server's short-lock path
    server_write = audit._record_server

    def counted(*args):
        ev = server_write(*args)
        fast.append(ev is not None)
        return ev
    monkeypatch.setattr(audit, "_record_server", counted)
    persons = [create_person(db, admin, PersonInput(given_name="Eva", surname="Nováková"))
               for _ in range(WRITERS)]
    with db.reading() as s:
        before = s.scalar(select(func.max(AuditEvent.seq)))
    fast.clear()
    failures: list[str] = []
    threads = [threading.Thread(target=_writer, args=(db, admin, w, persons[w], failures))
               for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures, failures
    with db.reading() as s:
        assert audit.check(s) == []
        events = s.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.detail,
                                  AuditEvent.entity_id)
                           .where(AuditEvent.seq > before).order_by(AuditEvent.seq)).all()
        head = s.get(AuditAnchor, audit.HEAD_ID)
        assert (head.seq, head.hash) == tuple(s.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).one())
    assert [e.seq for e in events] == list(range(before + 1, before + 1 + WRITERS * EACH))
    # on a server the short-lock path wrote them (SQLite: the write lock at BEGIN does)
    assert sum(fast) == (WRITERS * EACH if db.server else 0)
    for w in range(WRITERS):       # each writer's events in the order it wrote them
        mine = [e for e in events
                if (e.action == "search" and json.loads(e.detail)["query"].startswith(f"w{w}-"))
                or (e.action == "update" and e.entity_id == persons[w])]
        assert len(mine) == EACH
        searches = [int(json.loads(e.detail)["query"].split("-")[1]) for e in mine
                    if e.action == "search"]
        assert searches == sorted(searches)
        assert [e.action for e in mine] == ["update" if i % 3 == 2 else "search"
                                            for i in range(EACH)]


def test_an_event_after_the_head_was_read_in_the_same_session_moves_it(db, admin):
    """A head loaded earlier in a transaction is not used stale by a later
    event of the same transaction (bulk events read the head after ``record``)."""
    with db.transaction() as s:
        audit.record(s, admin, "search", "person", None, {"query": "a"})
        s.flush()
        first = s.get(AuditAnchor, audit.HEAD_ID).seq
        audit.record(s, admin, "search", "person", None, {"query": "b"})
        audit.record_many(s, admin, "import", [("person", None, {"n": 1}),
                                               ("person", None, {"n": 2})])
        s.flush()
        assert s.get(AuditAnchor, audit.HEAD_ID).seq == first + 3
    with db.reading() as s:
        assert audit.check(s) == []
