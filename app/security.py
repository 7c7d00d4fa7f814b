"""Who is acting and what their role allows. Every service takes an Actor and
checks the permission it needs, so the GUI, the CLI and the tests share the
same rules (DESIGN.md "Security and data protection")."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.staff import Role, User

from .errors import NotFound, PermissionDenied
from .rows import live


class Permission(enum.Enum):
    VIEW_PERSONS = "view_persons"
    EDIT_PERSONS = "edit_persons"
    MERGE_PERSONS = "merge_persons"
    VIEW_CASES = "view_cases"
    EDIT_CASES = "edit_cases"
    VIEW_ASSESSMENTS = "view_assessments"          # the record, without health data
    VIEW_SENSITIVE = "view_sensitive"              # health, disability (special category)
    EDIT_ASSESSMENTS = "edit_assessments"
    VIEW_FLATS = "view_flats"
    EDIT_FLATS = "edit_flats"
    EDIT_INSPECTIONS = "edit_inspections"
    MANAGE_ALLOCATION = "manage_allocation"
    EDIT_RULES = "edit_rules"
    VIEW_LEASES = "view_leases"
    EDIT_LEASES = "edit_leases"
    VIEW_FUND = "view_fund"
    EDIT_FUND = "edit_fund"
    DECIDE_FUND = "decide_fund"
    OVERRIDE_FUND_BUDGET = "override_fund_budget"
    VIEW_STATS = "view_stats"
    PRINT = "print"
    SETTINGS = "settings"
    MANAGE_USERS = "manage_users"
    SYNC = "sync"


P = Permission
_SOCIAL = {P.VIEW_PERSONS, P.EDIT_PERSONS, P.MERGE_PERSONS, P.VIEW_CASES, P.EDIT_CASES,
           P.VIEW_ASSESSMENTS, P.VIEW_SENSITIVE, P.EDIT_ASSESSMENTS, P.VIEW_FLATS,
           P.EDIT_INSPECTIONS, P.MANAGE_ALLOCATION, P.VIEW_LEASES, P.VIEW_FUND,
           P.EDIT_FUND, P.VIEW_STATS, P.PRINT, P.SYNC}   # field laptops sync their cases
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SOCIAL_WORKER: frozenset(_SOCIAL),
    Role.LEAD: frozenset(_SOCIAL | {P.DECIDE_FUND, P.OVERRIDE_FUND_BUDGET, P.EDIT_RULES,
                                    P.EDIT_FLATS, P.EDIT_LEASES, P.SETTINGS, P.MANAGE_USERS}),
    # The property department sees flats and leases, not assessment details.
    Role.PROPERTY: frozenset({P.VIEW_PERSONS, P.VIEW_FLATS, P.EDIT_FLATS, P.EDIT_INSPECTIONS,
                              P.VIEW_LEASES, P.EDIT_LEASES, P.MANAGE_ALLOCATION, P.PRINT,
                              P.VIEW_STATS}),
    Role.ADMIN: frozenset(Permission),
    Role.READONLY: frozenset({P.VIEW_PERSONS, P.VIEW_CASES, P.VIEW_FLATS, P.VIEW_LEASES,
                              P.VIEW_FUND, P.VIEW_STATS}),
}

ROLE_LABELS = {
    Role.SOCIAL_WORKER: "sociální pracovník",
    Role.LEAD: "vedoucí KMB",
    Role.PROPERTY: "majetkový odbor",
    Role.ADMIN: "správce",
    Role.READONLY: "jen čtení",
}


@dataclass(frozen=True)
class Actor:
    user_id: str
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Role „{ROLE_LABELS[self.role]}“ nemá oprávnění k této akci.")


def actor_from_user(user: User) -> Actor:
    return Actor(user.id, user.full_name, user.role)


def find_user(session: Session, who: str) -> User:
    """A user by id or user name (for ``--user``)."""
    user = session.scalars(
        select(User).where(or_(User.id == who, User.username == who),
                           live(User))).first()
    if user is None:
        raise NotFound(f"Uživatel „{who}“ neexistuje.")
    if not user.active:
        raise PermissionDenied(f"Účet uživatele „{who}“ je zablokovaný.")
    return user


_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
