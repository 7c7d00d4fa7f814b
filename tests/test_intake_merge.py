"""Merging two records of one person keeps every reference (checked with
plain SQL over every foreign key the database itself declares)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import inspect, select, text

from app.audit import verify_chain
from app.cases import service as cases
from app.errors import NotFound, PermissionDenied, ValidationError
from app.intake import duplicates
from app.intake.service import IntakeInput, MemberInput, save_intake
from app.people.detail import person_detail
from app.people.merge import merge_persons, merge_preview, referencing_columns
from app.people.records import PersonInput
from app.people.search import search_persons
from app.security import actor_from_user, find_user
from models.audit import AuditEvent
from models.cases import Case
from models.people import Person, Relation

from .conftest import DEMO_TODAY


def references(db, person_id: str) -> dict[str, int]:
    """Live rows pointing at ``person_id``, found from the foreign keys the
    database itself declares (its own catalogue, read by SQLAlchemy's inspector)."""
    out = {}
    with db.engine.connect() as con:
        catalogue = inspect(con)
        for t in catalogue.get_table_names():
            cols = {c["name"] for c in catalogue.get_columns(t)}
            for fk in catalogue.get_foreign_keys(t):
                if fk["referred_table"] == "person":
                    col = fk["constrained_columns"][0]
                    live = " AND deleted_at IS NULL" if "deleted_at" in cols else ""
                    n = con.execute(text(f'SELECT count(*) FROM "{t}" WHERE "{col}" = :p{live}'),
                                    {"p": person_id}).scalar()
                    if n:
                        out[f"{t}.{col}"] = n
    return out


@pytest.fixture
def pair(town_db, town_worker):
    """A client with an open case, entered a second time by mistake (without
    diacritics) with a child, a contact and a duplicate flag."""
    with town_db.reading() as s:
        case = s.scalars(select(Case).order_by(Case.number)).first()
        p = s.get(Person, case.person_id)
        original = (p.id, p.given_name, p.surname, p.birth_date)
    pid, given, surname, born = original
    second = save_intake(town_db, town_worker, IntakeInput(
        new_person=PersonInput(given_name=given, surname=surname, birth_date=born,
                               phone="+420 602 000 111"),
        allow_duplicate=True, reason="Podruhé zapsán na notebooku",
        members=[MemberInput(Relation.CHILD, person=PersonInput(
            given_name="Kryštof", surname=surname, birth_date=dt.date(2018, 2, 2)))]),
        today=DEMO_TODAY)
    return pid, second.person_id


def test_merge_moves_every_reference_and_leaves_a_tombstone(town_db, town_worker, pair):
    survivor, merged = pair
    before_s, before_m = references(town_db, survivor), references(town_db, merged)
    assert before_m.get("contact_record.person_id") == 1
    assert before_m.get("possible_duplicate.person_a_id", 0) + before_m.get(
        "possible_duplicate.person_b_id", 0) == 1
    a, b = merge_preview(town_db, town_worker, survivor, merged)
    assert b.references["contact_record"] == 1 and a.total_references > b.total_references
    result = merge_persons(town_db, town_worker, survivor, merged)
    after_s, after_m = references(town_db, survivor), references(town_db, merged)
    # only the flag between the two stays with the tombstone
    assert set(after_m) <= {"possible_duplicate.person_a_id", "possible_duplicate.person_b_id"}
    for col, n in before_m.items():
        if col.startswith("possible_duplicate"):
            continue
        assert after_s.get(col, 0) == before_s.get(col, 0) + n, col
    assert result.moved["contact_record.person_id"] == 1
    with town_db.reading() as s:
        m = s.get(Person, merged)
        assert m.merged_into_id == survivor and m.deleted_at is None
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "merge")).one()
        assert ev.entity_id == survivor and json.loads(ev.detail)["merged"] == merged
        assert verify_chain(s) is None
    # the survivor now has the child in its household and the phone number
    d = person_detail(town_db, town_worker, survivor)
    assert any("Kryštof" in m.name for h in d.households for m in h.members)
    assert duplicates.list_open_pairs(town_db, town_worker) == []
    with pytest.raises(NotFound):
        person_detail(town_db, town_worker, merged)
    assert merged not in {r.id for r in search_persons(town_db, town_worker, d.surname)}
    # the survivor's case timeline shows the contact made under the other record
    case = next(c for c in cases.list_cases(town_db, town_worker, text=d.surname)
                if c.person_id == survivor)
    detail = cases.case_detail(town_db, town_worker, case.id)
    assert any(e.kind == "contact" and "Podruhé zapsán" in e.text for e in detail.timeline)


def test_same_household_membership_is_not_doubled(town_db, town_worker):
    with town_db.reading() as s:
        hh_person = s.scalars(select(Person).join(Person.memberships)).first()
        pid, given, surname = hh_person.id, hh_person.given_name, hh_person.surname
        household = hh_person.memberships[0].household_id
    # the same person added again to their own household under a second record
    second = save_intake(town_db, town_worker, IntakeInput(
        person_id=pid, reason="Doplnění domácnosti",
        members=[MemberInput(Relation.OTHER, person=PersonInput(given_name=given,
                                                                surname=surname))]),
        today=DEMO_TODAY)
    with town_db.reading() as s:
        dup = s.scalars(select(Person.id).where(Person.given_name == given,
                                                Person.surname == surname,
                                                Person.id != pid)
                        .order_by(Person.created_at.desc())).first()
    assert second.household_id == household
    merge_persons(town_db, town_worker, pid, dup)
    d = person_detail(town_db, town_worker, pid)
    hh = next(h for h in d.households if h.id == household)
    assert sum(1 for m in hh.members if m.person_id == pid) == 1


def test_merge_refuses_nonsense(town_db, town_worker, pair):
    survivor, merged = pair
    with town_db.reading() as s:
        property_dept = actor_from_user(find_user(s, "tomas.krejci"))
        two_numbers = s.scalars(select(Person.id).where(Person.birth_number.is_not(None))
                                .order_by(Person.sort_key).limit(2)).all()
    with pytest.raises(PermissionDenied):
        merge_persons(town_db, property_dept, survivor, merged)
    with pytest.raises(ValidationError):
        merge_persons(town_db, town_worker, survivor, survivor)
    with pytest.raises(ValidationError) as err:
        merge_persons(town_db, town_worker, *two_numbers)
    assert "rodná čísla" in err.value.message
    merge_persons(town_db, town_worker, survivor, merged)
    with pytest.raises(ValidationError):
        merge_persons(town_db, town_worker, survivor, merged)    # already merged


def test_every_foreign_key_to_a_person_is_covered():
    """The generic list equals what the schema declares (a new table is covered)."""
    from models.base import Base
    declared = {(t.name, fk.parent.name) for t in Base.metadata.sorted_tables
                for fk in t.foreign_keys if fk.column.table.name == "person"}
    assert {(cls.__tablename__, attr) for cls, attr in referencing_columns()} == declared
    assert ("case", "person_id") in declared and ("lease", "tenant_id") in declared
