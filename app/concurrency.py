"""Optimistic concurrency: a save checks the row version its screen loaded.

Several workstations share one database (PostgreSQL) and bundles change rows
under an open screen (SQLite too). Every editable record carries a
``row_version`` (models.base.Versioned). A screen keeps the version it loaded
and the service passes it to ``check`` inside its write transaction: when the
record was saved by someone else in the meantime, ``ConcurrentEdit`` tells the
person field by field what they typed, what is stored now, who saved it and
when — nothing is overwritten silently. The person then saves again on the new
version (``current_version``) or reloads what is stored.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.sync import BundleLog

from .errors import Conflict
from .formatting import format_date, format_datetime, format_money
from .i18n import N_, _
from .labels import label

EMPTY = N_("(prázdné)")
IMPORTED_BY = N_("jiná instalace (přijatý balíček)")


@dataclass(frozen=True)
class FieldChange:
    field: str          # the service's field name
    label: str          # Czech, for the person
    mine: str           # what the person typed, as shown
    theirs: str         # what is stored now, as shown


class ConcurrentEdit(Conflict):
    """The record was saved by someone else after this screen loaded it."""

    def __init__(self, record: str, changes: list[FieldChange], changed_by: str,
                 changed_at: dt.datetime | None, current_version: int):
        when = format_datetime(changed_at) if changed_at else _("mezitím")
        lines = [_("{label}: vaše hodnota „{mine}“, uložená hodnota „{theirs}“")
                 .format(label=c.label, mine=c.mine, theirs=c.theirs) for c in changes]
        detail = ("; ".join(lines) if lines else
                  _("hodnoty ve formuláři se s uloženými shodují, změnily se jiné údaje"))
        super().__init__(_("{record} mezitím uložil(a) {who} ({when}); vaše změny se "
                           "neuložily. {detail}. Uložte znovu, nebo načtěte uloženou verzi.")
                         .format(record=record, who=changed_by, when=when, detail=detail))
        self.record = record
        self.changes = changes
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version


def shown(value: Any, field: str = "") -> str:
    """A stored or typed value as the person reads it (dates d. M. yyyy, money in Kč)."""
    if value is None or value == "":
        return _(EMPTY)
    if isinstance(value, bool):
        return _("ano") if value else _("ne")
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return label(value)
    if field.endswith("_hal") and isinstance(value, int):
        return format_money(value)
    return str(value)


def _same(a: Any, b: Any) -> bool:
    norm = (lambda v: None if v == "" else (v.value if isinstance(v, enum.Enum) else v))
    return norm(a) == norm(b)


def locked_version(session: Session, obj) -> int:
    """The stored version of ``obj``'s row, read under a row lock (PostgreSQL:
    a concurrent save waits until this transaction ends; SQLite's write
    transaction already holds the file lock). ``obj`` is refreshed when its
    loaded state is older than the stored row."""
    mapper = inspect(obj).mapper
    table = mapper.local_table
    pk = [getattr(obj, c.key) for c in mapper.primary_key]
    where = [c == v for c, v in zip(table.primary_key.columns, pk)]
    stored = session.execute(select(table.c.row_version).where(*where)
                             .with_for_update()).scalar_one()
    if stored != obj.row_version:
        session.refresh(obj)
    return stored


def changed_by(session: Session, entity: str, entity_id: str) -> tuple[str, dt.datetime | None]:
    """Who saved the record last and when: the newest write to it in the audit
    trail — unless a bundle was received after that write (imports change rows
    without a per-row audit event), then the bundle's sender did."""
    event = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id,
                                 AuditEvent.action.notin_(("open", "print", "export")))
        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    imported = session.scalar(select(func.max(BundleLog.at)).where(BundleLog.direction == "in"))
    if imported is not None and (event is None or imported >= event.at):
        return _(IMPORTED_BY), imported
    if event is None:
        return _("neznámý uživatel"), None
    return event.user_name or _("neznámý uživatel"), event.at


def check(session: Session, obj, expected: int | None, *, record: str,
          mine: Mapping[str, Any], theirs: Callable[[], Mapping[str, Any]],
          labels: Mapping[str, str]) -> None:
    """Raise ``ConcurrentEdit`` when ``obj`` was saved since the screen loaded
    version ``expected`` (None: the caller knows no version — a script, the
    CLI — and the save goes ahead as before). Call it before writing into
    ``obj``; ``theirs()`` gives the stored values under the same keys as ``mine``."""
    if expected is None:
        return
    current = locked_version(session, obj)
    if current == expected:
        return
    stored = theirs()
    changes = [FieldChange(key, _(labels.get(key, key)), shown(mine[key], key),
                           shown(stored.get(key), key))
               for key in mine if not _same(mine[key], stored.get(key))]
    table = inspect(obj).mapper.local_table.name
    who, when = changed_by(session, table, obj.id)
    raise ConcurrentEdit(record, changes, who, when, current)
