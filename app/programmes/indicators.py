"""Statistics per programme as a service, and the indicator workbook for a
funder: supported households and persons by programme and quarter, with the
programme's register entry and its indicators, Czech headers throughout."""
# czech-on-purpose: the indicator workbook for the funder (a Czech report)
from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import select

from models.programmes import Programme

from .. import audit, tabular
from ..db import Database
from ..errors import Cancelled, ValidationError
from ..rows import get_live, live
from ..security import Actor, Permission
from ..stats import StatsTable
from .register import FUNDER_LABELS
from .stats import COLUMNS, figures, programme_table, retention_table
from ..i18n import _


def _check_period(d_from: dt.date | None, d_to: dt.date | None) -> None:
    if d_from is None or d_to is None:
        raise ValidationError(_("Zadejte začátek i konec období."), field="date_from")
    if d_from > d_to:
        raise ValidationError(_("Začátek období je po jeho konci."), field="date_from")


def programme_stats(db: Database, actor: Actor, date_from: dt.date,
                    date_to: dt.date) -> list[StatsTable]:
    """The programme tables of the statistics (``kmb stats --by programme``)."""
    actor.require(Permission.VIEW_STATS)
    _check_period(date_from, date_to)
    with db.reading() as s:
        return [programme_table(s, date_from, date_to), retention_table(s, date_to)]


def quarters(d_from: dt.date, d_to: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The calendar quarters the period touches, cut to the period."""
    out = []
    year, q = d_from.year, (d_from.month - 1) // 3
    while dt.date(year, 3 * q + 1, 1) <= d_to:
        start = dt.date(year, 3 * q + 1, 1)
        end = (dt.date(year + 1, 1, 1) if q == 3 else dt.date(year, 3 * q + 4, 1)) \
            - dt.timedelta(days=1)
        out.append((f"{q + 1}. čtvrtletí {year}", max(start, d_from), min(end, d_to)))
        year, q = (year + 1, 0) if q == 3 else (year, q + 1)
    return out


def _date(d: dt.date | None) -> str:
    return f"{d.day}. {d.month}. {d.year}" if d else "—"


def indicator_workbook(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date, *,
                       programme_id: str | None = None,
                       progress: Callable[[str, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> bytes:
    """The XLSX for a funder: the register entry, the period's totals and the
    quarters, for one programme or all. Counts only: no names leave the office."""
    actor.require(Permission.VIEW_STATS)
    _check_period(date_from, date_to)
    report = progress or (lambda text, pct: None)
    with db.reading() as s:
        chosen = None
        if programme_id:
            chosen = get_live(s, Programme, programme_id, _("Program"))
        programmes = [chosen] if chosen else list(s.scalars(
            select(Programme).where(live(Programme)).order_by(Programme.name)))
        names = {p.name for p in programmes}
        register = [{"name": p.name, "code": p.code, "funder": FUNDER_LABELS[p.funder],
                     "starts": _date(p.starts_on), "ends": _date(p.ends_on),
                     "indicators": p.indicators or ""} for p in programmes]
        report(_("Souhrn za období"), 10)
        totals = [r for r in programme_table(s, date_from, date_to).rows
                  if r["programme"] in names]
        rows = []
        periods = quarters(date_from, date_to)
        for i, (label, q_from, q_to) in enumerate(periods):
            if cancelled is not None and cancelled():
                raise Cancelled(_("Export byl zrušen; nic se neuložilo."))
            report(label, 20 + int(70 * i / max(len(periods), 1)))
            for f in figures(s, q_from, q_to):
                if f.programme in names:
                    rows.append({"programme": f.programme, "quarter": label,
                                 "from": _date(q_from), "to": _date(q_to),
                                 "households": f.households, "persons": f.persons,
                                 "new_cases": f.new_cases, "housed_cases": f.housed_cases})
    heading = f"Období {_date(date_from)} – {_date(date_to)}"
    sheets = [
        tabular.Sheet("Programy", [("name", "Název"), ("code", "Kód"), ("funder", "Poskytovatel"),
                                   ("starts", "Od"), ("ends", "Do"),
                                   ("indicators", "Sledované indikátory")],
                      register, heading="Programy a projekty"),
        tabular.Sheet("Souhrn za období",
                      COLUMNS, totals,
                      heading=f"Podpoření klienti – {heading}"),
        tabular.Sheet("Podle čtvrtletí",
                      [("programme", "Program / projekt"), ("quarter", "Čtvrtletí"),
                       ("from", "Od"), ("to", "Do"), ("households", "Podpořené domácnosti"),
                       ("persons", "Podpořené osoby"), ("new_cases", "Nové případy"),
                       ("housed_cases", "Zabydlené případy")], rows,
                      heading=f"Indikátory po čtvrtletích – {heading}"),
    ]
    report(_("Ukládám sešit"), 95)
    data = tabular.xlsx_bytes(sheets)
    with db.transaction() as s:
        audit.record(s, actor, "export", "programme", programme_id,
                     {"what": "indicators", "from": date_from.isoformat(),
                      "to": date_to.isoformat()})
    return data
