"""Private leases and subleases of a household with a landlord of the
register: rent, deposit, term, guarantor (the municipality, someone else or
nobody) and state. They are not municipal leases and take no number of the
municipal series; the landlord's own contract number may be noted."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.landlords import (Guarantor, Landlord, PrivateLease, PrivateLeaseKind,
                              PrivateLeaseState)
from models.people import Household, HouseholdMember, Person

from .. import audit
from ..czech_text import fold
from ..errors import ValidationError
from ..leases.records import HouseholdChoice, household_choices
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from ..i18n import _


@dataclass
class PrivateLeaseInput:
    landlord_id: str | None = None
    household_id: str | None = None
    tenant_id: str | None = None
    kind: PrivateLeaseKind = PrivateLeaseKind.LEASE
    address: str = ""
    contract_ref: str | None = None
    rent_hal: int | None = 0
    deposit_hal: int | None = 0
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    state: PrivateLeaseState = PrivateLeaseState.ACTIVE
    guarantor: Guarantor = Guarantor.MUNICIPALITY
    guarantor_name: str | None = None
    via_kmb: bool = True
    note: str | None = None


def _check(s, data: PrivateLeaseInput) -> dict:
    errors = {}
    if not data.landlord_id or not is_live(s.get(Landlord, data.landlord_id)):
        errors["landlord_id"] = _("Vyberte pronajímatele z evidence.")
    tenant = s.get(Person, data.tenant_id) if data.tenant_id else None
    if not is_live(tenant):
        errors["tenant_id"] = _("Vyberte nájemce (osobu z domácnosti).")
    if data.household_id:
        if not is_live(s.get(Household, data.household_id)):
            errors["household_id"] = _("Domácnost neexistuje.")
        elif tenant is not None and s.scalar(select(HouseholdMember.id).where(
                live(HouseholdMember), HouseholdMember.household_id == data.household_id,
                HouseholdMember.person_id == tenant.id)) is None:
            errors["tenant_id"] = _("Nájemce musí být členem vybrané domácnosti.")
    address = (data.address or "").strip()
    if not address:
        errors["address"] = _("Vyplňte adresu bytu.")
    if data.rent_hal is None or data.rent_hal < 0:
        errors["rent_hal"] = _("Nájemné nemůže být záporné.")
    if data.deposit_hal is None or data.deposit_hal < 0:
        errors["deposit_hal"] = _("Jistota nemůže být záporná.")
    elif data.rent_hal and data.deposit_hal > 3 * data.rent_hal:
        errors["deposit_hal"] = _("Jistota smí být nejvýše trojnásobek měsíčního nájemného " \
                                "(§ 2254 občanského zákoníku).")
    if data.starts_on is None:
        errors["starts_on"] = _("Vyplňte začátek nájmu.")
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        errors["ends_on"] = _("Konec nájmu nemůže předcházet jeho začátku.")
    guarantor_name = (data.guarantor_name or "").strip() or None
    if data.guarantor == Guarantor.OTHER and not guarantor_name:
        errors["guarantor_name"] = _("Napište, kdo za nájemce ručí.")
    if data.state == PrivateLeaseState.ENDED:
        errors["state"] = _("Nájem se ukončuje tlačítkem Ukončit nájem (s datem).")
    if errors:
        raise ValidationError.from_errors(errors)
    return dict(landlord_id=data.landlord_id, household_id=data.household_id or None,
                tenant_id=data.tenant_id, kind=data.kind, address=address,
                contract_ref=(data.contract_ref or "").strip() or None,
                rent_hal=data.rent_hal, deposit_hal=data.deposit_hal,
                starts_on=data.starts_on, ends_on=data.ends_on, state=data.state,
                guarantor=data.guarantor,
                guarantor_name=guarantor_name if data.guarantor == Guarantor.OTHER else None,
                via_kmb=bool(data.via_kmb), note=(data.note or "").strip() or None)


def create_private_lease(db, actor: Actor, data: PrivateLeaseInput) -> str:
    actor.require(Permission.EDIT_LANDLORDS)
    with db.transaction() as s:
        row = PrivateLease(**_check(s, data), worker_id=actor.user_id)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "private_lease", row.id,
                     {"landlord": row.landlord_id, "household": row.household_id})
        return row.id


def update_private_lease(db, actor: Actor, lease_id: str, data: PrivateLeaseInput) -> None:
    actor.require(Permission.EDIT_LANDLORDS)
    with db.transaction() as s:
        row = get_live(s, PrivateLease, lease_id, _("Soukromý nájem"))
        if row.state == PrivateLeaseState.ENDED:
            raise ValidationError(_("Ukončený nájem nelze měnit."))
        values = _check(s, data)
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for k, v in values.items():
            setattr(row, k, v)
        audit.record(s, actor, "update", "private_lease", row.id, {"fields": changed})


def end_private_lease(db, actor: Actor, lease_id: str, ended_on: dt.date,
                      note: str | None = None) -> None:
    actor.require(Permission.EDIT_LANDLORDS)
    with db.transaction() as s:
        row = get_live(s, PrivateLease, lease_id, _("Soukromý nájem"))
        if row.state == PrivateLeaseState.ENDED:
            raise ValidationError(_("Nájem už je ukončený."))
        if ended_on is None:
            raise ValidationError(_("Vyplňte datum ukončení."), field="ended_on")
        if ended_on < row.starts_on:
            raise ValidationError(_("Nájem nemůže skončit dřív, než začal."), field="ended_on")
        row.state, row.ended_on = PrivateLeaseState.ENDED, ended_on
        row.end_note = (note or "").strip() or None
        audit.record(s, actor, "end", "private_lease", row.id)


@dataclass(frozen=True)
class PrivateLeaseRow:
    id: str
    landlord_id: str
    landlord: str
    household_id: str | None
    household: str | None
    tenant_id: str
    tenant: str
    kind: PrivateLeaseKind
    address: str
    contract_ref: str | None
    rent_hal: int
    deposit_hal: int
    starts_on: dt.date
    ends_on: dt.date | None
    state: PrivateLeaseState
    guarantor: Guarantor
    guarantor_name: str | None
    via_kmb: bool
    ended_on: dt.date | None
    note: str | None
    row_version: int


def rows_for(s, *conditions) -> list[PrivateLeaseRow]:
    """Private leases (live) matching ``conditions``, newest start first."""
    hh = aliased(Household)
    stmt = (select(PrivateLease, Landlord.name, Person, hh.name)
            .join(Landlord, Landlord.id == PrivateLease.landlord_id)
            .join(Person, Person.id == PrivateLease.tenant_id)
            .outerjoin(hh, hh.id == PrivateLease.household_id)
            .where(live(PrivateLease), *conditions)
            .order_by(PrivateLease.starts_on.desc(), PrivateLease.id))
    return [PrivateLeaseRow(
        p.id, p.landlord_id, landlord, p.household_id, household, p.tenant_id,
        person.full_name, p.kind, p.address, p.contract_ref, p.rent_hal, p.deposit_hal,
        p.starts_on, p.ends_on, p.state, p.guarantor, p.guarantor_name, p.via_kmb,
        p.ended_on, p.note, p.row_version)
        for p, landlord, person, household in s.execute(stmt)]


def list_private_leases(db, actor: Actor, text: str = "", *,
                        state: PrivateLeaseState | None = None) -> list[PrivateLeaseRow]:
    actor.require(Permission.VIEW_LANDLORDS)
    with db.reading() as s:
        rows = rows_for(s, *([PrivateLease.state == state] if state else []))
    token = fold(text)
    if token:
        rows = [r for r in rows if token in fold(
            f"{r.landlord} {r.tenant} {r.household or ''} {r.address} {r.contract_ref or ''}")]
    return rows


def tenant_choices(db, actor: Actor) -> list[HouseholdChoice]:
    """Households with their members, for the tenant picker."""
    actor.require(Permission.EDIT_LANDLORDS)
    with db.reading() as s:
        return household_choices(s)
