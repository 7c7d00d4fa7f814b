"""Who is acting and what their role allows. Every service takes an Actor and
checks the permission it needs, so the GUI, the CLI and the tests share the
same rules (DESIGN.md "Security and data protection")."""
from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from models.settings import Setting, setting_id
from models.staff import Role, User

from .errors import NotFound, PermissionDenied
from .rows import live
from .i18n import N_, _


class Permission(enum.Enum):
    VIEW_PERSONS = "view_persons"
    EDIT_PERSONS = "edit_persons"
    MERGE_PERSONS = "merge_persons"
    VIEW_CASES = "view_cases"
    EDIT_CASES = "edit_cases"
    VIEW_TASKS = "view_tasks"                      # own and own department's task inbox
    VIEW_ASSESSMENTS = "view_assessments"          # the record, without health data
    VIEW_SENSITIVE = "view_sensitive"              # special category: health, disability,
    #                                                ETHOS narrative, reasons of points
    EDIT_ASSESSMENTS = "edit_assessments"
    VIEW_FLATS = "view_flats"
    EDIT_FLATS = "edit_flats"
    EDIT_INSPECTIONS = "edit_inspections"
    MANAGE_ALLOCATION = "manage_allocation"
    EDIT_RULES = "edit_rules"
    VIEW_LEASES = "view_leases"
    EDIT_LEASES = "edit_leases"
    VIEW_LANDLORDS = "view_landlords"              # landlord register, private leases
    EDIT_LANDLORDS = "edit_landlords"              # … and guarantees (ručení)
    VIEW_FUND = "view_fund"
    EDIT_FUND = "edit_fund"
    DECIDE_FUND = "decide_fund"
    OVERRIDE_FUND_BUDGET = "override_fund_budget"
    VIEW_STATS = "view_stats"
    PRINT = "print"
    SETTINGS = "settings"
    MANAGE_USERS = "manage_users"
    SYNC = "sync"                                  # see peers, import bundles, conflicts
    MANAGE_PEERS = "manage_peers"                  # pair, scope and revoke installations
    EXPORT_BUNDLES = "export_bundles"              # data leaves the office
    VIEW_AUDIT = "view_audit"                      # the audit trail and its verification
    SUBJECT_ACCESS = "subject_access"              # export everything about one person
    RETENTION = "retention"                        # anonymise after retention periods


P = Permission
_SOCIAL = {P.VIEW_PERSONS, P.EDIT_PERSONS, P.MERGE_PERSONS, P.VIEW_CASES, P.EDIT_CASES,
           P.VIEW_TASKS, P.VIEW_ASSESSMENTS, P.VIEW_SENSITIVE, P.EDIT_ASSESSMENTS, P.VIEW_FLATS,
           P.EDIT_INSPECTIONS, P.MANAGE_ALLOCATION, P.VIEW_LEASES, P.VIEW_FUND,
           P.EDIT_FUND, P.VIEW_LANDLORDS, P.EDIT_LANDLORDS,
           P.VIEW_STATS, P.PRINT, P.SYNC}   # field laptops import their cases
# Defaults from the field; the office adjusts them in Nastavení → Role
# (``role_permissions``). Pairing and exporting bundles stay with the lead.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SOCIAL_WORKER: frozenset(_SOCIAL),
    Role.LEAD: frozenset(_SOCIAL | {P.DECIDE_FUND, P.OVERRIDE_FUND_BUDGET, P.EDIT_RULES,
                                    P.EDIT_FLATS, P.EDIT_LEASES, P.SETTINGS, P.MANAGE_USERS,
                                    P.MANAGE_PEERS, P.EXPORT_BUNDLES, P.VIEW_AUDIT,
                                    P.SUBJECT_ACCESS, P.RETENTION}),
    # The property department sees flats, leases, inspections, its own tasks and
    # ranking points, never special-category details.
    Role.PROPERTY: frozenset({P.VIEW_PERSONS, P.VIEW_FLATS, P.EDIT_FLATS, P.EDIT_INSPECTIONS,
                              P.VIEW_LEASES, P.EDIT_LEASES, P.MANAGE_ALLOCATION, P.PRINT,
                              P.VIEW_STATS, P.VIEW_TASKS, P.VIEW_LANDLORDS,
                              P.EDIT_LANDLORDS}),
    Role.ADMIN: frozenset(Permission),
    Role.READONLY: frozenset({P.VIEW_PERSONS, P.VIEW_CASES, P.VIEW_FLATS, P.VIEW_LEASES,
                              P.VIEW_FUND, P.VIEW_STATS, P.VIEW_LANDLORDS}),
}
# Never taken away from the administrator: someone must be able to repair the table.
ADMIN_FIXED = frozenset({P.SETTINGS, P.MANAGE_USERS, P.VIEW_AUDIT})
ROLES_SETTING = "security.role_permissions"     # {role value: [permission values]}

ROLE_LABELS = {
    Role.SOCIAL_WORKER: N_("sociální pracovník"),
    Role.LEAD: N_("vedoucí KMB"),
    Role.PROPERTY: N_("majetkový odbor"),
    Role.ADMIN: N_("správce"),
    Role.READONLY: N_("jen čtení"),
}


def role_label(role: Role) -> str:
    """The role's name in the person's language (ROLE_LABELS hold the Czech)."""
    return _(ROLE_LABELS[role])


def role_permissions(session: Session | None, role: Role) -> frozenset[Permission]:
    """The role's permissions as this office set them (the defaults where it did not)."""
    stored = office_permissions(session, role)
    return ROLE_PERMISSIONS[role] if stored is None else stored


# A customised table records which permissions the release that saved it knew
# (``KNOWN_KEY``). A permission a later release adds is granted to the roles
# that hold it by default, as if the office had ticked it; one the office knew
# and left unticked stays off. Tables saved before this rule knew every
# permission but those below (added with the landlord register).
KNOWN_KEY = "_known"
ADDED_AFTER_FIRST_TABLE = frozenset({P.VIEW_LANDLORDS, P.EDIT_LANDLORDS})


def known_when_saved(table: dict) -> frozenset[Permission]:
    values = table.get(KNOWN_KEY)
    if values is None:
        return frozenset(Permission) - ADDED_AFTER_FIRST_TABLE
    return frozenset(p for p in Permission if p.value in values)


def stored_permissions(table: dict, role: Role) -> frozenset[Permission] | None:
    """A role's permissions in a stored table, with what releases added since."""
    stored = table.get(role.value)
    if stored is None:
        return None
    perms = frozenset(p for p in Permission if p.value in stored)
    perms |= ROLE_PERMISSIONS[role] - known_when_saved(table)
    return perms | ADMIN_FIXED if role == Role.ADMIN else perms


def office_permissions(session: Session | None, role: Role) -> frozenset[Permission] | None:
    """The office's own table for the role, or None where it keeps the defaults."""
    row = session.get(Setting, setting_id(ROLES_SETTING)) if session is not None else None
    if row is None or row.deleted_at is not None:
        return None
    return stored_permissions(json.loads(row.value_json), role)


@dataclass(frozen=True)
class Actor:
    user_id: str
    name: str
    role: Role
    # The role's permissions when the actor was made (None: the defaults).
    permissions: frozenset[Permission] | None = field(default=None, compare=False, repr=False)

    def can(self, permission: Permission) -> bool:
        granted = self.permissions if self.permissions is not None \
            else ROLE_PERMISSIONS[self.role]
        return permission in granted

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                _("Role „{v1}“ nemá oprávnění k této akci.").format(v1=role_label(self.role)))


def actor_from_user(user: User) -> Actor:
    return Actor(user.id, user.full_name, user.role,
                 office_permissions(object_session(user), user.role))


def find_user(session: Session, who: str) -> User:
    """A user by id or user name (for ``--user``)."""
    user = session.scalars(
        select(User).where(or_(User.id == who, User.username == who),
                           live(User))).first()
    if user is None:
        raise NotFound(_("Uživatel „{who}“ neexistuje.").format(who=who))
    if not user.active:
        raise PermissionDenied(_("Účet uživatele „{who}“ je zablokovaný.").format(who=who))
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
