"""Small widgets shared by the lease and fund screens: a money field, a
searchable combo box, a read-only table and a message helper."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QHeaderView, QLineEdit,
                               QMessageBox, QTableView, QWidget)

from app.errors import KmbError
from app.formatting import format_money, parse_money

from ..widgets.table_model import RowsModel
from ..widgets.tables import list_table


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


def table(model: RowsModel, name: str) -> QTableView:
    return list_table(model, name)

def fit_columns(view: QTableView, widths: list[int], stretch: int | None = None) -> None:
    """Column widths; ``stretch`` takes the remaining space (instead of the last)."""
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    if stretch is not None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)


def selected_row(view: QTableView):
    index = view.selectionModel().currentIndex() if view.selectionModel() else None
    if index is None or not index.isValid():
        return None
    return view.model().row(index.row())


def show_error(parent: QWidget, exc: Exception, title: str | None = None) -> None:
    text = exc.message if isinstance(exc, KmbError) else str(exc)
    QMessageBox.warning(parent, title or parent.tr("Nepodařilo se"), text)

