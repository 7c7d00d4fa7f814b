"""Dashboard cards (Přehled) of the intake and case work: my tasks (overdue, today),
new contacts this week, open cases per worker, cases without a contact for
30+ days. A double-click on a task or a case opens it in Případy."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListView,
                               QListWidget, QListWidgetItem, QTableView)

from app.cases import dashboard, tasks
from app.formatting import format_date, format_datetime
from app.security import Permission
from models.cases import CaseStatus

from ..context import UiContext
from ..labels import shown_date, tl
from ..widgets.bar_chart import BarChart
from ..widgets.card import Card
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.nav import open_record
from ..widgets.tail_line import TAIL, TailDelegate
from ..widgets.table_model import ROW_ROLE, Col, RowsModel
from .dialogs import complete_task

_T = "DashboardCards"


def today() -> dt.date:
    """The dashboard's "today" (tests replace it to look at the demo's day)."""
    return dt.date.today()


def _list(name: str) -> QListWidget:
    w = QListWidget()
    w.setObjectName(name)
    w.setFrameShape(QListWidget.NoFrame)
    w.setAlternatingRowColors(True)
    w.setMinimumHeight(170)
    w.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    w.setTextElideMode(Qt.ElideRight)
    w.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
    return w


class _Card(Card):
    TITLE = ""

    @classmethod
    def create(cls, ctx: UiContext) -> "_Card | None":
        """The card, if the user may see cases (the property department may not)."""
        return cls(ctx) if ctx.actor.can(Permission.VIEW_CASES) else None

    def __init__(self, ctx: UiContext):
        super().__init__(QCoreApplication.translate("DashboardCards", self.TITLE))
        self.ctx = ctx
        self.setMinimumHeight(320)
        self._day = today()                  # the day of the figures (read in __init__)

    def showEvent(self, event) -> None:      # "today" moves on; so do the figures
        super().showEvent(event)
        if self._day != today():             # not on every show: each read costs on a city
            self._day = today()
            self.refresh()


class MyTasksCard(_Card):
    TITLE = QT_TRANSLATE_NOOP("DashboardCards", "Moje úkoly")
    watches = ("task", "referral", "case")

    @classmethod
    def create(cls, ctx: UiContext) -> "MyTasksCard | None":
        """Everyone with a task inbox, the property department included."""
        return cls(ctx) if ctx.actor.can(Permission.VIEW_TASKS) else None

    def __init__(self, ctx: UiContext):
        super().__init__(ctx)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.list = _list("myTasks")
        self.list.setItemDelegate(TailDelegate(self.list))
        self.list.itemChanged.connect(self._checked)
        self.list.itemActivated.connect(self._open)
        hint = QLabel(self.tr("Zaškrtnutím úkol splníte, dvojklikem otevřete případ."))
        hint.setObjectName("muted")
        self.body.addWidget(self.summary)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(hint)
        self.rows: dict[str, object] = {}
        self.refresh()

    SHOWN = 15     # lines listed of each group (~twice those in view): the rest in Úkoly

    def refresh(self) -> None:
        db, actor, day = self.ctx.db, self.ctx.actor, today()
        self.load(lambda: tasks.my_tasks(db, actor, day, told_apart=self.SHOWN),
                  lambda mine: self._fill(mine, day))

    def _fill(self, mine, day) -> None:
        # only the first SHOWN of each have their namesakes told apart: list only those
        overdue, due = mine.overdue[:self.SHOWN], mine.today[:self.SHOWN]
        self.rows = {t.id: t for t in overdue + due}
        self.list.blockSignals(True)
        self.list.clear()
        for heading, rows, color in (
                (self.tr("Po termínu ({0})").format(len(mine.overdue)), overdue, "#b3261e"),
                (self.tr("Dnes ({0})").format(len(mine.today)), due, "#1f5f8b")):
            if not rows:
                continue
            head = QListWidgetItem(heading)
            head.setFlags(Qt.NoItemFlags)
            font = QFont(self.font())
            font.setBold(True)
            head.setFont(font)
            head.setForeground(QBrush(QColor(color)))
            self.list.addItem(head)
            for t in rows:
                parts = [t.title]
                # a namesake's detail ("nar. 1961") is shown even when the title names them
                if t.person_name and (t.person_name.split()[0] not in t.title
                                      or "(" in t.person_name):
                    parts.append(t.person_name)
                if t.due_on and t.due_on < day:
                    parts.append(self.tr("od {0}").format(format_date(t.due_on)))
                item = QListWidgetItem(" · ".join(parts))
                item.setData(TAIL, " · ".join(parts[1:]))   # client and due date stay in view
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
                item.setData(Qt.UserRole, t.id)
                item.setToolTip("\n".join(x for x in (item.text(), t.detail) if x))
                self.list.addItem(item)
        more = len(mine.overdue) + len(mine.today) - len(self.rows)
        if more:
            rest = QListWidgetItem(self.tr("… a dalších {0} v oblasti Úkoly").format(more))
            rest.setFlags(Qt.NoItemFlags)
            self.list.addItem(rest)
        if not self.rows:
            empty = QListWidgetItem(self.tr("Na dnešek nemáte žádné úkoly."))
            empty.setFlags(Qt.NoItemFlags)
            self.list.addItem(empty)
        self.list.blockSignals(False)
        self.summary.setText(self.tr("Po termínu {0} · dnes {1} · později {2}").format(
            len(mine.overdue), len(mine.today), mine.later))

    def _checked(self, item: QListWidgetItem) -> None:
        row = self.rows.get(item.data(Qt.UserRole))
        if item.checkState() == Qt.Checked and row is not None:
            if not complete_task(self.ctx, self, row):
                self.list.blockSignals(True)
                item.setCheckState(Qt.Unchecked)
                self.list.blockSignals(False)

    def _open(self, item: QListWidgetItem) -> None:
        row = self.rows.get(item.data(Qt.UserRole))
        if row is not None and row.case_id and self.ctx.actor.can(Permission.VIEW_CASES):
            open_record(self, "case", row.case_id)


class NewContactsCard(_Card):
    TITLE = QT_TRANSLATE_NOOP("DashboardCards", "Nové kontakty tento týden")
    watches = ("contact_record",)

    def __init__(self, ctx: UiContext):
        super().__init__(ctx)
        self.number = QLabel()
        self.number.setObjectName("bigNumber")
        self.number.setStyleSheet("font-size: 24pt; font-weight: 600; color: #1f5f8b;")
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.detail, 1)
        self.chart = BarChart(bar_height=18, value_format=lambda v: f"{v:.0f}")
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.RichText)
        self.body.addLayout(top)
        self.body.addWidget(self.chart)
        self.body.addWidget(self.latest, 1)
        self.refresh()

    def refresh(self) -> None:
        db, actor, day = self.ctx.db, self.ctx.actor, today()
        self.load(lambda: dashboard.new_contacts(db, actor, day), self._fill)

    def _fill(self, d) -> None:
        self.number.setText(str(d.count))
        self.detail.setText(self.tr("od pondělí {0}: {1} osob, z toho akutních {2}").format(
            shown_date(d.since), d.persons, d.acute))
        self.chart.set_data([(tl(ch), n) for ch, n in d.by_channel])
        lines = [f"<span style='color:#5f6f7c'>{format_datetime(c.occurred_at)}</span> "
                 f"{c.person_name} – {tl(c.outcome)}" for c in d.latest[:4]]
        self.latest.setText("<br>".join(lines) if lines else
                            self.tr("Tento týden zatím nikdo nepřišel."))


_W = "DashboardCards"
LOAD_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DashboardCards", "Pracovník"),
        lambda w: w.name or QCoreApplication.translate("DashboardCards", "nepřiděleno"),
        context=_W),
    Col(QT_TRANSLATE_NOOP("DashboardCards", "nové"), lambda w: w.by_status[CaseStatus.NEW],
        align_right=True, context=_W),
    Col(QT_TRANSLATE_NOOP("DashboardCards", "v řešení"),
        lambda w: w.by_status[CaseStatus.IN_PROGRESS], align_right=True, context=_W),
    Col(QT_TRANSLATE_NOOP("DashboardCards", "zabydlení"),
        lambda w: w.by_status[CaseStatus.HOUSED], align_right=True, context=_W),
    Col(QT_TRANSLATE_NOOP("DashboardCards", "celkem"), lambda w: w.total, align_right=True,
        context=_W),
]


class OpenCasesCard(_Card):
    TITLE = QT_TRANSLATE_NOOP("DashboardCards", "Otevřené případy podle pracovníků")
    watches = ("case", "case_status_change")

    def __init__(self, ctx: UiContext):
        super().__init__(ctx)
        self.model = RowsModel(LOAD_COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("openCasesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.total = QLabel()
        self.total.setObjectName("muted")
        self.chart = BarChart(bar_height=18, value_format=lambda v: f"{v:.0f}")
        self.chart.setObjectName("openCasesChart")
        self.body.addWidget(self.table)
        self.body.addWidget(self.total)
        self.body.addWidget(self.chart)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.load(lambda: dashboard.open_cases_per_worker(db, actor), self._fill)

    def _fill(self, loads) -> None:
        self.model.set_rows(loads)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 2
                                  + 26 * max(len(loads), 1))
        total = sum(w.total for w in loads)
        self.total.setText(self.tr("Otevřených případů celkem: {0}").format(total))
        unassigned = QCoreApplication.translate("DashboardCards", "nepřiděleno")
        self.chart.set_data([(w.name or unassigned, w.total) for w in loads])


def _stale_line(s) -> str:
    return QCoreApplication.translate("StaleCasesCard", "{0} · {1} · {2} · {3} dní").format(
        s.number, s.person_name,
        s.worker_name or QCoreApplication.translate("StaleCasesCard", "nepřidělen"), s.days)


class _StaleModel(ChunkedRowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole and index.isValid():
            return QCoreApplication.translate("StaleCasesCard", "Poslední kontakt {0}").format(
                format_date(self.rows[index.row()].last_contact))
        return super().data(index, role)


class StaleCasesCard(_Card):
    TITLE = QT_TRANSLATE_NOOP("DashboardCards", "Případy bez kontaktu 30 a více dní")
    watches = ("case", "contact_record", "case_status_change")
    DAYS = 30
    CHUNK = 20        # about twice the lines in view: each told-apart line costs a look-up

    def __init__(self, ctx: UiContext):
        super().__init__(ctx)
        db, actor = ctx.db, ctx.actor
        # a city has thousands of stale cases: they are shown a chunk at a time and
        # namesakes told apart only in the chunks shown (as in Případy)
        self.model = _StaleModel([Col("", _stale_line)],
                                 lambda rows: dashboard.tell_stale_lines_apart(db, actor, rows),
                                 owner=self, chunk=self.CHUNK)
        self.list = QListView()
        self.list.setObjectName("staleCases")
        self.list.setModel(self.model)
        self.list.setFrameShape(QListView.NoFrame)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(170)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListView::item { padding: 3px 2px; }")
        self.list.activated.connect(self._open)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        db, actor, day, days = self.ctx.db, self.ctx.actor, today(), self.DAYS
        self.load(lambda: dashboard.stale_lines(db, actor, day, days, told_apart=self.CHUNK),
                  self._fill)

    def _fill(self, stale) -> None:
        self.model.set_rows(stale)
        self.list.setVisible(bool(stale))
        self.summary.setText(self.tr("{0} případů čeká na ozvání; dvojklikem otevřete.")
                             .format(len(stale)) if stale else
                             self.tr("Všechny otevřené případy mají čerstvý kontakt."))

    def _open(self, index) -> None:
        s = index.data(ROW_ROLE)
        if s is not None:
            open_record(self, "case", s.case_id)

