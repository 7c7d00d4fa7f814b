"""Statistics for a period, as named tables, shown in the app and exported by
``kmb stats``. Every section is listed in ``sections.py`` (plain imports); a
section is ``section(session, date_from, date_to) -> list[StatsTable]``."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from .. import tabular
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
    from ..leases.retention import SHARED
    with db.reading() as s:
        s.info[SHARED] = {}        # the lease and programme sections share the housed households
        try:
            for section in SECTIONS:
                tables.extend(section(s, date_from, date_to))
        finally:
            s.info.pop(SHARED, None)
    return tables


def to_csv(tables: list[StatsTable]) -> str:
    """One CSV for Czech Excel: a "table" column first, then that table's
    columns (``;``, decimal comma, formulas neutralised; starts with a BOM)."""
    rows: list[list] = []
    for t in tables:
        rows.append(["table", *[c[0] for c in t.columns]])
        rows += [[t.key, *[r.get(c[0]) for c in t.columns]] for r in t.rows]
    return tabular.csv_text(rows)


def to_xlsx(tables: list[StatsTable]) -> bytes:
    """One sheet per table, named in Czech, with Kč and % formats and widths."""
    return tabular.xlsx_bytes([tabular.Sheet(t.title, t.columns, t.rows, heading=t.title)
                               for t in tables])
