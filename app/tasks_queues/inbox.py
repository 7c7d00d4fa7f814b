"""A person's inbox: their own tasks, their department's queue and, while
they cover for a colleague, the colleague's tasks and open cases — split into
overdue, today and later. A department's queue on its own for whoever belongs
to it (case workers see every queue: they hand tasks to departments)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.cases import Case, Task

from ..cases.service import OPEN_STATES, CaseRow, query_cases
from ..cases.tasks import TaskRow, department_of, query_tasks
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


def inbox_rows(session: Session, user_id: str, day: dt.date) -> tuple[_Reach, list[InboxTask]]:
    r = reach(session, user_id, day)
    owners = [r.user_id, *r.covering]
    depts = [r.department, *r.cover_departments]
    ids = list(session.scalars(select(Task.id).where(
        live(Task), Task.done_at.is_(None),
        or_(Task.owner_id.in_(owners), Task.department.in_(depts)))))
    return r, [_why(r, t) for t in query_tasks(session, task_ids=ids)]


def inbox(db: Database, actor: Actor, today: dt.date | None = None) -> Inbox:
    """The acting user's inbox on ``today``."""
    actor.require(Permission.VIEW_TASKS)
    day = today or dt.date.today()
    with db.reading() as s:
        r, rows = inbox_rows(s, actor.user_id, day)
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
          today: dt.date | None = None) -> list[TaskRow]:
    """A department's open tasks (by its code; an inactive department's too,
    until they are done): for its members (and their deputies); case workers
    see every queue."""
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
        return query_tasks(s, department=department)

