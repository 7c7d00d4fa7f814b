"""Byty: the housing stock with filters by category, status and address."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from app.formatting import format_area, format_money
from app.housing.flats import list_flats
from ui.labels import tl as label
from models.housing import FlatCategory, FlatStatus

from ..context import UiContext
from ..widgets.table_model import Col, RowsModel

_T = "FlatsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Adresa"), lambda f: f.address, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Byt"), lambda f: f.number, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Dispozice"), lambda f: f.layout, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Plocha"), lambda f: f"{format_area(f.floor_area_m2)} m²",
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Podlaží"), lambda f: f.floor, align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Kategorie"), lambda f: label(f.category), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Stav"), lambda f: label(f.status), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Nájem"), lambda f: format_money(f.rent_hal), align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("FlatsPage", "Bezbariérový"), lambda f: "ano" if f.barrier_free else "",
        context=_T),
]


class FlatsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Byty"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat ulici, číslo domu, dispozici…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("Všechny kategorie"), None)
        for c in FlatCategory:
            self.category.addItem(label(c), c)
        self.status = QComboBox()
        self.status.addItem(self.tr("Všechny stavy"), None)
        for s in FlatStatus:
            self.status.addItem(label(s), s)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = RowsModel(COLUMNS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)   # size columns by the first rows only
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(26)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        ctx.changes.changed.connect(lambda t: "flat" in t and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        rows = list_flats(self.ctx.db, self.ctx.actor, self.search.text(),
                          category=self.category.currentData(), status=self.status.currentData())
        self.model.set_rows(rows)
        vacant = sum(1 for r in rows if r.status == FlatStatus.VACANT)
        self.summary.setText(self.tr("Bytů: {0} · volných: {1}").format(len(rows), vacant))
