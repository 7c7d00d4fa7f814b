"""Listing flats of the town's housing stock with filters."""
from __future__ import annotations

import decimal
from dataclasses import dataclass

from sqlalchemy import select

from models.housing import Building, Flat, FlatCategory, FlatStatus

from ..czech_text import fold
from ..rows import live
from ..security import Actor, Permission


@dataclass(frozen=True)
class FlatRow:
    id: str
    address: str
    number: str
    floor: int | None
    rooms: int
    layout: str | None
    floor_area_m2: decimal.Decimal
    category: FlatCategory
    status: FlatStatus
    rent_hal: int
    barrier_free: bool
    has_lift: bool
    building_key: str = ""


def list_flats(db, actor: Actor, text: str = "", *, category: FlatCategory | None = None,
               status: FlatStatus | None = None) -> list[FlatRow]:
    actor.require(Permission.VIEW_FLATS)
    # plain columns, not ORM objects: the stock of a city (thousands of flats) stays quick
    stmt = (select(Flat.id, Flat.number, Flat.floor, Flat.rooms, Flat.layout,
                   Flat.floor_area_m2, Flat.category, Flat.status, Flat.rent_hal,
                   Flat.barrier_free, Building.street, Building.house_number,
                   Building.postcode, Building.city, Building.has_lift, Building.sort_key)
            .join(Building, Building.id == Flat.building_id)
            .where(live(Flat), live(Building)))
    if category:
        stmt = stmt.where(Flat.category == category)
    if status:
        stmt = stmt.where(Flat.status == status)
    token = fold(text)
    rows = []
    with db.reading() as s:
        for r in s.execute(stmt):
            street = " ".join(p for p in (r.street, r.house_number) if p)
            town = " ".join(p for p in (r.postcode, r.city) if p)
            address = ", ".join(p for p in (street, town) if p)     # Building.address_line
            if token and token not in fold(f"{address} {r.number} {r.layout or ''}"):
                continue
            rows.append(FlatRow(r.id, address, r.number, r.floor, r.rooms, r.layout,
                                r.floor_area_m2, r.category, r.status, r.rent_hal,
                                r.barrier_free, r.has_lift, r.sort_key))
    rows.sort(key=lambda r: (r.building_key, _natural(r.number)))
    return rows


def _natural(number: str) -> tuple:
    """Flat numbers in natural order: 2 before 10, "3a" after "3"."""
    digits = "".join(c for c in number if c.isdigit())
    return (int(digits) if digits else 10**9, number)
