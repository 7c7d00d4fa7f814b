"""Tabs built when first shown.

Nastavení has some sixteen tabs; building them all (the allocation rules form
alone has hundreds of fields) made the page take seconds to open although a
person looks at one or two. A tab's widget is made by its factory the first
time the tab is shown, or when code asks for it with ``widget(i)``.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class _Slot(QWidget):
    """Holds the place of a tab until its widget is built."""

    def __init__(self, build: Callable[[], QWidget | None]):
        super().__init__()
        self._build = build
        self.inner: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self.inner is None:
            self.inner = self._build() or QLabel(self.tr("Tato část není pro vaši roli."))
            self._layout.addWidget(self.inner)
            self.inner.show()        # a child added to a shown parent stays hidden otherwise
        return self.inner


class LazyTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(self._shown)

    def add_lazy(self, build: Callable[[], QWidget | None], title: str) -> int:
        index = self.addTab(_Slot(build), title)
        if index == self.currentIndex():
            self._shown(index)
        return index

    def widget(self, index: int) -> QWidget | None:   # noqa: D102 – the tab's own widget
        slot = super().widget(index)
        return slot.built() if isinstance(slot, _Slot) else slot

    def currentWidget(self) -> QWidget | None:   # noqa: N802 – Qt's name
        return self.widget(self.currentIndex()) if self.count() else None

    def indexOf(self, widget: QWidget) -> int:    # noqa: N802 – the tab's own widget too
        for i in range(self.count()):
            slot = super().widget(i)
            if slot is widget or (isinstance(slot, _Slot) and slot.inner is widget):
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:   # noqa: N802 – Qt's name
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def build_all(self) -> None:
        """Every tab's widget now (a walk over all texts, a screenshot script)."""
        for i in range(self.count()):
            self.widget(i)

    def is_built(self, index: int) -> bool:
        slot = super().widget(index)
        return not isinstance(slot, _Slot) or slot.inner is not None

    def _shown(self, index: int) -> None:
        if index >= 0:
            self.widget(index)
