"""Leases of the person (as tenant) in a case's or person's timeline."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.housing import Building, Flat
from models.leases import Lease

from ..cases.timeline import Scope, TimelineEntry
from ..formatting import format_date
from ..labels import label
from ..rows import live
from ..security import Permission
from ..i18n import _


def leases(session, scope: Scope, actor) -> list:
    if not scope.person_id or not actor.can(Permission.VIEW_LEASES):
        return []
    stmt = (select(Lease, Flat.number, Building.street, Building.house_number)
            .join(Flat, Flat.id == Lease.flat_id).join(Building, Building.id == Flat.building_id)
            .where(Lease.tenant_id == scope.person_id, live(Lease)))
    out = []
    for lease, number, street, house in session.execute(stmt):
        start = lease.starts_on
        term = f"od {format_date(lease.starts_on)}" + (
            f" do {format_date(lease.ends_on)}" if lease.ends_on else "")
        text = _("{street} {house}, byt č. {number} · {term} · {state}").format(
            street=street, house=house, number=number, term=term, state=label(lease.state))
        out.append(TimelineEntry(dt.datetime(start.year, start.month, start.day, 10), "lease",
                                 _("nájemní smlouva"), lease.number or "", text, None, lease.id))
    return out
