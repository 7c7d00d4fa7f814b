"""Person services: validation, audit, search, and the sync stamps every write gets."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app import audit
from app.errors import PermissionDenied, ValidationError
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person, update_person
from app.people.search import count_persons, search_persons
from app.security import Actor
from app.sync.capture import HardDeleteRefused
from app.sync.stamps import RowMeta
from models.audit import AuditEvent
from models.people import Person, Sex
from models.staff import Role


def _person(db, actor, given, surname, **kw):
    return create_person(db, actor, PersonInput(given_name=given, surname=surname, **kw))


def test_create_person_validates_every_field_at_once(db, admin):
    with pytest.raises(ValidationError) as err:
        _person(db, admin, "", "", birth_date=dt.date.today() + dt.timedelta(days=3),
                birth_number="780123/3551", email="nekde", postcode="12")
    assert set(err.value.errors) == {"given_name", "surname", "birth_date", "birth_number",
                                     "email", "postcode"}
    with db.reading() as s:
        assert s.scalar(select(Person.id)) is None      # nothing half-saved


def test_birth_number_fills_birth_date_and_sex(db, admin):
    pid = _person(db, admin, "Eva", "Malá", birth_number="785123/3555")
    with db.reading() as s:
        p = s.get(Person, pid)
        assert (p.birth_date, p.sex, p.birth_number) == (dt.date(1978, 1, 23), Sex.FEMALE,
                                                         "7851233555")


def test_birth_number_must_agree_with_birth_date(db, admin):
    with pytest.raises(ValidationError) as err:
        _person(db, admin, "Eva", "Malá", birth_number="785123/3555",
                birth_date=dt.date(1978, 1, 24))
    assert "nesouhlasí" in err.value.errors["birth_number"]


def test_every_write_is_audited_in_an_intact_chain(db, admin):
    pid = _person(db, admin, "Řehoř", "Šťastný")
    update_person(db, admin, pid, PersonInput(given_name="Řehoř", surname="Šťastný",
                                              phone="+420 603 123 456"))
    person_detail(db, admin, pid)
    with db.reading() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == pid)
                           .order_by(AuditEvent.seq)).all()
        assert [e.action for e in events] == ["create", "update", "open"]
        assert all(e.user_id == admin.user_id for e in events)
        assert audit.verify_chain(s) is None
        events[0].action = "delete"          # tamper with history
        assert audit.verify_chain(s) == events[0].seq


def test_search_ignores_case_and_diacritics(db, admin):
    for given, surname in [("Jan", "Novák"), ("Eva", "Nováková"), ("Řehoř", "Šťastný"),
                           ("Petr", "Novotný"), ("Ivana", "Dvořáková")]:
        _person(db, admin, given, surname)
    names = lambda q: [r.name for r in search_persons(db, admin, q)]  # noqa: E731
    assert names("novak") == ["Novák Jan", "Nováková Eva"]
    assert names("NOVÁK") == ["Novák Jan", "Nováková Eva"]
    assert names("sťastny") == ["Šťastný Řehoř"]
    assert names("rehor") == ["Šťastný Řehoř"]
    assert names("jan novak") == ["Novák Jan"]
    assert count_persons(db, admin, "nov") == 3


def test_search_by_birth_date_year_and_birth_number(db, admin):
    _person(db, admin, "Eva", "Malá", birth_number="785123/3555")
    _person(db, admin, "Jan", "Malý", birth_date=dt.date(1990, 5, 4))
    assert [r.given_name for r in search_persons(db, admin, "23. 1. 1978")] == ["Eva"]
    assert [r.given_name for r in search_persons(db, admin, "23.1.1978")] == ["Eva"]
    assert [r.given_name for r in search_persons(db, admin, "785123/3555")] == ["Eva"]
    assert [r.given_name for r in search_persons(db, admin, "7851")] == []  # too short for RČ
    assert [r.given_name for r in search_persons(db, admin, "malý 1990")] == ["Jan"]
    assert [r.given_name for r in search_persons(db, admin, "malá 23. 1. 1978")] == ["Eva"]


def test_keyset_pages_cover_everything_once_in_czech_order(db, admin):
    for i, surname in enumerate(["Čech", "Cibulka", "Chalupa", "Hruška", "Žák", "Zeman"] * 5):
        _person(db, admin, f"Osoba{i:02d}", surname)
    seen, after = [], None
    while True:
        page = search_persons(db, admin, "", after=after, limit=7)
        seen.extend(page)
        if len(page) < 7:
            break
        after = (page[-1].sort_key, page[-1].id)
    assert len(seen) == len({r.id for r in seen}) == 30
    surnames = [r.surname for r in seen]
    assert surnames == sorted(surnames, key=["Cibulka", "Čech", "Hruška", "Chalupa", "Zeman",
                                             "Žák"].index)


def test_writes_carry_sync_stamps_per_column(db, admin):
    pid = _person(db, admin, "Jan", "Novák")
    with db.reading() as s:
        meta1 = RowMeta.loads(s.scalar(select(Person.sync_meta).where(Person.id == pid)))
        seq1 = s.get(Person, pid).sync_seq
    update_person(db, admin, pid, PersonInput(given_name="Jan", surname="Nováček"))
    with db.reading() as s:
        meta2 = RowMeta.loads(s.scalar(select(Person.sync_meta).where(Person.id == pid)))
        seq2 = s.get(Person, pid).sync_seq
    assert seq2 > seq1
    assert meta2.stamp("surname") > meta1.stamp("surname")
    assert meta2.stamp("given_name") == meta1.stamp("given_name")     # untouched column
    assert meta2.stamp("search_surname") == meta2.stamp("surname")    # derived with its source
    assert json.loads(json.dumps(meta2.seen))                         # serialisable


def test_rows_are_never_hard_deleted(db, admin):
    pid = _person(db, admin, "Jan", "Novák")
    with pytest.raises(HardDeleteRefused):
        with db.transaction() as s:
            s.delete(s.get(Person, pid))


def test_read_only_role_cannot_create(db):
    reader = Actor("x", "Čtenář", Role.READONLY)
    with pytest.raises(PermissionDenied):
        _person(db, reader, "Jan", "Novák")
