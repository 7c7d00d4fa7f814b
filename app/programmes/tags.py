"""Programme tags: a case, a lease or a fund budget in a programme (many to
many). Each kind is tagged by whoever may edit it; what a role reads back
is limited to the kinds it may see."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.base import utcnow
from models.cases import Case, CaseStatus
from models.fund import FundBudget
from models.leases import Lease, LeaseState
from models.people import Person
from models.programmes import Programme, ProgrammeTag

from .. import audit
from ..db import Database
from ..errors import Conflict
from ..formatting import format_date, format_money
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import N_, _

CASE, LEASE, BUDGET = "case", "lease", "budget"
KIND_LABELS = {CASE: N_("případ"), LEASE: N_("nájemní smlouva"), BUDGET: N_("rozpočet fondu")}


def kind_label(kind: str) -> str:
    """A tagged record's kind in the person's language."""
    return _(KIND_LABELS[kind])


_COLUMN = {CASE: "case_id", LEASE: "lease_id", BUDGET: "fund_budget_id"}
_EDIT = {CASE: Permission.EDIT_CASES, LEASE: Permission.EDIT_LEASES,
         BUDGET: Permission.DECIDE_FUND}
_VIEW = {CASE: Permission.VIEW_CASES, LEASE: Permission.VIEW_LEASES, BUDGET: Permission.VIEW_FUND}


@dataclass(frozen=True)
class Choice:
    id: str
    text: str


@dataclass(frozen=True)
class TaggedRecord:
    tag_id: str
    kind: str                 # CASE | LEASE | BUDGET
    record_id: str
    text: str                 # "KMB/2026/0012 – Novák Petr (v řešení)"
    tagged_on: dt.date


def _kind_of(tag: ProgrammeTag) -> str:
    return CASE if tag.case_id else LEASE if tag.lease_id else BUDGET


def _tag(db: Database, actor: Actor, kind: str, programme_id: str, record_id: str,
         on: dt.date | None, model, what: str) -> str:
    actor.require(_EDIT[kind])
    with db.transaction() as s:
        programme = get_live(s, Programme, programme_id, _("Program"))
        get_live(s, model, record_id, what)
        column = getattr(ProgrammeTag, _COLUMN[kind])
        if s.scalars(select(ProgrammeTag).where(
                ProgrammeTag.programme_id == programme.id, column == record_id,
                live(ProgrammeTag))).first() is not None:
            raise Conflict(_("{what} už do programu „{name}“ patří.").format(what=what, name=programme.name))
        tag = ProgrammeTag(programme_id=programme.id, tagged_on=on or dt.date.today(),
                           **{_COLUMN[kind]: record_id})
        s.add(tag)
        s.flush()
        audit.record(s, actor, "create", "programme_tag", tag.id,
                     {"programme_id": programme.id, _COLUMN[kind]: record_id})
        return tag.id


def tag_case(db: Database, actor: Actor, programme_id: str, case_id: str, *,
             on: dt.date | None = None) -> str:
    return _tag(db, actor, CASE, programme_id, case_id, on, Case, _("Případ"))


def tag_lease(db: Database, actor: Actor, programme_id: str, lease_id: str, *,
              on: dt.date | None = None) -> str:
    return _tag(db, actor, LEASE, programme_id, lease_id, on, Lease, _("Smlouva"))


def tag_budget(db: Database, actor: Actor, programme_id: str, fund_budget_id: str, *,
               on: dt.date | None = None) -> str:
    return _tag(db, actor, BUDGET, programme_id, fund_budget_id, on, FundBudget,
                _("Rozpočet fondu"))


def untag(db: Database, actor: Actor, tag_id: str) -> None:
    """Take a record out of a programme (by whoever may edit that kind of record)."""
    if not any(actor.can(p) for p in _EDIT.values()):
        actor.require(Permission.EDIT_CASES)
    with db.transaction() as s:
        tag = get_live(s, ProgrammeTag, tag_id, _("Zařazení do programu"))
        kind = _kind_of(tag)
        actor.require(_EDIT[kind])
        tag.deleted_at = utcnow()
        audit.record(s, actor, "delete", "programme_tag", tag.id,
                     {"programme_id": tag.programme_id, "kind": kind})


def programme_records(db: Database, actor: Actor, programme_id: str) -> list[TaggedRecord]:
    """The records in a programme, of the kinds the actor may see (a role without
    access to cases sees no client names here either)."""
    actor.require(Permission.VIEW_STATS)
    out: list[TaggedRecord] = []
    with db.reading() as s:
        get_live(s, Programme, programme_id, _("Program"))
        base = select(ProgrammeTag).where(ProgrammeTag.programme_id == programme_id,
                                          live(ProgrammeTag))
        if actor.can(_VIEW[CASE]):
            for tag, case, person in s.execute(
                    select(ProgrammeTag, Case, Person).join(Case, Case.id == ProgrammeTag.case_id)
                    .join(Person, Person.id == Case.person_id)
                    .where(ProgrammeTag.programme_id == programme_id, live(ProgrammeTag),
                           live(Case)).order_by(Person.sort_key)):
                out.append(TaggedRecord(tag.id, CASE, case.id, _case_text(case, person),
                                        tag.tagged_on))
        if actor.can(_VIEW[LEASE]):
            for tag, lease in s.execute(
                    select(ProgrammeTag, Lease).join(Lease, Lease.id == ProgrammeTag.lease_id)
                    .where(ProgrammeTag.programme_id == programme_id, live(ProgrammeTag),
                           live(Lease)).order_by(Lease.starts_on)):
                out.append(TaggedRecord(tag.id, LEASE, lease.id, _lease_text(lease),
                                        tag.tagged_on))
        if actor.can(_VIEW[BUDGET]):
            for tag in s.scalars(base.where(ProgrammeTag.fund_budget_id.is_not(None))):
                b = s.get(FundBudget, tag.fund_budget_id)
                if b is not None and b.deleted_at is None:
                    out.append(TaggedRecord(tag.id, BUDGET, b.id, _budget_text(b),
                                            tag.tagged_on))
    return out


_STATUS = {CaseStatus.NEW: N_("nový"), CaseStatus.IN_PROGRESS: N_("v řešení"),
           CaseStatus.HOUSED: N_("zabydlen"), CaseStatus.CLOSED: N_("uzavřen")}


def _case_text(case: Case, person: Person) -> str:
    return _("{number} – {surname} {given_name} ({status})").format(
        number=case.number or _("případ bez čísla"), surname=person.surname,
        given_name=person.given_name, status=_(_STATUS[case.status]))


def _lease_text(lease: Lease) -> str:
    return _("smlouva {number} od {day}").format(number=lease.number or _("bez čísla"),
                                                 day=format_date(lease.starts_on))


def _budget_text(b: FundBudget) -> str:
    return _("rozpočet krizového fondu {year}: {amount}").format(
        year=b.year, amount=format_money(b.amount_hal))


def case_choices(db: Database, actor: Actor) -> list[Choice]:
    """Cases that are not closed, to put into a programme."""
    actor.require(Permission.EDIT_CASES)
    with db.reading() as s:
        return [Choice(c.id, _case_text(c, p)) for c, p in s.execute(
            select(Case, Person).join(Person, Person.id == Case.person_id)
            .where(live(Case), Case.status != CaseStatus.CLOSED).order_by(Person.sort_key))]


def lease_choices(db: Database, actor: Actor) -> list[Choice]:
    actor.require(Permission.EDIT_LEASES)
    with db.reading() as s:
        return [Choice(x.id, _lease_text(x)) for x in s.scalars(
            select(Lease).where(live(Lease), Lease.state != LeaseState.ENDED)
            .order_by(Lease.number))]


def budget_choices(db: Database, actor: Actor) -> list[Choice]:
    actor.require(Permission.DECIDE_FUND)
    with db.reading() as s:
        return [Choice(b.id, _budget_text(b)) for b in s.scalars(
            select(FundBudget).where(live(FundBudget)).order_by(FundBudget.year.desc()))]

