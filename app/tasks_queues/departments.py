"""Which department each user belongs to (whose queue is in their inbox). The
departments themselves are the office's list (app/departments/)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.staff import User

from .. import audit
from ..cases.tasks import department_of
from ..czech_text import sort_key
from ..db import Database
from ..departments import lookup
from ..rows import get_live, live
from ..security import Actor, Permission, role_label
from ..i18n import _


def parse_queue(session: Session, text: str) -> str:
    """A department's code from its code or name (``majetkovy``, ``Bytové oddělení``)."""
    return lookup.parse(session, text).code


@dataclass(frozen=True)
class StaffDepartment:
    user_id: str
    name: str
    role_label: str
    department: str           # the department's code
    department_name: str
    set_explicitly: bool      # False: follows the role (property role → majetkový odbor)


def staff_departments(db: Database, actor: Actor) -> list[StaffDepartment]:
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as s:
        names = lookup.names(s)
        rows = []
        for u in s.scalars(select(User).where(live(User), User.active.is_(True))):
            code = department_of(s, u.id)
            rows.append(StaffDepartment(u.id, u.full_name, role_label(u.role), code,
                                        names.get(code, code), bool(u.department)))
    return sorted(rows, key=lambda r: sort_key(r.name))


def set_department(db: Database, actor: Actor, user_id: str,
                   department: str | None) -> None:
    """Put a user in a department (None: back to the role's department); a
    worker joins only an active one."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as s:
        user = get_live(s, User, user_id, _("Uživatel"))
        value = str(department) if department else None
        if user.department == value:
            return
        lookup.require_open(s, value)
        old = user.department
        user.department = value
        audit.record(s, actor, "update", "user", user.id,
                     {"fields": ["department"], "from": old, "to": value})


def user_department(session: Session, user_id: str) -> str:
    return department_of(session, user_id)
