"""One helper for work off the GUI thread (after Anki's QueryOp/CollectionOp).

    read_op(self, lambda: rank(db, actor, flat_id), self._show_ranking, key="ranking")
    write_op(self, self.tr("Načítám balíček…"),
             lambda progress, cancelled: import_bundle(db, actor, path, progress=progress,
                                                       cancelled=cancelled),
             self._imported, cancellable=True)

The work runs in a worker thread with plain data only (ids, paths, dataclasses;
never widgets or live ORM objects); it opens its own sessions through app/
services. While it runs the cursor shows busy; with a title a progress dialog
appears after 300 ms, with ``cancellable`` it has *Zrušit*. Success, failure
and cancellation come back on the GUI thread.

Cancel semantics. Long work checks ``cancelled()`` only before its commit and
then raises ``app.errors.Cancelled``: that, and only that, is reported as
cancelled. A write that finished (committed) although the person pressed
*Zrušit* meanwhile reports its result. A read whose result is no longer wanted
(cancelled, or superseded by a newer read with the same ``key``) is dropped.

What a write changed reaches the screens through the change stream
(app/changes.py), not through the op.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.errors import Cancelled, KmbError

Progress = Callable[[str, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(str, int)
    done = Signal(object)
    failed = Signal(object, str)
    ended = Signal(object)          # last signal: the reaper may release this thread

    def __init__(self, work: Work, cancel_event: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel_event

    def run(self) -> None:
        try:
            result = self._work(lambda text, pct: self.progressed.emit(text, int(pct)),
                                self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 – handed to the GUI thread
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.done.emit(result)
        self.ended.emit(self)


class _Reaper(QObject):
    """Keeps worker threads alive until they have ended, even when the screen
    that started them is closed meanwhile (a QThread must not die running)."""

    def __init__(self) -> None:
        super().__init__()
        self.workers: set[_Worker] = set()

    def adopt(self, worker: _Worker) -> None:
        self.workers.add(worker)
        worker.ended.connect(self.reap)

    @Slot(object)
    def reap(self, worker: _Worker) -> None:
        worker.wait()
        self.workers.discard(worker)


_reaper: _Reaper | None = None
_active: set["Op"] = set()


def running() -> int:
    """Ops started and not yet delivered (tests wait for 0)."""
    return len(_active)


def wait_idle(ms: int = 60_000) -> bool:
    """Wait until every worker thread has ended, dropped reads included: call it
    before the database is closed, which a running read would still use."""
    if _reaper is None:
        return True
    return all(worker.wait(ms) for worker in list(_reaper.workers))


class Op(QObject):
    """One piece of background work; see the module docstring."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, work: Work, *, title: str | None = None,
                 writes: bool = True, cancellable: bool = False, show_errors: bool = True,
                 busy_cursor: bool = True):
        super().__init__(parent)
        global _reaper
        if _reaper is None:
            _reaper = _Reaper()
        self._parent = parent
        self._writes = writes
        self._cancel = threading.Event()
        self._dropped = False
        self._show_errors = show_errors
        self._cancellable = cancellable
        self._busy = False
        self._busy_cursor = busy_cursor
        self._worker = _Worker(work, self._cancel)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.dialog: QProgressDialog | None = None
        if parent is not None:      # a closed screen: nobody waits (see _abandon)
            parent.destroyed.connect(self._abandon)
        if title is not None:
            self.dialog = QProgressDialog(title, self.tr("Zrušit") if cancellable else None,
                                          0, 100, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if cancellable:
                self.dialog.canceled.connect(self.cancel)

    def start(self) -> "Op":
        _active.add(self)
        if self._busy_cursor:
            QApplication.setOverrideCursor(Qt.BusyCursor)
            self._busy = True
        _reaper.adopt(self._worker)
        self._worker.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it decides whether it still can)."""
        self._cancel.set()

    def drop(self) -> None:
        """Nobody wants the result any more (a newer read replaced this one)."""
        self._dropped = True
        self._cancel.set()
        self._finish()

    def _abandon(self, *_args) -> None:
        """The screen that started this op is being destroyed (its children, this
        op and its dialog, go with it): stop counting it as running and give the
        cursor back; a read is asked to stop, a write still finishes."""
        if self._busy:
            self._busy = False
            QApplication.restoreOverrideCursor()
        self._dropped = True
        if not self._writes:
            self._cancel.set()
        _active.discard(self)

    def wait(self, ms: int = 60_000) -> bool:
        return self._worker.wait(ms)

    def is_running(self) -> bool:
        return self in _active

    # -- back on the GUI thread ----------------------------------------------------
    def _on_progress(self, text: str, pct: int) -> None:
        if self.dialog is not None and not self._dropped:
            self.dialog.setLabelText(text)
            self.dialog.setValue(pct)

    def _finish(self) -> None:
        if self._busy:
            self._busy = False
            QApplication.restoreOverrideCursor()
        if self.dialog is not None:
            if self._cancellable:   # closing a QProgressDialog emits canceled(): not the user
                self.dialog.canceled.disconnect(self.cancel)
                self._cancellable = False
            self.dialog.close()
        _active.discard(self)

    def _on_done(self, result) -> None:
        if self._dropped:
            return
        self._finish()
        if not self._writes and self._cancel.is_set():
            self.cancelled.emit()       # a read nobody waits for
        else:
            self.succeeded.emit(result)  # a write that finished has committed

    def _on_failed(self, exc: Exception, tb: str) -> None:
        if self._dropped:
            return
        self._finish()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
            return
        if self._show_errors:
            from .widgets.dialogs import first_line
            text = exc.message if isinstance(exc, KmbError) else self.tr(
                "Nastala neočekávaná chyba: {0}").format(first_line(exc))
            QMessageBox.warning(self._parent, self.tr("Nepodařilo se"), text)
        self.failed.emit(exc)


def _supersede(parent: QObject | None, key: str | None, op: Op) -> None:
    if parent is None or key is None:
        return
    ops = getattr(parent, "_kmb_ops", None)
    if ops is None:
        ops = {}
        setattr(parent, "_kmb_ops", ops)
    old = ops.get(key)
    if old is not None and old.is_running():
        old.drop()
    ops[key] = op


def read_op(parent: QWidget | None, work: Callable[[], Any], done: Callable[[Any], None], *,
            key: str | None = None, failed: Callable[[Exception], None] | None = None,
            title: str | None = None, show_errors: bool = True) -> Op:
    """Run a read in the background and hand its result to ``done``. With a
    ``key``, a newer read of the same key on the same parent replaces this one."""
    op = Op(parent, lambda _p, _c: work(), title=title, writes=False, show_errors=show_errors)
    op.succeeded.connect(done)
    if failed is not None:
        op.failed.connect(failed)
    _supersede(parent, key, op)
    return op.start()


def write_op(parent: QWidget | None, title: str, work: Work, done: Callable[[Any], None], *,
             cancellable: bool = False, cancelled: Callable[[], None] | None = None,
             failed: Callable[[Exception], None] | None = None,
             show_errors: bool = True) -> Op:
    """Run a write (or long work with progress) in the background:
    ``work(progress, cancelled)``; see the cancel semantics above."""
    op = Op(parent, work, title=title, writes=True, cancellable=cancellable,
            show_errors=show_errors)
    op.succeeded.connect(done)
    if cancelled is not None:
        op.cancelled.connect(cancelled)
    if failed is not None:
        op.failed.connect(failed)
    return op.start()


def BackgroundOp(parent: QWidget | None, title: str, work: Work, *,  # noqa: N802
                 cancellable: bool = False, show_errors: bool = True) -> Op:
    """The older spelling: a write op with a progress dialog, started by ``start()``."""
    return Op(parent, work, title=title, writes=True, cancellable=cancellable,
              show_errors=show_errors)


def warm_op(parent: QWidget | None, work: Callable[[], Any]) -> Op:
    """Preparation nobody waits for (loading modules before they are needed):
    off the GUI thread, without a busy cursor or an error message."""
    return Op(parent, lambda _p, _c: work(), writes=False, show_errors=False,
              busy_cursor=False).start()
