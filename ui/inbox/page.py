"""Úkoly: the signed-in person's inbox or one department's queue, with
completing a task and opening its case; while covering for a colleague, that
colleague's open cases below."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.cases import tasks
from app.cases.service import FIRST_CHUNK
from app.departments.listing import list_departments
from app.errors import KmbError
from app.formatting import format_date
from app.security import Permission
from app.tasks_queues import inbox

from ..context import UiContext
from ..labels import tl
from ..ops import read_op
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.nav import open_record
from ..widgets.table_model import Col

_C = "InboxPage"
MINE = "mine"
WHY = {inbox.OWN: QT_TRANSLATE_NOOP("InboxPage", "můj úkol"),
       inbox.DEPARTMENT: QT_TRANSLATE_NOOP("InboxPage", "úkol odboru"),
       inbox.COVER: QT_TRANSLATE_NOOP("InboxPage", "zástup")}


def today() -> dt.date:
    """The page's "today" (tests replace it to look at the demo's day)."""
    return dt.date.today()


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxPage", text)


def _who(x) -> str:
    return x.task.owner_name or x.task.department_name or ""


def _why(x) -> str:
    text = _tr(WHY[x.why])
    return f"{text} ({x.covering_for})" if x.covering_for else text


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("InboxPage", "Termín"), lambda x: format_date(x.task.due_on), context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Úkol"), lambda x: x.task.title, context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Klient"), lambda x: x.task.person_name or "", context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Případ"), lambda x: x.task.case_number or "", context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Řeší"), _who, context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Proč u mě"), _why, context=_C),
    Col(QT_TRANSLATE_NOOP("InboxPage", "Druh"), lambda x: tl(x.task.source), context=_C),
]


class _Model(ChunkedRowsModel):
    """Overdue rows red, today's blue; a city inbox has hundreds of tasks whose
    clients' names repeat: namesakes are told apart a chunk at a time as shown."""
    day = dt.date.today()

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid():
            due = self.rows[index.row()].task.due_on
            if due is not None and due < self.day:
                return QBrush(QColor("#b3261e"))
            if due == self.day:
                return QBrush(QColor("#1f5f8b"))
        return super().data(index, role)


class InboxPage(QWidget):
    watches = ("task", "deputy", "case", "user", "department")

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.box = None
        self.view = QComboBox()
        self.view.setObjectName("inboxView")
        self.view.addItem(self.tr("Moje úkoly a úkoly odboru"), MINE)
        self._fill_queues()
        self.view.currentIndexChanged.connect(lambda _i: self._load())
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.covering = QLabel()
        self.covering.setObjectName("covering")
        self.covering.setWordWrap(True)
        db, actor = ctx.db, ctx.actor
        self.model = _Model(COLUMNS, lambda rows: inbox.tell_apart(db, actor, rows), owner=self,
                            chunk=FIRST_CHUNK)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open_case())
        self.done_button = QPushButton(self.tr("Splněno"))
        self.done_button.setObjectName("completeTask")
        self.done_button.clicked.connect(self._complete)
        self.open_button = QPushButton(self.tr("Otevřít případ"))
        self.open_button.clicked.connect(self._open_case)
        self.open_button.setVisible(ctx.actor.can(Permission.VIEW_CASES))
        self.cases = QListWidget()
        self.cases.setObjectName("coveredCases")
        self.cases.itemActivated.connect(
            lambda item: open_record(self, "case", item.data(Qt.UserRole)))
        self.cases_title = QLabel(self.tr("<b>Případy zastupovaných kolegů</b>"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zobrazit:")))
        top.addWidget(self.view)
        top.addStretch(1)
        top.addWidget(self.done_button)
        top.addWidget(self.open_button)
        title = QLabel(self.tr("Úkoly"))          # as every other page has its title
        title.setObjectName("pageTitle")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.covering)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.cases_title)
        lay.addWidget(self.cases, 1)
        self._loaded = False
        ctx.changes.watch(self, self.refresh, *self.watches)
        self.refresh()

    def ready(self) -> bool:
        return self._loaded and self.model.ready()

    def _fill_queues(self) -> None:
        """The office's departments (app/departments/): case workers hand tasks
        to every queue; an inactive one stays listed while it has open tasks."""
        if not self.ctx.actor.can(Permission.VIEW_CASES):
            return
        current = self.view.currentData()
        self.view.blockSignals(True)
        while self.view.count() > 1:
            self.view.removeItem(1)
        for d in list_departments(self.ctx.db, self.ctx.actor):
            if d.active:
                self.view.addItem(self.tr("Fronta: {0}").format(d.name), d.code)
            elif d.open_tasks:
                self.view.addItem(self.tr("Fronta: {0} (neaktivní)").format(d.name), d.code)
        self.view.setCurrentIndex(max(self.view.findData(current), 0))
        self.view.blockSignals(False)

    def refresh(self) -> None:
        self._fill_queues()          # a department renamed, added or deactivated
        self._load()

    def _load(self) -> None:
        db, actor, day, which = self.ctx.db, self.ctx.actor, today(), self.view.currentData()
        self._loaded = False
        n = FIRST_CHUNK          # namesakes told apart in the first chunk (the rest as shown)
        if which == MINE:
            work = lambda: inbox.inbox(db, actor, day, told_apart=n)          # noqa: E731
        else:
            work = lambda: inbox.queue(db, actor, which, day, told_apart=n)   # noqa: E731
        read_op(self, work, lambda result: self._fill(result, day), key="inbox")

    def _fill(self, result, day: dt.date) -> None:
        self.model.day = day
        if isinstance(result, inbox.Inbox):
            rows = result.all
            self.summary.setText(self.tr("Po termínu {0} · dnes {1} · později {2}").format(
                len(result.overdue), len(result.today), len(result.later)))
            names = ", ".join(result.covering.values())
            self.covering.setText(self.tr("Zastupujete: {0}").format(names) if names else "")
            self.covering.setVisible(bool(names))
            self._fill_cases(result.covered_cases)
        else:
            rows = [inbox.InboxTask(t, inbox.DEPARTMENT) for t in result]
            late = sum(1 for t in result if t.due_on and t.due_on < day)
            self.summary.setText(self.tr("Otevřených úkolů ve frontě {0}, po termínu {1}")
                                 .format(len(rows), late))
            self.covering.hide()
            self._fill_cases([])
        self.model.set_rows(rows)
        self._loaded = True

    def _fill_cases(self, cases) -> None:
        self.cases.clear()
        for c in cases:
            item = QListWidgetItem(f"{c.number} · {c.person_name} · {c.worker_name or ''}")
            item.setData(Qt.UserRole, c.id)
            self.cases.addItem(item)
        self.cases.setVisible(bool(cases))
        self.cases_title.setVisible(bool(cases))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _complete(self) -> None:
        x = self.selected()
        if x is None:
            QMessageBox.information(self, self.tr("Úkoly"), self.tr("Vyberte úkol v seznamu."))
            return
        try:
            tasks.complete(self.ctx.db, self.ctx.actor, x.task.id, today=today())
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.refresh()

    def _open_case(self) -> None:
        x = self.selected()
        if x is not None and x.task.case_id and self.ctx.actor.can(Permission.VIEW_CASES):
            open_record(self, "case", x.task.case_id)
