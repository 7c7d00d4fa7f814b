"""Form fields with Czech formats (dates ``d. M. yyyy``, money in Kč), a combo
box you can type into, and an error shown right at the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from app.errors import ValidationError
from app.formatting import format_date, format_money, parse_date, parse_money


class DateField(QLineEdit):
    """An optional date typed as ``d. M. yyyy`` (empty means no date)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("d. m. rrrr"))
        self.setMaximumWidth(140)

    def value(self, field: str | None = None) -> dt.date | None:
        text = self.text().strip()
        return parse_date(text, field) if text else None

    def set_value(self, value: dt.date | None) -> None:
        self.setText(format_date(value))


class FieldErrors:
    """Shows ValidationError messages under the fields they belong to."""

    def __init__(self):
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def bind(self, name: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setProperty("error", True)
        label.setWordWrap(True)
        label.hide()
        self._fields[name] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show(self, error: ValidationError) -> bool:
        """Show each message at its field; False if no field matched."""
        self.clear()
        shown = False
        first: QWidget | None = None
        for name, message in (error.errors or {}).items():
            if name in self._fields:
                widget, label = self._fields[name]
                label.setText(message)
                label.show()
                widget.setProperty("invalid", True)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                first = first or widget
                shown = True
        if first is not None:
            first.setFocus()
        return shown

    def message(self, name: str) -> str:
        return self._fields[name][1].text() if name in self._fields else ""


class MoneyField(QLineEdit):
    """An amount in Kč typed the Czech way (12 345,50); stored as haléře."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("Kč"))
        self.setMaximumWidth(150)
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)

    def value(self, field: str | None = None) -> int | None:
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            return 0
        return parse_money(text, field)

    def set_value(self, hal: int | None) -> None:
        self.setText("" if hal is None else format_money(hal, nbsp=False))


class SearchCombo(QComboBox):
    """A combo box you can type into: the list narrows to matching items."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumWidth(320)

    def select_data(self, value) -> bool:
        return select_data(self, value)

    def current_value(self):
        """The chosen item's data, or None when the typed text matches no item."""
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return self.currentData()


def select_data(combo: QComboBox, value) -> bool:
    """Choose the item whose data equals ``value`` (dates included: Qt's
    findData does not match a Python date stored as item data)."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False
