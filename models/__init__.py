"""The KMB Desk data model (SQLAlchemy 2.0), one module per aggregate.

``load_all()`` maps every class and registers every table on
``Base.metadata``; ``app.db`` calls it when it is imported, so every program
that opens a database (the GUI, the tests, the bundle exchange, migrations)
sees the whole schema, as before.

Declaring the ~70 mapped classes costs about a second of CPU on a loaded
machine, more than some whole commands should take: a command that reads a
few tables (``kmb list persons``) calls ``map_on_demand()`` before ``app.db``
is imported, and then only the modules it imports are mapped. So that such a
process cannot half-know the schema, the first mapper configuration (before
the first query or flush) checks that every foreign key of the mapped tables
points at a mapped table, and maps everything otherwise (``_check_closed``).
"""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Mapper

from .base import Base, Synced, new_id, synced_tables, utcnow  # noqa: F401

_on_demand = False


def load_all() -> None:
    """Map every class (import for the side effect of mapping)."""
    from . import (  # noqa: F401
        addresses, allocation, assessments, audit, cases, consent, departments, fund, guardians,
        housing, inspections, intake, landlords, leases, numbering, people, procedure,
        programmes, queues, settings, staff, sync,
    )


def map_on_demand() -> None:
    """Map only the modules this process imports (a short command); call it
    before ``app.db`` is imported. Without effect once everything is mapped."""
    global _on_demand
    _on_demand = True


def on_demand() -> bool:
    return _on_demand


def _missing_targets() -> set[str]:
    tables = Base.metadata.tables
    return {fk.target_fullname.split(".")[0] for t in tables.values()
            for fk in t.foreign_keys if fk.target_fullname.split(".")[0] not in tables}


@event.listens_for(Mapper, "before_configured")
def _check_closed() -> None:
    # A foreign key to an unmapped table would break the unit of work's table
    # order at the first flush: map everything instead (slower, never wrong).
    if _on_demand and _missing_targets():
        load_all()
