"""The role table (Nastavení → Role): which permission each role holds. The
defaults come from the field (app.security.ROLE_PERMISSIONS); the office may
adjust them. Stored as one setting so that the office's table travels to its
laptops; a changed table applies from the next sign-in."""
from __future__ import annotations

import json
from dataclasses import dataclass

from models.settings import Setting, setting_id
from models.staff import Role

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..rows import is_live
from ..security import (ADMIN_FIXED, ROLE_PERMISSIONS, ROLES_SETTING, Actor,
                        Permission, role_label, role_permissions)
from ..security import (ADMIN_FIXED, KNOWN_KEY, ROLE_LABELS, ROLE_PERMISSIONS, ROLES_SETTING,
                        Actor, Permission, role_permissions, stored_permissions)
from ..i18n import N_, _

# What each permission means, in the words of the office (the Role tab shows these).
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_PERSONS: N_("vidět osoby a domácnosti"),
    Permission.EDIT_PERSONS: N_("zapisovat osoby a domácnosti"),
    Permission.MERGE_PERSONS: N_("slučovat duplicitní osoby"),
    Permission.VIEW_CASES: N_("vidět případy a kontakty"),
    Permission.EDIT_CASES: N_("zapisovat případy a kontakty"),
    Permission.VIEW_TASKS: N_("vlastní úkoly a úkoly svého odboru"),
    Permission.VIEW_ASSESSMENTS: N_("vidět sociální šetření (bez zvláštních údajů)"),
    Permission.VIEW_SENSITIVE: N_("vidět zvláštní kategorie údajů (zdraví, postižení, "
                                  "situace rodiny, odůvodnění bodů)"),
    Permission.EDIT_ASSESSMENTS: N_("zapisovat sociální šetření"),
    Permission.VIEW_FLATS: N_("vidět byty a kontroly bytů"),
    Permission.EDIT_FLATS: N_("zapisovat byty a domy"),
    Permission.EDIT_INSPECTIONS: N_("zapisovat kontroly bytů"),
    Permission.MANAGE_ALLOCATION: N_("přidělování bytů (pořadí, nabídky)"),
    Permission.EDIT_RULES: N_("měnit pravidla přidělování"),
    Permission.VIEW_LEASES: N_("vidět nájemní smlouvy"),
    Permission.EDIT_LEASES: N_("zapisovat nájemní smlouvy a dluhy"),
    Permission.VIEW_LANDLORDS: N_("vidět pronajímatele, soukromé nájmy a ručení"),
    Permission.EDIT_LANDLORDS: N_("zapisovat pronajímatele, soukromé nájmy a ručení"),
    Permission.VIEW_FUND: N_("vidět krizový fond"),
    Permission.EDIT_FUND: N_("zapisovat žádosti do krizového fondu"),
    Permission.DECIDE_FUND: N_("rozhodovat o krizovém fondu"),
    Permission.OVERRIDE_FUND_BUDGET: N_("schválit nad rozpočet fondu"),
    Permission.VIEW_STATS: N_("statistiky"),
    Permission.PRINT: N_("tisk dokumentů"),
    Permission.SETTINGS: N_("nastavení úřadu"),
    Permission.MANAGE_USERS: N_("uživatelé a role"),
    Permission.SYNC: N_("načítat balíčky, vidět partnery a konflikty"),
    Permission.MANAGE_PEERS: N_("přidávat a odvolávat partnerské instalace"),
    Permission.EXPORT_BUNDLES: N_("vytvářet balíčky pro jiné instalace"),
    Permission.VIEW_AUDIT: N_("auditní záznam a jeho ověření"),
    Permission.SUBJECT_ACCESS: N_("export všech údajů o osobě (čl. 15 GDPR)"),
    Permission.RETENTION: N_("anonymizace po skartačních lhůtách"),
}


def permission_label(p: Permission) -> str:
    """A permission in the person's language (the record of processing keeps the Czech)."""
    return _(PERMISSION_LABELS[p])


@dataclass(frozen=True)
class RoleRow:
    role: Role
    label: str
    permissions: frozenset[Permission]
    defaults: frozenset[Permission]


def role_table(db: Database, actor: Actor) -> list[RoleRow]:
    actor.require(Permission.MANAGE_USERS)
    with db.reading() as s:
        return [RoleRow(r, role_label(r), role_permissions(s, r), ROLE_PERMISSIONS[r])
                for r in Role]


def set_role_permissions(db: Database, actor: Actor, role: Role,
                         permissions: set[Permission] | frozenset[Permission]) -> None:
    """Replace one role's permissions (audited: which were added and removed)."""
    actor.require(Permission.MANAGE_USERS)
    perms = frozenset(permissions)
    if role == Role.ADMIN and not ADMIN_FIXED <= perms:
        raise ValidationError(_("Správci nelze odebrat nastavení, uživatele a audit – "
                              "jinak by tabulku rolí nemohl nikdo opravit."))
    if Permission.VIEW_SENSITIVE in perms and Permission.VIEW_ASSESSMENTS not in perms \
            and Permission.VIEW_PERSONS not in perms:
        raise ValidationError(_("Zvláštní kategorie údajů bez přístupu k osobám nedává smysl."))
    with db.transaction() as s:
        before = role_permissions(s, role)
        row = s.get(Setting, setting_id(ROLES_SETTING))
        table = json.loads(row.value_json) if is_live(row) else {}
        # the other roles keep what releases added since the table was saved:
        # written out before the table says it knows every permission
        for other in Role:
            held = stored_permissions(table, other)
            if held is not None:
                table[other.value] = sorted(p.value for p in held)
        table[role.value] = sorted(p.value for p in perms)
        table[KNOWN_KEY] = sorted(p.value for p in Permission)
        encoded = json.dumps(table, sort_keys=True)
        if row is None:
            s.add(Setting(id=setting_id(ROLES_SETTING), key=ROLES_SETTING, value_json=encoded))
        else:
            row.value_json, row.deleted_at = encoded, None
        audit.record(s, actor, "update", "role", role.value, {
            "added": sorted(p.value for p in perms - before),
            "removed": sorted(p.value for p in before - perms)})


def reset_role(db: Database, actor: Actor, role: Role) -> None:
    actor.require(Permission.MANAGE_USERS)
    set_role_permissions(db, actor, role, ROLE_PERMISSIONS[role])
