"""Small editing parts of the rules form: number fields, a table of rows
(bands, cases), the conditions of a criterion or exclusion and the flat
categories. Each reads back plain rule-set data; parsing lives in
app/allocation/rules_palette.py so the form and the JSON share one validation."""
from __future__ import annotations

import copy
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from app.allocation import rules_palette as P
from app.allocation.rules import CATEGORY_VALUES, FIELDS, OPS
from models.housing import FlatCategory
from ui.labels import tl

_T = "RulesForm"
OP_TEXT = {"==": QT_TRANSLATE_NOOP("RulesForm", "je"),
           "!=": QT_TRANSLATE_NOOP("RulesForm", "není"), "<": "<", "<=": "≤", ">": ">", ">=": "≥",
           "in": QT_TRANSLATE_NOOP("RulesForm", "je jedno z"),
           "not_in": QT_TRANSLATE_NOOP("RulesForm", "není z")}


def tr(text: str) -> str:
    # pyside6-lupdate files these bare tr("…") calls under the empty context,
    # the palette's names (rules_strings.py) under "RulesForm": look in both
    out = QCoreApplication.translate("RulesForm", text)
    return QCoreApplication.translate("", text) if out == text else out


def int_spin(lo: int = -100_000, hi: int = 100_000, suffix: str = "") -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setSuffix(suffix)
    w.setMaximumWidth(110)
    return w


def num_spin(lo: float = -100_000, hi: float = 100_000, decimals: int = 2) -> QDoubleSpinBox:
    w = QDoubleSpinBox()
    w.setRange(lo, hi)
    w.setDecimals(decimals)
    w.setMaximumWidth(110)
    return w


def opt_number(placeholder: str = "") -> QLineEdit:
    """An optional number (empty: no limit), typed with a decimal comma."""
    w = QLineEdit()
    w.setPlaceholderText(placeholder or tr("bez omezení"))
    w.setMaximumWidth(110)
    return w


def small_button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setStyleSheet("padding: 2px 8px;")      # the app's padding leaves no room for "×"
    b.setFixedWidth(30)
    return b


def value_of(w: QWidget):
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return P.clean_number(w.value())
    if isinstance(w, QLineEdit):
        return P.parse_number(w.text())
    raise TypeError(w)


def set_value(w: QWidget, value) -> None:
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(value if isinstance(value, (int, float)) and not isinstance(value, bool)
                   else 0)
    else:
        w.setText(P.format_number(value) if not isinstance(value, str) else value)


def put(out: dict, key: str, value, original: dict, neutral=None) -> None:
    """Set a key, or leave an optional one out when it is empty (or neutral and
    was not there before), so an unchanged rule set reads back the same."""
    if value is None or value == "" or (value == neutral and key not in original
                                        and not isinstance(value, bool)):
        out.pop(key, None)
    else:
        out[key] = value


def watch(w: QWidget, slot) -> None:
    """Connect a field's change signal to ``slot``."""
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.valueChanged.connect(lambda *_: slot())
    elif isinstance(w, QLineEdit):
        w.textChanged.connect(lambda *_: slot())
    elif isinstance(w, QComboBox):
        w.currentIndexChanged.connect(lambda *_: slot())
    elif isinstance(w, QCheckBox):
        w.toggled.connect(lambda *_: slot())


def mark(w: QWidget, message: str | None) -> None:
    w.setProperty("invalid", bool(message))
    w.setToolTip(message or "")
    w.style().unpolish(w)
    w.style().polish(w)


def field_combo(kinds: tuple[str, ...] | None = None) -> QComboBox:
    w = compact(QComboBox())
    for key, spec in FIELDS.items():
        if kinds is None or spec.kind in kinds:
            w.addItem(tr_field(key), key)
    return w


def compact(w: QComboBox, length: int = 14) -> QComboBox:
    """Long choices must not widen the form beyond the window."""
    w.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    w.setMinimumContentsLength(length)
    return w


def tr_field(key: str) -> str:
    return QCoreApplication.translate("RulesFields", FIELDS[key].label)


def set_combo(w: QComboBox, data) -> None:
    i = w.findData(data)
    if i < 0 and data is not None:          # a value the list does not offer: keep it
        w.addItem(str(data), data)
        i = w.count() - 1
    w.setCurrentIndex(max(i, 0))


class RowsTable(QWidget):
    """Rows of fields under a header (bands, cases): ``columns`` are
    (key, header, kind) with kind "int", "opt", "text" or "values"."""
    changed = Signal()

    def __init__(self, columns: list[tuple[str, str, str]], add_text: str,
                 field=lambda: None, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.field = field            # the fact the values belong to (for parsing)
        self.rows: list[dict[str, QWidget]] = []
        self.originals: list[dict] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for c, (_key, header, kind) in enumerate(columns):
            self.grid.setColumnStretch(c, 2 if kind in ("text", "values") else 0)
            h = QLabel(header)
            h.setObjectName("muted")
            self.grid.addWidget(h, 0, c)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: (self.add_row({}), self.changed.emit()))
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        v.addLayout(row)

    def set_rows(self, rows: list[dict]) -> None:
        while self.rows:
            self._remove(0, emit=False)
        for r in rows:
            self.add_row(r)

    def add_row(self, data: dict) -> None:
        n = len(self.rows) + 1
        cells: dict[str, QWidget] = {}
        for c, (key, header, kind) in enumerate(self.columns):
            if kind == "int":
                w = int_spin()
                w.setValue(data.get(key, 0) if isinstance(data.get(key), int) else 0)
            else:
                w = QLineEdit()
                if kind == "values":
                    w.setText(P.format_values(data.get(key, [])))
                elif kind == "opt":
                    w.setText(P.format_number(data.get(key)))
                    w.setPlaceholderText(tr("—"))
                    w.setMaximumWidth(90)
                else:
                    w.setText(data.get(key) or "")
            w.setAccessibleName(f"{header} {n}")
            watch(w, self.changed.emit)
            cells[key] = w
            self.grid.addWidget(w, n, c)
        remove = small_button("×", tr("Odebrat řádek"))
        remove.clicked.connect(lambda: self._remove(self.rows.index(cells)))
        cells["_remove"] = remove
        self.grid.addWidget(remove, n, len(self.columns))
        self.rows.append(cells)
        self.originals.append(copy.deepcopy(data))

    def _remove(self, index: int, emit: bool = True) -> None:
        cells = self.rows.pop(index)
        self.originals.pop(index)
        for w in cells.values():
            self.grid.removeWidget(w)
            w.deleteLater()
        # the rows below move up one line of the grid
        for i, rest in enumerate(self.rows[index:], start=index + 1):
            for c, (key, *_rest) in enumerate(self.columns):
                self.grid.addWidget(rest[key], i, c)
            self.grid.addWidget(rest["_remove"], i, len(self.columns))
        if emit:
            self.changed.emit()

    def values(self) -> list[dict]:
        out = []
        for cells, original in zip(self.rows, self.originals):
            row = copy.deepcopy(original)
            for key, _header, kind in self.columns:
                w = cells[key]
                if kind == "int":
                    row[key] = w.value()
                elif kind == "opt":
                    put(row, key, P.parse_number(w.text()), original)
                elif kind == "values":
                    row[key] = P.parse_values(w.text(), self.field())
                else:
                    put(row, key, w.text().strip(), original)
            out.append(row)
        return out

    def cell(self, index: int, key: str) -> QWidget:
        if 0 <= index < len(self.rows):
            return self.rows[index].get(key) or self.rows[index][self.columns[0][0]]
        return self


class Conditions(QWidget):
    """A criterion's or exclusion's condition: rows of fact · comparison ·
    value, all of which must hold (the JSON's one object or list)."""
    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[QComboBox, QComboBox, QLineEdit, QPushButton]] = []
        self.as_list = False
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)          # the value gets the room
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: (self.add_row({"field": "ethos", "op": "==",
                                                               "value": None}),
                                                 self.changed.emit()))
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        v.addLayout(row)

    def set_condition(self, cond) -> None:
        while self.rows:
            self._remove(0, emit=False)
        self.as_list = isinstance(cond, list)
        for c in (cond if isinstance(cond, list) else [cond] if cond else []):
            self.add_row(c if isinstance(c, dict) else {})

    def add_row(self, c: dict) -> None:
        field = field_combo()
        set_combo(field, c.get("field"))
        op = compact(QComboBox(), 6)
        for key in OPS:
            op.addItem(tr(OP_TEXT[key]), key)
        set_combo(op, c.get("op"))
        value = QLineEdit(P.format_value(c.get("value")))
        value.setPlaceholderText(tr("hodnota (seznam oddělte čárkou)"))
        remove = small_button("×", tr("Odebrat podmínku"))
        parts = (field, op, value, remove)
        remove.clicked.connect(lambda: self._remove(self.rows.index(parts)))
        for w in (field, op, value):
            watch(w, self.changed.emit)
        n = len(self.rows)
        for col, w in enumerate(parts):
            self.grid.addWidget(w, n, col)
        self.rows.append(parts)

    def _remove(self, index: int, emit: bool = True) -> None:
        for w in self.rows.pop(index):
            self.grid.removeWidget(w)
            w.deleteLater()
        for i, parts in enumerate(self.rows[index:], start=index):
            for col, w in enumerate(parts):
                self.grid.addWidget(w, i, col)
        if emit:
            self.changed.emit()

    def condition(self):
        """The condition, or None when there is no row."""
        items = []
        for field, op, value, _ in self.rows:
            items.append({"field": field.currentData(), "op": op.currentData(),
                          "value": P.parse_value(value.text(), field.currentData(),
                                                 op.currentData())})
        if not items:
            return None
        return items if self.as_list or len(items) > 1 else items[0]

    def widget_for(self, sub: str) -> QWidget:
        """"[1].value" or ".op" (one condition) → its field."""
        m = re.match(r"^(?:\[(\d+)\])?\.?(\w*)", sub)
        index = int(m.group(1)) if m and m.group(1) else 0
        if index >= len(self.rows):
            return self
        field, op, value, _ = self.rows[index]
        return {"field": field, "op": op}.get(m.group(2) if m else "", value)


class Categories(QWidget):
    """Flat categories as check boxes (none checked: every category)."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, value in enumerate(CATEGORY_VALUES):
            box = QCheckBox(tl(FlatCategory(value)))
            box.toggled.connect(lambda *_: self.changed.emit())
            self.boxes[value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.order: list[str] = []

    def set_values(self, values) -> None:
        self.order = list(values or [])
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in self.order)
            box.blockSignals(False)

    def values(self) -> list[str]:
        # the stored order first (an unchanged list reads back the same)
        checked = [v for v, b in self.boxes.items() if b.isChecked()]
        return [v for v in self.order if v in checked] + [v for v in checked
                                                          if v not in self.order]
