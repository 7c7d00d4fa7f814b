"""The change stream: what each committed transaction changed.

A ``Changes`` value names the tables (and, where known, the row ids) that one
commit wrote. It is collected in one place, by session events on the
application's session class (``KmbSession`` in db.py): ``after_flush`` gathers
new, changed and deleted rows, ``after_commit`` hands one ``Changes`` per
committed transaction to the ``Database``'s observers, a rollback discards
what was gathered. Bulk Core writes (bundle import, demo builder) publish
their own ``Changes`` after their commit. Screens never guess what changed.

``ExternalWrites`` notices commits made by another connection or process on
the same SQLite file (each write transaction takes a number of
``commit_counter``; a number not taken here is another's): the CLI, another
window, a second program. It cannot tell what they changed, so they count as
``Changes.everything()``. On PostgreSQL, NOTIFY/LISTEN carries what other
workstations changed (app/server_changes.py).
"""
from __future__ import annotations

import sqlite3
import threading
import weakref
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from sqlalchemy import Delete, Insert, Update, inspect
from sqlalchemy.orm import Session

Observer = Callable[["Changes"], None]
_WRITES, _TAKEN = "kmb_total_changes", "kmb_commit_number"   # keys of Connection.info
_EMPTY: Mapping[str, frozenset[str]] = MappingProxyType({})


@dataclass(frozen=True)
class Changes:
    """Tables changed by a commit; ``rows`` holds the ids where they are known
    (a table listed without ids: any of its rows may have changed).
    ``everything``: a write we cannot see into (another process)."""

    tables: frozenset[str] = frozenset()
    rows: Mapping[str, frozenset[str]] = field(default_factory=lambda: _EMPTY, hash=False)
    everything: bool = False

    @classmethod
    def of(cls, *tables: str) -> "Changes":
        return cls(frozenset(tables))

    @classmethod
    def all(cls) -> "Changes":
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` may have changed."""
        return self.everything or not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[str] | None:
        """Changed row ids of ``table``; None when unknown (any row may have changed)."""
        if self.everything or table not in self.rows:
            return None if self.everything or table in self.tables else frozenset()
        return self.rows[table]

    def touches_row(self, table: str, row_id: str) -> bool:
        ids = self.ids(table)
        return ids is None or row_id in ids

    def merge(self, other: "Changes") -> "Changes":
        if self.everything or other.everything:
            return Changes.all()
        rows: dict[str, frozenset[str]] = {}
        for t in self.tables | other.tables:
            a, b = self.ids(t), other.ids(t)
            if a is not None and b is not None:
                rows[t] = a | b
        return Changes(self.tables | other.tables, MappingProxyType(rows))

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    # The old set-of-table-names interface (``"lease" in changes``,
    # ``changes & {...}``), so that handlers written against it keep working.
    def __contains__(self, table: object) -> bool:
        return self.everything or table in self.tables

    def __and__(self, tables: Iterable[str]) -> set[str]:
        tables = set(tables)
        return tables if self.everything else tables & self.tables

    __rand__ = __and__


class _Collector:
    """Rows gathered in one session's transaction, until commit or rollback."""

    def __init__(self) -> None:
        self.rows: dict[str, set[str]] = {}
        self.unknown: set[str] = set()      # bulk statements: table known, rows not

    def add(self, table: str, row_id) -> None:
        ids = self.rows.setdefault(table, set())
        if row_id is not None:
            ids.add(str(row_id))
        else:
            self.unknown.add(table)

    def changes(self) -> Changes:
        tables = frozenset(self.rows) | frozenset(self.unknown)
        rows = {t: frozenset(ids) for t, ids in self.rows.items() if t not in self.unknown}
        return Changes(tables, MappingProxyType(rows))


_KEY = "kmb_changes"
DATABASE_KEY = "kmb_database"


def _collector(session: Session) -> _Collector:
    found = session.info.get(_KEY)
    if found is None:
        found = session.info[_KEY] = _Collector()
    return found


def after_flush(session: Session, _flush_context) -> None:
    coll = _collector(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", None)
        if table is None:
            continue
        key = state.identity or (getattr(obj, "id", None),)
        coll.add(table, key[0] if len(key) == 1 else None)


def do_orm_execute(state) -> None:
    """ORM-enabled bulk insert/update/delete: the table is known, the rows not."""
    stmt = state.statement
    if isinstance(stmt, (Insert, Update, Delete)):
        table = getattr(stmt.table, "name", None)
        if table:
            _collector(state.session).add(table, None)


def note_write(session: Session, table: str, row_id=None) -> None:
    """A row written by a driver-level statement, which the session's events
    do not see: it is published with the transaction's commit like the rest."""
    _collector(session).add(table, row_id)


def after_commit(session: Session) -> None:
    coll = session.info.pop(_KEY, None)
    database = session.info.get(DATABASE_KEY)
    if coll is not None and database is not None:
        changes = coll.changes()
        if changes:
            database.publish(changes)


def after_transaction_end(session: Session, transaction) -> None:
    # The outermost transaction ended without after_commit having taken the
    # rows: it was rolled back, nothing of it is in the database.
    if transaction.parent is None:
        session.info.pop(_KEY, None)


def listen(session_class: type[Session]) -> None:
    from sqlalchemy import event
    event.listen(session_class, "after_flush", after_flush)
    event.listen(session_class, "do_orm_execute", do_orm_execute)
    event.listen(session_class, "after_commit", after_commit)
    event.listen(session_class, "after_transaction_end", after_transaction_end)


class Observers:
    """A database's observers; bound methods are held weakly (a closed screen
    must not be kept alive, nor called, by the database)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list = []

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        try:
            ref = weakref.WeakMethod(observer)
        except TypeError:               # a function or builtin: held strongly
            ref = (lambda o=observer: o)
        with self._lock:
            self._items.append(ref)

        def unsubscribe() -> None:
            with self._lock:
                if ref in self._items:
                    self._items.remove(ref)
        return unsubscribe

    def publish(self, changes: Changes) -> None:
        with self._lock:
            alive = [(r, r()) for r in self._items]
            self._items = [r for r, o in alive if o is not None]
        for _ref, observer in alive:
            if observer is not None:
                observer(changes)


class ExternalWrites:
    """Tells whether another connection or process committed to the SQLite
    file since the last ``check()``.

    Every write transaction made through the application takes the next
    number of ``commit_counter`` under the write lock (``take_number``, just
    before its commit); this process keeps the numbers it took. A number
    between two checks that is not ours is another's commit, whatever the
    timing. ``PRAGMA data_version`` alone could not tell: it changes once per
    change it notices, so another's commit right after ours looked like ours.
    It still catches writers that take no number (an older program, a raw
    connection): the file changed while the counter did not."""

    _TAKE = ("INSERT INTO commit_counter (id, n) VALUES (1, 1) "
             "ON CONFLICT (id) DO UPDATE SET n = n + 1 RETURNING n")

    def __init__(self, path, connect=None) -> None:
        self._lock = threading.Lock()
        # only reads; not mode=ro, which cannot open a WAL file whose -shm is missing;
        # ``connect`` opens an encrypted file with its key
        self._conn = connect() if connect else sqlite3.connect(str(path),
                                                               check_same_thread=False, timeout=5)
        self._own: set[int] = set()
        self._seen = self._state()

    def _state(self) -> tuple[int, int]:
        """(data_version, commit number) as this file stands; -1 when unreadable."""
        try:
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except Exception:       # noqa: BLE001 – sqlite3 or sqlcipher3: the file is unreadable
            return -1, -1
        try:
            row = self._conn.execute("SELECT n FROM commit_counter WHERE id = 1").fetchone()
        except Exception:       # noqa: BLE001 – a file older than migration 0019
            return version, -1
        return version, row[0] if row else 0

    def take_number(self, dbapi_conn) -> int | None:
        """In a write transaction, just before its commit: the next number,
        noted as ours. None where the file has no counter yet (migrating)."""
        try:
            n = dbapi_conn.execute(self._TAKE).fetchone()[0]
        except Exception:       # noqa: BLE001 – no counter table: the data_version rule covers it
            return None
        with self._lock:
            self._own.add(n)
        return n

    def forget_number(self, n: int) -> None:
        """A commit that failed after taking its number: the number is free again."""
        with self._lock:
            self._own.discard(n)

    def check(self) -> bool:
        with self._lock:
            (version, n), (seen_version, seen_n) = self._state(), self._seen
            self._seen = version, n
            ours = sum(1 for k in self._own if seen_n < k <= n)
            self._own = {k for k in self._own if k > n}
            if n != seen_n:
                return n < seen_n or ours < n - seen_n
            return version != seen_version      # a write that took no number

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class ChangeStream:
    """Mixed into ``Database``: its observers and the watch for foreign writes."""

    def _watch_connection(self):
        """How the watch opens the file: with the database key when it is encrypted."""
        key = getattr(self, "key", None)
        if key is None:
            return None
        from .db import connect_raw
        return lambda: connect_raw(self.path, key, check_same_thread=False)

    def _start_change_stream(self) -> None:
        self._observers = Observers()
        self._external: ExternalWrites | None = None
        # PostgreSQL: commits are told to the other workstations by NOTIFY and
        # theirs heard by a listener started with the first observer
        # (app/server_changes.py); the CLI, which observes nothing, only sends
        self._listener = None
        self._sender = None
        if getattr(self, "server", False):
            from .server_changes import new_sender
            self._sender = new_sender()
        path = self.path
        if path is not None and path.exists():
            try:
                self._external = ExternalWrites(path, self._watch_connection())
            except Exception:       # noqa: BLE001 – no watch, no harm: screens refresh on our writes
                self._external = None
            else:
                self._watch_engine()

    def _watch_engine(self) -> None:
        """Write transactions of this engine take a commit number (see ExternalWrites)."""
        from sqlalchemy import event
        event.listen(self.engine, "begin", self._on_begin)
        event.listen(self.engine, "commit", self._before_commit)
        event.listen(self.engine, "rollback", self._on_rollback)

    def _on_begin(self, conn) -> None:
        conn.info.pop(_TAKEN, None)          # the previous commit went through
        conn.info[_WRITES] = conn.connection.dbapi_connection.total_changes

    def _before_commit(self, conn) -> None:
        dbapi_conn = conn.connection.dbapi_connection
        if self._external is not None and dbapi_conn.total_changes != conn.info.get(_WRITES):
            conn.info[_TAKEN] = self._external.take_number(dbapi_conn)

    def _on_rollback(self, conn) -> None:
        taken = conn.info.pop(_TAKEN, None)
        if taken is not None and self._external is not None:
            self._external.forget_number(taken)

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(changes)`` after every commit (in the committing thread;
        another workstation's commits: in the listener's thread)."""
        if self._sender is not None and self._listener is None:
            from .server_changes import Listener
            self._listener = Listener(self.url, self._sender, self._observers.publish)
        return self._observers.subscribe(observer)

    def notification(self, changes: Changes) -> tuple[str, str] | None:
        """(channel, payload) of the NOTIFY telling the other workstations of
        ``changes``, for a write that sends it in its own statement (and then
        calls ``publish(changes, sent=True)``); None where nothing is sent."""
        if not changes or self._sender is None:
            return None
        from .server_changes import CHANNEL, payload
        return CHANNEL, payload(changes, self._sender)

    def publish(self, changes: Changes, *, sent: bool = False) -> None:
        """Tell the observers what a commit changed (bulk writes call this themselves);
        ``sent``: the other workstations were told by the write itself."""
        if changes and self._sender is not None and not sent:
            from .server_changes import notify
            notify(self.engine, changes, self._sender)
        if changes:
            self._observers.publish(changes)

    def check_external(self) -> bool:
        """True (and the observers told ``Changes.all()``) if another connection
        or process committed since the last check."""
        if self._external is None or not self._external.check():
            return False
        self._observers.publish(Changes.all())
        return True

    def _stop_change_stream(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._external is not None:
            self._external.close()
            self._external = None
