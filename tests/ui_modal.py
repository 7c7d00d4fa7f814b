"""Answering a modal dialog the way a person would, while its exec() runs."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(action: Callable[[QWidget], None], *, tries: int = 200) -> dict:
    """Run ``action(dialog)`` as soon as a modal dialog is open; returns a dict
    that records whether it ran (``done``) and any exception (``error``)."""
    state: dict = {"done": False, "error": None}

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        try:
            action(dialog)
        except Exception as exc:  # noqa: BLE001 – reported by the test
            state["error"] = exc
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()
        state["done"] = True

    QTimer.singleShot(0, poll)
    return state
