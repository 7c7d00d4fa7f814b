"""Retention on the town demo, recomputed independently with plain SQL and
Python date arithmetic (not the app's functions)."""
from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import text

from app.leases.retention import HORIZONS, retention
from app.stats import compute as stats_compute

from .conftest import DEMO_TODAY


def _plus_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    y += day.year
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _independent(conn, as_of: dt.date):
    rows = conn.execute(text(
        "SELECT coalesce(l.household_id, 'person:' || l.tenant_id) AS hh, l.via_kmb, "
        "coalesce(l.moved_in_on, l.starts_on) AS start, "
        "CASE WHEN l.state = 'ended' THEN l.ended_on END AS end_, f.category "
        "FROM lease l JOIN flat f ON f.id = l.flat_id "
        "WHERE l.deleted_at IS NULL AND l.state != 'draft'")).all()
    # private leases and subleases (issue 16.2): their own group "private"
    rows += conn.execute(text(
        "SELECT coalesce(p.household_id, 'person:' || p.tenant_id), p.via_kmb, p.starts_on, "
        "CASE WHEN p.state = 'ended' THEN p.ended_on END, 'private' "
        "FROM private_lease p WHERE p.deleted_at IS NULL AND p.state != 'prepared'")).all()
    periods, first = {}, {}
    for hh, via, start, end, category in rows:
        start = dt.date.fromisoformat(str(start))
        end = dt.date.fromisoformat(str(end)) if end else None
        periods.setdefault(hh, []).append((start, end))
        if via and start <= as_of and (hh not in first or start < first[hh][0]):
            first[hh] = (start, category)
    result = {}
    for hh, (moved, category) in first.items():
        for months in HORIZONS:
            day = _plus_months(moved, months)
            if day > as_of:
                continue
            housed = any(s <= day and (e is None or e >= day) for s, e in periods[hh])
            for key in (("all",), ("category", category), ("year", str(moved.year))):
                cell = result.setdefault((key, months), [0, 0])
                cell[0] += 1
                cell[1] += housed
    return len(first), result


def test_retention_matches_an_independent_count(town_db, town_worker):
    r = retention(town_db, town_worker, as_of=DEMO_TODAY)
    with town_db.engine.connect() as conn:
        households, expected = _independent(conn, DEMO_TODAY)
    assert r.households == households > 50
    for months in HORIZONS:
        cell = r.overall[months]
        assert [cell.eligible, cell.housed] == expected[(("all",), months)]
        for g in r.by_category:
            got = [g.cells[months].eligible, g.cells[months].housed]
            assert got == expected.get((("category", g.key), months), [0, 0])
        for g in r.by_year:
            got = [g.cells[months].eligible, g.cells[months].housed]
            assert got == expected.get((("year", g.key), months), [0, 0])
    # the demo has true figures: people moved out, most keep their housing
    assert 0.7 <= r.overall[12].share < 1.0
    assert r.overall[24].eligible > 10 and r.overall[6].eligible > r.overall[24].eligible
    assert {g.key for g in r.by_category} >= {"social", "standard"}
    assert len(r.by_year) >= 3


def test_retention_in_the_yearly_statistics(town_db, town_worker):
    tables = {t.key: t for t in stats_compute(town_db, town_worker, dt.date(2026, 1, 1),
                                              DEMO_TODAY)}
    total = tables["retention_by_category"].rows[-1]
    r = retention(town_db, town_worker, as_of=DEMO_TODAY)
    assert total["group"] == "Celkem" and total["households"] == r.households
    assert total["share_12m"] == round(100 * r.overall[12].share, 1)
    assert tables["leases"].rows[0]["count"] > 0
    fund = {row["purpose"]: row for row in tables["crisis_fund"].rows}
    assert sum(row["filed"] for row in fund.values()) > 10
