"""A list with the chosen record's detail beside it, the list first.

The list gets the room a window gains or loses; the detail keeps its width: a
share of the page (at least ``least``, at most ``most`` pixels) until the
person drags the handle, then the width they chose, remembered in the settings.
At 1280 px a list of seven columns and a readable detail both fit this way;
the old fixed 2 : 1 split gave the detail room the list's columns needed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class DetailSplitter(QSplitter):
    def __init__(self, main: QWidget, detail: QWidget, settings=None, key: str = "",
                 share: float = 0.3, least: int = 300, most: int = 480,
                 parent: QWidget | None = None):
        super().__init__(Qt.Horizontal, parent)
        self.addWidget(main)
        self.addWidget(detail)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setChildrenCollapsible(False)
        self._settings, self._key = settings, key
        self._share, self._least, self._most = share, least, most
        self.chosen: int | None = None
        if settings is not None and key:
            saved = settings.value(key)
            try:
                self.chosen = int(saved) if saved is not None else None
            except (TypeError, ValueError):
                self.chosen = None        # a value of another version: the default width
        self.splitterMoved.connect(self._moved)

    def detail_width(self, total: int) -> int:
        want = self.chosen or max(self._least, min(self._most, int(total * self._share)))
        return max(0, min(want, total - self._least))    # the list keeps room too

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        total = sum(self.sizes())
        if total > 0:
            detail = self.detail_width(total)
            self.setSizes([total - detail, detail])

    def _moved(self, _pos: int, _index: int) -> None:
        self.chosen = self.sizes()[1]
        if self._settings is not None and self._key:
            self._settings.setValue(self._key, self.chosen)
