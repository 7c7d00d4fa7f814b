"""What one keystroke of Klienti costs stays small without changing what it
finds or what the audit proves: the search's event goes through SQLite's short
write path (one read, the insert, the head's move) and still chains, verifies
and reaches the screens; the daily anchor still comes first when it is due;
a statement is built once per shape of the query; a person whose surname and
given name both start with the typed text is found and counted once."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from app import audit
from app.people import search as people_search
from app.people.records import PersonInput, create_person
from app.people.search import count_persons, search_persons
from models.audit import AuditAnchor, AuditEvent

from .statements import counted


def _events(db) -> list:
    assert db.flush_audit(30)     # a server's search events are written behind the search
    with db.reading() as s:
        return s.execute(select(AuditEvent.id, AuditEvent.seq, AuditEvent.action,
                                AuditEvent.detail, AuditEvent.prev_hash, AuditEvent.hash)
                         .order_by(AuditEvent.seq)).all()


@pytest.mark.sqlite_only("SQLite's write path of an audit event")
def test_a_search_event_is_three_statements_and_the_chain_verifies(db, admin, monkeypatch):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    short = []
    write = audit._record_sqlite

    def spy(*args):
        ev = write(*args)
        short.append(ev is not None)
        return ev
    monkeypatch.setattr(audit, "_record_sqlite", spy)
    heard = []
    db.subscribe(heard.append)
    before = _events(db)[-1].seq
    with counted(db) as statements:
        with db.transaction() as s:
            audit.record(s, admin, "search", "person", None, {"query": "nov"})
    writes = [q for q in statements if "audit" in q]
    assert short == [True] and len(writes) == 3, statements
    after = _events(db)
    assert [e.seq for e in after if e.seq > before] == [before + 1]
    assert after[-1].action == "search" and after[-1].prev_hash == after[-2].hash
    with db.reading() as s:
        assert audit.check(s) == []
        assert s.get(AuditAnchor, audit.HEAD_ID).seq == before + 1
    assert heard and heard[-1].touches_row("audit_event", after[-1].id)


@pytest.mark.sqlite_only("SQLite's write path of an audit event")
def test_the_daily_anchor_due_takes_the_general_path_first(db, admin):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    with db.transaction() as s:     # as if the day had turned: no anchor of today
        s.execute(delete(AuditAnchor).where(AuditAnchor.kind == "daily"))
    search_persons(db, admin, "nov")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditAnchor)
                        .where(AuditAnchor.kind == "daily")) == 1
        assert audit.check(s) == []
    search_persons(db, admin, "nov")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditAnchor)
                        .where(AuditAnchor.kind == "daily")) == 1
        assert audit.check(s) == []
    assert [e.action for e in _events(db)[-2:]] == ["search", "search"]


def test_every_search_is_still_audited_and_chained(db, admin):
    for surname in ("Nováková", "Novák", "Dvořák"):
        create_person(db, admin, PersonInput(given_name="Jana", surname=surname))
    before = len(_events(db))
    for query in ("n", "no", "nov", "nová", "dvo"):
        search_persons(db, admin, query)
    events = _events(db)[before:]
    assert [e.detail for e in events] == [
        f'{{"first_page": {n}, "query": "{q}"}}'
        for q, n in (("n", 2), ("no", 2), ("nov", 2), ("nová", 2), ("dvo", 1))]
    with db.reading() as s:
        assert audit.check(s) == []


def test_a_name_matching_in_both_columns_is_found_and_counted_once(db, admin):
    both = create_person(db, admin, PersonInput(given_name="Jan", surname="Janků",
                                                birth_date=dt.date(1970, 1, 1)))
    given = create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    surname = create_person(db, admin, PersonInput(given_name="Eva", surname="Jansa"))
    create_person(db, admin, PersonInput(given_name="Eva", surname="Nováková"))
    for query in ("jan", "ja", "j", "Jan 1970", "jan jan"):
        rows = search_persons(db, admin, query)
        ids = [r.id for r in rows]
        assert len(ids) == len(set(ids)), query
        expected = {both} if query == "Jan 1970" else {both, given, surname}
        assert set(ids) == expected, query
        assert count_persons(db, admin, query) == len(expected), query
        for cap in (0, 1, 2, 3):
            assert count_persons(db, admin, query, cap=cap) == min(len(expected), cap + 1)


@pytest.mark.sqlite_only("PostgreSQL's name pages are built by _server_keys")
def test_a_statement_is_built_once_per_shape_of_the_query(db, admin):
    create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková"))
    people_search._bound_page.cache_clear()
    for query in ("n", "no", "nov", "nová", "novak"):
        search_persons(db, admin, query)
    for query in ("nov jan", "dvo eva"):
        search_persons(db, admin, query)
    search_persons(db, admin, "1980")
    info = people_search._bound_page.cache_info()
    assert (info.misses, info.hits) == (3, 5)
