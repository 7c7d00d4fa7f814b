"""Form fields with Czech formats and an error shown right at the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.errors import ValidationError
from app.formatting import format_date, parse_date


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
