"""Departments whose queues tasks go to (sociální odbor with the KMB,
majetkový odbor, správce bytů) and which one each user belongs to."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Department
from models.staff import User

from .. import audit
from ..cases.tasks import DEPARTMENT_LABELS, department_of
from ..czech_text import fold, sort_key
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission, role_label
from ..i18n import _

# What ``--queue`` accepts besides the stored value: the Czech names, folded.
_ALIASES = {
    Department.KMB: ("kmb", "socialni", "socialni odbor", "socialni-odbor"),
    Department.PROPERTY: ("property", "majetkovy", "majetkovy odbor", "majetkovy-odbor"),
    Department.FLAT_MANAGER: ("flat_manager", "spravce", "spravce bytu", "spravce-bytu"),
}


def parse_queue(text: str) -> Department:
    """A department from its value or Czech name (``majetkovy``, ``správce bytů``)."""
    wanted = fold(" ".join((text or "").split()))
    for dept, names in _ALIASES.items():
        if wanted in names or wanted == fold(DEPARTMENT_LABELS[dept]):
            return dept
    raise ValidationError(_("Neznámý odbor „{text}“; zadejte socialni, majetkovy nebo spravce.").format(text=text),
                          field="queue")


@dataclass(frozen=True)
class StaffDepartment:
    user_id: str
    name: str
    role_label: str
    department: Department
    set_explicitly: bool      # False: follows the role (property role → majetkový odbor)


def staff_departments(db: Database, actor: Actor) -> list[StaffDepartment]:
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as s:
        rows = [StaffDepartment(u.id, u.full_name, role_label(u.role),
                                department_of(s, u.id), bool(u.department))
                for u in s.scalars(select(User).where(live(User), User.active.is_(True)))]
    return sorted(rows, key=lambda r: sort_key(r.name))


def set_department(db: Database, actor: Actor, user_id: str,
                   department: Department | None) -> None:
    """Put a user in a department (None: back to the role's department)."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as s:
        user = get_live(s, User, user_id, "Uživatel")
        value = department.value if department else None
        if user.department == value:
            return
        old = user.department
        user.department = value
        audit.record(s, actor, "update", "user", user.id,
                     {"fields": ["department"], "from": old, "to": value})


def department_label(department: Department | None) -> str:
    return _(DEPARTMENT_LABELS[department]) if department in DEPARTMENT_LABELS else ""


def user_department(session: Session, user_id: str) -> Department:
    return department_of(session, user_id)
