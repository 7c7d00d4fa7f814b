"""Warming up after start: the first print of a session would otherwise wait
for ReportLab, the printers and the embedded fonts (a few hundred ms). Once the
main window shows, that loading runs off the GUI thread (ui/ops)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app import printing

from . import ops

# after the first screen has had its turn: its reads come first
DELAY_MS = 1000


def warm_printing(parent: QWidget) -> ops.Op:
    """Start the warm-up now (the tests call this directly)."""
    # looked up at call time, so a test can watch which thread runs it
    return ops.warm_op(parent, lambda: printing.warm_up())


def schedule(parent: QWidget, delay_ms: int = DELAY_MS) -> None:
    QTimer.singleShot(delay_ms, parent, lambda: warm_printing(parent))
