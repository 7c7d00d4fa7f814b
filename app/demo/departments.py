"""Demo of the office's departments (issue 16 item 1): the town keeps the
three it started with under the names its own office uses. Written as an
office's rename would be (stamped, so a laptop paired with the demo gets the
names), no random numbers: the steps before stay as they were."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from models.departments import OfficeDepartment

from ..sync.stamps import initial_meta
from .context import DemoContext

TOWN_NAMES = {
    "kmb": "Odbor sociálních věcí – KMB",
    "property": "Odbor správy majetku města",
    "flat_manager": "Bytové hospodářství (správce bytů)",
}


def build_departments(ctx: DemoContext) -> None:
    meta = initial_meta(ctx.hlc, ctx.origin)
    # renamed on the demo's day, not the clock's (a demo built later is the same)
    renamed = dt.datetime(ctx.today.year, ctx.today.month, ctx.today.day, 8)
    for code, name in TOWN_NAMES.items():
        ctx.conn.execute(update(OfficeDepartment).where(OfficeDepartment.code == code).values(
            name=name, sync_meta=meta, sync_seq=ctx.hlc, row_version=2, updated_at=renamed))
