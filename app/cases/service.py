"""Cases: opening (with a file number), status with dated history, the
assigned worker, notes, the list and the detail with its timeline."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.base import utcnow
from models.cases import Case, CaseStatus, CaseStatusChange, Note, Task
from models.intake import ContactRecord, PartnerOrganisation, Referral
from models.people import Person
from models.staff import Role, User

from .. import audit, concurrency, numbering
from ..czech_text import fold, sort_key
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, is_live, live
from ..people.disambiguate import person_labels
from ..security import Actor, Permission
from . import timeline as tl
from ..i18n import N_, _

OPEN_STATES = (CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.HOUSED)
CASE_WORKER_ROLES = (Role.SOCIAL_WORKER, Role.LEAD)


# -- workers ------------------------------------------------------------------------

@dataclass(frozen=True)
class WorkerRow:
    id: str
    name: str
    role: Role


def workers(session: Session, include: str | None = None) -> list[WorkerRow]:
    stmt = select(User).where(live(User), User.active.is_(True),
                              or_(User.role.in_(CASE_WORKER_ROLES), User.id == include))
    rows = [WorkerRow(u.id, u.full_name, u.role) for u in session.scalars(stmt)]
    rows.sort(key=lambda w: sort_key(w.name))
    return rows


def list_workers(db: Database, actor: Actor) -> list[WorkerRow]:
    """Who can be assigned a case or a task (social workers, the lead, and me)."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return workers(s, include=actor.user_id)


def check_worker(session: Session, worker_id: str | None, field_name: str) -> None:
    if worker_id is None:
        return
    user = session.get(User, worker_id)
    if not is_live(user) or not user.active:
        raise ValidationError(_("Vyberte pracovníka ze seznamu."), field=field_name)


# -- opening and changing ----------------------------------------------------------------

def open_case(session: Session, actor: Actor, person_id: str, *, worker_id: str | None,
              household_id: str | None = None, summary: str | None = None,
              opened_on: dt.date | None = None) -> Case:
    """Open a case inside an open transaction (intake uses this)."""
    actor.require(Permission.EDIT_CASES)
    check_worker(session, worker_id, "case_worker_id")
    opened_on = opened_on or dt.date.today()
    case = Case(number=numbering.issue(session, "case", opened_on.year), person_id=person_id,
                household_id=household_id, assigned_worker_id=worker_id,
                status=CaseStatus.NEW, opened_on=opened_on, summary=summary)
    session.add(case)
    session.flush()
    # czech-on-purpose: stored in the record, read by colleagues: Czech
    session.add(CaseStatusChange(case_id=case.id, status=CaseStatus.NEW, changed_at=utcnow(),
                                 changed_by_id=actor.user_id, note="Případ otevřen"))
    audit.record(session, actor, "create", "case", case.id)
    return case


def open_case_of(session: Session, person_id: str) -> Case | None:
    """The person's open case (the newest if there are several)."""
    return session.scalars(
        select(Case).where(Case.person_id == person_id, live(Case),
                           Case.status.in_(OPEN_STATES))
        .order_by(Case.opened_on.desc(), Case.id.desc())).first()


def get_case(session: Session, case_id: str) -> Case:
    case = get_live(session, Case, case_id, _("Případ"))
    return case


def change_status(db: Database, actor: Actor, case_id: str, status: CaseStatus,
                  note: str | None = None, *, today: dt.date | None = None,
                  expected_version: int | None = None) -> None:
    actor.require(Permission.EDIT_CASES)
    note = (note or "").strip() or None
    with db.transaction() as s:
        case = get_case(s, case_id)
        concurrency.check(s, case, expected_version, record=_("Případ {number}")
                          .format(number=case.number),
                          mine={"status": status}, theirs=lambda: {"status": case.status},
                          labels={"status": N_("Stav")})
        if case.status == status:
            raise ValidationError(_("Případ už tento stav má."), field="status")
        case.status = status
        if status == CaseStatus.CLOSED:
            case.closed_on = today or dt.date.today()
        elif case.closed_on is not None:
            case.closed_on = None       # reopened
        s.add(CaseStatusChange(case_id=case.id, status=status, changed_at=utcnow(),
                               changed_by_id=actor.user_id, note=note))
        audit.record(s, actor, "status", "case", case.id, {"status": status.value})


def assign(db: Database, actor: Actor, case_id: str, worker_id: str | None, *,
           expected_version: int | None = None) -> None:
    actor.require(Permission.EDIT_CASES)
    with db.transaction() as s:
        case = get_case(s, case_id)
        concurrency.check(s, case, expected_version, record=_("Případ {number}")
                          .format(number=case.number),
                          mine={"worker": _worker_name(s, worker_id)},
                          theirs=lambda: {"worker": _worker_name(s, case.assigned_worker_id)},
                          labels={"worker": N_("Pracovník")})
        check_worker(s, worker_id, "worker_id")
        if case.assigned_worker_id == worker_id:
            return
        previous, case.assigned_worker_id = case.assigned_worker_id, worker_id
        moved = _hand_over_tasks(s, actor, case.id, previous, worker_id)
        audit.record(s, actor, "assign", "case", case.id,
                     {"from": previous, "to": worker_id, "tasks_moved": moved})


def _hand_over_tasks(s: Session, actor: Actor, case_id: str, old: str | None,
                     new: str | None) -> int:
    """A handed-over case takes the old worker's open tasks on it along (each
    audited); departments' and other people's tasks on the case stay where they
    are. Unassigning a case leaves them: nobody would see them otherwise."""
    if old is None or new is None:
        return 0
    tasks = s.scalars(select(Task).where(live(Task), Task.case_id == case_id,
                                         Task.owner_id == old, Task.done_at.is_(None))).all()
    for task in tasks:
        task.owner_id = new
        audit.record(s, actor, "reassign", "task", task.id, {"from": old, "to": new,
                                                              "case": case_id})
    return len(tasks)


def _worker_name(s: Session, worker_id: str | None) -> str | None:
    user = s.get(User, worker_id) if worker_id else None
    return user.full_name if user else None


def update_summary(db: Database, actor: Actor, case_id: str, summary: str | None, *,
                   expected_version: int | None = None) -> None:
    """``expected_version``: the case's row version the screen loaded."""
    actor.require(Permission.EDIT_CASES)
    summary = (summary or "").strip() or None
    with db.transaction() as s:
        case = get_case(s, case_id)
        concurrency.check(s, case, expected_version, record=_("Případ {number}")
                          .format(number=case.number),
                          mine={"summary": summary}, theirs=lambda: {"summary": case.summary},
                          labels={"summary": N_("Shrnutí")})
        case.summary = summary
        audit.record(s, actor, "update", "case", case.id, {"fields": ["summary"]})


def add_note(db: Database, actor: Actor, case_id: str, text: str) -> str:
    actor.require(Permission.EDIT_CASES)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Napište text poznámky."), field="text")
    with db.transaction() as s:
        case = get_case(s, case_id)
        note = Note(case_id=case.id, person_id=case.person_id, author_id=actor.user_id,
                    written_at=utcnow(), text=text)
        s.add(note)
        s.flush()
        audit.record(s, actor, "create", "note", note.id)
        return note.id


# -- list -----------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str
    person_id: str
    person_name: str
    person_birth_date: dt.date | None
    status: CaseStatus
    worker_id: str | None
    worker_name: str | None
    opened_on: dt.date
    closed_on: dt.date | None
    last_contact: dt.date | None
    ethos_category: int | None
    open_tasks: int
    sort_key: str = ""


def _last_contact_subquery():
    return (select(ContactRecord.case_id, func.max(ContactRecord.occurred_at).label("last"))
            .where(live(ContactRecord), ContactRecord.case_id.is_not(None))
            .group_by(ContactRecord.case_id).subquery())


def _ethos_subquery():
    """The ETHOS category of each case's latest contact that recorded one."""
    latest = (select(ContactRecord.case_id, func.max(ContactRecord.occurred_at).label("at"))
              .where(live(ContactRecord), ContactRecord.case_id.is_not(None),
                     ContactRecord.ethos_category.is_not(None))
              .group_by(ContactRecord.case_id).subquery())
    cr = aliased(ContactRecord)
    return (select(cr.case_id, func.max(cr.ethos_category).label("ethos"))
            .join(latest, and_(latest.c.case_id == cr.case_id, latest.c.at == cr.occurred_at))
            .where(live(cr), cr.ethos_category.is_not(None))
            .group_by(cr.case_id).subquery())


def query_cases(session: Session, *, text: str = "", status: CaseStatus | None = None,
                open_only: bool = False, worker_id: str | None = None,
                case_ids: list[str] | None = None, told_apart: int | None = None
                ) -> list[CaseRow]:
    """The cases, open first, then the newest. Namesakes are told apart in
    every row, or with ``told_apart`` only in that many first rows (a list
    tells the rest apart a chunk at a time as they are shown)."""
    last = _last_contact_subquery()
    ethos = _ethos_subquery()
    tasks = (select(Task.case_id, func.count().label("n"))
             .where(live(Task), Task.done_at.is_(None), Task.case_id.is_not(None))
             .group_by(Task.case_id).subquery())
    # plain columns, not ORM objects: thousands of cases in a city
    stmt = (select(Case.id, Case.number, Case.person_id, Case.status, Case.assigned_worker_id,
                   Case.opened_on, Case.closed_on, Person.surname, Person.given_name,
                   Person.birth_date, Person.sort_key, User.full_name, last.c.last,
                   ethos.c.ethos, tasks.c.n)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(User, User.id == Case.assigned_worker_id)
            .outerjoin(last, last.c.case_id == Case.id)
            .outerjoin(ethos, ethos.c.case_id == Case.id)
            .outerjoin(tasks, tasks.c.case_id == Case.id)
            .where(live(Case)))
    if status is not None:
        stmt = stmt.where(Case.status == status)
    elif open_only:
        stmt = stmt.where(Case.status.in_(OPEN_STATES))
    if worker_id is not None:
        stmt = stmt.where(Case.assigned_worker_id == worker_id)
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(case_ids))
    tokens = fold(text).split()
    rows = []
    for (cid, number, person_id, st, wid, opened, closed, surname, given, born, key, worker,
         last_at, ethos_cat, n) in session.execute(stmt):
        if tokens:
            hay = fold(f"{number} {surname} {given} {worker or ''}")
            if not all(t in hay for t in tokens):
                continue
        rows.append(CaseRow(cid, number or "", person_id, f"{surname} {given}", born, st, wid,
                            worker, opened, closed, last_at.date() if last_at else None,
                            ethos_cat, n or 0, key))
    # open first, then the newest (the higher file number first on the same day)
    rows.sort(key=lambda r: r.number, reverse=True)
    rows.sort(key=lambda r: (r.status == CaseStatus.CLOSED, -r.opened_on.toordinal()))
    shown = len(rows) if told_apart is None else told_apart
    rows[:shown] = _told_apart(session, rows[:shown])
    return rows


# A list shows a chunk of rows at a time (ui/widgets/chunked.py): namesakes are
# looked up for those rows only (a few queries per chunk), not for every case.
FIRST_CHUNK = 100


def _told_apart(session: Session, rows: list[CaseRow]) -> list[CaseRow]:
    """Two clients of one name told apart (birth year, address, application)."""
    shown = person_labels(session, [r.person_id for r in rows])
    return [replace(r, person_name=shown.get(r.person_id, r.person_name)) for r in rows]


def tell_cases_apart(db: Database, actor: Actor, rows: list[CaseRow]) -> list[CaseRow]:
    """The next chunk of a list read with ``told_apart``, its namesakes told apart."""
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return _told_apart(s, list(rows))


def list_cases(db: Database, actor: Actor, *, text: str = "", status: CaseStatus | None = None,
               open_only: bool = False, worker_id: str | None = None,
               told_apart: int | None = None) -> list[CaseRow]:
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return query_cases(s, text=text, status=status, open_only=open_only,
                           worker_id=worker_id, told_apart=told_apart)


# -- detail ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusLine:
    status: CaseStatus
    changed_at: dt.datetime
    by: str | None
    note: str | None


@dataclass(frozen=True)
class ReferralLine:
    id: str
    partner: str
    referred_on: dt.date
    reason: str | None
    arrived: bool | None
    checked_on: dt.date | None


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    summary: str | None
    household_id: str | None
    history: list[StatusLine] = field(default_factory=list)
    referrals: list[ReferralLine] = field(default_factory=list)
    timeline: list[tl.TimelineEntry] = field(default_factory=list)
    row_version: int = 0        # what a save checks (app/concurrency.py)

    @property
    def id(self) -> str:
        return self.row.id


def referral_lines(session: Session, *, case_id: str | None = None,
                   person_id: str | None = None) -> list[ReferralLine]:
    conds = [live(Referral)]
    if case_id and person_id:
        conds.append(or_(Referral.case_id == case_id,
                         and_(Referral.person_id == person_id, Referral.case_id.is_(None))))
    elif case_id:
        conds.append(Referral.case_id == case_id)
    else:
        conds.append(Referral.person_id == person_id)
    stmt = (select(Referral, PartnerOrganisation.name)
            .join(PartnerOrganisation, PartnerOrganisation.id == Referral.partner_id)
            .where(*conds).order_by(Referral.referred_on.desc(), Referral.id.desc()))
    return [ReferralLine(r.id, name, r.referred_on, r.reason, r.arrived, r.checked_on)
            for r, name in session.execute(stmt)]


def case_detail(db: Database, actor: Actor, case_id: str) -> CaseDetail:
    """The case with its history, referrals and timeline (opening is audited)."""
    actor.require(Permission.VIEW_CASES)
    with db.transaction() as s:
        case = get_case(s, case_id)
        rows = query_cases(s, case_ids=[case.id])
        users = aliased(User)
        history = [StatusLine(h.status, h.changed_at, name, h.note)
                   for h, name in s.execute(
                       select(CaseStatusChange, users.full_name)
                       .outerjoin(users, users.id == CaseStatusChange.changed_by_id)
                       .where(CaseStatusChange.case_id == case.id,
                              live(CaseStatusChange))
                       .order_by(CaseStatusChange.changed_at))]
        scope = tl.Scope(case_id=case.id, person_id=case.person_id)
        detail = CaseDetail(rows[0], case.summary, case.household_id, history,
                            referral_lines(s, case_id=case.id, person_id=case.person_id),
                            tl.collect(s, scope, actor), case.row_version)
        audit.record(s, actor, "open", "case", case.id)
        return detail
