"""Sociální šetření: the list of assessments (latest version of each) and,
in the same place, the open record."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.assessments.records import create_assessment, list_assessments
from app.errors import KmbError
from app.formatting import format_date
from app.security import Permission
from models.assessments import RecordState
from ui.labels import tl

from ..context import UiContext
from ..widgets.table_model import ROW_ROLE, Col, RowsModel
from .editor import AssessmentEditor
from .person_picker import NewAssessmentDialog

_T = "AssessmentsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Klient(ka)"), lambda r: r.person, context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Domácnost"), lambda r: r.household, context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Návštěva"), lambda r: format_date(r.visit_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Stav"), lambda r: tl(r.state), context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Verze"), lambda r: r.version, align_right=True,
        context=_T),
    Col(QT_TRANSLATE_NOOP("AssessmentsPage", "Pracovník"), lambda r: r.worker, context=_T),
]


class AssessmentsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.list_view = QWidget()
        title = QLabel(self.tr("Sociální šetření"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat klienta nebo domácnost…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechna šetření"), None)
        self.state.addItem(self.tr("Rozpracovaná"), RecordState.DRAFT)
        self.state.addItem(self.tr("Uzavřená"), RecordState.CLOSED)
        self.new_button = QPushButton(self.tr("Nové šetření"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_assessment)
        self.new_button.setVisible(ctx.actor.can(Permission.EDIT_ASSESSMENTS))
        self.open_button = QPushButton(self.tr("Otevřít"))
        self.open_button.clicked.connect(self.open_current)
        self.model = RowsModel(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("assessmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for col, width in enumerate((220, 200, 100, 120, 60)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        lv = QVBoxLayout(self.list_view)
        lv.setContentsMargins(18, 14, 18, 10)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.summary)

        self.editor = AssessmentEditor(ctx)
        self.editor.back_requested.connect(self.show_list)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.state.currentIndexChanged.connect(self.refresh)
        ctx.changes.watch(self, self._refresh_if_listed, "assessment")
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        try:
            rows = list_assessments(self.ctx.db, self.ctx.actor, self.search.text(),
                                    state=self.state.currentData(), latest_only=True)
        except KmbError as exc:
            self.model.set_rows([])
            self.summary.setText(exc.message)
            return
        self.model.set_rows(rows)
        drafts = sum(1 for r in rows if r.state == RecordState.DRAFT)
        self.summary.setText(self.tr("Šetření: {0} · rozpracovaných: {1}").format(
            len(rows), drafts))

    def _refresh_if_listed(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.refresh()

    def open_row(self, row: int) -> None:
        r = self.model.index(row, 0).data(ROW_ROLE)
        if r is not None:
            self.open_record(r.id)

    def open_current(self) -> None:
        self.open_row(self.table.currentIndex().row())

    def open_record(self, assessment_id: str) -> None:
        if self.editor.open(assessment_id):
            self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.refresh()

    def new_assessment(self) -> None:
        dlg = NewAssessmentDialog(self.ctx, self)
        if not dlg.exec():
            return
        try:
            new_id = create_assessment(self.ctx.db, self.ctx.actor, dlg.person_id,
                                       visit_on=dlg.visit_on)
        except KmbError as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self, self.tr("Šetření nelze založit"), exc.message)
            return
        self.open_record(new_id)

    def can_close(self) -> bool:
        return self.stack.currentWidget() is not self.editor or self.editor.can_leave()
