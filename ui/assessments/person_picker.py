"""Starting a new assessment: find the client, give the visit date."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError
from app.formatting import format_date
from app.people.search import search_persons

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField
from ..widgets.table_model import ROW_ROLE, Col, RowsModel

_T = "NewAssessmentDialog"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("NewAssessmentDialog", "Příjmení a jméno"), lambda p: p.name,
        context=_T),
    Col(QT_TRANSLATE_NOOP("NewAssessmentDialog", "Narozen(a)"),
        lambda p: format_date(p.birth_date), context=_T),
    Col(QT_TRANSLATE_NOOP("NewAssessmentDialog", "Trvalé bydliště"), lambda p: p.address,
        context=_T),
]


class NewAssessmentDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Nové sociální šetření"),
                         tr("Vyhledejte klienta. Šetření se připojí k jeho domácnosti."),
                         parent, tr("Založit šetření"), width=620)
        self.ctx = ctx
        self.person_id: str | None = None
        self.visit_on: dt.date | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Jméno, datum narození nebo rodné číslo…"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(COLUMNS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 100)
        self.table.doubleClicked.connect(lambda _i: self._ok())
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table, 1)
        self.set_body(body, stretch=1)
        self.visit = self.add("visit_on", self.tr("Datum návštěvy"), DateField())
        self.visit.set_value(dt.date.today())
        self.error = self.general_error
        self.resize(620, 480)
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._first)
        self.search.setFocus()

    def refresh(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        rows = search_persons(self.ctx.db, self.ctx.actor, text, limit=50) if text else []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    def _first(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def submit(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        row = self.model.index(self.table.currentIndex().row(), 0).data(ROW_ROLE)
        if row is None:
            raise KmbError(self.tr("Vyberte klienta ze seznamu."))
        self.visit_on = self.visit.value("visit_on")
        self.person_id = row.id

    def keyPressEvent(self, event) -> None:  # noqa: N802 – Qt name
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.search.hasFocus():
            return   # Enter in the search picks the first match, not the dialog
        super().keyPressEvent(event)
