"""Demo of guardians (issue 16): tenants under guardianship of the town (the
ORP acts as public guardian), a supporter, and a guardianship that has ended —
so that a contract prints the guardian valid on its date and not the old one."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from models.guardians import GuardianKind
from models.leases import Lease, LeaseState

from .context import DemoContext

# generated names and made-up file numbers of the district court
GUARDIANS = [
    (GuardianKind.GUARDIAN, "Město Trutnov – veřejný opatrovník (Bc. Alena Šírová)",
     "rozsudek OS Trutnov č. j. 14 P 212/2024-57"),
    (GuardianKind.GUARDIAN, "Josef Kubát", "rozsudek OS Trutnov č. j. 21 P 88/2023-41"),
    (GuardianKind.SUPPORTER, "Marie Kubátová", "rozsudek OS Trutnov č. j. 9 Nc 1204/2025-12"),
]


def build_guardians(ctx: DemoContext) -> None:
    rng = random.Random(17)
    leases = ctx.conn.execute(select(Lease.tenant_id, Lease.signed_on, Lease.starts_on)
                              .where(Lease.state == LeaseState.ACTIVE)
                              .order_by(Lease.number)).all()
    if len(leases) < 3:
        return
    picked = rng.sample(leases, 3)
    rows = []
    for (kind, name, ref), (tenant, signed, start) in zip(GUARDIANS, picked):
        since = (signed or start) - dt.timedelta(days=rng.randint(60, 700))
        rows.append(dict(id=ctx.new_id(since), person_id=tenant, kind=kind, name=name,
                         decision_ref=ref, valid_from=since, valid_to=None, note=None))
    # an earlier guardian of the first tenant, replaced before the lease was signed
    first = picked[0]
    ended = rows[0]["valid_from"] - dt.timedelta(days=1)
    rows.append(dict(id=ctx.new_id(ended - dt.timedelta(days=900)), person_id=first[0],
                     kind=GuardianKind.GUARDIAN, name="Zdeňka Vávrová",
                     decision_ref="rozsudek OS Trutnov č. j. 14 P 40/2021-30",
                     valid_from=ended - dt.timedelta(days=900), valid_to=ended, note=None))
    ctx.insert("guardian", rows)
