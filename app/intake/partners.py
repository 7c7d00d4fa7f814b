"""Partner services the KMB refers clients to (občanská poradna, dluhová
poradna, NNO, sociální rehabilitace, psychiatrická péče, úřad práce …) with
their contact details. A partner with referrals is never removed, only
marked inactive (it disappears from the intake's choice)."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from models.intake import PartnerKind, PartnerOrganisation, Referral

from .. import audit
from ..czech_text import sort_key
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import _

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d ]{9,16}$")


@dataclass(frozen=True)
class PartnerRow:
    id: str
    name: str
    kind: PartnerKind
    contact_person: str | None
    phone: str | None
    email: str | None
    address: str | None
    opening_hours: str | None
    note: str | None
    active: bool
    referrals: int = 0


@dataclass
class PartnerInput:
    name: str = ""
    kind: PartnerKind = PartnerKind.OTHER
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    opening_hours: str | None = None
    note: str | None = None
    active: bool = True


def _clean(data: PartnerInput) -> PartnerInput:
    out = PartnerInput(**{f.name: getattr(data, f.name) for f in fields(PartnerInput)})
    for f in fields(PartnerInput):
        value = getattr(out, f.name)
        if isinstance(value, str):
            value = value.strip() if f.name == "note" else " ".join(value.split())
            setattr(out, f.name, value or None)
    errors = {}
    if not out.name:
        errors["name"] = _("Vyplňte název služby.")
    if out.email and not _EMAIL.match(out.email):
        errors["email"] = _("E-mail nemá správný tvar (např. poradna@example.cz).")
    if out.phone and not _PHONE.match(out.phone):
        errors["phone"] = _("Telefon zadejte číslicemi, např. +420 499 123 456.")
    if not isinstance(out.kind, PartnerKind):
        errors["kind"] = _("Vyberte druh služby.")
    if errors:
        raise ValidationError.from_errors(errors)
    return out


def list_partners(db: Database, actor: Actor, *, include_inactive: bool = False
                  ) -> list[PartnerRow]:
    actor.require(Permission.VIEW_PERSONS)
    counts = (select(Referral.partner_id, func.count().label("n"))
              .where(live(Referral)).group_by(Referral.partner_id).subquery())
    stmt = (select(PartnerOrganisation, counts.c.n)
            .outerjoin(counts, counts.c.partner_id == PartnerOrganisation.id)
            .where(live(PartnerOrganisation)))
    if not include_inactive:
        stmt = stmt.where(PartnerOrganisation.active.is_(True))
    with db.reading() as s:
        rows = [PartnerRow(p.id, p.name, p.kind, p.contact_person, p.phone, p.email, p.address,
                           p.opening_hours, p.note, p.active, n or 0)
                for p, n in s.execute(stmt)]
    rows.sort(key=lambda r: (not r.active, sort_key(r.name)))
    return rows


def save_partner(db: Database, actor: Actor, data: PartnerInput,
                 partner_id: str | None = None) -> str:
    """Create (no id) or change a partner service; returns its id."""
    actor.require(Permission.SETTINGS)
    data = _clean(data)
    with db.transaction() as s:
        if partner_id is None:
            p = PartnerOrganisation()
            s.add(p)
        else:
            p = get_live(s, PartnerOrganisation, partner_id, _("Partnerská služba"))
        for f in fields(PartnerInput):
            setattr(p, f.name, getattr(data, f.name))
        changed = audit.changed_fields(p) if partner_id else None
        s.flush()
        if partner_id is None:
            audit.record(s, actor, "create", "partner_organisation", p.id)
        else:
            audit.record(s, actor, "update", "partner_organisation", p.id, {"fields": changed})
        return p.id
