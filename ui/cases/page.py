"""Případy: the list of cases (open ones first, filters by status and
worker) and the selected case's detail with its timeline."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.changes import Changes
from app.cases.service import FIRST_CHUNK, list_cases, list_workers, tell_cases_apart
from app.formatting import format_date
from models.cases import CaseStatus

from ..context import UiContext
from ..labels import tl
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.column_fit import NAME_TAILS, KeepTailDelegate
from ..widgets.lazy import LazyLoad
from ..widgets.table_model import Col
from .detail import CaseDetailView

_T = "CasesPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("CasesPage", "Číslo"), lambda c: c.number, context=_T),
    Col(QT_TRANSLATE_NOOP("CasesPage", "Klient"), lambda c: c.person_name, context=_T),
    Col(QT_TRANSLATE_NOOP("CasesPage", "Stav"), lambda c: tl(c.status), context=_T),
    Col(QT_TRANSLATE_NOOP("CasesPage", "Pracovník"), lambda c: c.worker_name or "", context=_T),
    Col(QT_TRANSLATE_NOOP("CasesPage", "Poslední kontakt"),
        lambda c: format_date(c.last_contact), context=_T),
    Col(QT_TRANSLATE_NOOP("CasesPage", "Úkoly"), lambda c: c.open_tasks or "",
        align_right=True, context=_T),
]
OPEN, ALL = "open", "all"


CLIENT = 1


class _Model(ChunkedRowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() \
                and self.rows[index.row()].status == CaseStatus.CLOSED:
            return QColor("#7b8893")
        if role == Qt.ToolTipRole and index.isValid() and index.column() == CLIENT:
            return self.rows[index.row()].person_name      # an elided name whole on hover
        return super().data(index, role)


class CasesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Případy"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Hledat číslo případu, klienta, pracovníka…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("caseStatusFilter")
        self.status.addItem(self.tr("Otevřené"), OPEN)
        for st in CaseStatus:
            self.status.addItem(tl(st), st)
        self.status.addItem(self.tr("Všechny"), ALL)
        self.worker = QComboBox()
        self.worker.setObjectName("caseWorkerFilter")
        self.worker.addItem(self.tr("Všichni pracovníci"), None)
        self.worker.addItem(self.tr("Moje případy"), ctx.actor.user_id)
        for w in list_workers(ctx.db, ctx.actor):
            if w.id != ctx.actor.user_id:
                self.worker.addItem(w.name, w.id)
        self.count = QLabel()
        self.count.setObjectName("muted")
        db, actor = ctx.db, ctx.actor
        self.model = _Model(COLUMNS, lambda rows: tell_cases_apart(db, actor, rows), owner=self,
                            chunk=FIRST_CHUNK)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for col, width in enumerate((104, 140, 72, 112, 132, 48)):
            self.table.setColumnWidth(col, width)
        # a name too long elides before its "(nar. 1977)", in the narrowest column
        # before "(*1977)": namesakes stay told apart
        self.table.setItemDelegateForColumn(CLIENT, KeepTailDelegate(
            NAME_TAILS + [(r" \(nar\. (\d{4})\)$", r" (*\1)", 30)], parent=self.table))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = CaseDetailView(ctx)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.worker)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._first)
        self.status.currentIndexChanged.connect(self.refresh)
        self.worker.currentIndexChanged.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changes)
        self._shown: str | None = None
        self._enter = False               # Enter pressed before the list was read
        self._want: str | None = None     # a case to select once the list is read
        # read when shown and after changes, off the GUI thread (thousands of cases)
        self.loader = LazyLoad(self, None, self._query, self._fill)

    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.load()

    def _query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        choice, worker = self.status.currentData(), self.worker.currentData()
        return lambda: list_cases(db, actor, text=text,
                                  status=choice if isinstance(choice, CaseStatus) else None,
                                  open_only=choice == OPEN, worker_id=worker,
                                  told_apart=FIRST_CHUNK)

    def _fill(self, rows) -> None:
        want, self._want = self._want, None
        current = want or (self.detail.detail.id if self.detail.detail else None)
        self.model.set_rows(rows)
        self.count.setText(self.tr("Případů: {0}").format(len(rows)))
        # a case opened from elsewhere is shown already: selecting it in the list
        # must not open (and audit) it a second time
        self._shown = want if want and self.detail.detail and self.detail.detail.id == want \
            else None
        if current and not self._select(current):
            self.detail.show_case(current)     # filtered out of the list: keep it shown
        self._shown = None
        if self._enter:
            self._enter = False
            self._first()

    def _select(self, case_id: str) -> bool:
        for i, r in enumerate(self.model.all):
            if r.id == case_id:
                self.model.show_up_to(i)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(i, 0),
                    QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
                self.table.scrollTo(self.model.index(i, 0))
                return True
        return False

    def open_case(self, case_id: str) -> None:
        """Show one case (from the dashboard, the intake …), widening the filters
        when it is not in the list (selected once the list is read)."""
        if self.loader.ready() and self._select(case_id):
            return
        self.detail.show_case(case_id)
        for box, index in ((self.worker, 0), (self.status, self.status.findData(ALL))):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._want = case_id
        self.refresh()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_F and event.modifiers() & Qt.ControlModifier:
            self.search.setFocus()
            self.search.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def _first(self) -> None:
        """Enter in the search box: the first row found (once read)."""
        if self._debounce.isActive() or not self.loader.ready():
            self._enter = True
            if self._debounce.isActive():
                self.refresh()
            return
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row(current.row())
        if row is not None and row.id != self._shown:
            self.detail.show_case(row.id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("case", "contact_record", "task", "case_status_change", "person",
                           "note", "referral", "housing_need_record", "housing_procedure",
                           "housing_procedure_change"):
            self._want = None       # the case shown is read again with the list
            self.loader.changed()

    def save_state(self, settings) -> None:
        settings.setValue("cases/splitter", self.splitter.saveState())

    def restore_state(self, settings) -> None:
        if settings.value("cases/splitter") is not None:
            self.splitter.restoreState(settings.value("cases/splitter"))
