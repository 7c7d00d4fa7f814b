"""Starting a new assessment: find the client, give the visit date."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.formatting import format_date
from app.people.search import search_persons

from ..context import UiContext
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


class NewAssessmentDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.visit_on: dt.date | None = None
        self.setWindowTitle(self.tr("Nové sociální šetření"))
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
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.visit = DateField()
        self.visit.set_value(dt.date.today())
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Datum návštěvy"), self.visit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Založit šetření"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Zrušit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Vyhledejte klienta. Šetření se připojí k jeho domácnosti."))
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 480)
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._first)

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

    def accept(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        row = self.model.index(self.table.currentIndex().row(), 0).data(ROW_ROLE)
        if row is None:
            self._show(self.tr("Vyberte klienta ze seznamu."))
            return
        try:
            self.visit_on = self.visit.value("visit_on")
        except ValidationError as exc:
            self._show(exc.message)
            return
        self.person_id = row.id
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def keyPressEvent(self, event) -> None:  # noqa: N802 – Qt name
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.search.hasFocus():
            return   # Enter in the search picks the first match, not the dialog
        super().keyPressEvent(event)
