"""The housing stock by category: occupancy and each category's share of the
stock against the town's target quotas (Trutnov: "procentně určit, kolik
bytů půjde na sociální byty a jiné druhy"). Targets are an office setting
(``housing.quota_targets``: {category value: percent}); a category without a
target is shown without one."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from models.allocation import AllocationDecision, DecisionOutcome
from models.housing import Flat, FlatCategory, FlatStatus

from .. import settings
from ..db import Database
from ..errors import ValidationError
from ..rows import live
from ..security import Actor, Permission
from ..i18n import _

QUOTA_KEY = "housing.quota_targets"
settings.register_defaults({QUOTA_KEY: {}})


@dataclass(frozen=True)
class StockRow:
    category: FlatCategory
    flats: int
    share_pct: float
    target_pct: float | None
    target_flats: int | None
    difference: int | None           # flats above (+) or below (−) the target
    occupied: int
    vacant: int
    repair: int
    allocated_12m: int               # approved allocations in the last 12 months

    @property
    def occupancy_pct(self) -> float:
        return 100 * self.occupied / self.flats if self.flats else 0.0


@dataclass(frozen=True)
class StockOverview:
    rows: list[StockRow]
    total: int
    occupied: int
    vacant: int
    repair: int
    targets_sum: float

    def row(self, category: FlatCategory) -> StockRow:
        return next(r for r in self.rows if r.category == category)


def quota_targets(session) -> dict[FlatCategory, float]:
    raw = settings.get(session, QUOTA_KEY) or {}
    out = {}
    for key, value in raw.items():
        try:
            out[FlatCategory(key)] = float(value)
        except (ValueError, TypeError):
            continue
    return out


def stock_overview(db: Database, actor: Actor, *, today: dt.date | None = None) -> StockOverview:
    actor.require(Permission.VIEW_FLATS)
    today = today or dt.date.today()
    counts: dict[tuple[FlatCategory, FlatStatus], int] = {}
    with db.reading() as s:
        for cat, status, n in s.execute(
                select(Flat.category, Flat.status, func.count()).where(live(Flat))
                .group_by(Flat.category, Flat.status)):
            counts[(cat, status)] = n
        year_ago = today - dt.timedelta(days=365)
        allocated = dict(s.execute(
            select(Flat.category, func.count()).select_from(AllocationDecision)
            .join(Flat, Flat.id == AllocationDecision.flat_id)
            .where(AllocationDecision.outcome == DecisionOutcome.APPROVED,
                   live(AllocationDecision),
                   AllocationDecision.decided_on > year_ago)
            .group_by(Flat.category)).all())
        targets = quota_targets(s)
    total = sum(counts.values())
    rows = []
    for cat in FlatCategory:
        n = sum(v for (c, _), v in counts.items() if c == cat)
        target = targets.get(cat)
        target_flats = round(total * target / 100) if target is not None else None
        rows.append(StockRow(
            cat, n, 100 * n / total if total else 0.0, target, target_flats,
            n - target_flats if target_flats is not None else None,
            counts.get((cat, FlatStatus.OCCUPIED), 0), counts.get((cat, FlatStatus.VACANT), 0),
            counts.get((cat, FlatStatus.REPAIR), 0), allocated.get(cat, 0)))
    return StockOverview(rows, total, sum(r.occupied for r in rows),
                         sum(r.vacant for r in rows), sum(r.repair for r in rows),
                         sum(targets.values()))


def set_quota_targets(db: Database, actor: Actor,
                      targets: dict[FlatCategory, float | None]) -> None:
    """Target share (%) of the stock per category; None removes a target."""
    actor.require(Permission.SETTINGS)
    errors = {}
    clean = {}
    for cat, value in targets.items():
        if value is None:
            continue
        if not 0 <= value <= 100:
            errors[f"quota_{cat.value}"] = _("Podíl je 0 až 100 %.")
        clean[cat.value] = round(float(value), 1)
    if not errors and sum(clean.values()) > 100.05:
        errors["quota_total"] = _("Součet cílových podílů je {total} %; smí být nejvýše 100 %.") \
            .format(total=f"{sum(clean.values()):.1f}".replace(".", ","))
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        settings.put(s, actor, QUOTA_KEY, clean)
