"""Statistics of the lease area for a period: retention of KMB-housed
households, leases started and ended, renewals."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.leases import EndReason, Lease, Renewal, RenewalDecision, RenewalProposal

from ..formatting import format_date
from ..i18n import _
from ..labels import shown
from ..rows import live
from ..stats import StatsTable
from .retention import HORIZONS, Cell, compute


def _pct(cell: Cell):
    return round(100 * cell.share, 1) if cell.eligible else None


def _retention_table(key: str, title: str, head: str, groups, overall=None) -> StatsTable:
    columns = [("group", head), ("households", _("Domácností"))]
    for m in HORIZONS:
        columns += [(f"eligible_{m}m", _("Sledováno {m} měs.").format(m=m)),
                    (f"housed_{m}m", _("Bydlí po {m} měs.").format(m=m)),
                    (f"share_{m}m", _("Podíl po {m} měs. (%)").format(m=m))]
    rows = []
    for g in groups:
        row = {"group": _(g.label), "households": g.households}
        for m in HORIZONS:
            c = g.cells[m]
            row.update({f"eligible_{m}m": c.eligible, f"housed_{m}m": c.housed,
                        f"share_{m}m": _pct(c)})
        rows.append(row)
    if overall is not None:
        households, cells = overall
        row = {"group": _("Celkem"), "households": households}
        for m in HORIZONS:
            c = cells[m]
            row.update({f"eligible_{m}m": c.eligible, f"housed_{m}m": c.housed,
                        f"share_{m}m": _pct(c)})
        rows.append(row)
    return StatsTable(key, title, columns, rows)


def section(session: Session, date_from: dt.date, date_to: dt.date) -> list[StatsTable]:
    r = compute(session, date_to)
    tables = [
        _retention_table("retention_by_category",
                         _("Udržení bydlení domácností zabydlených přes KMB podle kategorie "
                           "bytu (stav k {date})").format(date=format_date(date_to)),
                         _("Kategorie bytu"), r.by_category, (r.households, r.overall)),
        _retention_table("retention_by_year",
                         _("Udržení bydlení domácností zabydlených přes KMB podle roku "
                           "nastěhování"),
                         _("Rok nastěhování"), r.by_year),
    ]
    started = session.scalar(select(func.count()).where(
        live(Lease), Lease.starts_on >= date_from, Lease.starts_on <= date_to))
    via = session.scalar(select(func.count()).where(
        live(Lease), Lease.via_kmb.is_(True), Lease.starts_on >= date_from,
        Lease.starts_on <= date_to))
    ended = dict(session.execute(select(Lease.end_reason, func.count()).where(
        live(Lease), Lease.ended_on >= date_from, Lease.ended_on <= date_to)
        .group_by(Lease.end_reason)).all())
    rows = [{"item": _("Nové smlouvy"), "count": started},
            {"item": _("z toho zabydlení přes KMB"), "count": via}]
    rows += [{"item": _("Ukončené – {reason}").format(reason=shown(reason)),
              "count": ended.get(reason, 0)}
             for reason in EndReason]
    renewals = dict(((p, d), n) for p, d, n in session.execute(
        select(Renewal.proposal, Renewal.decision, func.count()).where(
            live(Renewal), Renewal.check_on >= date_from,
            Renewal.check_on <= date_to).group_by(Renewal.proposal, Renewal.decision)))
    rows += [
        {"item": _("Prodloužení automaticky (bez dluhu)"),
         "count": renewals.get((RenewalProposal.AUTOMATIC, RenewalDecision.APPROVED), 0)},
        {"item": _("Prodloužení po rozhodnutí"),
         "count": renewals.get((RenewalProposal.NEEDS_DECISION, RenewalDecision.APPROVED), 0)},
        {"item": _("Neprodlouženo"),
         "count": sum(n for (p, d), n in renewals.items() if d == RenewalDecision.REJECTED)},
        {"item": _("Čeká na rozhodnutí o prodloužení"),
         "count": sum(n for (p, d), n in renewals.items() if d == RenewalDecision.PENDING)},
    ]
    tables.append(StatsTable("leases", _("Nájemní smlouvy v období"),
                             [("item", _("Ukazatel")), ("count", _("Počet"))], rows))
    return tables
