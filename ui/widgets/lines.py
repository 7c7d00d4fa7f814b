"""An editable table of lines (incomes, debts, next steps, checklist items,
meter readings, keys, signatories): every cell is a real input widget, so
typing, Tab and the tests work as in any form. Rows carry hidden data (the
stored id, a task id …) that the screen hands back to app/."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from .hooks import Hook

TEXT, MONEY, DATE, NUMBER, COMBO, CHECK, INT, LABEL = (
    "text", "money", "date", "number", "combo", "check", "int", "label")

QSS = """
QLineEdit[readOnly="true"] { border: 1px solid transparent; background: transparent; }
QComboBox:disabled { color: #1b2b38; border: 1px solid transparent; background: transparent; }
QComboBox::drop-down:disabled { border: none; width: 0px; }
QComboBox::down-arrow:disabled { image: none; width: 0px; height: 0px; }
QSpinBox:disabled { color: #1b2b38; border: 1px solid transparent; background: transparent; }
QLineEdit[repeat="true"] { color: #9aa7b2; }
QComboBox[flag="bad"], QLineEdit[flag="bad"] { color: #b3261e; font-weight: 600; }
QComboBox[flag="fine"] { color: #2e6b34; }
"""


@dataclass
class LineCol:
    key: str
    header: str                       # already translated
    kind: str = TEXT
    width: int | None = None          # None: stretch
    options: list[tuple[str, Any]] = field(default_factory=list)   # for COMBO
    placeholder: str = ""


def _whole_on_hover(edit: QLineEdit, text: str) -> None:
    """The cell's text as its tooltip (an error message, while shown, stays)."""
    if not edit.property("invalid"):
        edit.setToolTip(text)


class _Check(QWidget):
    """A centred check box that fits a table cell."""

    def __init__(self):
        super().__init__()
        self.box = QCheckBox()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.box, 0, Qt.AlignCenter)


class LinesTable(QTableWidget):
    def __init__(self, columns: list[LineCol], parent: QWidget | None = None, *,
                 min_rows_visible: int = 3, fit_to_rows: bool = False):
        super().__init__(0, len(columns), parent)
        self.changed = Hook()
        self.columns = columns
        self.meta: list[dict] = []
        self._read_only = False
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for i, c in enumerate(columns):
            if c.width is None:
                header.setSectionResizeMode(i, QHeaderView.Stretch)
            else:
                header.setSectionResizeMode(i, QHeaderView.Interactive)
                self.setColumnWidth(i, c.width)
        self._min_rows = min_rows_visible
        self._fit = fit_to_rows          # grow with the rows (in a scrolling form)
        self.setStyleSheet(QSS)
        self._fit_height()

    # -- rows --------------------------------------------------------------------
    def add_row(self, values: dict | None = None, meta: dict | None = None) -> int:
        values = values or {}
        row = self.rowCount()
        self.insertRow(row)
        self.meta.append(dict(meta or {}))
        for col, c in enumerate(self.columns):
            w = self._make(c)
            self.setCellWidget(row, col, w)
            self._set(w, c, values.get(c.key))
            self._connect(w, c, row)
        self._apply_read_only(row)
        self._fit_height()
        return row

    def set_rows(self, rows: list[tuple[dict, dict]]) -> None:
        """Replace all rows: [(values, meta), …]."""
        self.blockSignals(True)
        self.setRowCount(0)
        self.meta = []
        for values, meta in rows:
            self.add_row(values, meta)
        self.blockSignals(False)
        self._fit_height()

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.removeRow(row)
            del self.meta[row]
            self._fit_height()
            self.changed.emit()

    def remove_current(self) -> None:
        self.remove_row(self.currentRow())

    def values(self) -> list[dict]:
        """Each row's raw values (text of text fields, data of combos …)."""
        out = []
        for row in range(self.rowCount()):
            out.append({c.key: self._get(self.cellWidget(row, col), c)
                        for col, c in enumerate(self.columns)})
        return out

    def widget(self, row: int, key: str) -> QWidget:
        col = next(i for i, c in enumerate(self.columns) if c.key == key)
        w = self.cellWidget(row, col)
        return w.box if isinstance(w, _Check) else w

    def set_value(self, row: int, key: str, value) -> None:
        col = next(i for i, c in enumerate(self.columns) if c.key == key)
        self._set(self.cellWidget(row, col), self.columns[col], value)

    def set_flag(self, row: int, key: str, name: str, value) -> None:
        """A style property on one cell (see QSS: repeat, flag)."""
        w = self.widget(row, key)
        if w.property(name) != value:
            w.setProperty(name, value)
            w.style().unpolish(w)
            w.style().polish(w)

    def mark_repeats(self, key: str) -> None:
        """Grey out a value that repeats the row above (the room of a checklist)."""
        previous = None
        for row, v in enumerate(self.values()):
            self.set_flag(row, key, "repeat", v[key] == previous)
            previous = v[key]

    # -- read only and errors ----------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(self.rowCount()):
            self._apply_read_only(row)

    def lock_cells(self, row: int, keys: set[str]) -> None:
        """Make single cells read-only (e.g. a registered meter's serial number)."""
        self.meta[row]["_locked"] = set(keys)
        self._apply_read_only(row)

    def _apply_read_only(self, row: int) -> None:
        locked = self.meta[row].get("_locked", set())
        for col, c in enumerate(self.columns):
            w = self.cellWidget(row, col)
            ro = self._read_only or c.key in locked
            if isinstance(w, QLineEdit):
                w.setReadOnly(ro)
                w.style().unpolish(w)
                w.style().polish(w)
            elif isinstance(w, _Check):
                w.box.setEnabled(not ro)
            elif isinstance(w, (QComboBox, QSpinBox)):
                w.setEnabled(not ro)

    def mark_errors(self, errors: dict[str, str], prefix: str) -> list[str]:
        """Show "prefix.ROW.key" messages at their cells; returns the messages shown."""
        shown = []
        for name, message in errors.items():
            parts = name.split(".")
            if len(parts) < 2 or parts[0] != prefix or not parts[1].isdigit():
                continue
            row = int(parts[1])
            key = parts[2] if len(parts) > 2 else None
            if row >= self.rowCount():
                continue
            cols = [i for i, c in enumerate(self.columns) if c.key == key] or [0]
            w = self.cellWidget(row, cols[0])
            w = w.box if isinstance(w, _Check) else w
            w.setProperty("invalid", True)
            w.setToolTip(message)
            w.style().unpolish(w)
            w.style().polish(w)
            shown.append(message)
        return shown

    def clear_errors(self) -> None:
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                w = self.cellWidget(row, col)
                w = w.box if isinstance(w, _Check) else w
                if w is not None and w.property("invalid"):
                    w.setProperty("invalid", False)
                    w.setToolTip(w.text() if isinstance(w, QLineEdit) else "")
                    w.style().unpolish(w)
                    w.style().polish(w)

    # -- cells ---------------------------------------------------------------------
    def _make(self, c: LineCol) -> QWidget:
        if c.kind == COMBO:
            w = QComboBox()
            for text, data in c.options:
                w.addItem(text, data)
            return w
        if c.kind == CHECK:
            return _Check()
        if c.kind == INT:
            w = QSpinBox()
            w.setRange(0, 99)
            w.setAlignment(Qt.AlignRight)
            return w
        if c.kind == LABEL:
            w = QLabel()
            w.setObjectName("muted")
            w.setContentsMargins(4, 0, 4, 0)
            return w
        w = QLineEdit()
        w.setPlaceholderText(c.placeholder)
        if c.kind in (MONEY, NUMBER):
            w.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        return w

    def _connect(self, w: QWidget, c: LineCol, row: int) -> None:
        if isinstance(w, QLineEdit):
            w.textEdited.connect(lambda _t: self.changed.emit())
            if c.kind == TEXT:          # a text cut at the cell's edge, whole on hover
                w.textChanged.connect(lambda t, w=w: _whole_on_hover(w, t))
                _whole_on_hover(w, w.text())
        elif isinstance(w, QComboBox):
            w.activated.connect(lambda _i: self.changed.emit())
        elif isinstance(w, _Check):
            w.box.toggled.connect(lambda _b: self.changed.emit())
        elif isinstance(w, QSpinBox):
            w.valueChanged.connect(lambda _v: self.changed.emit())

    @staticmethod
    def _set(w: QWidget, c: LineCol, value) -> None:
        if isinstance(w, QComboBox):
            idx = w.findData(value)
            w.setCurrentIndex(max(idx, 0))
        elif isinstance(w, _Check):
            w.box.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, (QLineEdit, QLabel)):
            w.setText("" if value is None else str(value))
            if isinstance(w, QLineEdit):
                w.setCursorPosition(0)       # show the start of a long text

    @staticmethod
    def _get(w: QWidget, c: LineCol):
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, _Check):
            return w.box.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, (QLineEdit, QLabel)):
            return w.text()
        return None

    def _fit_height(self) -> None:
        rows = max(self.rowCount(), self._min_rows)
        h = self.horizontalHeader().sizeHint().height() + rows * 30 + 6
        self.setMinimumHeight(min(h, 420))
        if self._fit:
            self.setMaximumHeight(min(h, 420))
