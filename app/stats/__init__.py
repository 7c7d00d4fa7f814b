"""Statistics for a period, as named tables, shown in the app and exported by
``kmb stats``. Every section is listed in ``sections.py`` (plain imports); a
section is ``section(session, date_from, date_to) -> list[StatsTable]``."""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from ..db import Database
from ..security import Actor, Permission

@dataclass
class StatsTable:
    key: str                                  # stable id, e.g. "contacts_by_channel"
    title: str                                # Czech title
    columns: list[tuple[str, str]]            # (field, Czech header)
    rows: list[dict] = field(default_factory=list)


def compute(db: Database, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[StatsTable]:
    actor.require(Permission.VIEW_STATS)
    from .sections import SECTIONS   # here: the sections import StatsTable from this module
    tables: list[StatsTable] = []
    with db.reading() as s:
        for section in SECTIONS:
            tables.extend(section(s, date_from, date_to))
    return tables


def to_csv(tables: list[StatsTable]) -> str:
    """One CSV: a "table" column first, then that table's columns (Excel-friendly ';')."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";")
    for t in tables:
        w.writerow(["table", *[c[0] for c in t.columns]])
        for r in t.rows:
            w.writerow([t.key, *[r.get(c[0]) for c in t.columns]])
    return out.getvalue()


def to_xlsx(tables: list[StatsTable]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.key[:31])
        ws.append([t.title])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([c[1] for c in t.columns])
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for r in t.rows:
            ws.append([r.get(c[0]) for c in t.columns])
        for i, _ in enumerate(t.columns, start=1):
            ws.column_dimensions[ws.cell(2, i).column_letter].width = 22
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
