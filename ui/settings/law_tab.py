"""Nastavení → Zákon: the figures set by law or regulation (životní minimum,
the income factor, the validity of an entry, …), each with its period of
validity and source. A new value is added from a date; calculations take the
value valid on the day they concern."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.formatting import format_date
from app.legal import parameters as legal
from app.security import Permission

from ..context import UiContext
from ..labels import shown_date
from ..widgets.fields import DateField, FieldErrors
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_T = "LawTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LawTab", "Údaj"), lambda p: legal.parameter_label(p.code), context=_T),
    Col(QT_TRANSLATE_NOOP("LawTab", "Hodnota"), lambda p: legal.format_value(p.code, p.value),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LawTab", "Platí od"), lambda p: format_date(p.valid_from), context=_T),
    Col(QT_TRANSLATE_NOOP("LawTab", "Platí do"), lambda p: format_date(p.valid_to) or "—",
        context=_T),
    Col(QT_TRANSLATE_NOOP("LawTab", "Pramen"), lambda p: p.source, context=_T),
]


class LawTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "lawTable")
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.errors = FieldErrors()
        box = QGroupBox(self.tr("Nová hodnota (např. po novele nebo novém nařízení vlády)"))
        form = QFormLayout(box)
        self.code = QComboBox()
        self.code.setObjectName("lawCode")
        for d in legal.DEFINITIONS:
            self.code.addItem(legal.parameter_label(d.code), d.code)
        self.valid_from = DateField()
        self.valid_from.setObjectName("lawValidFrom")
        self.value = QLineEdit()
        self.value.setObjectName("lawValue")
        self.value.setMaximumWidth(160)
        self.source = QLineEdit()
        self.source.setObjectName("lawSource")
        self.source.setPlaceholderText(self.tr("např. nařízení vlády č. …/2027 Sb."))
        for name, text, widget in (("code", self.tr("Údaj"), self.code),
                                   ("valid_from", self.tr("Platí od"), self.valid_from),
                                   ("value", self.tr("Hodnota"), self.value),
                                   ("source", self.tr("Pramen"), self.source)):
            form.addRow(text, widget)
            form.addRow("", self.errors.bind(name, widget))
        self.add_button = QPushButton(self.tr("Přidat hodnotu"))
        self.add_button.setObjectName("lawAdd")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Odebrat vybranou hodnotu"))
        self.remove_button.setObjectName("lawRemove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)

        intro = QLabel(self.tr(
            "Částky a lhůty stanovené zákonem nebo nařízením vlády. Každý výpočet bere hodnotu "
            "platnou ke dni, kterého se týká (např. ke dni šetření). Hodnoty označené „ověřit“ "
            "porovnejte se Sbírkou zákonů."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addLayout(bar)
        if not ctx.actor.can(Permission.SETTINGS):
            box.setEnabled(False)
            self.add_button.setEnabled(False)
            self.remove_button.hide()
            self.status.setText(self.tr("Hodnoty mění vedoucí KMB nebo správce."))
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(legal.all_periods(legal.load(self.ctx.db, self.ctx.actor)))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows) and self.ctx.actor.can(Permission.SETTINGS))

    def _current(self) -> legal.Period | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def add(self) -> None:
        self.errors.clear()
        code = self.code.currentData()
        try:
            valid_from = self.valid_from.value("valid_from")
            if valid_from is None:
                raise ValidationError(self.tr("Zadejte den, od kterého hodnota platí."),
                                      field="valid_from")
            value = legal.parse_value(code, self.value.text())
            legal.add_period(self.ctx.db, self.ctx.actor, code, valid_from=valid_from,
                             value=value, source=self.source.text())
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.status.setText(exc.message)
            return
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.reload()
        self.status.setText(self.tr("Přidáno: {0} od {1}.").format(
            legal.parameter_label(code), shown_date(valid_from)))
        for w in (self.valid_from, self.value, self.source):
            w.clear()

    def remove(self) -> None:
        p = self._current()
        if p is None:
            return
        try:
            legal.remove_period(self.ctx.db, self.ctx.actor, p.code, p.valid_from)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.reload()
        self.status.setText(self.tr("Odebráno: {0} od {1}.").format(
            legal.parameter_label(p.code), shown_date(p.valid_from)))
