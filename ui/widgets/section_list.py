"""A page of sections chosen from a list on the left, grouped under small
headings, each section built when first shown.

Nastavení had seventeen tabs, the last ones reachable only by the tab bar's
scroll arrows; a list can be scanned at a glance, reached by Tab and walked
with the arrow keys (headings are skipped: they cannot be selected).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem,
                               QStackedWidget, QWidget)

from .lazy_tabs import _Slot

_TAB_ROLE = Qt.UserRole + 1      # a section's index on a list row (headings have none)
QSS = """
QListWidget#sectionList { background: #f7f9fb; border: 1px solid #d9e0e6; border-radius: 4px;
                          padding: 4px 0; }
QListWidget#sectionList::item { padding: 4px 10px; }
QListWidget#sectionList::item:selected { background: #dcebf5; color: #1b2b38; }
"""


class LazySections(QWidget):
    """Sections by index as in a QTabWidget: count(), widget(i), title(i),
    currentIndex(), setCurrentIndex(i), currentChanged(int)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("sectionList")
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setFocusPolicy(Qt.StrongFocus)
        self.list.setStyleSheet(QSS)
        self.stack = QStackedWidget()
        self._rows: list[int] = []          # section index -> list row
        self._titles: list[str] = []
        self.list.currentRowChanged.connect(self._row_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    # -- building -------------------------------------------------------------
    def add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.NoItemFlags)           # not selectable: arrows pass over it
        font = QFont(self.list.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#5f6f7c")))
        if self.list.count():               # air above a group but the first
            item.setSizeHint(QSize(0, 2 * self.list.fontMetrics().height() + 4))
        item.setTextAlignment(Qt.AlignLeft | Qt.AlignBottom)
        item.setData(Qt.AccessibleTextRole, text)
        item.setData(Qt.AccessibleDescriptionRole, self.tr("skupina nastavení"))
        self.list.addItem(item)

    def add_lazy(self, build: Callable[[], QWidget | None], title: str) -> int:
        index = len(self._titles)
        item = QListWidgetItem(title)
        item.setData(_TAB_ROLE, index)
        item.setData(Qt.AccessibleTextRole, title)
        item.setToolTip(title)
        self.list.addItem(item)
        slot = _Slot(build)
        slot.setAccessibleName(title)
        self.stack.addWidget(slot)
        self._rows.append(self.list.row(item))
        self._titles.append(title)
        self._fit_list()
        if index == 0:
            self.setCurrentIndex(0)
        return index

    def _fit_list(self) -> None:
        # as wide as the longest title: every section is read whole
        width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 12
        self.list.setFixedWidth(max(width, 150))

    # -- by index, as a QTabWidget ---------------------------------------------
    def count(self) -> int:
        return len(self._titles)

    def title(self, index: int) -> str:
        return self._titles[index]

    def titles(self) -> list[str]:
        return list(self._titles)

    def widget(self, index: int) -> QWidget | None:
        slot = self.stack.widget(index)
        return slot.built() if isinstance(slot, _Slot) else slot

    def currentIndex(self) -> int:  # noqa: N802 – Qt's name
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 – Qt's name
        if 0 <= index < self.count():
            self.list.setCurrentRow(self._rows[index])

    def currentWidget(self) -> QWidget | None:  # noqa: N802 – Qt's name
        return self.widget(self.currentIndex()) if self.count() else None

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 – Qt's name
        for i in range(self.count()):
            slot = self.stack.widget(i)
            if slot is widget or (isinstance(slot, _Slot) and slot.inner is widget):
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 – Qt's name
        self.setCurrentIndex(self.indexOf(widget))

    def open(self, title: str) -> QWidget | None:
        """Show the section called ``title`` and return its widget."""
        index = self._titles.index(title)
        self.setCurrentIndex(index)
        return self.widget(index)

    def build_all(self) -> None:
        for i in range(self.count()):
            self.widget(i)

    def is_built(self, index: int) -> bool:
        slot = self.stack.widget(index)
        return not isinstance(slot, _Slot) or slot.inner is not None

    def _row_changed(self, row: int) -> None:
        item = self.list.item(row)
        index = item.data(_TAB_ROLE) if item is not None else None
        if index is None:
            return
        self.widget(index)                   # built before it is shown
        self.stack.setCurrentIndex(index)
        self.currentChanged.emit(index)
