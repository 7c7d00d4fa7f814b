"""The landlord register: a private person or a company the KMB places
households with (IČO and bank account checked), listed in Czech order."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.landlords import Landlord, LandlordKind, PrivateLease, PrivateLeaseState

from .. import audit, concurrency
from ..czech_text import fold, sort_key
from ..errors import ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from .checks import normalise_account, normalise_ico
from ..i18n import N_, _

LABELS = {"kind": N_("druh"), "name": N_("jméno / název"), "ico": N_("IČO"),
          "contact_person": N_("kontaktní osoba"), "phone": N_("telefon"), "email": N_("e-mail"),
          "address": N_("adresa"), "bank_account": N_("účet"), "active": N_("aktivní"), "note": N_("poznámka")}


@dataclass
class LandlordInput:
    kind: LandlordKind = LandlordKind.PERSON
    name: str = ""
    ico: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    bank_account: str | None = None
    active: bool = True
    note: str | None = None


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _validated(data: LandlordInput) -> dict:
    """The values to store, or ValidationError naming every bad field."""
    errors = {}
    values = {k: _clean(getattr(data, k)) for k in
              ("name", "contact_person", "phone", "email", "address", "note")}
    values.update(kind=data.kind, active=bool(data.active))
    if not values["name"]:
        errors["name"] = _("Vyplňte jméno nebo název pronajímatele.")
    if data.kind not in LandlordKind:
        errors["kind"] = _("Vyberte, zda jde o fyzickou, nebo právnickou osobu.")
    try:
        values["ico"] = normalise_ico(data.ico)
    except ValueError as exc:
        errors["ico"] = str(exc)
    if data.kind == LandlordKind.COMPANY and not data.ico and "ico" not in errors:
        errors["ico"] = _("U právnické osoby vyplňte IČO.")
    try:
        values["bank_account"] = normalise_account(data.bank_account)
    except ValueError as exc:
        errors["bank_account"] = str(exc)
    if values["email"] and ("@" not in values["email"] or " " in values["email"]):
        errors["email"] = _("E-mail zapište ve tvaru jmeno@domena.cz.")
    if errors:
        raise ValidationError.from_errors(errors)
    return values


def _duplicate_ico(s, ico: str | None, own_id: str | None) -> None:
    if not ico:
        return
    other = s.scalars(select(Landlord).where(live(Landlord), Landlord.ico == ico,
                                             Landlord.id != (own_id or ""))).first()
    if other is not None:
        raise ValidationError(_("Pronajímatel s IČO {ico} už v evidenci je: {name}.").format(ico=ico, name=other.name),
                              field="ico")


def create_landlord(db, actor: Actor, data: LandlordInput) -> str:
    actor.require(Permission.EDIT_LANDLORDS)
    values = _validated(data)
    with db.transaction() as s:
        _duplicate_ico(s, values["ico"], None)
        row = Landlord(**values)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "landlord", row.id)
        return row.id


def _values(row: Landlord) -> dict:
    return {k: getattr(row, k) for k in LABELS}


def update_landlord(db, actor: Actor, landlord_id: str, data: LandlordInput, *,
                    expected_version: int | None = None) -> int:
    """Save the landlord's card; the new row version."""
    actor.require(Permission.EDIT_LANDLORDS)
    values = _validated(data)
    with db.transaction() as s:
        row = get_live(s, Landlord, landlord_id, _("Pronajímatel"))
        concurrency.check(s, row, expected_version, record=_("Pronajímatele {name}").format(name=row.name),
                          mine=values, theirs=lambda: _values(row), labels=LABELS)
        _duplicate_ico(s, values["ico"], row.id)
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for k, v in values.items():
            setattr(row, k, v)
        s.flush()
        audit.record(s, actor, "update", "landlord", row.id, {"fields": changed})
        return row.row_version


@dataclass(frozen=True)
class LandlordRow:
    id: str
    kind: LandlordKind
    name: str
    ico: str | None
    phone: str | None
    email: str | None
    bank_account: str | None
    active: bool
    active_leases: int
    leases: int


def list_landlords(db, actor: Actor, text: str = "", *,
                   include_inactive: bool = True) -> list[LandlordRow]:
    actor.require(Permission.VIEW_LANDLORDS)
    with db.reading() as s:
        counts: dict[str, list[int]] = {}
        for landlord_id, state, n in s.execute(
                select(PrivateLease.landlord_id, PrivateLease.state, func.count())
                .where(live(PrivateLease))
                .group_by(PrivateLease.landlord_id, PrivateLease.state)):
            c = counts.setdefault(landlord_id, [0, 0])
            c[1] += n
            if state == PrivateLeaseState.ACTIVE:
                c[0] += n
        stmt = select(Landlord).where(live(Landlord))
        if not include_inactive:
            stmt = stmt.where(Landlord.active.is_(True))
        rows = [LandlordRow(r.id, r.kind, r.name, r.ico, r.phone, r.email, r.bank_account,
                            r.active, *counts.get(r.id, [0, 0]))
                for r in s.scalars(stmt)]
    token = fold(text)
    if token:
        rows = [r for r in rows
                if token in fold(f"{r.name} {r.ico or ''} {r.phone or ''} {r.email or ''}")]
    rows.sort(key=lambda r: sort_key(r.name))
    return rows


@dataclass(frozen=True)
class LandlordChoice:
    id: str
    name: str
    bank_account: str | None


def choices(session) -> list[LandlordChoice]:
    """Active landlords for a picker, in Czech order."""
    rows = [LandlordChoice(r.id, r.name, r.bank_account) for r in session.scalars(
        select(Landlord).where(live(Landlord), Landlord.active.is_(True)))]
    rows.sort(key=lambda r: sort_key(r.name))
    return rows


def landlord_choices(db, actor: Actor) -> list[LandlordChoice]:
    actor.require(Permission.VIEW_LANDLORDS)
    with db.reading() as s:
        return choices(s)
