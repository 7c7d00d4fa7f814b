"""The Smlouvy list a page at a time: the rows the list shows, read by a keyset
in SQL (search text and state filter in the statement), the next page as the
person scrolls, and the counts under the list as one aggregate statement.

``records.list_leases`` (every row, sorted in Python) stays for the CLI and the
arrears tab; tests/test_leases_paging.py holds the two to the same rows.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from models.housing import Building, Flat
from models.leases import ArrearsBalance, Lease, LeaseState
from models.people import Household, Person

from ..czech_text import fold, sort_key
from ..sql_fold import folded
from ..security import Actor, Permission
from ..i18n import _
from ..rows import live
from . import records
from .records import ACTIVE_STATES, LeaseRow, _base_select

# Rows a page brings: the list at 1280×800 shows about 25, and telling a page's
# namesakes apart costs most of its read (a city repeats a household name
# hundreds of times), so a page is two screens, as on Klienti.
PAGE_ROWS = 50


@dataclass(frozen=True)
class LeaseQuery:
    """What the list shows: the search text and the filters of the Smlouvy tab."""
    text: str = ""
    state: LeaseState | None = None
    current_only: bool = False
    ending_within_days: int | None = None
    today: dt.date | None = None


@dataclass(frozen=True)
class LeasePage:
    rows: list[LeaseRow]
    after: tuple | None          # pass to ``lease_page`` for the next page; None: no more


@dataclass(frozen=True)
class LeaseCounts:
    total: int
    with_debt: int               # leases whose latest arrears balance is not zero


# -- SQL pieces ----------------------------------------------------------------------

class _binary(FunctionElement):
    """A text compared by code point on both backends (Python's order):
    PostgreSQL otherwise compares by the database's locale."""
    type = String()
    inherit_cache = True


@compiles(_binary)
def _binary_default(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(_binary, "postgresql")
def _binary_pg(element, compiler, **kw):
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


def _fold_sql(expr):
    """app.czech_text.fold of ``expr`` in the statement (app/sql_fold.py)."""
    return folded(expr)


def _part(expr):
    """An optional text: NULL when empty (Python skips "" and None alike)."""
    return func.nullif(expr, "")


def _joined(sep: str, *parts):
    """" sep ".join of the parts that are not NULL; NULL when none is."""
    out = parts[0]
    for p in parts[1:]:
        out = case((out.is_(None), p), (p.is_(None), out), else_=out + sep + p)
    return out


def _haystack():
    """What the search looks in, built as records._rows builds it and as
    list_leases searched: "number tenant household flat" (each as shown)."""
    street = _joined(" ", _part(Building.street), _part(Building.house_number))
    town = _joined(" ", _part(Building.postcode), _part(Building.city))
    address = func.coalesce(_joined(", ", street, town), "")
    before, middle, after = _template()
    flat = literal(before) + address + literal(middle) + Flat.number + literal(after)
    name = _joined(" ", _part(Person.title_before), _part(Person.given_name),
                   _part(Person.surname))
    name = case((_part(Person.title_after).is_(None), name),
                else_=func.coalesce(name, "") + ", " + Person.title_after)
    return _joined(" ", _part(Lease.number), _part(name), _part(Household.name), flat)


def _template() -> tuple[str, str, str]:
    """The translated "{address}, byt č. {number}" around its two values."""
    text = _("{address}, byt č. {number}")
    before, rest = text.split("{address}", 1)
    middle, after = rest.split("{number}", 1)
    return before, middle, after


def _latest(column):
    """The lease's latest live arrears balance (or its month), as records.latest_arrears."""
    return (select(column).where(ArrearsBalance.lease_id == Lease.id, live(ArrearsBalance))
            .order_by(ArrearsBalance.month.desc(), ArrearsBalance.id.desc()).limit(1)
            .scalar_subquery())


def _filtered(stmt, q: LeaseQuery, today: dt.date):
    if q.state is not None:
        stmt = stmt.where(Lease.state == q.state)
    if q.current_only:
        stmt = stmt.where(Lease.state != LeaseState.ENDED)
    if q.ending_within_days is not None:
        stmt = stmt.where(Lease.state.in_(ACTIVE_STATES), Lease.ends_on >= today,
                          Lease.ends_on <= today + dt.timedelta(days=q.ending_within_days))
    token = fold(q.text)
    if token:
        stmt = stmt.where(_fold_sql(_haystack()).contains(token, autoescape=True))
    return stmt


# -- services ------------------------------------------------------------------------

def lease_page(db, actor: Actor, query: LeaseQuery | None = None, after: tuple | None = None,
               limit: int = PAGE_ROWS) -> LeasePage:
    """Up to ``limit`` rows of the list after the key ``after`` (None: from the
    top), in the list's order: newest start first (then number, id), or with
    ``ending_within_days`` by the end of the term and the tenant in Czech order.
    Namesakes are told apart in the rows returned."""
    actor.require(Permission.VIEW_LEASES)
    q = query or LeaseQuery()
    today = q.today or dt.date.today()
    stmt = _filtered(_base_select(), q, today)
    with db.reading() as s:
        if q.ending_within_days is not None:
            rows, key = _ending_page(s, stmt, after, limit)
        else:
            rows, key = _newest_page(s, stmt, after, limit)
        return LeasePage(records._told_apart(s, rows), key)


def _newest_page(s, stmt, after, limit):
    number = _binary(func.coalesce(Lease.number, ""))
    ident = _binary(Lease.id)
    if after is not None:
        starts, num, lid = after
        stmt = stmt.where(or_(Lease.starts_on < starts, and_(Lease.starts_on == starts, or_(
            number < num, and_(number == num, ident < lid)))))
    stmt = stmt.order_by(Lease.starts_on.desc(), number.desc(), ident.desc()).limit(limit + 1)
    rows = records._rows(s, stmt, told_apart=False)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if rows else None
    return rows, ((last.starts_on, last.number or "", last.id) if more else None)


def _ending_page(s, stmt, after, limit):
    """The leases ending within a few weeks are few (bounded by the filter on
    the end date): read all, ordered by the tenant's name as shown in Czech
    order (no stored key for "Given Surname"), and cut the page in Python."""
    rows = records._rows(s, stmt, told_apart=False)
    keyed = sorted(((r.ends_on, sort_key(r.tenant), r.id), r) for r in rows)
    if after is not None:
        keyed = [(k, r) for k, r in keyed if k > tuple(after)]
    more = len(keyed) > limit
    keyed = keyed[:limit]
    return [r for _k, r in keyed], (keyed[-1][0] if more else None)


def lease_counts(db, actor: Actor, query: LeaseQuery | None = None) -> LeaseCounts:
    """How many leases the list holds and how many of them have a debt, in one statement."""
    actor.require(Permission.VIEW_LEASES)
    q = query or LeaseQuery()
    today = q.today or dt.date.today()
    balance = func.coalesce(_latest(ArrearsBalance.balance_hal), 0)
    stmt = (select(func.count(), func.coalesce(func.sum(case((balance != 0, 1), else_=0)), 0))
            .select_from(Lease)
            .join(Flat, Flat.id == Lease.flat_id)
            .join(Building, Building.id == Flat.building_id)
            .join(Person, Person.id == Lease.tenant_id)
            .outerjoin(Household, Household.id == Lease.household_id)
            .where(live(Lease)))
    with db.reading() as s:
        total, debt = s.execute(_filtered(stmt, q, today)).one()
    return LeaseCounts(int(total), int(debt))


SEEK_ROWS = 2000      # how far a read looks for a lease to select (40 pages)


def first_page(db, actor: Actor, query: LeaseQuery | None = None, *,
               reaching: str | None = None) -> tuple[LeasePage, LeaseCounts]:
    """What the list shows when read: its first page and its counts (a page
    with no next one is its own count: no count statement). With
    ``reaching``, the pages up to that lease (at most SEEK_ROWS rows): a
    lease just entered with an old start date sits far down the list, and
    the list reads it here, off the GUI thread, not page by page as it is
    selected."""
    page = lease_page(db, actor, query)
    rows, after = list(page.rows), page.after
    while (reaching and after is not None and len(rows) < SEEK_ROWS
           and not any(r.id == reaching for r in page.rows)):
        page = lease_page(db, actor, query, after)
        rows += page.rows
        after = page.after
    page = LeasePage(rows, after)
    if page.after is None:
        return page, LeaseCounts(len(page.rows), sum(1 for r in page.rows if r.arrears_hal))
    return page, lease_counts(db, actor, query)
