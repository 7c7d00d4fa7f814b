"""Every provider of case/person timeline entries, in one explicit list."""
from __future__ import annotations

from ..assessments.timeline import assessments
from ..leases.timeline import leases
from .timeline import (Provider, contacts, housing_need, notes, referrals, status_changes,
                       tasks)

PROVIDERS: tuple[Provider, ...] = (
    contacts,
    notes,
    referrals,
    status_changes,
    tasks,
    housing_need,
    assessments,
    leases,
)
