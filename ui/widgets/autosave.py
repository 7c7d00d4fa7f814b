"""Autosave with a debounce: every change restarts a short timer; when the
worker pauses typing, the form is saved as a draft. ``flush()`` saves at once
(before printing, closing, leaving the screen)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from .hooks import Hook


class Autosaver(QObject):

    def __init__(self, save: Callable[[], bool], delay_ms: int = 1500,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.state_changed = Hook()     # "dirty", "saved", "failed"
        self._save = save
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._suspended = 0
        self.dirty = False

    def set_delay(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def touch(self) -> None:
        if self._suspended:
            return
        self.dirty = True
        self.state_changed.emit("dirty")
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything changed; False if the save failed."""
        self._timer.stop()
        if not self.dirty:
            return True
        ok = self._save()
        if ok:
            self.dirty = False
        self.state_changed.emit("saved" if ok else "failed")
        return ok

    def discard(self) -> None:
        self._timer.stop()
        self.dirty = False

    def leave(self, parent: QWidget, problem: str) -> bool:
        """Before leaving a form: save, or ask whether to leave without saving."""
        if self.flush():
            return True
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Autosaver", "Neuložené změny"),
            QCoreApplication.translate(
                "Autosaver", "Změny nelze uložit: {0}\n\nOdejít bez uložení?").format(problem))
        if answer == QMessageBox.Yes:
            self.discard()
            return True
        return False

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def suspend(self):
        """Context manager: changes made while loading a record are not edits."""
        saver = self

        class _Guard:
            def __enter__(self):
                saver._suspended += 1

            def __exit__(self, *exc):
                saver._suspended -= 1

        return _Guard()
