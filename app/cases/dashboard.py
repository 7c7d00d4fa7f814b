"""Figures for the dashboard (Přehled): new contacts this week, open cases per
worker, cases without a contact for 30+ days. (A worker's tasks: tasks.my_tasks.)"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import and_, func, or_, select

from models.cases import Case, CaseStatus
from models.intake import Channel, ContactRecord, Urgency
from models.people import Person
from models.staff import User

from ..czech_text import sort_key
from ..db import Database
from ..intake.contacts import ContactRow, query_contacts
from ..people.disambiguate import person_labels
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


@dataclass(frozen=True)
class StaleLine:
    """One line of the card: what it shows of a case without a recent contact."""
    case_id: str
    number: str
    person_id: str
    person_name: str
    worker_name: str | None
    last_contact: dt.date       # the last contact, or the opening day if none yet
    days: int
    sort_key: str = ""


def stale_lines(db: Database, actor: Actor, today: dt.date | None = None,
                days: int = 30, told_apart: int | None = None) -> list[StaleLine]:
    """``stale_cases`` for the card, in one lean statement: only the open cases
    without a contact for ``days`` days, only the columns shown (no ETHOS, no
    task counts), namesakes told apart in the ``told_apart`` first lines."""
    actor.require(Permission.VIEW_CASES)
    today = today or dt.date.today()
    cutoff = today - dt.timedelta(days=days)         # last contact on or before this day
    last = (select(ContactRecord.case_id, func.max(ContactRecord.occurred_at).label("at"))
            .where(live(ContactRecord), ContactRecord.case_id.is_not(None))
            .group_by(ContactRecord.case_id).subquery())
    stmt = (select(Case.id, Case.number, Case.person_id, Person.surname, Person.given_name,
                   Person.sort_key, User.full_name, Case.opened_on, last.c.at)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(User, User.id == Case.assigned_worker_id)
            .outerjoin(last, last.c.case_id == Case.id)
            .where(live(Case), Case.status.in_(OPEN_STATES),
                   or_(and_(last.c.at.is_(None), Case.opened_on <= cutoff),
                       last.c.at < dt.datetime.combine(cutoff + dt.timedelta(days=1),
                                                       dt.time()))))
    with db.reading() as s:
        out = []
        for cid, number, pid, surname, given, key, worker, opened, at in s.execute(stmt):
            seen = at.date() if at else opened
            out.append(StaleLine(cid, number or "", pid, f"{surname} {given}", worker, seen,
                                 (today - seen).days, key or ""))
        out.sort(key=lambda x: (-x.days, x.sort_key))
        shown = len(out) if told_apart is None else told_apart
        out[:shown] = _lines_told_apart(s, out[:shown])
    return out


def _lines_told_apart(session, rows: list[StaleLine]) -> list[StaleLine]:
    shown = person_labels(session, [r.person_id for r in rows])
    return [replace(r, person_name=shown.get(r.person_id, r.person_name)) for r in rows]


def tell_stale_lines_apart(db: Database, actor: Actor, rows: list[StaleLine]
                           ) -> list[StaleLine]:
    """The next chunk of ``stale_lines(told_apart=…)``, its namesakes told apart."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return _lines_told_apart(s, list(rows))


def contacts_between(db: Database, actor: Actor, since: dt.date, until: dt.date) -> int:
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ContactRecord).where(
            live(ContactRecord),
            ContactRecord.occurred_at >= dt.datetime.combine(since, dt.time()),
            ContactRecord.occurred_at < dt.datetime.combine(until + dt.timedelta(days=1),
                                                            dt.time())))
