"""The change stream between workstations on one PostgreSQL database.

After each commit a workstation sends ``NOTIFY kmb_changes`` with what it
changed (tables and row ids as JSON; when that does not fit PostgreSQL's
8000-byte payload: the tables only; failing that: everything). Every other
workstation listens on its own connection, in a thread, and hands what it
hears to its ``Database``'s observers — the same ``Changes`` the local commits
publish, so screens refresh the same way (ui/context.py ChangeFeed). A lost
connection is re-opened with a growing pause; whatever was said meanwhile was
missed, so the listener then reports ``Changes.all()``.

On SQLite the ``PRAGMA data_version`` watch in app/changes.py does this job.
"""
from __future__ import annotations

import json
import logging
import threading
import uuid
from typing import Callable

from .changes import Changes

CHANNEL = "kmb_changes"
MAX_PAYLOAD = 7900          # PostgreSQL refuses 8000 bytes and more
log = logging.getLogger(__name__)


def payload(changes: Changes, sender: str) -> str:
    """The notification text: rows where they fit, else tables, else everything."""
    if not changes.everything:
        rows = {t: (sorted(ids) if (ids := changes.ids(t)) is not None else None)
                for t in sorted(changes.tables)}
        text = json.dumps({"s": sender, "t": rows}, separators=(",", ":"))
        if len(text.encode()) <= MAX_PAYLOAD:
            return text
        text = json.dumps({"s": sender, "t": {t: None for t in sorted(changes.tables)}},
                          separators=(",", ":"))
        if len(text.encode()) <= MAX_PAYLOAD:
            return text
    return json.dumps({"s": sender, "all": True})


def parse(text: str) -> tuple[str | None, Changes]:
    """(sender, changes) of a notification; anything unreadable is everything."""
    try:
        data = json.loads(text)
        sender = data.get("s")
        if data.get("all"):
            return sender, Changes.all()
        tables = data["t"]
        rows = {t: frozenset(ids) for t, ids in tables.items() if ids is not None}
        return sender, Changes(frozenset(tables), rows)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, Changes.all()


def notify(engine, changes: Changes, sender: str) -> None:
    """Tell the other workstations (after our commit; a failure only costs them a
    refresh, it must not turn a saved change into an error)."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_notify(%(c)s, %(p)s)",
                                 {"c": CHANNEL, "p": payload(changes, sender)})
            conn.commit()
    except Exception:       # noqa: BLE001 – the server went away: the listeners reconnect
        log.warning("NOTIFY %s failed", CHANNEL, exc_info=True)


def conninfo(url: str) -> str:
    """The libpq URI of an application URL (no SQLAlchemy driver suffix)."""
    from sqlalchemy.engine import make_url
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """LISTEN in a daemon thread; ``deliver(changes)`` for every notification
    that another sender made (our own commits are published locally already)."""

    def __init__(self, url: str, sender: str, deliver: Callable[[Changes], None], *,
                 poll_seconds: float = 0.5, max_pause: float = 30.0):
        self._conninfo = conninfo(url)
        self._sender = sender
        self._deliver = deliver
        self._poll = poll_seconds
        self._max_pause = max_pause
        self._stop = threading.Event()
        self.listening = threading.Event()     # set while a connection listens (tests)
        self.reconnects = 0
        self._conn = None
        self._thread = threading.Thread(target=self._run, name="kmb-listen", daemon=True)
        self._thread.start()

    def _connect(self):
        import psycopg

        from .db import connect_timeout
        # czech-on-purpose: PostgreSQL application_name, not shown to a person
        conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=connect_timeout(),
                               application_name="KMB Desk (změny)")
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        pause, first = 0.5, True
        while not self._stop.is_set():
            try:
                self._conn = self._connect()
            except Exception:       # noqa: BLE001 – server down: try again later
                self._stop.wait(pause)
                pause = min(pause * 2, self._max_pause)
                continue
            if not first:
                self.reconnects += 1
                self._deliver(Changes.all())    # what was said meanwhile is lost
            first, pause = False, 0.5
            self.listening.set()
            try:
                self._listen(self._conn)
            except Exception:       # noqa: BLE001 – connection lost: reconnect
                log.info("LISTEN connection lost; reconnecting", exc_info=True)
            finally:
                self.listening.clear()
                self._close_conn()

    def _listen(self, conn) -> None:
        while not self._stop.is_set():
            for note in conn.notifies(timeout=self._poll):
                sender, changes = parse(note.payload)
                if sender != self._sender and changes:
                    self._deliver(changes)

    def _close_conn(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:       # noqa: BLE001
                pass

    def backend_pid(self) -> int | None:
        conn = self._conn
        return conn.info.backend_pid if conn is not None else None

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def new_sender() -> str:
    return uuid.uuid4().hex[:12]
