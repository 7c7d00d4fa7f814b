"""One pattern for long work off the UI thread (after Anki's operations).

    op = BackgroundOp(parent, "Vytvářím ukázkový úřad…", work)
    op.succeeded.connect(on_done)
    op.start()

``work(progress, cancelled)`` runs in a worker thread with plain data only (no
widgets, no live ORM objects); ``progress(text, percent)`` updates the
dialog; ``cancelled()`` tells the work to stop. Success and failure come back
on the GUI thread. Failures that are KmbError show their message to the user.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import KmbError

Work = Callable[[Callable[[str, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(str, int)
    done = Signal(object)
    failed = Signal(object, str)

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


class BackgroundOp(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Work, *,
                 cancellable: bool = False, show_errors: bool = True):
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self._show_errors = show_errors
        self._worker = _Worker(work, self._cancel)
        self.dialog = QProgressDialog(title, self.tr("Zrušit") if cancellable else None,
                                      0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._cancellable = cancellable
        if cancellable:
            self.dialog.canceled.connect(self._cancel.set)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._worker.start()

    def wait(self, ms: int = 60_000) -> bool:
        return self._worker.wait(ms)

    def _on_progress(self, text: str, pct: int) -> None:
        self.dialog.setLabelText(text)
        self.dialog.setValue(pct)

    def _finish(self) -> bool:
        """Close the dialog; True if the person had asked to cancel."""
        cancelled = self._cancel.is_set()
        if self._cancellable:     # closing a QProgressDialog emits canceled(): not the user
            self.dialog.canceled.disconnect(self._cancel.set)
        self.dialog.close()
        self._worker.wait()
        return cancelled

    def _on_done(self, result) -> None:
        if self._finish():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)

    def _on_failed(self, exc: Exception, tb: str) -> None:
        if self._finish():
            self.cancelled.emit()
            return
        if self._show_errors:
            text = exc.message if isinstance(exc, KmbError) else self.tr(
                "Nastala neočekávaná chyba: {0}").format(exc)
            QMessageBox.warning(self._parent, self.tr("Nepodařilo se"), text)
        self.failed.emit(exc)
