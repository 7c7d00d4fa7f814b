"""A dashboard card: a framed box with a title, a body and ``refresh()``.

A card reads its figures off the GUI thread: ``refresh()`` calls
``self.load(work, fill)`` with ``work`` a function without arguments that reads
(capturing the database, the user and the day on the GUI thread) and ``fill``
what puts the result on screen. Přehled then opens at once on a city-sized
office, and each card fills in when its figures are ready."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..ops import read_op


class Card(QFrame):
    watches: tuple[str, ...] = ()   # table names whose change refreshes the card

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title_label)
        layout.addLayout(self.body, 1)
        self.loading = False

    def refresh(self) -> None:  # pragma: no cover – cards override
        pass

    def load(self, work: Callable[[], Any], fill: Callable[[Any], None]) -> None:
        """Read in the background, then ``fill(result)``; a newer read of this
        card replaces one still running."""
        self.loading = True

        def done(result) -> None:
            self.loading = False
            fill(result)

        def failed(_exc: Exception) -> None:
            self.loading = False
        read_op(self, work, done, key="card", failed=failed)

    def ready(self) -> bool:
        """The card shows current figures (tests wait for this)."""
        return not self.loading
