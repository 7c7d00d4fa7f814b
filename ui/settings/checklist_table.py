"""A checklist template as a table of rooms and items: the room is written
once, on the first row of its items (an empty room continues the room above),
rows are added for a new room or a new item of the current one. Reading the
rows back and checking them is app/inspections/templates.py's."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.inspections.templates import TemplateItem

ERROR_BRUSH = QBrush(QColor("#fde7e5"))


class ChecklistTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("checklistItems")
        self.table.setHorizontalHeaderLabels([self.tr("Místnost"),
                                              self.tr("Kontrolovaná položka")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.add_room_button = QPushButton(self.tr("Přidat místnost"))
        self.add_room_button.clicked.connect(self.add_room)
        self.add_item_button = QPushButton(self.tr("Přidat položku"))
        self.add_item_button.setToolTip(self.tr("Pod vybraný řádek, do téže místnosti"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Odebrat řádek"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        for b in (self.add_room_button, self.add_item_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)

    # -- data ------------------------------------------------------------------------------
    def set_items(self, items: list[TemplateItem]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        previous = None
        for it in items:
            self._insert(self.table.rowCount(), "" if it.room == previous else it.room, it.item)
            previous = it.room
        self.table.blockSignals(False)

    def rows(self) -> list[tuple[str, str]]:
        return [(self._text(r, 0), self._text(r, 1)) for r in range(self.table.rowCount())]

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""

    def _insert(self, row: int, room: str, item: str) -> None:
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(room))
        self.table.setItem(row, 1, QTableWidgetItem(item))

    # -- editing ---------------------------------------------------------------------------
    def add_room(self) -> None:
        row = self.table.rowCount()
        self._insert(row, "", "")
        self._edit(row, 0)
        self.changed.emit()

    def add_item(self) -> None:
        current = self.table.currentRow()
        row = current + 1 if current >= 0 else self.table.rowCount()
        self._insert(row, "", "")
        self._edit(row, 1)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        # the room written on this row goes to the next row of the same room
        room = self._text(row, 0)
        if room and row + 1 < self.table.rowCount() and not self._text(row + 1, 0):
            self.table.item(row + 1, 0).setText(room)
        self.table.removeRow(row)
        self.changed.emit()

    def _edit(self, row: int, col: int) -> None:
        self.table.setCurrentCell(row, col)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, col))

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers if read_only else
                                   QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        for b in (self.add_room_button, self.add_item_button, self.remove_button):
            b.setVisible(not read_only)

    def isReadOnly(self) -> bool:  # noqa: N802 – like the text editor it replaces
        return self.table.editTriggers() == QAbstractItemView.NoEditTriggers

    # -- errors at their row ---------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """``errors`` by "items.<row>": the row turns red with the message as tip."""
        self.table.blockSignals(True)
        first = None
        for r in range(self.table.rowCount()):
            message = errors.get(f"items.{r}")
            for c in range(2):
                item = self.table.item(r, c)
                if item is None:
                    continue
                item.setBackground(ERROR_BRUSH if message else QBrush())
                item.setToolTip(message or "")
            if message and first is None:
                first = r
        self.table.blockSignals(False)
        if first is not None:
            self.table.setCurrentCell(first, 0 if not self._text(first, 0) else 1)
            self.table.scrollToItem(self.table.item(first, 0), QAbstractItemView.PositionAtCenter)

    def clear_errors(self) -> None:
        self.show_errors({})

    def setFocus(self, *args) -> None:  # noqa: N802 – FieldErrors focuses the field
        self.table.setFocus(*args)
