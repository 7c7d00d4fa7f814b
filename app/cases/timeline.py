"""The timeline of a case (or of a person): contacts, notes, referrals,
status changes, tasks, housing-need records … newest first.

Each kind of entry comes from a provider, ``provider(session, scope, actor) ->
list[TimelineEntry]``; every provider is listed in ``timeline_providers.py``
(plain imports: the case's own kinds below, then the other areas'). A
provider decides itself what the actor may see."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from models.cases import CaseStatusChange, Note, Task
from models.intake import (ContactRecord, HousingNeedRecord, Outcome, PartnerOrganisation,
                           Referral, Urgency)
from models.staff import User

from ..formatting import format_date
from ..labels import ethos_label, label
from ..rows import live
from ..security import Actor
from ..i18n import _


@dataclass(frozen=True)
class Scope:
    """A case's timeline (case_id and its person), or a person's (case_id None)."""
    case_id: str | None
    person_id: str | None


@dataclass(frozen=True)
class TimelineEntry:
    when: dt.datetime
    kind: str            # stable key: contact, note, referral, status, task, need, …
    kind_label: str      # Czech label of the kind
    title: str           # what it was (the kind is shown beside it), may be empty
    text: str = ""
    author: str | None = None
    ref_id: str | None = None
    done: bool | None = None     # tasks: done or not; other kinds: None
    date_only: bool = False      # only the day is known: shown without a time of day


Provider = Callable[[Session, Scope, Actor], list[TimelineEntry]]


def collect(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    # imported here: the other areas' providers import Scope and TimelineEntry from here
    from . import timeline_providers
    entries: list[TimelineEntry] = []
    for provider in timeline_providers.PROVIDERS:
        entries.extend(provider(session, scope, actor))
    entries.sort(key=lambda e: (e.when, e.kind, e.ref_id or ""), reverse=True)
    return entries


def scoped(model, scope: Scope):
    """Rows of this case, plus the person's rows not tied to any case; or all
    the person's rows when there is no case."""
    if scope.case_id and hasattr(model, "case_id"):
        cond = model.case_id == scope.case_id
        if scope.person_id and hasattr(model, "person_id"):
            cond = or_(cond, and_(model.person_id == scope.person_id, model.case_id.is_(None)))
        return cond
    return model.person_id == scope.person_id


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12)


def contacts(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    stmt = (select(ContactRecord, User.full_name)
            .outerjoin(User, User.id == ContactRecord.worker_id)
            .where(scoped(ContactRecord, scope), live(ContactRecord)))
    out = []
    previous_ethos = None
    for c, worker in session.execute(stmt.order_by(ContactRecord.occurred_at)):
        facts = []
        if c.urgency != Urgency.PLANNED:
            facts.append(_("naléhavost: {label}").format(label=label(c.urgency)))
        if c.outcome != Outcome.INFORMATION:
            facts.append(label(c.outcome))
        if c.ethos_category and c.ethos_category != previous_ethos:
            facts.insert(0, f"ETHOS {ethos_label(c.ethos_category)}")   # only when it changes
        previous_ethos = c.ethos_category or previous_ethos
        if c.minutes_spent:
            facts.append(f"{c.minutes_spent} min")
        if c.counselling_given:
            facts.append(_("poradenství v bydlení (§12)"))
        text = "\n".join(p for p in (c.reason, " · ".join(facts), c.note) if p)
        out.append(TimelineEntry(c.occurred_at, "contact", "kontakt", label(c.channel), text,
                                 worker, c.id))
    return out


def notes(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    stmt = (select(Note, User.full_name).outerjoin(User, User.id == Note.author_id)
            .where(scoped(Note, scope), live(Note)))
    return [TimelineEntry(n.written_at, "note", _("poznámka"), "", n.text, author, n.id)
            for n, author in session.execute(stmt)]


def referrals(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    # the time of the contact the referral was made at (a referral has only a day)
    stmt = (select(Referral, PartnerOrganisation.name, ContactRecord.occurred_at)
            .join(PartnerOrganisation, PartnerOrganisation.id == Referral.partner_id)
            .outerjoin(ContactRecord, ContactRecord.id == Referral.contact_id)
            .where(scoped(Referral, scope), live(Referral)))
    out = []
    for r, partner, contact_at in session.execute(stmt):
        if r.arrived is None:
            state = _("zatím neověřeno, zda klient dorazil")
        elif r.arrived:
            state = _("klient dorazil (ověřeno {day})").format(day=format_date(r.checked_on))
        else:
            state = _("klient nedorazil (ověřeno {day})").format(day=format_date(r.checked_on))
        text = "\n".join(p for p in (r.reason, state) if p)
        same_day = contact_at is not None and contact_at.date() == r.referred_on
        out.append(TimelineEntry(contact_at if same_day else _at(r.referred_on), "referral",
                                 _("předání"), partner, text, None, r.id,
                                 date_only=not same_day))
    return out


def status_changes(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    if not scope.case_id:
        return []
    stmt = (select(CaseStatusChange, User.full_name)
            .outerjoin(User, User.id == CaseStatusChange.changed_by_id)
            .where(CaseStatusChange.case_id == scope.case_id,
                   live(CaseStatusChange)))
    return [TimelineEntry(h.changed_at, "status", _("stav případu"), label(h.status), h.note or "",
                          who, h.id)
            for h, who in session.execute(stmt)]


def tasks(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    owner = aliased(User)
    stmt = (select(Task, owner.full_name).outerjoin(owner, owner.id == Task.owner_id)
            .where(scoped(Task, scope), live(Task)))
    out = []
    for t, who in session.execute(stmt):
        parts = []
        if t.due_on:
            parts.append(_("termín {day}").format(day=format_date(t.due_on)))
        parts.append(_("splněno {day}").format(day=format_date(t.done_at)) if t.done_at else _("otevřený"))
        text = "\n".join(p for p in (t.detail, " · ".join(parts)) if p)
        out.append(TimelineEntry(t.created_at, "task", _("úkol"), t.title, text, who, t.id,
                                 done=t.done_at is not None))
    return out


def housing_need(session: Session, scope: Scope, actor: Actor) -> list[TimelineEntry]:
    stmt = (select(HousingNeedRecord, User.full_name)
            .outerjoin(User, User.id == HousingNeedRecord.worker_id)
            .where(HousingNeedRecord.person_id == scope.person_id,
                   live(HousingNeedRecord)))
    out = []
    for r, who in session.execute(stmt):
        day = r.registered_on or r.assessment_done_on or r.assessment_started_on
        when = _at(day) if day else r.created_at
        date_only = day is not None
        parts = [label(r.state)]
        if r.valid_until:
            parts.append(f"platnost do {format_date(r.valid_until)}")
        if r.income_eligible is not None:
            parts.append(_("příjem pod limitem") if r.income_eligible else _("příjem nad limitem"))
        if r.district_link is not None:
            parts.append(label(r.district_link))
        if r.special_vulnerability:
            parts.append(_("zvláštní zranitelnost (§6)"))
        title = (_("Zápis potřebného (§13–27)") if r.registered_on
                 else _("Šetření bytové situace (§16)"))
        out.append(TimelineEntry(when, "need", _("zákon o podpoře bydlení"), title,
                                 " · ".join(parts) + (f"\n{r.note}" if r.note else ""), who,
                                 r.id, date_only=date_only))
    return out
