"""Contact records as the lists show them (Příjem → Kontakty, the dashboard,
``kmb list contacts``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case
from models.intake import Channel, ContactRecord, Outcome, PartnerOrganisation, Referral, Urgency
from models.people import Person
from models.staff import User

from ..czech_text import fold
from ..db import Database
from ..rows import live
from ..security import Actor, Permission


@dataclass(frozen=True)
class ContactRow:
    id: str
    occurred_at: dt.datetime
    person_id: str
    person_name: str
    channel: Channel
    reason: str | None
    ethos_category: int | None
    urgency: Urgency
    outcome: Outcome
    minutes_spent: int | None
    worker_id: str | None
    worker_name: str | None
    case_id: str | None
    case_number: str | None
    partners: tuple[str, ...] = ()


def query_contacts(session: Session, *, text: str = "", date_from: dt.date | None = None,
                   date_to: dt.date | None = None, worker_id: str | None = None,
                   person_id: str | None = None, limit: int | None = None) -> list[ContactRow]:
    stmt = (select(ContactRecord, Person.surname, Person.given_name, User.full_name, Case.number)
            .join(Person, Person.id == ContactRecord.person_id)
            .outerjoin(User, User.id == ContactRecord.worker_id)
            .outerjoin(Case, Case.id == ContactRecord.case_id)
            .where(live(ContactRecord))
            .order_by(ContactRecord.occurred_at.desc(), ContactRecord.id.desc()))
    if date_from is not None:
        stmt = stmt.where(ContactRecord.occurred_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        stmt = stmt.where(ContactRecord.occurred_at
                          < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
    if worker_id is not None:
        stmt = stmt.where(ContactRecord.worker_id == worker_id)
    if person_id is not None:
        stmt = stmt.where(ContactRecord.person_id == person_id)
    tokens = fold(text).split()
    found = []
    for c, surname, given, worker, number in session.execute(stmt):
        if tokens:
            hay = fold(f"{surname} {given} {c.reason or ''} {worker or ''} {number or ''}")
            if not all(t in hay for t in tokens):
                continue
        found.append((c, f"{surname} {given}", worker, number))
        if limit is not None and len(found) >= limit:
            break
    partners: dict[str, list[str]] = {}
    ids = [c.id for c, *_ in found]
    for chunk in range(0, len(ids), 500):
        for contact_id, name in session.execute(
                select(Referral.contact_id, PartnerOrganisation.name)
                .join(PartnerOrganisation, PartnerOrganisation.id == Referral.partner_id)
                .where(Referral.contact_id.in_(ids[chunk:chunk + 500]),
                       live(Referral))
                .order_by(Referral.id)):
            partners.setdefault(contact_id, []).append(name)
    return [ContactRow(c.id, c.occurred_at, c.person_id, name, c.channel, c.reason,
                       c.ethos_category, c.urgency, c.outcome, c.minutes_spent, c.worker_id,
                       worker, c.case_id, number, tuple(partners.get(c.id, ())))
            for c, name, worker, number in found]


def list_contacts(db: Database, actor: Actor, *, text: str = "",
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  worker_id: str | None = None, limit: int | None = None) -> list[ContactRow]:
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return query_contacts(s, text=text, date_from=date_from, date_to=date_to,
                              worker_id=worker_id, limit=limit)
