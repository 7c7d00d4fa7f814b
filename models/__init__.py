"""The KMB Desk data model (SQLAlchemy 2.0), one module per aggregate.

Importing this package registers every table on ``Base.metadata``.
"""
from . import (  # noqa: F401  (import for the side effect of mapping)
    addresses, allocation, assessments, audit, cases, consent, departments, fund, guardians,
    housing, inspections, intake, landlords, leases, numbering, people, procedure, programmes,
    queues, settings, staff, sync,
)
from .base import Base, Synced, new_id, synced_tables, utcnow  # noqa: F401
