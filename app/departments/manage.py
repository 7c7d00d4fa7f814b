"""Nastavení → Odbory: add, rename, deactivate (and reactivate) a department,
delete one that nothing refers to, and choose the department that flat defects
from inspections go to. Settings administrators only; every change audited."""
from __future__ import annotations

import re

from sqlalchemy import select

from models.base import utcnow
from models.cases import Task
from models.departments import OfficeDepartment
from models.staff import User

from .. import audit, settings
from ..czech_text import fold
from ..db import Database
from ..errors import Conflict, ValidationError
from ..i18n import _
from ..rows import get_live, live
from ..security import Actor, Permission
from ..tasks_queues.routing import DEFECT_QUEUE, INSPECTOR
from . import lookup
from .listing import DEFAULT_DEPARTMENT, ROLE_DEPARTMENT

_NAME_MAX = 120
_CODE_MAX = 20           # user.department is 20 characters long


def _clean_name(session, name: str | None, own_id: str | None = None) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise ValidationError(_("Vyplňte název odboru."), field="name")
    if len(text) > _NAME_MAX:
        raise ValidationError(_("Název odboru je delší než {n} znaků.").format(n=_NAME_MAX),
                              field="name")
    for d in lookup.rows(session):
        if d.id != own_id and fold(text) in (fold(d.name), fold(lookup.label(d.name)), d.code):
            raise ValidationError(_("Odbor „{name}“ už úřad má.").format(
                name=lookup.label(d.name)), field="name")
    return text


def _new_code(session, name: str) -> str:
    """A readable code from the name (``bytove-oddeleni``), unique among the
    office's departments, deleted ones included (old bundles may name them)."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:_CODE_MAX].strip("-") or "odbor"
    taken = set(session.scalars(select(OfficeDepartment.code)))
    code, n = base, 2
    while code in taken:
        suffix = f"-{n}"
        code, n = base[:_CODE_MAX - len(suffix)] + suffix, n + 1
    return code


def add_department(db: Database, actor: Actor, name: str) -> str:
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        text = _clean_name(s, name)
        dept = OfficeDepartment(code=_new_code(s, text), name=text, active=True)
        s.add(dept)
        s.flush()
        audit.record(s, actor, "create", "department", dept.id,
                     {"code": dept.code, "name": text})
        return dept.id


def rename_department(db: Database, actor: Actor, department_id: str, name: str) -> None:
    """The code stays (tasks and users keep pointing at it): only the name changes."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        dept = get_live(s, OfficeDepartment, department_id, _("Odbor"))
        text = _clean_name(s, name, own_id=dept.id)
        if text == dept.name:
            return
        old, dept.name = dept.name, text
        audit.record(s, actor, "update", "department", dept.id,
                     {"fields": ["name"], "code": dept.code, "from": old, "to": text})


def set_department_active(db: Database, actor: Actor, department_id: str, active: bool) -> None:
    """An inactive department takes no new tasks and no new workers; its open
    tasks stay in its queue until done."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        dept = get_live(s, OfficeDepartment, department_id, _("Odbor"))
        if dept.active == bool(active):
            return
        if not active and settings.get(s, DEFECT_QUEUE) == dept.code:
            raise Conflict(_("Na odbor „{name}“ chodí závady z kontrol bytů; nejdřív pro "
                             "závady vyberte jiný odbor.").format(name=lookup.label(dept.name)))
        dept.active = bool(active)
        audit.record(s, actor, "update", "department", dept.id,
                     {"fields": ["active"], "code": dept.code, "to": dept.active})


def delete_department(db: Database, actor: Actor, department_id: str) -> None:
    """Only a department nothing refers to: no task (done ones count: they
    name it in their history), no worker, not a role's or the defects' default."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        dept = get_live(s, OfficeDepartment, department_id, _("Odbor"))
        name = lookup.label(dept.name)
        tasks = s.scalar(select(Task.id).where(live(Task), Task.department == dept.code)
                         .limit(1))
        users = s.scalar(select(User.id).where(live(User), User.department == dept.code)
                         .limit(1))
        if tasks or users:
            raise Conflict(_("Odbor „{name}“ má úkoly nebo pracovníky, smazat ho nelze; "
                             "můžete ho deaktivovat.").format(name=name))
        if dept.code in (DEFAULT_DEPARTMENT, *ROLE_DEPARTMENT.values()):
            raise Conflict(_("Do odboru „{name}“ patří pracovníci podle své role, smazat ho "
                             "nelze; můžete ho přejmenovat.").format(name=name))
        if settings.get(s, DEFECT_QUEUE) == dept.code:
            raise Conflict(_("Na odbor „{name}“ chodí závady z kontrol bytů; nejdřív pro "
                             "závady vyberte jiný odbor.").format(name=name))
        dept.deleted_at = utcnow()
        audit.record(s, actor, "delete", "department", dept.id, {"code": dept.code})


def defect_queue(db: Database, actor: Actor) -> str:
    """Where flat defects from inspections go: a department's code or ``inspector``."""
    with db.reading() as s:
        return settings.get(s, DEFECT_QUEUE)


def set_defect_queue(db: Database, actor: Actor, value: str) -> None:
    """A department of the office that takes tasks, or ``inspector`` (the one
    who inspected)."""
    actor.require(Permission.SETTINGS)
    with db.transaction() as s:
        if value != INSPECTOR:
            lookup.require_open(s, value, field="defect_queue")
        settings.put(s, actor, DEFECT_QUEUE, value)
