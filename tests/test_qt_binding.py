"""Guards against known-bad Qt binding releases.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` made
from Python; after a few thousand emits the interpreter aborts
("bool_dealloc"). pyproject.toml excludes that release; this test notices if
a release with the same fault comes in.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(set)


def test_signal_emit_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda tables: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit({"person"})
    assert sys.getrefcount(True) - before > -50
