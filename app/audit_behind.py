"""A server workstation's search events, written behind the search.

On a server every workstation's audited actions take the one audit chain's
head in turn. When the server's disk holds one commit for a second (measured
on a virtual machine: an 8 kB sync usually takes 0.4 ms, now and then 2–3 s),
the head is held that second and every other workstation's next search waits
with it, though a search only reads. So on a server a search hands its event,
stamped with the moment of the search, to this workstation's writer and shows
its page; the writer's thread appends the events to the chain in the order
they were made, as soon as the server takes them (normally within
milliseconds). Saves and opened records keep their events in the caller's
work: a record is shown only once its opening is in the chain.

What this means for the audit, and why it is acceptable:
- a search's ``at`` is the moment of the search; its place in the chain may
  follow a later action (of any workstation), so the trail sorts by seq and
  shows the time;
- events not yet written when the workstation closes are written first
  (``Database.close`` waits for them, up to ``CLOSE_WAIT``); the log says how
  many were left when the server did not take them in time;
- while the server does not answer the writer tries again with growing
  pauses; the search itself read from that same server a moment before;
- a try that fails after the server committed it (the connection lost
  between the commit and its reply) is tried again: the trail then shows that
  search twice, never not at all.
On SQLite (one workstation, a local disk) the search writes its event itself.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

from models.base import utcnow

from . import audit
from .security import Actor

log = logging.getLogger(__name__)

RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0, 5.0)   # seconds between tries; the last repeats
CLOSE_WAIT = 10.0                          # seconds ``close`` waits for the server


@dataclass(frozen=True)
class _Event:
    actor: Actor | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict | None
    at: dt.datetime


class EventsBehind:
    """The queue of one open server database's search events and its writer
    thread (started with the first event)."""

    def __init__(self, db) -> None:
        self._db = db
        self._queue: deque[_Event] = deque()
        self._cond = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None

    def put(self, actor: Actor | None, action: str, entity: str,
            entity_id: str | None = None, detail: dict | None = None) -> None:
        """Queue one event, stamped now."""
        event = _Event(actor, action, entity, entity_id, detail, utcnow())
        with self._cond:
            closed = self._closing
            if not closed:
                self._queue.append(event)
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, daemon=True,
                                                    name="kmb-audit-behind")
                    self._thread.start()
                self._cond.notify_all()
        if closed:                   # a search after close: its event written here and now
            self._write(event)

    def pending(self) -> int:
        """Events queued or being written (the first is being written)."""
        with self._cond:
            return len(self._queue)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every event queued so far is in the chain (False: the
        timeout passed first). Readers of the trail call it, so that this
        workstation's own searches are in what they show."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._queue:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout: float = CLOSE_WAIT) -> int:
        """Write what is queued (up to ``timeout`` seconds) and stop; the
        number of events the server did not take in time."""
        written = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            left = len(self._queue)
        if self._thread is not None:
            self._thread.join(1.0 if not written else None)
        if left:
            log.error("%d search events were not written to the audit trail: the server "
                      "did not take them within %.0f s", left, timeout)
        return left

    def _run(self) -> None:
        failures = 0
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait()
                if self._closing:
                    return           # close() waited for the queue already
                event = self._queue[0]
            try:
                self._write(event)
            except Exception:        # noqa: BLE001 – kept and tried again; never lost here
                log.warning("audit event not written yet, trying again", exc_info=True)
                pause = RETRY_PAUSES[min(failures, len(RETRY_PAUSES) - 1)]
                failures += 1
                with self._cond:
                    if not self._closing:
                        self._cond.wait(pause)
                continue
            failures = 0
            with self._cond:
                self._queue.popleft()
                self._cond.notify_all()

    def _write(self, event: _Event) -> None:
        with self._db.statements() as conn:
            audit.record_read(conn, self._db, event.actor, event.action, event.entity,
                              event.entity_id, event.detail, at=event.at)
