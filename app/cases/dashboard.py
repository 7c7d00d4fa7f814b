"""Figures for the dashboard (Přehled): new contacts this week, open cases per
worker, cases without a contact for 30+ days. (A worker's tasks: tasks.my_tasks.)"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from models.cases import Case, CaseStatus
from models.intake import Channel, ContactRecord, Urgency
from models.staff import User

from ..czech_text import sort_key
from ..db import Database
from ..intake.contacts import ContactRow, query_contacts
from ..rows import live
from ..security import Actor, Permission
from .service import OPEN_STATES, CaseRow, _told_apart, query_cases


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())     # Monday


@dataclass(frozen=True)
class NewContacts:
    since: dt.date
    until: dt.date
    count: int
    persons: int
    acute: int
    by_channel: list[tuple[Channel, int]]
    latest: list[ContactRow]


def new_contacts(db: Database, actor: Actor, today: dt.date | None = None,
                 latest: int = 5) -> NewContacts:
    """Contacts recorded this week (Monday to today)."""
    actor.require(Permission.VIEW_CASES)
    today = today or dt.date.today()
    since = week_start(today)
    with db.reading() as s:
        rows = query_contacts(s, date_from=since, date_to=today)
    channels = Counter(r.channel for r in rows)
    return NewContacts(since, today, len(rows), len({r.person_id for r in rows}),
                       sum(1 for r in rows if r.urgency == Urgency.ACUTE),
                       [(c, channels.get(c, 0)) for c in Channel], rows[:latest])


@dataclass(frozen=True)
class WorkerLoad:
    worker_id: str | None
    name: str | None             # None = not assigned
    by_status: dict[CaseStatus, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def open_cases_per_worker(db: Database, actor: Actor) -> list[WorkerLoad]:
    actor.require(Permission.VIEW_CASES)
    stmt = (select(Case.assigned_worker_id, User.full_name, Case.status, func.count())
            .outerjoin(User, User.id == Case.assigned_worker_id)
            .where(live(Case), Case.status.in_(OPEN_STATES))
            .group_by(Case.assigned_worker_id, User.full_name, Case.status))
    loads: dict[str | None, dict] = {}
    names: dict[str | None, str | None] = {}
    with db.reading() as s:
        for wid, name, status, n in s.execute(stmt):
            loads.setdefault(wid, {st: 0 for st in OPEN_STATES})[status] = n
            names[wid] = name
    out = [WorkerLoad(wid, names[wid], counts) for wid, counts in loads.items()]
    out.sort(key=lambda w: (w.worker_id is None, sort_key(w.name or "")))
    return out


@dataclass(frozen=True)
class StaleCase:
    case: CaseRow
    last_contact: dt.date       # the last contact, or the opening day if none yet
    days: int


def stale_cases(db: Database, actor: Actor, today: dt.date | None = None,
                days: int = 30, told_apart: int | None = None) -> list[StaleCase]:
    """Open cases whose last contact is ``days`` or more days ago, longest first.
    Namesakes are told apart in every row, or with ``told_apart`` only in that
    many first rows (the card tells the rest apart a chunk at a time as they
    are shown): a city has thousands of open cases, most of them not stale."""
    actor.require(Permission.VIEW_CASES)
    today = today or dt.date.today()
    with db.reading() as s:
        rows = query_cases(s, open_only=True, told_apart=0)
        out = []
        for r in rows:
            last = r.last_contact or r.opened_on
            age = (today - last).days
            if age >= days:
                out.append(StaleCase(r, last, age))
        out.sort(key=lambda x: (-x.days, x.case.sort_key))
        shown = len(out) if told_apart is None else told_apart
        out[:shown] = _stale_told_apart(s, out[:shown])
    return out


def _stale_told_apart(session, rows: list[StaleCase]) -> list[StaleCase]:
    told = _told_apart(session, [r.case for r in rows])
    return [replace(r, case=c) for r, c in zip(rows, told)]


def tell_stale_apart(db: Database, actor: Actor, rows: list[StaleCase]) -> list[StaleCase]:
    """The next chunk of ``stale_cases(told_apart=…)``, its namesakes told apart."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return _stale_told_apart(s, list(rows))


def contacts_between(db: Database, actor: Actor, since: dt.date, until: dt.date) -> int:
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ContactRecord).where(
            live(ContactRecord),
            ContactRecord.occurred_at >= dt.datetime.combine(since, dt.time()),
            ContactRecord.occurred_at < dt.datetime.combine(until + dt.timedelta(days=1),
                                                            dt.time())))
