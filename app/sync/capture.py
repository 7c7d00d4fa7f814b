"""Change capture: the one place that stamps writes to synchronised tables.

Registered as a ``before_flush`` listener on the application's session class.
Services just add and change ORM objects; every insert, update and tombstone
gets per-column clock stamps and the row's local change sequence here.
Hard deletes of synchronised rows are refused: a deleted row must travel as a
tombstone (``deleted_at``) or the other installations would resurrect it.
"""
from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from models.base import SYNC_BOOKKEEPING, Synced, utcnow

from .stamps import RowMeta, physical_now

_COLUMNS_CACHE: dict[type, list[str]] = {}


def data_columns(cls: type) -> list[str]:
    """Mapped column attribute names of a synced class, minus bookkeeping."""
    cols = _COLUMNS_CACHE.get(cls)
    if cols is None:
        mapper = inspect(cls)
        # columns local to this installation (login data) are never stamped: a
        # sign-in must not make the row travel again
        local = SYNC_BOOKKEEPING | getattr(cls, "__sync_local__", frozenset())
        cols = [a.key for a in mapper.column_attrs if a.key not in local]
        _COLUMNS_CACHE[cls] = cols
    return cols


class HardDeleteRefused(RuntimeError):
    pass


def tick(session: Session) -> tuple[int, str]:
    """Advance this installation's clock inside the current transaction."""
    row = session.execute(
        text(f"UPDATE installation SET hlc = {_greatest(session)}(hlc + 1, :now) "
             "RETURNING hlc, origin"),
        {"now": physical_now()},
    ).first()
    if row is None:
        raise RuntimeError("installation is not initialised (no row in 'installation')")
    return int(row[0]), str(row[1])


def stamp_new_rows(session: Session, rows: list[dict]) -> None:
    """Rows a bulk insert writes (no flush, so no ``before_flush``): stamped as
    new rows of one write, exactly as ``before_flush`` stamps new objects."""
    if not rows:
        return
    hlc, origin = tick(session)
    now = utcnow()
    meta = RowMeta.new((hlc, origin)).dumps()
    for row in rows:
        row.setdefault("created_at", now)
        row["updated_at"] = now
        row["sync_meta"] = meta
        row["sync_seq"] = hlc


def observe(session: Session, remote_hlc: int) -> None:
    """Move the clock past a value seen in an incoming bundle (HLC receive rule)."""
    session.execute(text(f"UPDATE installation SET hlc = {_greatest(session)}(hlc, :h)"),
                    {"h": remote_hlc})


def _greatest(session: Session) -> str:
    """SQLite's scalar max() is PostgreSQL's greatest()."""
    return "greatest" if session.get_bind().dialect.name == "postgresql" else "max"


def before_flush(session: Session, flush_context, instances) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteRefused(
                f"{type(obj).__name__} rows are tombstoned (deleted_at), never deleted")
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [o for o in session.dirty if isinstance(o, Synced)
             and session.is_modified(o, include_collections=False)]
    if not new and not dirty:
        return
    if session.info.get("sync_applying"):
        return  # the bundle importer stamps rows itself
    hlc, origin = tick(session)
    stamp = (hlc, origin)
    now = utcnow()
    for obj in new:
        if obj.created_at is None:
            obj.created_at = now
        obj.updated_at = now
        obj.sync_meta = RowMeta.new(stamp).dumps()
        obj.sync_seq = hlc
    for obj in dirty:
        _stamp_update(obj, stamp, now)


def _stamp_update(obj: Synced, stamp, now) -> None:
    state = inspect(obj)
    changed = [key for key in data_columns(type(obj))
               if state.attrs[key].history.has_changes()]
    if not changed:
        return
    obj.updated_at = now
    if "updated_at" not in changed:
        changed.append("updated_at")
    meta = RowMeta.loads(obj.sync_meta) or RowMeta.new(stamp)
    for key in changed:
        meta.set(key, stamp)
    meta.compact(data_columns(type(obj)))
    obj.sync_meta = meta.dumps()
    obj.sync_seq = stamp[0]
