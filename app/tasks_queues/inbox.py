"""A person's inbox: their own tasks, their department's queue and, while
they cover for a colleague, the colleague's tasks and open cases — split into
overdue, today and later. A department's queue on its own for whoever belongs
to it (case workers see every queue: they hand tasks to departments)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.cases import Case, Task

from ..cases.service import OPEN_STATES, CaseRow, query_cases
from ..cases.tasks import TaskRow, department_of, query_tasks, tell_tasks_apart
from ..db import Database
from ..departments import lookup
from ..errors import PermissionDenied, ValidationError
from ..privacy.cover import covered_users
from ..rows import live
from ..security import Actor, Permission
from ..i18n import N_, _

OWN, DEPARTMENT, COVER = "own", "department", "cover"
WHY_LABELS = {OWN: N_("můj úkol"), DEPARTMENT: N_("úkol odboru"), COVER: N_("zástup")}


@dataclass(frozen=True)
class InboxTask:
    task: TaskRow
    why: str                       # OWN, DEPARTMENT or COVER
    covering_for: str | None = None  # the absent colleague's name (COVER)

    @property
    def why_label(self) -> str:
        label = _(WHY_LABELS[self.why])
        return _("{label} za {name}").format(label=label, name=self.covering_for) \
            if self.covering_for else label


@dataclass(frozen=True)
class Inbox:
    day: dt.date
    department: str               # the user's department (its code)
    overdue: list[InboxTask] = field(default_factory=list)
    today: list[InboxTask] = field(default_factory=list)
    later: list[InboxTask] = field(default_factory=list)
    covering: dict[str, str] = field(default_factory=dict)    # colleague id → name
    covered_cases: list[CaseRow] = field(default_factory=list)

    @property
    def all(self) -> list[InboxTask]:
        return self.overdue + self.today + self.later


@dataclass(frozen=True)
class _Reach:
    """Whose tasks a user works on a day: own, department's, covered colleagues'."""
    user_id: str
    department: str
    covering: dict[str, str]             # colleague id → name
    cover_departments: dict[str, str]    # a covered colleague's department → name


def reach(session: Session, user_id: str, day: dt.date) -> _Reach:
    covering = covered_users(session, user_id, day)
    mine = department_of(session, user_id)
    depts = {}
    for uid, name in covering.items():
        d = department_of(session, uid)
        if d != mine:
            depts.setdefault(d, name)
    return _Reach(user_id, mine, covering, depts)


def _why(r: _Reach, t: TaskRow) -> InboxTask:
    if t.owner_id == r.user_id:
        return InboxTask(t, OWN)
    if t.owner_id in r.covering:
        return InboxTask(t, COVER, r.covering[t.owner_id])
    if t.department == r.department:
        return InboxTask(t, DEPARTMENT)
    return InboxTask(t, COVER, r.cover_departments.get(t.department))


def in_reach(r: _Reach, owner_id: str | None, department: str | None) -> bool:
    return (owner_id == r.user_id or owner_id in r.covering or department == r.department
            or department in r.cover_departments)


def _open_in_reach(r: _Reach):
    """Open tasks of the reach: own, covered colleagues', the departments'."""
    return and_(live(Task), Task.done_at.is_(None),
                or_(Task.owner_id.in_([r.user_id, *r.covering]),
                    Task.department.in_([r.department, *r.cover_departments])))


def inbox_rows(session: Session, user_id: str, day: dt.date, *,
               due_until: dt.date | None = None, told_apart: int | None = None
               ) -> tuple[_Reach, list[InboxTask]]:
    """``due_until``: only tasks due by then (the dashboard's overdue and today);
    ``told_apart`` as in query_tasks."""
    r = reach(session, user_id, day)
    stmt = select(Task.id).where(_open_in_reach(r))
    if due_until is not None:
        stmt = stmt.where(Task.due_on <= due_until)
    ids = list(session.scalars(stmt))
    return r, [_why(r, t) for t in query_tasks(session, task_ids=ids, told_apart=told_apart)]


def later_count(session: Session, r: _Reach, day: dt.date) -> int:
    """How many open tasks of the reach are due after ``day`` or have no due date."""
    return session.scalar(select(func.count()).select_from(Task).where(
        _open_in_reach(r), or_(Task.due_on.is_(None), Task.due_on > day)))


def inbox(db: Database, actor: Actor, today: dt.date | None = None, *,
          told_apart: int | None = None) -> Inbox:
    """The acting user's inbox on ``today``; namesakes told apart in every row
    or in the ``told_apart`` first rows of ``Inbox.all`` (tell_apart: the rest)."""
    actor.require(Permission.VIEW_TASKS)
    day = today or dt.date.today()
    with db.reading() as s:
        r, rows = inbox_rows(s, actor.user_id, day, told_apart=told_apart)
        cases = []
        if r.covering and actor.can(Permission.VIEW_CASES):
            ids = list(s.scalars(select(Case.id).where(
                live(Case), Case.assigned_worker_id.in_(list(r.covering)),
                Case.status.in_(OPEN_STATES))))
            cases = query_cases(s, case_ids=ids) if ids else []
    due = [x for x in rows if x.task.due_on is not None]
    return Inbox(day, r.department,
                 overdue=[x for x in due if x.task.due_on < day],
                 today=[x for x in due if x.task.due_on == day],
                 later=[x for x in rows if x.task.due_on is None or x.task.due_on > day],
                 covering=dict(r.covering), covered_cases=cases)


def queue(db: Database, actor: Actor, department: str,
          today: dt.date | None = None, *, told_apart: int | None = None) -> list[TaskRow]:
    """A department's open tasks (by its code; an inactive department's too,
    until they are done): for its members (and their deputies); case workers
    see every queue. ``told_apart`` as in ``inbox``."""
    actor.require(Permission.VIEW_TASKS)
    if not department or not isinstance(department, str):
        raise ValidationError(_("Vyberte odbor."), field="department")
    department = str(department)
    day = today or dt.date.today()
    with db.reading() as s:
        dept = lookup.find(s, department)
        if dept is None or dept.code != department:
            raise ValidationError(_("Odbor „{code}“ úřad nevede.").format(code=department),
                                  field="department")
        if not actor.can(Permission.VIEW_CASES):
            r = reach(s, actor.user_id, day)
            if department != r.department and department not in r.cover_departments:
                raise PermissionDenied(_("Frontu jiného odboru vidí jen jeho pracovníci."))
        return query_tasks(s, department=department, told_apart=told_apart)


def tell_apart(db: Database, actor: Actor, rows: list[InboxTask]) -> list[InboxTask]:
    """The next chunk of an inbox or queue read with ``told_apart``, its
    clients' namesakes told apart."""
    actor.require(Permission.VIEW_TASKS)
    with db.reading() as s:
        told = tell_tasks_apart(s, [x.task for x in rows])
    return [replace(x, task=t) for x, t in zip(rows, told)]

