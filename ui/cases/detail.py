"""A case's detail: header with status and worker, actions, open tasks,
referrals (did the client arrive?) and the timeline of everything that
happened (contacts, notes, referrals, status changes, tasks, and whatever
kinds other areas add to app.cases.timeline)."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from app.cases import service, tasks
from app.cases.place import case_place
from app.errors import KmbError
from app.formatting import format_date, format_datetime
from app.intake.need import latest_need
from app.security import Permission
from models.intake import NeedState

from ..context import UiContext
from ..labels import ethos, shown_date, tl
from ..widgets.column_fit import ColumnFitter
from ..widgets.table_model import Col, WholeOnHoverModel
from ..widgets.tail_line import SEPARATOR, TAIL, TailDelegate
from .dialogs import AssignDialog, NoteDialog, StatusDialog, TaskDialog, complete_task
from .consents import ConsentSection
from .procedure import ProcedureSection

_T = "CaseDetail"
KINDS = {
    "contact": (QT_TRANSLATE_NOOP("CaseDetail", "kontakt"), "#1f5f8b"),
    "note": (QT_TRANSLATE_NOOP("CaseDetail", "poznámka"), "#6b7a86"),
    "referral": (QT_TRANSLATE_NOOP("CaseDetail", "předání"), "#c77700"),
    "status": (QT_TRANSLATE_NOOP("CaseDetail", "stav"), "#8b5fa8"),
    "task": (QT_TRANSLATE_NOOP("CaseDetail", "úkol"), "#4a9c6d"),
    "need": (QT_TRANSLATE_NOOP("CaseDetail", "zákon o podpoře bydlení"), "#2f7f86"),
}
REFERRAL_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("CaseDetail", "Služba"), lambda r: r.partner, context=_T),
    Col(QT_TRANSLATE_NOOP("CaseDetail", "Předáno"), lambda r: format_date(r.referred_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("CaseDetail", "Dorazil"), lambda r: (
        QCoreApplication.translate("CaseDetail", "neověřeno") if r.arrived is None else
        QCoreApplication.translate("CaseDetail", "ano") if r.arrived else
        QCoreApplication.translate("CaseDetail", "ne")), context=_T),
    Col(QT_TRANSLATE_NOOP("CaseDetail", "Proč"), lambda r: r.reason or "", context=_T),
]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class CaseDetailView(QScrollArea):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: service.CaseDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 8, 12, 12)
        v.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.need_button = QPushButton(self.tr("Šetření (§16)…"))
        self.need_button.setToolTip(self.tr("Dokončit šetření bytové situace a rozhodnout "
                                            "o zápisu potřebného"))
        self.need_button.clicked.connect(self.finish_need)
        self.status_button = QPushButton(self.tr("Změnit stav…"))
        self.assign_button = QPushButton(self.tr("Předat…"))
        self.status_button.clicked.connect(self.change_status)
        self.assign_button.clicked.connect(self.assign)
        self.place_button = QPushButton(self.tr("Obec a lokalita…"))
        self.place_button.clicked.connect(self.change_place)
        v.addLayout(head)
        actions = QHBoxLayout()
        actions.addWidget(self.status_button)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.need_button)
        actions.addWidget(self.place_button)
        actions.addStretch(1)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        v.addWidget(self.subtitle)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        v.addLayout(actions)

        self.content = QWidget()
        cv = QVBoxLayout(self.content)
        cv.setContentsMargins(0, 4, 0, 0)
        cv.setSpacing(6)
        row = QHBoxLayout()
        self.tasks_heading = _heading(self.tr("Úkoly"))
        row.addWidget(self.tasks_heading, 1)
        self.task_button = QPushButton(self.tr("Nový úkol…"))
        self.task_button.clicked.connect(self.add_task)
        row.addWidget(self.task_button)
        cv.addLayout(row)
        self.task_list = QListWidget()
        self.task_list.setObjectName("caseTasks")
        self.task_list.setTextElideMode(Qt.ElideRight)
        self.task_list.setItemDelegate(TailDelegate(self.task_list))   # owner and due in view
        self.task_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.task_list.setStyleSheet("QListWidget#caseTasks::item { padding: 3px 2px; }")
        self.task_list.itemChanged.connect(self._task_checked)
        cv.addWidget(self.task_list)

        row = QHBoxLayout()
        row.addWidget(_heading(self.tr("Předání na služby")), 1)
        self.arrived_button = QPushButton(self.tr("Dorazil(a)"))
        self.not_arrived_button = QPushButton(self.tr("Nedorazil(a)"))
        self.arrived_button.clicked.connect(lambda: self._arrival(True))
        self.not_arrived_button.clicked.connect(lambda: self._arrival(False))
        row.addWidget(self.arrived_button)
        row.addWidget(self.not_arrived_button)
        cv.addLayout(row)
        self.referral_model = WholeOnHoverModel(REFERRAL_COLUMNS)   # elided cells whole on hover
        self.referrals = QTableView()
        self.referrals.setModel(self.referral_model)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SingleSelection)
        self.referrals.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.referrals.verticalHeader().hide()
        self.referrals.setShowGrid(False)
        self.referrals.verticalHeader().setDefaultSectionSize(24)
        self.referrals.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.referrals.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.referrals.setWordWrap(False)
        # the date and "neověřeno" whole; the service and the reason share the rest
        self.referral_fitter = ColumnFitter(self.referrals, elastic=[0, 3])
        self.referrals.setTextElideMode(Qt.ElideRight)   # a name and a reason read from the start
        cv.addWidget(self.referrals)
        self.no_referrals = QLabel(self.tr("Klient zatím nebyl předán na žádnou službu."))
        self.no_referrals.setObjectName("muted")
        cv.addWidget(self.no_referrals)

        self.procedure = ProcedureSection(ctx)
        self.procedure.changed.connect(self._after_change)
        cv.addWidget(self.procedure)

        self.consents = ConsentSection(ctx)
        self.consents.changed.connect(self._after_change)
        cv.addWidget(self.consents)

        row = QHBoxLayout()
        row.addWidget(_heading(self.tr("Průběh")), 1)
        self.note_button = QPushButton(self.tr("Poznámka…"))
        self.note_button.clicked.connect(self.add_note)
        row.addWidget(self.note_button)
        cv.addLayout(row)
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setMinimumHeight(260)
        cv.addWidget(self.timeline, 1)
        v.addWidget(self.content, 1)
        can_edit = ctx.actor.can(Permission.EDIT_CASES)
        for b in (self.need_button, self.status_button, self.assign_button, self.task_button,
                  self.place_button,
                  self.note_button,
                  self.arrived_button, self.not_arrived_button):
            b.setEnabled(can_edit)
        self._task_rows: list = []
        self.show_empty()

    # -- showing ---------------------------------------------------------------------
    def show_empty(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Vyberte případ"))
        self.subtitle.setText(self.tr("Případ otevřete v seznamu vlevo (Enter nebo dvojklik)."))
        self.summary.clear()
        self.content.hide()
        self.need = None
        for w in (self.status_button, self.assign_button, self.need_button, self.place_button):
            w.setVisible(False)

    def show_case(self, case_id: str) -> None:
        try:
            d = service.case_detail(self.ctx.db, self.ctx.actor, case_id)
        except KmbError as exc:
            self.show_empty()
            self.subtitle.setText(exc.message)
            return
        self.detail = d
        r = d.row
        for w in (self.status_button, self.assign_button, self.place_button, self.content):
            w.setVisible(True)
        self.title.setText(r.person_name)
        facts = [r.number, tl(r.status), r.worker_name or self.tr("nepřidělen"),
                 self.tr("otevřen {0}").format(shown_date(r.opened_on))]
        if r.closed_on:
            facts.append(self.tr("uzavřen {0}").format(shown_date(r.closed_on)))
        if r.last_contact:
            facts.append(self.tr("poslední kontakt {0}").format(shown_date(r.last_contact)))
        if r.ethos_category:
            facts.append(ethos(r.ethos_category))
        self.place = case_place(self.ctx.db, self.ctx.actor, d.id)
        where = ", ".join(p for p in (self.place.municipality, self.place.locality) if p)
        if where:
            facts.append(where)
        self.need = latest_need(self.ctx.db, self.ctx.actor, r.person_id)
        if self.need is not None:
            state = tl(self.need.state)
            if self.need.state == NeedState.REGISTERED and self.need.valid_until:
                state += " " + self.tr("do {0}").format(shown_date(self.need.valid_until))
            facts.append(state)
        self.need_button.setVisible(self.need is not None
                                    and self.need.state == NeedState.PENDING)
        self.subtitle.setText(" · ".join(facts))
        self.summary.setText(d.summary or "")
        self.summary.setVisible(bool(d.summary))
        self._fill_tasks()
        self.procedure.show_case(d.id, r.number)
        self.consents.show_case(d.id)
        self.referral_model.set_rows(d.referrals)
        self.referrals.setVisible(bool(d.referrals))
        self.no_referrals.setVisible(not d.referrals)
        self.arrived_button.setVisible(bool(d.referrals))
        self.not_arrived_button.setVisible(bool(d.referrals))
        view = self.referrals          # up to four rows without a scroll bar
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + view.verticalHeader().defaultSectionSize()
                            * min(max(len(d.referrals), 1), 4))
        self._fill_timeline()

    def _fill_tasks(self) -> None:
        rows = tasks.list_tasks(self.ctx.db, self.ctx.actor, case_id=self.detail.id)
        self._task_rows = rows
        self.task_list.blockSignals(True)
        self.task_list.clear()
        for t in rows:
            due = self.tr("termín {0}").format(format_date(t.due_on)) if t.due_on else ""
            who = t.owner_name or t.department_name or ""
            # the title elides, not the due date after it ("termín 27. 11. 2…")
            tail = SEPARATOR.join(p for p in (who, due) if p)
            text = SEPARATOR.join(p for p in (t.title, tail) if p)
            item = QListWidgetItem(text)
            item.setData(TAIL, tail)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setData(Qt.UserRole, t.id)
            item.setToolTip(text + (f"\n{t.detail}" if t.detail else ""))
            # one roomy line; no width of its own, so a long line is elided at the list's edge
            item.setSizeHint(QSize(1, self.task_list.fontMetrics().height() + 10))
            self.task_list.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("Žádné otevřené úkoly."))
            item.setFlags(Qt.NoItemFlags)
            self.task_list.addItem(item)
        self.task_list.blockSignals(False)
        self.task_list.setFixedHeight(8 + sum(self.task_list.sizeHintForRow(i)
                                              for i in range(min(self.task_list.count(), 4))))
        self.tasks_heading.setText(self.tr("Úkoly ({0} otevřených)").format(len(rows))
                                   if rows else self.tr("Úkoly"))

    def _fill_timeline(self) -> None:
        e = html.escape
        parts = ["<table width='100%' cellspacing='0' cellpadding='5'>"]
        for entry in self.detail.timeline:
            label, color = KINDS.get(entry.kind, (None, "#5f6f7c"))
            kind = QCoreApplication.translate("CaseDetail", label) if label else entry.kind_label
            if entry.done is True:
                kind += " ✓"
            text = e(entry.text).replace("\n", "<br>")
            who = f" · {e(entry.author)}" if entry.author else ""
            title = f" &nbsp;<b>{e(entry.title)}</b>" if entry.title else ""
            when = (shown_date(entry.when.date()) if entry.date_only   # no made-up 12:00
                    else format_datetime(entry.when))
            parts.append(
                f"<tr><td valign='top' width='128' style='color:#5f6f7c'>"
                f"{e(when)}</td>"
                f"<td valign='top'><span style='color:{color};font-weight:600'>{e(kind)}</span>"
                f"{title}<span style='color:#5f6f7c'>{who}</span>"
                f"{'<br>' + text if text else ''}</td></tr>")
        parts.append("</table>")
        self.timeline.setHtml("".join(parts))

    # -- actions ---------------------------------------------------------------------
    def _after_change(self) -> None:
        """The case list above refreshes this detail (other screens learn of the
        write from the change stream)."""
        self.changed.emit()

    def finish_need(self) -> None:
        from .need_dialog import NeedDialog
        if self.detail and self.need and NeedDialog(self.ctx, self.need, parent=self).exec():
            self.changed.emit()

    def change_status(self) -> None:
        if self.detail and StatusDialog(self.ctx, self.detail.id, self.detail.row.status,
                                        parent=self, version=self.detail.row_version).exec():
            self._after_change()

    def assign(self) -> None:
        if self.detail and AssignDialog(self.ctx, self.detail.id, self.detail.row.worker_id,
                                        parent=self, version=self.detail.row_version).exec():
            self._after_change()

    def change_place(self) -> None:
        from .place_dialog import PlaceDialog
        if self.detail and PlaceDialog(self.ctx, self.place, parent=self).exec():
            self._after_change()

    def add_note(self) -> None:
        if self.detail and NoteDialog(self.ctx, self.detail.id, parent=self).exec():
            self._after_change()

    def add_task(self) -> None:
        if self.detail and TaskDialog(self.ctx, self.detail.id, self.detail.row.worker_id,
                                      parent=self).exec():
            self._after_change()

    def _task_checked(self, item: QListWidgetItem) -> None:
        if item.checkState() != Qt.Checked:
            return
        row = next((t for t in self._task_rows if t.id == item.data(Qt.UserRole)), None)
        if row is not None and complete_task(self.ctx, self, row):
            self.changed.emit()
        else:
            self.task_list.blockSignals(True)
            item.setCheckState(Qt.Unchecked)
            self.task_list.blockSignals(False)

    def _arrival(self, arrived: bool) -> None:
        ref = self.referral_model.row(self.referrals.currentIndex().row())
        if ref is None:
            return
        try:
            tasks.record_referral_outcome(self.ctx.db, self.ctx.actor, ref.id, arrived)
        except KmbError as exc:
            self.subtitle.setText(exc.message)
            return
        self._after_change()
