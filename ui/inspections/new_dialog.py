"""Starting a flat inspection: which flat, what kind, when, and (for a
handover) which household."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError
from app.housing.flats import list_flats
from app.inspections.templates import list_templates
from app.people.households import list_households
from models.inspections import InspectionKind
from ui.labels import tl

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField
from ..widgets.table_model import ROW_ROLE, Col, RowsModel

_T = "NewInspectionDialog"
FLAT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Adresa"), lambda f: f.address, context=_T),
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Byt"), lambda f: f.number, context=_T),
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Dispozice"), lambda f: f.layout, context=_T),
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Stav"), lambda f: tl(f.status), context=_T),
]
HOUSEHOLD_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Domácnost"), lambda h: h.name, context=_T),
    Col(QT_TRANSLATE_NOOP("NewInspectionDialog", "Adresa"), lambda h: h.address, context=_T),
]


def _table(model: RowsModel) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(24)
    t.setShowGrid(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return t


class NewInspectionDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Nová kontrola bytu"), parent=parent,
                         ok_text=tr("Založit kontrolu"), width=700)
        self.ctx = ctx
        self.flat_id: str | None = None
        self.household_id: str | None = None
        self.kind: InspectionKind | None = None
        self.template_id: str | None = None
        self.inspected_on: dt.date | None = None

        self.flat_search = QLineEdit()
        self.flat_search.setPlaceholderText(self.tr("Ulice, číslo domu nebo bytu…"))
        self.flat_search.setClearButtonEnabled(True)
        self.flats = RowsModel(FLAT_COLUMNS)
        self.flat_table = _table(self.flats)
        self.flat_table.setColumnWidth(0, 240)
        self.flat_table.setColumnWidth(1, 50)

        self.kind_box = QComboBox()
        for k in InspectionKind:
            self.kind_box.addItem(tl(k), k)
        self.kind_box.setCurrentIndex(self.kind_box.findData(InspectionKind.PERIODIC))
        self.template_box = QComboBox()
        self.templates = list_templates(ctx.db, ctx.actor)
        self.kind_box.currentIndexChanged.connect(self._fill_templates)
        self.date = DateField()
        self.date.set_value(dt.date.today())
        self.hh_search = QLineEdit()
        self.hh_search.setPlaceholderText(self.tr("Nájemce: hledat domácnost (nepovinné)…"))
        self.hh_search.setClearButtonEnabled(True)
        self.households = RowsModel(HOUSEHOLD_COLUMNS)
        self.hh_table = _table(self.households)
        self.hh_table.setColumnWidth(0, 160)
        self.error = self.general_error

        # two columns (the flat; what, when and the tenant) in one body
        form = QFormLayout()
        form.addRow(self.tr("Druh"), self.kind_box)
        form.addRow(self.tr("Šablona"), self.template_box)
        form.addRow(self.tr("Datum kontroly"), self.date)
        form.addRow("", self.errors.bind("inspected_on", self.date))
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.hh_search)
        right.addWidget(self.hh_table, 1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Byt")))
        left.addWidget(self.flat_search)
        left.addWidget(self.flat_table, 1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.set_body(body, stretch=1)
        self.resize(980, 520)
        self.flat_search.setFocus()

        self._flat_timer = QTimer(self, singleShot=True, interval=180)
        self._flat_timer.timeout.connect(self.refresh_flats)
        self.flat_search.textChanged.connect(lambda _t: self._flat_timer.start())
        self._hh_timer = QTimer(self, singleShot=True, interval=180)
        self._hh_timer.timeout.connect(self.refresh_households)
        self.hh_search.textChanged.connect(lambda _t: self._hh_timer.start())
        self._fill_templates()

    def _fill_templates(self) -> None:
        kind = self.kind_box.currentData()
        self.template_box.clear()
        fitting = [t for t in self.templates if t.kind == kind] + \
                  [t for t in self.templates if t.kind is None]
        for t in fitting:
            self.template_box.addItem(t.name, t.id)

    def refresh_flats(self) -> None:
        self._flat_timer.stop()
        text = self.flat_search.text().strip()
        rows = list_flats(self.ctx.db, self.ctx.actor, text)[:200] if text else []
        self.flats.set_rows(rows)
        if rows:
            self.flat_table.selectRow(0)

    def refresh_households(self) -> None:
        self._hh_timer.stop()
        text = self.hh_search.text().strip()
        rows = list_households(self.ctx.db, self.ctx.actor, text, limit=50) if text else []
        self.households.set_rows(rows)
        if rows:
            self.hh_table.selectRow(0)

    def submit(self) -> None:
        for timer, refresh in ((self._flat_timer, self.refresh_flats),
                               (self._hh_timer, self.refresh_households)):
            if timer.isActive():
                refresh()
        flat = self.flats.index(self.flat_table.currentIndex().row(), 0).data(ROW_ROLE)
        if flat is None:
            raise KmbError(self.tr("Vyhledejte a vyberte byt."))
        self.inspected_on = self.date.value("inspected_on")
        hh = self.households.index(self.hh_table.currentIndex().row(), 0).data(ROW_ROLE) \
            if self.hh_search.text().strip() else None
        self.flat_id = flat.id
        self.household_id = hh.id if hh else None
        self.kind = self.kind_box.currentData()
        self.template_id = self.template_box.currentData()
