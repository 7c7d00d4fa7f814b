"""Retention (Chomutov: "80 % of households manage to keep their housing"):
of the households housed through the KMB, the share still housed 6, 12 and
24 months after moving in.

Definitions (also stated in the statistics and used by the tests):
- a household housed through the KMB is one with a lease marked ``via_kmb``
  (not a draft); its move-in is the earliest such lease's move-in date (or
  start), and its flat category and year of housing are that lease's;
- a household counts for a horizon of h months only when move-in + h months
  is not after the reference date;
- it is still housed then when any of its leases (any flat: a transfer
  counts) has started by that day and has not ended before it.
Leases without a household count their tenant as a one-person household.
Private housing counts too (issue 16.2): a private lease or sublease marked
``via_kmb`` (bydlení s ručením) houses a household like a municipal lease, its
group is "soukromý nájem", and any private lease keeps a household housed,
as a municipal one does (a move from a municipal flat to a private one is
not a loss).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.housing import Flat, FlatCategory
from models.landlords import PrivateLease, PrivateLeaseState
from models.leases import Lease, LeaseState

from ..i18n import N_
from ..labels import label
from ..rows import live
from ..security import Actor, Permission
from .common import add_months

HORIZONS = (6, 12, 24)
PRIVATE = "private"                 # the group of private housing
PRIVATE_LABEL = N_("soukromý nájem (s ručením i bez)")   # translated where shown


@dataclass(frozen=True)
class Cell:
    eligible: int = 0
    housed: int = 0

    @property
    def share(self) -> float | None:
        return self.housed / self.eligible if self.eligible else None


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    households: int
    cells: dict[int, Cell] = field(default_factory=dict)


@dataclass(frozen=True)
class Retention:
    as_of: dt.date
    households: int
    overall: dict[int, Cell]
    by_category: list[Group]
    by_year: list[Group]


@dataclass(frozen=True)
class _Housed:
    key: str
    moved_in: dt.date
    category: FlatCategory | str        # a municipal flat's category, or PRIVATE
    periods: list[tuple[dt.date, dt.date | None]]


# session.info key: a read that shows several retention tables (Statistiky) reads the
# housed households once; app.stats.compute sets it for its one reading session
SHARED = "retention_households"


def _households(session: Session, as_of: dt.date) -> list[_Housed]:
    shared = session.info.get(SHARED)
    if shared is None:
        return _read_households(session, as_of)
    if as_of not in shared:
        shared[as_of] = _read_households(session, as_of)
    return list(shared[as_of])


def _read_households(session: Session, as_of: dt.date) -> list[_Housed]:
    # plain columns, not ORM objects: the city has thousands of leases
    rows = session.execute(
        select(Lease.household_id, Lease.tenant_id, Lease.moved_in_on, Lease.starts_on,
               Lease.ended_on, Lease.state, Lease.via_kmb, Flat.category)
        .join(Flat, Flat.id == Lease.flat_id)
        .where(live(Lease), Lease.state != LeaseState.DRAFT))
    periods: dict[str, list] = {}
    first: dict[str, tuple[dt.date, FlatCategory]] = {}
    for lease in rows:
        category = lease.category
        key = lease.household_id or f"person:{lease.tenant_id}"
        start = lease.moved_in_on or lease.starts_on
        end = lease.ended_on if lease.state == LeaseState.ENDED else None
        periods.setdefault(key, []).append((start, end))
        if lease.via_kmb and start <= as_of and (key not in first or start < first[key][0]):
            first[key] = (start, category)
    _private(session, as_of, periods, first)
    return [_Housed(k, start, cat, periods[k]) for k, (start, cat) in first.items()]


def _private(session: Session, as_of: dt.date, periods: dict, first: dict) -> None:
    """Add private leases to the housing periods and first move-ins."""
    rows = session.execute(
        select(PrivateLease.household_id, PrivateLease.tenant_id, PrivateLease.starts_on,
               PrivateLease.ended_on, PrivateLease.state, PrivateLease.via_kmb)
        .where(live(PrivateLease), PrivateLease.state != PrivateLeaseState.PREPARED))
    for lease in rows:
        key = lease.household_id or f"person:{lease.tenant_id}"
        end = lease.ended_on if lease.state == PrivateLeaseState.ENDED else None
        periods.setdefault(key, []).append((lease.starts_on, end))
        start = lease.starts_on
        if lease.via_kmb and start <= as_of and (key not in first or start < first[key][0]):
            first[key] = (start, PRIVATE)


def _still_housed(h: _Housed, day: dt.date) -> bool:
    return any(start <= day and (end is None or end >= day) for start, end in h.periods)


def _cells(group: list[_Housed], as_of: dt.date) -> dict[int, Cell]:
    out = {}
    for months in HORIZONS:
        eligible = [(h, day) for h in group if (day := add_months(h.moved_in, months)) <= as_of]
        housed = sum(1 for h, day in eligible if _still_housed(h, day))
        out[months] = Cell(len(eligible), housed)
    return out


def compute(session: Session, as_of: dt.date) -> Retention:
    housed = _households(session, as_of)
    by_cat: dict[FlatCategory, list] = {}
    by_year: dict[int, list] = {}
    for h in housed:
        by_cat.setdefault(h.category, []).append(h)
        by_year.setdefault(h.moved_in.year, []).append(h)
    cats = [Group(c.value, label(c), len(by_cat[c]), _cells(by_cat[c], as_of))
            for c in FlatCategory if c in by_cat]
    if PRIVATE in by_cat:
        cats.append(Group(PRIVATE, PRIVATE_LABEL, len(by_cat[PRIVATE]),
                          _cells(by_cat[PRIVATE], as_of)))
    years = [Group(str(y), str(y), len(by_year[y]), _cells(by_year[y], as_of))
             for y in sorted(by_year)]
    return Retention(as_of, len(housed), _cells(housed, as_of), cats, years)


def retention(db, actor: Actor, *, as_of: dt.date | None = None) -> Retention:
    actor.require(Permission.VIEW_STATS)
    with db.reading() as s:
        return compute(s, as_of or dt.date.today())


def retention_overall(db, actor: Actor, *, as_of: dt.date | None = None) -> Retention:
    """Přehled's card: the households and the cells of all of them, without the
    groups by flat category and year of moving in (Statistiky shows those)."""
    actor.require(Permission.VIEW_STATS)
    as_of = as_of or dt.date.today()
    with db.reading() as s:
        housed = _households(s, as_of)
    return Retention(as_of, len(housed), _cells(housed, as_of), [], [])


def share_text(cell: Cell) -> str:
    if not cell.eligible:
        return "—"
    return f"{round(100 * cell.share)} % ({cell.housed} z {cell.eligible})"
