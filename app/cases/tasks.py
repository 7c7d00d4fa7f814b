"""Tasks as the screens show them: a worker's inbox (own tasks and the tasks
of the worker's department: overdue, today, later), a case's tasks, adding
one to a case, assigning it to a person or a department (majetkový odbor,
správce bytů), marking it done. Creation goes through app.tasks.add_task,
the one way any area makes a task."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from models.cases import Case, Task, TaskSource
from models.intake import Referral
from models.people import Person
from models.staff import User

from .. import audit, tasks as core_tasks
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, live
from ..people.disambiguate import person_labels
from ..security import Actor, Permission
from ..departments.lookup import names as department_names, require_open
from .service import check_worker, get_case
from ..i18n import _


@dataclass(frozen=True)
class TaskRow:
    id: str
    title: str
    detail: str | None
    due_on: dt.date | None
    done: bool
    owner_id: str | None
    owner_name: str | None
    case_id: str | None
    case_number: str | None
    person_id: str | None
    person_name: str | None
    source: TaskSource
    source_ref: str | None
    department: str | None = None        # a department's code (models/departments.py)
    department_name: str | None = None   # its name as shown

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_on is not None and self.due_on < today


def department_of(session: Session, user_id: str) -> str:
    """The user's department (its code): as set on the account, else by role."""
    from ..departments.listing import DEFAULT_DEPARTMENT, ROLE_DEPARTMENT
    user = session.get(User, user_id)
    if user is not None and user.department:
        return user.department
    role = user.role if user is not None else None
    return ROLE_DEPARTMENT.get(role, DEFAULT_DEPARTMENT)


def query_tasks(session: Session, *, owner_id: str | None = None, case_id: str | None = None,
                open_only: bool = True, due_until: dt.date | None = None,
                task_ids: list[str] | None = None,
                department: str | None = None, told_apart: int | None = None
                ) -> list[TaskRow]:
    """``owner_id`` with ``department``: the person's own tasks or the department's.
    Namesakes are told apart in every row, or with ``told_apart`` only in that
    many first rows (a list tells the rest apart a chunk at a time as shown)."""
    owner = aliased(User)
    stmt = (select(Task, owner.full_name, Case.number, Person.surname, Person.given_name)
            .outerjoin(owner, owner.id == Task.owner_id)
            .outerjoin(Case, Case.id == Task.case_id)
            .outerjoin(Person, Person.id == Task.person_id)
            .where(live(Task)))
    if owner_id is not None and department is not None:
        stmt = stmt.where(or_(Task.owner_id == owner_id, Task.department == department))
    elif owner_id is not None:
        stmt = stmt.where(Task.owner_id == owner_id)
    elif department is not None:
        stmt = stmt.where(Task.department == department)
    if case_id is not None:
        stmt = stmt.where(Task.case_id == case_id)
    if open_only:
        stmt = stmt.where(Task.done_at.is_(None))
    if due_until is not None:
        stmt = stmt.where(Task.due_on <= due_until)
    if task_ids is not None:
        stmt = stmt.where(Task.id.in_(task_ids))
    found = session.execute(stmt).all()
    depts = department_names(session) if any(r[0].department for r in found) else {}
    rows = [TaskRow(t.id, t.title, t.detail, t.due_on, t.done_at is not None, t.owner_id, who,
                    t.case_id, number, t.person_id,
                    f"{surname} {given}" if surname else None,
                    t.source, t.source_ref, t.department,
                    depts.get(t.department, t.department) if t.department else None)
            for t, who, number, surname, given in found]
    rows.sort(key=lambda r: (r.done, r.due_on or dt.date.max, r.title))
    shown = len(rows) if told_apart is None else told_apart
    rows[:shown] = tell_tasks_apart(session, rows[:shown])
    return rows


def tell_tasks_apart(session: Session, rows: list[TaskRow]) -> list[TaskRow]:
    """A client's namesake told apart on every task line (birth year, …)."""
    shown = person_labels(session, [r.person_id for r in rows])
    return [replace(r, person_name=shown.get(r.person_id, r.person_name)) if r.person_name
            else r for r in rows]


def list_tasks(db: Database, actor: Actor, *, owner_id: str | None = None,
               case_id: str | None = None, open_only: bool = True,
               due_until: dt.date | None = None) -> list[TaskRow]:
    actor.require(Permission.VIEW_CASES)
    with db.reading() as s:
        return query_tasks(s, owner_id=owner_id, case_id=case_id, open_only=open_only,
                           due_until=due_until)


@dataclass(frozen=True)
class MyTasks:
    overdue: list[TaskRow]
    today: list[TaskRow]
    later: int          # how many more open tasks with a later (or no) due date


def my_tasks(db: Database, actor: Actor, today: dt.date | None = None,
             told_apart: int | None = None) -> MyTasks:
    """The acting worker's inbox: own open tasks, those of the worker's
    department and of a colleague the worker covers for today — overdue, due
    today, and how many later (app/tasks_queues/inbox.py). Namesakes are told
    apart in every task, or with ``told_apart`` only in that many first overdue
    and first today's tasks (the lines a card shows)."""
    from ..tasks_queues.inbox import inbox_rows, later_count   # the queues build on this module
    actor.require(Permission.VIEW_TASKS)
    today = today or dt.date.today()
    with db.reading() as s:     # the card lists overdue and today's tasks, counts the rest
        reach, shown = inbox_rows(s, actor.user_id, today, due_until=today,
                                  told_apart=None if told_apart is None else 0)
        later = later_count(s, reach, today)
        rows = [x.task for x in shown]
        overdue = [r for r in rows if r.due_on is not None and r.due_on < today]
        due = [r for r in rows if r.due_on == today]
        if told_apart is not None:
            n = told_apart
            told = tell_tasks_apart(s, overdue[:n] + due[:n])
            overdue[:n], due[:n] = told[:len(overdue[:n])], told[len(overdue[:n]):]
    return MyTasks(overdue, due, later)


def add_case_task(db: Database, actor: Actor, case_id: str, title: str, *,
                  owner_id: str | None, due_on: dt.date | None = None,
                  detail: str | None = None, today: dt.date | None = None,
                  department: str | None = None) -> str:
    """A task on a case for a worker, or (owner None) for a department's inbox
    (an active one: an inactive department takes no new tasks)."""
    actor.require(Permission.EDIT_CASES)
    if owner_id is None and department is None:
        raise ValidationError(_("Vyberte pracovníka nebo odbor."), field="owner_id")
    today = today or dt.date.today()
    if due_on is not None and due_on < today:
        raise ValidationError(_("Termín úkolu nemůže být v minulosti."), field="due_on")
    with db.transaction() as s:
        case = get_case(s, case_id)
        check_worker(s, owner_id, "owner_id")
        department = require_open(s, department)
        task = core_tasks.add_task(s, actor, title, owner_id=owner_id, due_on=due_on,
                                   case_id=case.id, person_id=case.person_id,
                                   household_id=case.household_id, department=department,
                                   detail=(detail or "").strip() or None)
        return task.id


def _may_complete(s: Session, actor: Actor, task_id: str, today: dt.date) -> str | None:
    """Case workers complete any task; others only those in their reach: their
    own, their department's, a covered colleague's (app/privacy/cover.py).
    Returns the colleague's name when done as their deputy (for the audit)."""
    from ..tasks_queues.inbox import in_reach, reach
    task = get_live(s, Task, task_id, _("Úkol"))
    r = reach(s, actor.user_id, today)
    covering = r.covering.get(task.owner_id) if task.owner_id != actor.user_id else None
    if actor.can(Permission.EDIT_CASES):
        return covering
    actor.require(Permission.VIEW_TASKS)
    if not in_reach(r, task.owner_id, task.department):
        actor.require(Permission.EDIT_CASES)      # someone else's task: refused
    return covering


def complete(db: Database, actor: Actor, task_id: str, *,
             referral_arrived: bool | None = None, today: dt.date | None = None) -> None:
    """Mark a task done. For a referral's follow-up, ``referral_arrived``
    records whether the person reached the partner service."""
    if not actor.can(Permission.EDIT_CASES):
        actor.require(Permission.VIEW_TASKS)
    with db.transaction() as s:
        covering = _may_complete(s, actor, task_id, today or dt.date.today())
        task = core_tasks.complete_task(s, actor, task_id, covering_for=covering)
        if task.source == TaskSource.REFERRAL and task.source_ref and referral_arrived is not None:
            _set_arrived(s, actor, task.source_ref, referral_arrived, today)


def _set_arrived(session: Session, actor: Actor, referral_id: str, arrived: bool,
                 today: dt.date | None) -> Referral:
    ref = get_live(session, Referral, referral_id, _("Předání"))
    ref.arrived = arrived
    ref.checked_on = today or dt.date.today()
    audit.record(session, actor, "update", "referral", ref.id, {"fields": ["arrived"]})
    return ref


def record_referral_outcome(db: Database, actor: Actor, referral_id: str, arrived: bool,
                            *, today: dt.date | None = None) -> None:
    """Did the person arrive at the partner service? Closes the follow-up task."""
    actor.require(Permission.EDIT_CASES)
    with db.transaction() as s:
        ref = _set_arrived(s, actor, referral_id, arrived, today)
        task_ids = [t for t in s.scalars(select(Task.id).where(
            live(Task), Task.done_at.is_(None),
            or_(Task.id == ref.follow_up_task_id,
                (Task.source == TaskSource.REFERRAL) & (Task.source_ref == ref.id))))]
        for tid in task_ids:
            core_tasks.complete_task(s, actor, tid)


def assign_task(db: Database, actor: Actor, task_id: str, *, owner_id: str | None = None,
                department: str | None = None) -> None:
    """Give a task to a person, to a department's inbox, or to both (an
    inactive department keeps the tasks it has but gets no new ones)."""
    actor.require(Permission.EDIT_CASES)
    if owner_id is None and department is None:
        raise ValidationError(_("Vyberte pracovníka nebo odbor."), field="owner_id")
    with db.transaction() as s:
        task = get_live(s, Task, task_id, _("Úkol"))
        if owner_id is not None:
            check_worker(s, owner_id, "owner_id")
        if department != task.department:
            department = require_open(s, department)
        task.owner_id, task.department = owner_id, department
        audit.record(s, actor, "update", "task", task.id, {"fields": audit.changed_fields(task)})
