"""What every screen needs: the open database, the acting user, where to
keep window state, and the change feed that tells screens what a commit
changed (no global signal bus on the QApplication)."""
from __future__ import annotations

import threading
from dataclasses import dataclass

from typing import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, Slot

from app.changes import Changes
from app.db import Database
from app.installation import InstallationInfo
from app.security import Actor

EXTERNAL_POLL_MS = 3000


class _Watch(QObject):
    """A screen's interest in some tables; dies with the screen, so a closed
    screen is never called (a bare lambda on ``changed`` would be)."""

    def __init__(self, owner: QObject, callback: Callable[[], None], tables: tuple[str, ...]):
        super().__init__(owner)
        self._callback = callback
        self._tables = tables

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self._tables):
            self._callback()


class ChangeFeed(QObject):
    """Forwards the database's change stream to the screens, on the GUI thread.

    Commits may happen in worker threads (ui/ops); their ``Changes`` are
    queued and merged, and delivered once per turn of the event loop as
    ``changed(Changes)``. Screens connect ``changed`` and reload when
    ``changes.touches(...)`` names a table they show. Writes by another
    process (the CLI, a second window) are looked for when the window is
    activated and every few seconds; they arrive as ``Changes.all()``.
    """

    changed = Signal(object)
    _posted = Signal()

    def __init__(self, db: Database | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._posted.connect(self.deliver, Qt.QueuedConnection)
        self._unsubscribe = db.subscribe(self._on_commit) if db is not None else None
        self._timer = QTimer(self)
        self._timer.setInterval(EXTERNAL_POLL_MS)
        self._timer.timeout.connect(self.check_external)
        if db is not None:
            self._timer.start()
        self.destroyed.connect(lambda *_: self._unsubscribe and self._unsubscribe())

    def _on_commit(self, changes: Changes) -> None:
        """Any thread: remember, and ask the GUI thread to deliver."""
        with self._lock:
            first = self._pending is None
            self._pending = changes if first else self._pending.merge(changes)
        if first:
            try:
                self._posted.emit()
            except RuntimeError:        # the feed's window is gone
                pass

    def watch(self, owner: QObject, callback: Callable[[], None], *tables: str) -> None:
        """Call ``callback()`` after commits that touch any of ``tables``, as
        long as ``owner`` lives."""
        self.changed.connect(_Watch(owner, callback, tables).on_changes)

    def deliver(self) -> None:
        """Hand the merged pending changes to the screens (GUI thread)."""
        with self._lock:
            pending, self._pending = self._pending, None
        if pending:
            self.changed.emit(pending)

    def check_external(self) -> bool:
        """Look for writes by another connection or process (cheap)."""
        return self._db is not None and self._db.check_external()

    def stop(self) -> None:
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


@dataclass
class UiContext:
    db: Database
    actor: Actor
    installation: InstallationInfo
    settings: QSettings
    changes: ChangeFeed | None = None
    demo: bool = False

    def __post_init__(self) -> None:
        if self.changes is None:
            self.changes = ChangeFeed(self.db)
