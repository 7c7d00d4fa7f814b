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
    stmt = (select(Flat, Building).join(Building, Building.id == Flat.building_id)
            .where(live(Flat), live(Building))
            .order_by(Building.sort_key))
    if category:
        stmt = stmt.where(Flat.category == category)
    if status:
        stmt = stmt.where(Flat.status == status)
    token = fold(text)
    rows = []
    with db.reading() as s:
        for flat, b in s.execute(stmt):
            address = b.address_line()
            if token and token not in fold(f"{address} {flat.number} {flat.layout or ''}"):
                continue
            rows.append(FlatRow(flat.id, address, flat.number, flat.floor, flat.rooms,
                                flat.layout, flat.floor_area_m2, flat.category, flat.status,
                                flat.rent_hal, flat.barrier_free, b.has_lift, b.sort_key))
    rows.sort(key=lambda r: (r.building_key, _natural(r.number)))
    return rows


def _natural(number: str) -> tuple:
    """Flat numbers in natural order: 2 before 10, "3a" after "3"."""
    digits = "".join(c for c in number if c.isdigit())
    return (int(digits) if digits else 10**9, number)
