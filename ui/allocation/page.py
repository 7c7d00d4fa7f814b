"""Žádosti o byt: the applications with filters, and beside the list the
selected one's facts, its points by the active rules, and its offers."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox,
                               QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from app.allocation import applications as svc
from app.allocation.engine import fmt_num
from app.changes import Changes
from app.errors import KmbError
from app.formatting import format_area, format_date, format_money
from models.allocation import ApplicationState
from models.housing import FlatCategory
from ui.labels import ethos, shown_date, tl as label

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.lazy import LazyLoad
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table
from .form import ApplicationDialog

_T = "ApplicationsPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Žádost"), lambda a: a.number, context=_T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Domácnost"), lambda a: a.household, context=_T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Žádá o byt"),
        lambda a: label(a.requested_category), context=_T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Podána"), lambda a: format_date(a.filed_on),
        True, _T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Platná do"),
        lambda a: format_date(a.valid_until), True, _T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Stav"), lambda a: label(a.state), context=_T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Osob"), lambda a: a.household_size, True, _T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "ETHOS"), lambda a: a.ethos_category or "",
        True, _T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Body"),
        lambda a: "" if a.points is None else fmt_num(a.points), True, _T),
    Col(QT_TRANSLATE_NOOP("ApplicationsPage", "Odmítnutí"), lambda a: a.refusals or "",
        True, _T),
]

COLUMN_WIDTHS = (100, 210, 120, 80, 80, 90, 45, 55, 50)


class _Model(RowsModel):
    """Platná do in red once the validity ran out, amber when renewal is due."""

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.ForegroundRole and index.column() == 4:
            a = self.rows[index.row()]
            today = dt.date.today()
            if a.state == ApplicationState.ACTIVE and a.valid_until and a.valid_until < today:
                return QColor("#b3261e")
            if a.state == ApplicationState.ACTIVE and a.renewal_due_on and \
                    a.renewal_due_on <= today:
                return QColor("#9a5b00")
        return super().data(index, role)


class ApplicationsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Žádosti o byt"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat domácnost, žadatele nebo číslo žádosti…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechny stavy"), None)
        for s in ApplicationState:
            self.state.addItem(label(s), s)
        self.state.setCurrentIndex(self.state.findData(ApplicationState.ACTIVE))
        self.category = QComboBox()
        self.category.addItem(self.tr("Všechny kategorie"), None)
        for c in FlatCategory:
            self.category.addItem(label(c), c)
        for combo in (self.state, self.category):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.new_button = QPushButton(self.tr("Nová žádost…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_application)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.model = _Model(COLUMNS)
        # Fixed starting widths: fitting columns to their contents measured
        # every cell of thousands of rows on each refresh (10 s on a city).
        self.table = list_table(self.model, "applicationTable")
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.detail = ApplicationDetail(ctx)
        self.detail.edit_button.clicked.connect(self.edit_application)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Stav")))
        filters.addWidget(self.state)
        filters.addSpacing(10)
        filters.addWidget(QLabel(self.tr("Žádá o byt")))
        filters.addWidget(self.category)
        filters.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.state.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ctx.changes.changed.connect(self._on_changes)
        self._want: str | None = None     # an application to select once the list is read
        # read when shown and after changes, off the GUI thread: every application is scored
        self.loader = LazyLoad(self, None, self._query, self._fill)

    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.load()

    def _query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        state, category = self.state.currentData(), self.category.currentData()
        return lambda: svc.list_applications(db, actor, text, state=state, category=category)

    def _fill(self, rows) -> None:
        current = self._want or (self.detail.detail.id if self.detail.detail else None)
        self._want = None
        self.model.set_rows(rows)
        self.count.setText(self.tr("Žádostí: {0}").format(len(rows)))
        row = next((i for i, r in enumerate(rows) if r.id == current), None)
        if row is not None:
            self.select_row(row)
        elif current:
            self.detail.show_application(current)

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row(current.row())
        if row is not None:
            self.detail.show_application(row.id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("application", "offer", "refusal", "allocation_decision", "rule_set"):
            self.loader.changed()

    def new_application(self) -> None:
        dlg = ApplicationDialog(self.ctx, parent=self)
        if dlg.exec():
            self._want = dlg.application_id     # selected when the list has been read
            self.state.setCurrentIndex(0)
            self.search.setText("")
            self.refresh()

    def edit_application(self) -> None:
        if self.detail.detail is not None:
            if ApplicationDialog(self.ctx, self.detail.detail, parent=self).exec():
                self.detail.show_application(self.detail.detail.id)

    def save_state(self, settings) -> None:
        settings.setValue("applications/splitter", self.splitter.saveState())

    def restore_state(self, settings) -> None:
        if settings.value("applications/splitter") is not None:
            self.splitter.restoreState(settings.value("applications/splitter"))


class ApplicationDetail(QScrollArea):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: svc.ApplicationDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(14, 6, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Upravit…"))
        self.renew_button = QPushButton(self.tr("Obnovit platnost"))
        self.renew_button.clicked.connect(self.renew)
        self.withdraw_button = QPushButton(self.tr("Stáhnout / vyřadit…"))
        self.withdraw_button.clicked.connect(self.close_application)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#1f5f8b;font-weight:600")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.info = QLabel()
        self.info.setTextFormat(Qt.RichText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.title)
        v.addWidget(self.subtitle)
        v.addLayout(buttons)
        v.addWidget(self.message)
        v.addWidget(self.info)
        v.addStretch(1)
        self.show_empty()

    def show_empty(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Vyberte žádost"))
        self.subtitle.setText(self.tr("Žádosti o obecní byt s údaji pro bodová pravidla."))
        self.info.clear()
        for b in (self.edit_button, self.renew_button, self.withdraw_button):
            b.hide()

    def show_application(self, application_id: str) -> None:
        try:
            d = svc.get_application(self.ctx.db, self.ctx.actor, application_id)
        except KmbError as exc:
            self.show_empty()
            self.subtitle.setText(exc.message)
            return
        if self.detail is None or self.detail.id != d.id:
            self.message.hide()
        self.detail = d
        x = d.data
        self.title.setText(f"{d.household} – {d.number or ''}")
        self.subtitle.setText(self.tr("{0} · žádá o byt: {1} · podána {2} · platná do {3}")
                              .format(label(d.state), label(x.requested_category),
                                      shown_date(x.filed_on), shown_date(x.valid_until)))
        for b in (self.edit_button, self.renew_button, self.withdraw_button):
            b.show()
        active = d.state == ApplicationState.ACTIVE
        self.renew_button.setEnabled(d.state in (ApplicationState.ACTIVE,
                                                 ApplicationState.EXPIRED))
        self.withdraw_button.setEnabled(active)
        e = html.escape
        yes = self.tr("ano")
        facts = [
            (self.tr("Žadatel"), d.applicant or "—"),
            (self.tr("Členů domácnosti"), str(x.household_size)),
            (self.tr("Nezaopatřené děti"), str(x.children) + (
                " + " + self.tr("těhotenství") if x.pregnancy else "")),
            (self.tr("Zdravotní postižení"), yes if x.disability else "—"),
            (self.tr("Bezbariérový byt"), self.tr("potřebuje") if x.needs_barrier_free else "—"),
            (self.tr("Bytová situace"), ethos(x.ethos_category) or "—"),
            (self.tr("Současné bydlení"), (f"{format_area(x.current_area_m2)} m²"
                                          if x.current_area_m2 is not None else "—")
             + (", " + self.tr("dvě domácnosti v bytě") if x.two_households_in_flat else "")),
            (self.tr("Pobyt ve městě"), self.tr("{0} let").format(x.residence_years)
             + (", " + self.tr("trvalý pobyt") if x.permanent_residence else "")),
            (self.tr("Příjem na osobu"), format_money(x.income_per_person_hal) or "—"),
            (self.tr("Příjem domácnosti"), format_money(x.household_income_hal) or "—"),
            (self.tr("Dávky"), yes if x.on_benefits else "—"),
            (self.tr("Dluh vůči městu"), (format_money(x.debt_to_town_hal)
                                         if x.debt_to_town_hal else "—")
             + (", " + self.tr("splátkový kalendář") if x.repayment_plan else "")),
            (self.tr("Klíčová profese"), x.key_profession or "—"),
            (self.tr("Poznámka"), x.note or "—"),
        ]
        parts = ["<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td style='color:#5f6f7c;padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in facts) + "</table>"]
        points = self.tr("Body podle platných pravidel: {0}").format(fmt_num(d.points))
        no_flat = self.tr("bez kritérií, která závisejí na konkrétním bytě")
        parts.append(f"<p style='font-weight:600;font-size:11pt;margin-top:10px'>{e(points)}"
                     f"</p><p style='color:#5f6f7c'>{e(d.rules_name)} – {e(no_flat)}</p>")
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td>{e(ln.label)}</td><td style='color:#5f6f7c;padding:0 10px'>"
            f"{e(ln.detail)}</td><td align='right'>{e(fmt_num(ln.points))}</td></tr>"
            for ln in d.lines) + "</table>")
        if d.individual:
            ind = d.individual
            parts.append("<p style='background:#eef2f5'>" + e(self.tr(
                "Individuální posouzení: {0} bodů{1}. Odůvodnění: {2}").format(
                fmt_num(ind.points), f" ({ind.note})" if ind.note else "",
                ind.justification or "—")) + (
                e(self.tr(" Zapsal(a): {0}.").format(d.individual_by)) if d.individual_by
                else "") + "</p>")
        excluded, review = self.tr("Vyřazena"), self.tr("K posouzení")
        offers, none = self.tr("Nabídky bytů"), self.tr("Zatím žádná.")
        for r in d.exclusions:
            parts.append(f"<p style='color:#b3261e'>{e(excluded)}: {e(r.text)}</p>")
        for r in d.reviews:
            parts.append(f"<p style='color:#9a5b00'>⚠ {e(review)}: {e(r)}</p>")
        parts.append(f"<p style='font-weight:600;font-size:11pt;margin-top:10px'>{e(offers)}</p>")
        if not d.offers:
            parts.append(f"<p style='color:#5f6f7c'>{e(none)}</p>")
        for o in d.offers:
            line = f"{shown_date(o.offered_on)} – {o.flat}: {label(o.response)}"
            if o.refusal_reason:
                line += f" ({o.refusal_reason}" + (
                    ", " + self.tr("závažný důvod") if o.refusal_justified else "") + ")"
            parts.append(f"<p>{e(line)}</p>")
        self.info.setText("".join(parts))

    def renew(self) -> None:
        if self.detail is None:
            return
        try:
            until = svc.renew(self.ctx.db, self.ctx.actor, self.detail.id)
        except KmbError as exc:
            self._say(exc.message)
            return
        self._say(self.tr("Platnost obnovena do {0}.").format(shown_date(until)))

    def close_application(self) -> None:
        if self.detail is None:
            return
        dlg = CloseDialog(self.ctx, self.detail.id, self)
        if not dlg.exec():
            return
        self._say(self.tr("Žádost: {0}.").format(label(dlg.state)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class CloseDialog(FormDialog):
    """Withdraw (the household asked) or exclude (with the reason) an application;
    an exclusion without a reason is refused at its field, the dialog stays open."""

    def __init__(self, ctx: UiContext, application_id: str, parent=None):
        super().__init__(self.tr("Stáhnout nebo vyřadit žádost"), parent=parent)
        self._save = lambda state, note: svc.set_state(ctx.db, ctx.actor, application_id,
                                                       state, note)
        self.kind = self.add("kind", self.tr("Žádost"), QComboBox())
        self.kind.addItem(self.tr("stažena na žádost domácnosti"), ApplicationState.WITHDRAWN)
        self.kind.addItem(self.tr("vyřazena (uveďte důvod)"), ApplicationState.EXCLUDED)
        self.reason = self.add("note", self.tr("Důvod / poznámka"), QPlainTextEdit())
        self.reason.setMaximumHeight(80)

    @property
    def state(self) -> ApplicationState:
        return self.kind.currentData()

    @property
    def note(self) -> str:
        return self.reason.toPlainText()

    def submit(self) -> None:
        self._save(self.state, self.note)
