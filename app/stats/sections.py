"""Every statistics section, in the order shown and exported."""
from __future__ import annotations

from ..addresses.stats import section as geography
from ..fund.stats import section as fund
from ..intake.stats import section as intake
from ..leases.stats import section as leases
from ..programmes.stats import section as programmes

SECTIONS = (intake, leases, fund, programmes, geography)

# ``kmb stats --by X``: only the tables of that breakdown
BY: dict[str, tuple[str, ...]] = {
    "municipality": ("by_municipality",),
    "locality": ("by_locality",),
}
