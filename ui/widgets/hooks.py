"""A Python-side notification with the shape of a signal (connect / emit).

Used instead of custom Qt signals for notifications that fire on every
keystroke: in PySide6 6.12.0 ``SignalInstance.emit()`` returns ``True``
without taking a reference, so on Python 3.11 every emit from Python lowers
the reference count of ``True`` until the interpreter aborts
("bool_dealloc"). Signals emitted by Qt itself are not affected."""
from __future__ import annotations

from typing import Callable


class Hook:
    def __init__(self) -> None:
        self._slots: list[Callable] = []

    def connect(self, slot: Callable) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable) -> None:
        self._slots.remove(slot)

    def emit(self, *args) -> None:
        for slot in list(self._slots):
            slot(*args)
