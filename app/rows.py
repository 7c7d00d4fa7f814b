"""Live rows: one place that knows what a tombstone is.

Synchronised rows are never hard-deleted while they can still travel (DESIGN.md
"Data"): a deleted row keeps its place with ``deleted_at`` set. Services read
only live rows, so instead of writing ``X.deleted_at.is_(None)`` by hand they
use ``live(X)`` in a WHERE clause, ``live_select(X)`` for a plain listing and
``get_live(session, X, id)`` to load one row or say in Czech that it is gone.

The sync code (app/sync/) reads tombstones on purpose and does not use these.
"""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from .errors import NotFound
from .i18n import _

T = TypeVar("T")


def live(*entities) -> ColumnElement[bool]:
    """The condition "not deleted" for each mapped class or alias given."""
    if not entities:
        raise TypeError("live() needs at least one mapped class")
    conds = [e.deleted_at.is_(None) for e in entities]
    return conds[0] if len(conds) == 1 else and_(*conds)


def live_select(entity) -> Select:
    """``select(entity)`` restricted to its live rows."""
    return select(entity).where(live(entity))


def is_live(row) -> bool:
    """A loaded row that exists and is not a tombstone."""
    return row is not None and row.deleted_at is None


def get_live(session: Session, model: type[T], row_id: str | None, what: str | None = None, *,
             message: str | None = None, **options) -> T:
    """The live row of ``model`` with this id, or NotFound with a Czech message:
    ``"{what} neexistuje."`` (or ``message`` verbatim where the wording differs)."""
    row = session.get(model, row_id, **options) if row_id else None
    if row is None or row.deleted_at is not None:
        raise NotFound(message or _("{what} neexistuje.").format(what=what or _("Záznam")))
    return row


def chunked(values, size: int = 500):
    """``values`` in lists of at most ``size``: the ids of one ``IN (…)`` each
    (SQLite caps the parameters of a statement)."""
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]
