"""A person's record as the detail view and the CLI show it. Opening it is
audited: who looked at whose data is part of the audit trail."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from models.people import ContactKind, Household, HouseholdMember, Person

from .. import audit
from ..errors import NotFound
from ..formatting import format_date
from ..labels import label
from ..rows import is_live
from ..security import Actor, Permission
from ..i18n import _


@dataclass(frozen=True)
class MemberLine:
    person_id: str
    name: str
    relation: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class HouseholdLine:
    id: str
    name: str
    relation: str
    address: str
    members: list[MemberLine]


@dataclass(frozen=True)
class PersonDetail:
    id: str
    full_name: str
    given_name: str
    surname: str
    title_before: str | None
    title_after: str | None
    birth_date: dt.date | None
    birth_number: str | None
    sex: str
    citizenship: str | None
    address: str
    street: str | None
    house_number: str | None
    city: str | None
    postcode: str | None
    ruian_code: str | None
    city_part: str | None
    phone: str | None
    email: str | None
    note: str | None
    households: list[HouseholdLine] = field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    row_version: int = 0        # what a save checks (app/concurrency.py)

    @property
    def birth_line(self) -> str:
        return format_date(self.birth_date)


# What the record shows, in one statement (the person with its address, contacts and
# households: a handful of joined rows) and one more for the households' members:
# a lazy load per member or address would be a round trip each, on a server a
# wait for its processor each.
_RECORD = (joinedload(Person.permanent_address), joinedload(Person.contacts),
           joinedload(Person.memberships).joinedload(HouseholdMember.household).options(
               joinedload(Household.address),
               selectinload(Household.members).joinedload(HouseholdMember.person)))


def person_detail(db, actor: Actor, person_id: str) -> PersonDetail:
    actor.require(Permission.VIEW_PERSONS)
    if db.server:
        # the record's statements and its audit event each commit as they run: no
        # BEGIN/COMMIT round trips, and the chain's head is locked only while the
        # server appends the event (audit.record_read, as a search's)
        with db.statements() as conn, db.Session(bind=conn) as s:
            detail = _detail(s, person_id)
            audit.record_read(conn, db, actor, "open", "person", detail.id)
        return detail
    with db.transaction() as s:
        detail = _detail(s, person_id)
        audit.record(s, actor, "open", "person", detail.id)
        return detail


def _detail(s, person_id: str) -> PersonDetail:
    """The live record as shown; NotFound for a deleted or merged one."""
    person = s.scalars(select(Person).where(Person.id == person_id).options(*_RECORD)
                       ).unique().first()
    if not is_live(person):
        raise NotFound(_("Osoba neexistuje nebo byla smazána."))
    if person.merged_into_id:
        raise NotFound(_("Záznam byl sloučen s jiným záznamem téže osoby."))
    contacts = {c.kind: c.value for c in person.contacts if c.deleted_at is None}
    addr = person.permanent_address
    households = []
    for m in person.memberships:
        if m.deleted_at is not None or m.household.deleted_at is not None:
            continue
        hh = m.household
        members = [
            MemberLine(x.person.id, x.person.full_name, label(x.relation), x.person.birth_date)
            for x in sorted(hh.members, key=lambda x: (x.relation.value != "head",
                                                       x.person.birth_date or dt.date.min))
            if x.deleted_at is None and x.person.deleted_at is None
        ]
        households.append(HouseholdLine(hh.id, hh.name, label(m.relation),
                                        hh.address.one_line() if hh.address else "", members))
    rc = person.birth_number
    return PersonDetail(
        id=person.id, full_name=person.full_name, given_name=person.given_name,
        surname=person.surname, title_before=person.title_before,
        title_after=person.title_after, birth_date=person.birth_date,
        birth_number=f"{rc[:6]}/{rc[6:]}" if rc else None, sex=label(person.sex),
        citizenship=person.citizenship, address=addr.one_line() if addr else "",
        street=addr.street if addr else None, house_number=addr.house_number if addr else None,
        city=addr.city if addr else None, postcode=addr.postcode if addr else None,
        ruian_code=addr.ruian_code if addr else None,
        city_part=addr.city_part if addr else None,
        phone=contacts.get(ContactKind.PHONE), email=contacts.get(ContactKind.EMAIL),
        note=person.note, households=households,
        created_at=person.created_at, updated_at=person.updated_at,
        row_version=person.row_version,
    )
