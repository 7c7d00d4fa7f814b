"""Opening and saving a person's record (issue 15): a fixed number of
statements however many contacts and household members the record has —
on a server each one is a round trip that waits its turn for the processor.
The opening's audit event is the search's single-statement append on
PostgreSQL, the save keeps its row-version check, and the chain verifies."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import event, select

from app import audit
from app.concurrency import ConcurrentEdit
from app.db import open_database
from app.people.detail import person_detail
from app.people.households import add_household, add_member
from app.people.records import PersonInput, create_person, update_person
from app.people.search import search_persons
from models.audit import AuditEvent
from models.people import Relation
from tests.statements import counted

from .keys import TEST_KEY


def _person(db, admin, given, surname, **kw) -> str:
    return create_person(db, admin, PersonInput(
        given_name=given, surname=surname, phone="+420 603 111 222", email="a@b.cz",
        street="Hlavní", house_number="12", city="Kolín", postcode="280 02", **kw))


def _household(db, admin, head: str, others: list[str]) -> None:
    with db.transaction() as s:
        hh = add_household(s, admin, "Novákovi")
        add_member(s, admin, hh.id, head, Relation.HEAD)
        for pid in others:
            add_member(s, admin, hh.id, pid, Relation.CHILD)


def _begins(db):
    """Transactions begun on the server (an autocommit connection sends no BEGIN)."""
    seen = []

    def begin(conn):
        if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            seen.append(conn)
    event.listen(db.engine, "begin", begin)
    return seen, lambda: event.remove(db.engine, "begin", begin)


def _opened(db, admin, pid):
    with counted(db) as statements:
        detail = person_detail(db, admin, pid)
    return detail, statements


def test_opening_costs_the_same_statements_however_big_the_household(db, admin):
    small = _person(db, admin, "Jan", "Novák")
    big = _person(db, admin, "Petr", "Dvořák")
    alone = _person(db, admin, "Eva", "Malá")
    _household(db, admin, small, [_person(db, admin, "Ema", "Nováková")])
    _household(db, admin, big, [_person(db, admin, f"Dítě{i}", "Dvořáková") for i in range(5)])
    search_persons(db, admin, "nov")              # today's anchor, if due, is written now
    assert db.flush_audit(30)                     # (a server's: behind the search)
    begins, stop = _begins(db)
    try:
        d_small, s_small = _opened(db, admin, small)
        d_big, s_big = _opened(db, admin, big)
        d_alone, s_alone = _opened(db, admin, alone)
    finally:
        stop()
    assert len(s_small) == len(s_big), (s_small, s_big)
    assert len(s_alone) == len(s_small) - 1      # no household: no members to read
    (hh,) = d_big.households
    assert hh.members[0].person_id == big and len(hh.members) == 6
    assert (d_big.phone, d_big.email, d_big.address) == ("+420 603 111 222", "a@b.cz",
                                                         d_alone.address)
    assert "Hlavní 12" in d_alone.address and d_alone.households == []
    if db.server:                 # the record, the members, the event: nothing else
        assert len(s_small) == 3, s_small
        assert "pg_notify" in s_small[-1]
        assert begins == []
    with db.reading() as s:
        opened = s.execute(select(AuditEvent.entity_id).where(AuditEvent.action == "open")
                           .order_by(AuditEvent.seq)).scalars().all()
        assert opened == [small, big, alone]      # every opening audited
        assert audit.check(s) == []


def test_a_save_reads_the_form_in_one_statement_under_the_row_lock(db, admin):
    pid = _person(db, admin, "Jana", "Nováková")
    search_persons(db, admin, "nov")
    assert db.flush_audit(30)
    loaded = person_detail(db, admin, pid)
    form = PersonInput(given_name="Jana", surname="Nováková", phone="+420 603 111 222",
                       email="a@b.cz", street="Hlavní", house_number="12", city="Kolín",
                       postcode="280 02", note="poznámka")
    with counted(db) as statements:
        update_person(db, admin, pid, form, expected_version=loaded.row_version)
    reads = [st for st in statements if st.lstrip().upper().startswith("SELECT")
             and "audit" not in st and "pg_notify" not in st]
    assert len(reads) == 1, reads               # person + address + contacts, no re-reads
    if db.server:
        assert "FOR UPDATE OF person" in reads[0]
    now = person_detail(db, admin, pid)
    assert (now.note, now.row_version, now.phone) == ("poznámka", loaded.row_version + 1,
                                                      "+420 603 111 222")
    with db.reading() as s:
        (detail,) = s.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "update", AuditEvent.entity_id == pid)).scalars().all()
        assert json.loads(detail) == {"fields": ["note"]}
        assert audit.check(s) == []


def test_a_stale_save_shows_what_the_other_workstation_stored(db, admin):
    """The message's stored values are read after the lock: a contact the
    other workstation changed shows as it is now."""
    pid = _person(db, admin, "Jana", "Nováková")
    loaded = person_detail(db, admin, pid)
    form = PersonInput(given_name="Jana", surname="Nováková", phone="+420 603 111 222",
                       email="a@b.cz", street="Hlavní", house_number="12", city="Kolín",
                       postcode="280 02")
    other = open_database(db.url, key=None if db.server else TEST_KEY)
    try:
        update_person(other, admin, pid, PersonInput(**{**form.__dict__,
                                                        "phone": "+420 777 000 111"}),
                      expected_version=loaded.row_version)
    finally:
        other.close()
    with pytest.raises(ConcurrentEdit) as caught:
        update_person(db, admin, pid, PersonInput(**{**form.__dict__, "note": "moje"}),
                      expected_version=loaded.row_version)
    by_field = {c.field: c for c in caught.value.changes}
    assert (by_field["phone"].mine, by_field["phone"].theirs) == ("+420 603 111 222",
                                                                  "+420 777 000 111")
    assert caught.value.current_version == loaded.row_version + 1
    assert person_detail(db, admin, pid).note is None
