"""Kontroly bytů: inspections and handovers, newest first; the open
protocol replaces the list in the same place."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError
from app.formatting import format_date
from app.inspections.records import create_inspection, list_inspections
from app.security import Permission
from models.assessments import RecordState
from models.inspections import InspectionKind
from ui.labels import tl

from ..context import UiContext
from ..widgets.table_model import ROW_ROLE, Col, RowsModel
from .editor import InspectionEditor
from .new_dialog import NewInspectionDialog

_T = "InspectionsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Datum"), lambda r: format_date(r.inspected_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Byt"), lambda r: r.flat, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Druh"), lambda r: tl(r.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Nájemce"), lambda r: r.household, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Závady"), lambda r: r.defects or "",
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Stav"), lambda r: tl(RecordState(r.state)),
        context=_T),
    Col(QT_TRANSLATE_NOOP("InspectionsPage", "Provedl(a)"), lambda r: r.worker, context=_T),
]


class InspectionsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.list_view = QWidget()
        title = QLabel(self.tr("Kontroly bytů"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat adresu, byt nebo nájemce…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Všechny druhy"), None)
        for k in InspectionKind:
            self.kind.addItem(tl(k), k)
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechny stavy"), None)
        self.state.addItem(tl(RecordState.DRAFT), RecordState.DRAFT)
        self.state.addItem(tl(RecordState.CLOSED), RecordState.CLOSED)
        self.new_button = QPushButton(self.tr("Nová kontrola"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_inspection)
        self.new_button.setVisible(ctx.actor.can(Permission.EDIT_INSPECTIONS))
        self.open_button = QPushButton(self.tr("Otevřít"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.model = RowsModel(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("inspectionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for col, width in enumerate((88, 290, 165, 150, 56, 100)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.state)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        lv = QVBoxLayout(self.list_view)
        lv.setContentsMargins(18, 14, 18, 10)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.summary)

        self.editor = InspectionEditor(ctx)
        self.editor.back_requested.connect(self.show_list)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(self.refresh)
        self.state.currentIndexChanged.connect(self.refresh)
        ctx.changes.watch(self, self._refresh_if_listed, "inspection")
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        rows = list_inspections(self.ctx.db, self.ctx.actor, self.search.text(),
                                kind=self.kind.currentData(), state=self.state.currentData())
        self.model.set_rows(rows)
        defects = sum(r.defects for r in rows)
        self.summary.setText(self.tr("Kontrol: {0} · zjištěných závad: {1}").format(
            len(rows), defects))

    def _refresh_if_listed(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.refresh()

    def open_row(self, row: int) -> None:
        r = self.model.index(row, 0).data(ROW_ROLE)
        if r is not None:
            self.open_record(r.id)

    def open_record(self, inspection_id: str) -> None:
        if self.editor.open(inspection_id):
            self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.refresh()

    def new_inspection(self) -> None:
        dlg = NewInspectionDialog(self.ctx, self)
        if not dlg.exec():
            return
        try:
            new_id = create_inspection(self.ctx.db, self.ctx.actor, dlg.flat_id, dlg.kind,
                                       inspected_on=dlg.inspected_on,
                                       template_id=dlg.template_id,
                                       household_id=dlg.household_id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Kontrolu nelze založit"), exc.message)
            return
        self.open_record(new_id)

    def can_close(self) -> bool:
        return self.stack.currentWidget() is not self.editor or self.editor.can_leave()
