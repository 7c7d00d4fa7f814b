"""Lists that read when first shown, reload after a change to their tables,
and read off the GUI thread.

    self.loader = LazyLoad(self, ctx.changes, self._query, self._fill, "lease", "renewal")

``query()`` runs on the GUI thread and returns the work: a function without
arguments that reads (it captures what it needs from the widgets there, since
the worker thread must not touch them). ``fill(result)`` gets the result back
on the GUI thread. A tab that was never shown reads nothing (a page opens on
its first tab); once read, it reads again after each change that concerns it,
shown or not; a newer read replaces an older one still running (ui/ops read_op with a
key), so typing in a search box never shows an older result last.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ..ops import read_op

Query = Callable[[], Callable[[], Any]]


class LazyLoad(QObject):
    def __init__(self, owner: QWidget, changes, query: Query, fill: Callable[[Any], None],
                 *tables: str, background: bool = True,
                 on_failed: Callable[[Exception], None] | None = None):
        super().__init__(owner)
        self._on_failed = on_failed
        self._owner = owner
        self._query = query
        self._fill = fill
        self._background = background
        self.loaded = False       # a read was asked for at least once
        self.loading = False      # a read is running
        self.failed: Exception | None = None
        owner.installEventFilter(self)
        if changes is not None and tables:
            changes.watch(owner, self.changed, *tables)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 – Qt's name
        if obj is self._owner and event.type() == QEvent.Show and not self.loaded:
            self.load()
        return False

    def changed(self) -> None:
        """After a commit that touched the tables: read again if ever read (a
        screen the person has visited stays current; it is read off the GUI
        thread, so a hidden one costs the window nothing)."""
        if self.loaded:
            self.load()

    def load(self) -> None:
        """Read now (in the background unless told otherwise)."""
        self.loaded = True
        work = self._query()
        if not self._background:
            self._done(work())
            return
        self.loading = True
        read_op(self._owner, work, self._done, key=f"lazy-{id(self)}", failed=self._failed)

    def _done(self, result) -> None:
        self.loading = False
        self.failed = None
        self._fill(result)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.failed = exc
        if self._on_failed is not None:
            self._on_failed(exc)

    def ready(self) -> bool:
        """Shown data is current (tests wait for this)."""
        return self.loaded and not self.loading
