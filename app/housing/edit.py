"""Editing the housing stock: buildings and flats (the property department's
and the KMB lead's job: EDIT_FLATS)."""
from __future__ import annotations

import decimal
import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.housing import Building, Flat, FlatCategory, FlatStatus

from .. import audit
from ..addresses.points import address_code
from ..czech_text import sort_key
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from ..i18n import _

_LAYOUT = re.compile(r"^\d\s*\+\s*(kk|1|0)$", re.IGNORECASE)


@dataclass
class BuildingInput:
    street: str = ""
    house_number: str = ""
    city: str = ""
    postcode: str | None = None
    name: str | None = None
    manager: str | None = None
    has_lift: bool = False
    floors: int | None = None
    year_built: int | None = None
    note: str | None = None
    cadastral_area: str | None = None      # katastrální území (for the contract)
    parcel: str | None = None              # parcela, e.g. "st. 1284"
    ruian_code: str | None = None          # kód ADM of the entrance (picked from RÚIAN)


@dataclass
class FlatInput:
    building_id: str = ""
    number: str = ""
    rooms: int = 1
    floor_area_m2: decimal.Decimal = decimal.Decimal(0)
    category: FlatCategory = FlatCategory.STANDARD
    status: FlatStatus = FlatStatus.VACANT
    floor: int | None = None
    layout: str | None = None
    barrier_free: bool = False
    rent_hal: int = 0
    services_hal: int = 0
    owner: str | None = None
    manager: str | None = None
    note: str | None = None
    appurtenances: str | None = None       # příslušenství: sklep, komora … (for the contract)


@dataclass(frozen=True)
class BuildingRow:
    id: str
    address: str
    name: str | None
    flats: int
    has_lift: bool
    floors: int | None


@dataclass(frozen=True)
class FlatDetail:
    id: str
    address: str
    building: BuildingInput
    data: FlatInput

    @property
    def title(self) -> str:
        return _("{address}, byt č. {number}").format(address=self.address,
                                                      number=self.data.number)


def _clean(value):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


def _building_errors(b: BuildingInput) -> dict[str, str]:
    errors = {}
    if not b.street:
        errors["street"] = _("Vyplňte ulici.")
    if not b.house_number:
        errors["house_number"] = _("Vyplňte číslo domu.")
    if not b.city:
        errors["city"] = _("Vyplňte obec.")
    if b.postcode and not re.fullmatch(r"\d{3} ?\d{2}", b.postcode):
        errors["postcode"] = _("PSČ má pět číslic, např. 541 01.")
    if b.floors is not None and not 0 <= b.floors <= 60:
        errors["floors"] = _("Počet podlaží 0 až 60.")
    if b.year_built is not None and not 1000 <= b.year_built <= 2100:
        errors["year_built"] = _("Rok výstavby zadejte čtyřmístně.")
    return errors


def _building_clean(data: BuildingInput) -> BuildingInput:
    return BuildingInput(**{f.name: _clean(getattr(data, f.name)) for f in fields(BuildingInput)})


def create_building(db: Database, actor: Actor, data: BuildingInput) -> str:
    actor.require(Permission.EDIT_FLATS)
    data = _building_clean(data)
    errors = _building_errors(data)
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        b = Building(**{f.name: getattr(data, f.name) for f in fields(BuildingInput)})
        b.ruian_code = address_code(s, data.ruian_code, data.street, data.house_number)[0]
        b.has_lift = bool(data.has_lift)
        b.sort_key = sort_key(f"{data.street} {data.house_number.zfill(6)}")
        s.add(b)
        s.flush()
        audit.record(s, actor, "create", "building", b.id)
        return b.id


def update_building(db: Database, actor: Actor, building_id: str, data: BuildingInput) -> None:
    actor.require(Permission.EDIT_FLATS)
    data = _building_clean(data)
    errors = _building_errors(data)
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        b = _building(s, building_id)
        for f in fields(BuildingInput):
            setattr(b, f.name, getattr(data, f.name))
        b.ruian_code = address_code(s, data.ruian_code, data.street, data.house_number)[0]
        b.has_lift = bool(data.has_lift)
        b.sort_key = sort_key(f"{data.street} {data.house_number.zfill(6)}")
        changed = audit.changed_fields(b)
        s.flush()
        audit.record(s, actor, "update", "building", b.id, {"fields": changed})


def _building(s: Session, building_id: str) -> Building:
    b = get_live(s, Building, building_id, _("Dům"))
    return b


def list_buildings(db: Database, actor: Actor) -> list[BuildingRow]:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        counts = dict(s.execute(select(Flat.building_id, func.count())
                                .where(live(Flat))
                                .group_by(Flat.building_id)).all())
        return [BuildingRow(b.id, b.address_line(), b.name, counts.get(b.id, 0), b.has_lift,
                            b.floors)
                for b in s.scalars(select(Building).where(live(Building))
                                   .order_by(Building.sort_key, Building.id))]


def get_building(db: Database, actor: Actor, building_id: str) -> BuildingInput:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        b = _building(s, building_id)
        return BuildingInput(**{f.name: getattr(b, f.name) for f in fields(BuildingInput)})


def _flat_errors(s: Session, data: FlatInput, flat_id: str | None) -> dict[str, str]:
    errors = {}
    b = s.get(Building, data.building_id) if data.building_id else None
    if not is_live(b):
        errors["building_id"] = _("Vyberte dům.")
    if not data.number:
        errors["number"] = _("Vyplňte číslo bytu.")
    elif b is not None:
        clash = s.scalar(select(Flat.id).where(Flat.building_id == b.id,
                                               Flat.number == data.number,
                                               live(Flat), Flat.id != (flat_id or "")))
        if clash:
            errors["number"] = _("Byt č. {number} v tomto domě už je.").format(number=data.number)
    if not 1 <= (data.rooms or 0) <= 12:
        errors["rooms"] = _("Počet pokojů 1 až 12.")
    if data.floor_area_m2 is None or not 0 < data.floor_area_m2 < 1000:
        errors["floor_area_m2"] = _("Plocha bytu v m² (více než 0).")
    if data.layout and not _LAYOUT.match(data.layout):
        errors["layout"] = _("Dispozice ve tvaru 2+1 nebo 1+kk.")
    if data.floor is not None:
        if not -3 <= data.floor <= 60:
            errors["floor"] = _("Podlaží −3 až 60.")
        elif b is not None and b.floors is not None and data.floor > b.floors:
            errors["floor"] = _("Dům má jen {floors} podlaží.").format(floors=b.floors)
    for name in ("rent_hal", "services_hal"):
        if (getattr(data, name) or 0) < 0:
            errors[name] = _("Částka nemůže být záporná.")
    return errors


def _flat_clean(data: FlatInput) -> FlatInput:
    out = FlatInput(**{f.name: _clean(getattr(data, f.name)) for f in fields(FlatInput)})
    if out.layout:
        out.layout = out.layout.replace(" ", "").lower()
    return out


def create_flat(db: Database, actor: Actor, data: FlatInput) -> str:
    actor.require(Permission.EDIT_FLATS)
    data = _flat_clean(data)
    with db.transaction() as s:
        errors = _flat_errors(s, data, None)
        if errors:
            raise ValidationError.from_errors(errors)
        flat = Flat(**{f.name: getattr(data, f.name) for f in fields(FlatInput)})
        flat.barrier_free = bool(data.barrier_free)
        flat.rent_hal, flat.services_hal = data.rent_hal or 0, data.services_hal or 0
        s.add(flat)
        s.flush()
        audit.record(s, actor, "create", "flat", flat.id)
        return flat.id


def update_flat(db: Database, actor: Actor, flat_id: str, data: FlatInput) -> None:
    actor.require(Permission.EDIT_FLATS)
    data = _flat_clean(data)
    with db.transaction() as s:
        flat = get_live(s, Flat, flat_id, _("Byt „{id}“").format(id=flat_id))
        errors = _flat_errors(s, data, flat_id)
        if errors:
            raise ValidationError.from_errors(errors)
        for f in fields(FlatInput):
            setattr(flat, f.name, getattr(data, f.name))
        flat.barrier_free = bool(data.barrier_free)
        flat.rent_hal, flat.services_hal = data.rent_hal or 0, data.services_hal or 0
        changed = audit.changed_fields(flat)
        s.flush()
        audit.record(s, actor, "update", "flat", flat.id, {"fields": changed})


def get_flat(db: Database, actor: Actor, flat_id: str) -> FlatDetail:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        flat = get_live(s, Flat, flat_id, _("Byt „{id}“").format(id=flat_id))
        b = flat.building
        return FlatDetail(
            flat.id, b.address_line(),
            BuildingInput(**{f.name: getattr(b, f.name) for f in fields(BuildingInput)}),
            FlatInput(**{f.name: getattr(flat, f.name) for f in fields(FlatInput)}))
