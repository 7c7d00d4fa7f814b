"""Demo housing stock: buildings, flats of every category, meters."""
from __future__ import annotations

import decimal

from models.housing import FlatCategory, FlatStatus, MeterKind

from ..czech_text import sort_key
from .context import DemoContext

# (category, count) for the town; the city scales these up.
TOWN_STOCK = [
    (FlatCategory.SOCIAL, 15), (FlatCategory.SENIORS, 60),
    (FlatCategory.KEY_PROFESSIONS, 20), (FlatCategory.SPECIAL_PURPOSE, 12),
    (FlatCategory.STANDARD, 593),
]
LAYOUTS = [("1+kk", 1, 24, 34), ("1+1", 1, 32, 42), ("2+kk", 2, 40, 52), ("2+1", 2, 48, 62),
           ("3+1", 3, 64, 80), ("4+1", 4, 82, 98)]
RENT_PER_M2 = {FlatCategory.SOCIAL: 62, FlatCategory.SENIORS: 70,
               FlatCategory.KEY_PROFESSIONS: 95, FlatCategory.SPECIAL_PURPOSE: 70,
               FlatCategory.STANDARD: 88}


def build_housing(ctx: DemoContext) -> None:
    rng = ctx.rng
    scale = 12 if ctx.size == "city" else 1
    buildings, flats, meters = [], [], []
    for category, count in TOWN_STOCK:
        remaining = count * scale
        while remaining > 0:
            per_building = min(remaining, rng.randint(6, 24) if category != FlatCategory.SOCIAL
                               else rng.randint(4, 6))
            b = _building(ctx, category)
            buildings.append(b)
            for n in range(1, per_building + 1):
                flats.append(_flat(ctx, b, category, n))
                meters.extend(_meters(ctx, flats[-1]))
            remaining -= per_building
    _set_status(ctx, flats)
    ctx.insert("building", buildings)
    ctx.insert("flat", flats)
    ctx.insert("meter", meters)
    ctx.buildings.extend(buildings)
    ctx.flats.extend(flats)


def _building(ctx: DemoContext, category: FlatCategory) -> dict:
    rng, place = ctx.rng, ctx.place
    street = rng.choice(place["streets"])
    number = f"{rng.randint(100, 2500)}"
    floors = rng.randint(2, 8) if category != FlatCategory.SENIORS else 5
    name = {FlatCategory.SENIORS: "Dům s pečovatelskou službou",
            FlatCategory.SPECIAL_PURPOSE: "Dům zvláštního určení"}.get(category)
    return dict(id=ctx.new_id(), name=name, street=street, house_number=number,
                city=place["city"], postcode=rng.choice(place["postcodes"]),
                manager="Správa bytů města" if rng.random() < 0.8 else "Bytové družstvo",
                has_lift=floors > 4 or category in (FlatCategory.SENIORS,
                                                    FlatCategory.SPECIAL_PURPOSE),
                floors=floors, year_built=rng.randint(1905, 2015),
                sort_key=sort_key(f"{street} {number.zfill(6)}"))


def _flat(ctx: DemoContext, b: dict, category: FlatCategory, n: int) -> dict:
    rng = ctx.rng
    if category in (FlatCategory.SENIORS, FlatCategory.SPECIAL_PURPOSE):
        layout = rng.choice(LAYOUTS[:3])
    elif category == FlatCategory.SOCIAL:
        layout = rng.choice(LAYOUTS[:4])
    else:
        layout = rng.choice(LAYOUTS)
    name, rooms, lo, hi = layout
    area = decimal.Decimal(rng.randint(lo * 10, hi * 10)) / 10
    floor = (n - 1) // max(1, 4) if b["floors"] else 0
    rent = int(area * RENT_PER_M2[category] * 100) // 100 * 100
    return dict(id=ctx.new_id(), building_id=b["id"], number=str(n), floor=min(floor, b["floors"]),
                rooms=rooms, layout=name, floor_area_m2=area,
                barrier_free=category == FlatCategory.SPECIAL_PURPOSE or (
                    category == FlatCategory.SENIORS and floor == 0),
                category=category, status=FlatStatus.OCCUPIED, rent_hal=rent,
                services_hal=int(area * 38) * 100, owner="Město " + ctx.place["city"],
                manager=b["manager"])


def _meters(ctx: DemoContext, flat: dict) -> list[dict]:
    rng = ctx.rng
    out = [dict(id=ctx.new_id(), flat_id=flat["id"], kind=MeterKind.ELECTRICITY,
                serial=f"{rng.randint(10**7, 10**8 - 1)}",
                supply_point=f"859182400{rng.randint(10**8, 10**9 - 1)}",
                two_tariffs=rng.random() < 0.3, unit="kWh")]
    if rng.random() < 0.4:
        out.append(dict(id=ctx.new_id(), flat_id=flat["id"], kind=MeterKind.GAS,
                        serial=f"{rng.randint(10**6, 10**7 - 1)}",
                        supply_point=f"27ZG{rng.randint(10**11, 10**12 - 1)}", unit="m³"))
    for kind in (MeterKind.COLD_WATER, MeterKind.HOT_WATER):
        out.append(dict(id=ctx.new_id(), flat_id=flat["id"], kind=kind,
                        serial=f"V{rng.randint(10**6, 10**7 - 1)}", unit="m³"))
    return out


def _set_status(ctx: DemoContext, flats: list[dict]) -> None:
    """About 3 % vacant (at least one of every category), 1 % under repair."""
    rng = ctx.rng
    by_category: dict = {}
    for f in flats:
        by_category.setdefault(f["category"], []).append(f)
    for category, group in by_category.items():
        vacant = max(1, round(len(group) * (0.1 if category == FlatCategory.SOCIAL else 0.03)))
        for f in rng.sample(group, vacant):
            f["status"] = FlatStatus.VACANT
    occupied = [f for f in flats if f["status"] == FlatStatus.OCCUPIED]
    for f in rng.sample(occupied, max(1, len(flats) // 100)):
        f["status"] = FlatStatus.REPAIR
