"""Demo for the guarantee document (issue 16.2): the tenant of the town's first
guarantee (bydlení s ručením) is under public guardianship, so the printed
Potvrzení o ručení shows the guardian signing beside the tenant."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.guardians import Guardian, GuardianKind
from models.landlords import Guarantee, PrivateLease

from .context import DemoContext


def build_guarantee_guardians(ctx: DemoContext) -> None:
    first = ctx.conn.execute(
        select(PrivateLease.tenant_id, PrivateLease.starts_on)
        .join(Guarantee, Guarantee.private_lease_id == PrivateLease.id)
        .order_by(Guarantee.number)).first()
    if first is None:
        return
    tenant, start = first
    if ctx.conn.execute(select(Guardian.id).where(Guardian.person_id == tenant)).first():
        return                       # already has one from the guardians step
    since = start - dt.timedelta(days=240)
    ctx.insert("guardian", [dict(
        id=ctx.new_id(since), person_id=tenant, kind=GuardianKind.GUARDIAN,
        name="Město Trutnov – veřejný opatrovník (Bc. Alena Šírová)",
        decision_ref="rozsudek OS Trutnov č. j. 14 P 97/2024-33", valid_from=since,
        valid_to=None, note=None)])
