"""Households and their members."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.people import Address, Household, HouseholdMember, Person, Relation

from .. import audit
from ..czech_text import fold, sort_key
from ..errors import ValidationError
from ..rows import chunked, get_live, live
from ..security import Actor, Permission
from ..i18n import _


def add_household(session: Session, actor: Actor, name: str,
                  address: Address | None = None) -> Household:
    actor.require(Permission.EDIT_PERSONS)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(_("Vyplňte název domácnosti (např. Novákovi)."), field="name")
    hh = Household(name=name, address=address)
    session.add(hh)
    session.flush()
    audit.record(session, actor, "create", "household", hh.id)
    return hh


def current_members(session: Session, household_id: str | None, *,
                    on: dt.date | None = None) -> list[tuple[HouseholdMember, Person]]:
    """The household's members on ``on`` (today): live memberships that have not
    ended, of live persons not merged into another record. The head comes
    first, then the others oldest first (unknown birth date last)."""
    if not household_id:
        return []
    return members_of(session, [household_id], on=on).get(household_id, [])


def members_of(session: Session, household_ids, *, on: dt.date | None = None
               ) -> dict[str, list[tuple[HouseholdMember, Person]]]:
    """``current_members`` of many households in a statement per 500 (documents
    frozen by the thousand): household id → its members in the same order."""
    on = on or dt.date.today()
    found: dict[str, list[tuple[HouseholdMember, Person]]] = {}
    for ids in chunked({h for h in household_ids if h}):
        rows = session.execute(
            select(HouseholdMember, Person).join(Person, Person.id == HouseholdMember.person_id)
            .where(HouseholdMember.household_id.in_(ids), live(HouseholdMember, Person),
                   Person.merged_into_id.is_(None),
                   or_(HouseholdMember.until.is_(None), HouseholdMember.until >= on))).all()
        for m, p in rows:
            found.setdefault(m.household_id, []).append((m, p))
    for rows in found.values():
        rows.sort(key=lambda r: (r[0].relation != Relation.HEAD, r[1].birth_date is None,
                                 r[1].birth_date or dt.date.min, r[1].sort_key))
    return found


def household_of(session: Session, person_id: str) -> Household | None:
    """The person's household: the one they head, else the one they joined first."""
    return session.scalars(
        select(Household).join(HouseholdMember, HouseholdMember.household_id == Household.id)
        .where(HouseholdMember.person_id == person_id, live(HouseholdMember, Household))
        .order_by(HouseholdMember.relation != Relation.HEAD, HouseholdMember.created_at)).first()


def add_member(session: Session, actor: Actor, household_id: str, person_id: str,
               relation: Relation, since: dt.date | None = None) -> HouseholdMember:
    actor.require(Permission.EDIT_PERSONS)
    get_live(session, Household, household_id, _("Domácnost"))
    get_live(session, Person, person_id, _("Osoba"))
    existing = session.scalars(select(HouseholdMember).where(
        HouseholdMember.household_id == household_id, HouseholdMember.person_id == person_id,
        live(HouseholdMember))).first()
    if existing:
        existing.relation = relation
        return existing
    member = HouseholdMember(household_id=household_id, person_id=person_id,
                             relation=relation, since=since)
    session.add(member)
    session.flush()
    audit.record(session, actor, "create", "household_member", member.id)
    return member


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    name: str
    address: str
    members: int
    head: str | None


def list_households(db, actor: Actor, text: str = "", limit: int = 500) -> list[HouseholdRow]:
    actor.require(Permission.VIEW_PERSONS)
    members = (select(HouseholdMember.household_id, func.count().label("n"))
               .where(live(HouseholdMember))
               .group_by(HouseholdMember.household_id).subquery())
    head = (select(HouseholdMember.household_id,
                   func.min(Person.surname + " " + Person.given_name).label("head"))
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(HouseholdMember.relation == Relation.HEAD,
                   live(HouseholdMember))
            .group_by(HouseholdMember.household_id).subquery())
    stmt = (select(Household.id, Household.name, Address.street, Address.house_number,
                   Address.city, members.c.n, head.c.head)
            .outerjoin(Address, Address.id == Household.address_id)
            .outerjoin(members, members.c.household_id == Household.id)
            .outerjoin(head, head.c.household_id == Household.id)
            .where(live(Household)))
    # Households are far fewer than persons: a folded match in Python is enough.
    token = fold(text)
    with db.reading() as s:
        rows = []
        for r in s.execute(stmt):
            street = " ".join(p for p in (r.street, r.house_number) if p)
            row = HouseholdRow(r.id, r.name, ", ".join(p for p in (street, r.city) if p),
                               r.n or 0, r.head)
            if token and token not in fold(f"{r.name} {r.head or ''} {row.address}"):
                continue
            rows.append(row)
    rows.sort(key=lambda r: sort_key(r.name))
    return rows[:limit]
