"""The department list for pickers and for Nastavení → Odbory. Names are the
office's configuration (no person in them): every signed-in role reads them,
as the inbox, the task dialog and the user form need them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.cases import Task
from models.departments import OfficeDepartment
from models.staff import Role, User

from ..db import Database
from ..rows import live
from ..security import Actor
from . import lookup

# users without a department of their own belong to their role's (app/cases/tasks.py)
ROLE_DEPARTMENT = {Role.PROPERTY: "property"}
DEFAULT_DEPARTMENT = "kmb"


@dataclass(frozen=True)
class DepartmentRow:
    id: str
    code: str
    name: str             # as shown
    active: bool
    open_tasks: int
    tasks: int            # any task, done or not
    users: int            # active accounts in it (set on the account or by role)
    row_version: int = 1


def list_departments(db: Database, actor: Actor, *,
                     active_only: bool = False) -> list[DepartmentRow]:
    """Active departments first, each group in Czech order, with what is in them."""
    with db.reading() as s:
        depts = lookup.rows(s)
        tasks = dict(s.execute(select(Task.department, func.count()).where(
            live(Task)).group_by(Task.department)).all())
        open_tasks = dict(s.execute(select(Task.department, func.count()).where(
            live(Task), Task.done_at.is_(None)).group_by(Task.department)).all())
        users: dict[str, int] = {}
        for dept, role in s.execute(select(User.department, User.role).where(
                live(User), User.active.is_(True))):
            code = dept or ROLE_DEPARTMENT.get(role, DEFAULT_DEPARTMENT)
            users[code] = users.get(code, 0) + 1
        return [DepartmentRow(d.id, d.code, lookup.label(d.name), d.active,
                              open_tasks.get(d.code, 0), tasks.get(d.code, 0),
                              users.get(d.code, 0), d.row_version)
                for d in depts if d.active or not active_only]


def find_department(db: Database, actor: Actor, text: str) -> DepartmentRow:
    """One department by its code or name (``kmb list tasks --queue``)."""
    with db.reading() as s:
        code = lookup.parse(s, text).code
    return next(r for r in list_departments(db, actor) if r.code == code)
