"""A dashboard card: a framed box with a title, a body and ``refresh()``.

A card reads its figures off the GUI thread: ``refresh()`` calls
``self.load(work, fill)`` with ``work`` a function without arguments that reads
(capturing the database, the user and the day on the GUI thread) and ``fill``
what puts the result on screen. Přehled then opens at once on a city-sized
office, and each card fills in when its figures are ready.

The first reads of the cards made inside ``one_after_another()`` (Přehled's
opening) run one after another, not all at once: then they share one pooled
connection whose page cache is warm, instead of six cold connections
contending for the GIL (on a city: about half the CPU, and the first cards
fill sooner)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..ops import read_op

_collecting: list | None = None


@contextmanager
def one_after_another() -> Iterator[None]:
    """Cards made inside read their first figures one after another."""
    global _collecting
    _collecting = []
    try:
        yield
    finally:
        reads, _collecting = _collecting, None
        _next(reads)


def _next(reads: list) -> None:
    while reads:
        card, n, work, fill = reads.pop(0)
        if isValid(card) and card._reads == n:     # not closed, nor read anew meanwhile
            card._start(work, fill, then=lambda: _next(reads))
            return


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
        self._reads = 0                 # reads asked for (a queued one may be outdated)
        self._then: Callable[[], None] | None = None    # the next queued read

    def refresh(self) -> None:  # pragma: no cover – cards override
        pass

    def load(self, work: Callable[[], Any], fill: Callable[[Any], None]) -> None:
        """Read in the background, then ``fill(result)``; a newer read of this
        card replaces one still running."""
        self._reads += 1
        if _collecting is not None:
            self.loading = True
            _collecting.append((self, self._reads, work, fill))
            return
        self._start(work, fill)

    def _start(self, work, fill, then: Callable[[], None] | None = None) -> None:
        self.loading = True
        replaced, self._then = self._then, then

        def done(result) -> None:
            self.loading = False
            fill(result)
            self._go_on()

        def failed(_exc: Exception) -> None:
            self.loading = False
            self._go_on()
        read_op(self, work, done, key="card", failed=failed)
        if replaced is not None:        # the replaced read will not call it
            replaced()

    def _go_on(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    def ready(self) -> bool:
        """The card shows current figures (tests wait for this)."""
        return not self.loading
