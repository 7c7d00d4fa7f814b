"""Every statistics section, in the order shown and exported."""
from __future__ import annotations

from ..fund.stats import section as fund
from ..intake.stats import section as intake
from ..leases.stats import section as leases
from ..programmes.stats import section as programmes

SECTIONS = (intake, leases, fund, programmes)
