"""Krizový fond: the year's budget and balance, the requests and the detail of
one with its decision, payments, repayment plan and repayments."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from app.errors import KmbError
from app.formatting import format_date, format_money
from app.fund.service import (FIRST_CHUNK, budget_years, close_request, fund_summary,
                              list_requests, request_detail, tell_requests_apart)
from app.security import Permission
from models.fund import FundRequestState
from ui.labels import shown_date, tl as label

from ..context import UiContext
from ..widgets.dialogs import show_error
from ..widgets.chunked import ChunkedRowsModel
from ..widgets.lazy import LazyLoad
from ..widgets.table_model import Col
from ..widgets.column_fit import NAME_TAILS, ColumnFitter
from ..widgets.detail_splitter import DetailSplitter
from ..widgets.tables import list_table
from .dialogs import (BudgetDialog, DecisionDialog, PaymentDialog, PlanDialog, RepaymentDialog,
                      RequestDialog)

_T = "FundPage"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FundPage", "Číslo"), lambda r: r.number, context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Podána"), lambda r: format_date(r.filed_on), context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Žadatel"), lambda r: r.person, context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Účel"), lambda r: label(r.purpose), context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Požadováno"), lambda r: format_money(r.amount_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Stav"), lambda r: label(r.state), context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Vyplaceno"),
        lambda r: format_money(r.paid_hal) if r.paid_hal else "", align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("FundPage", "Splaceno"),
        lambda r: format_money(r.repaid_hal) if r.repaid_hal else "", align_right=True,
        context=_T),
]
APPLICANT = 2
MUTED = "#5f6f7c"


class FundRowsModel(ChunkedRowsModel):
    """The requests; a name elided in its narrow column is whole on hover."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole and index.isValid() and index.column() == APPLICANT:
            return super().data(index, Qt.DisplayRole)
        return super().data(index, role)


class FundPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Krizový fond"))
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.setObjectName("fundYear")
        for y in budget_years(ctx.db, ctx.actor):
            self.year.addItem(str(y), y)
        self.state = QComboBox()
        self.state.addItem(self.tr("Všechny žádosti"), None)
        for s in FundRequestState:
            self.state.addItem(label(s), s)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hledat žadatele nebo číslo žádosti…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Nová žádost…"))
        self.new_button.setProperty("primary", True)
        self.new_button.setVisible(ctx.actor.can(Permission.EDIT_FUND))
        self.budget_button = QPushButton(self.tr("Rozpočet…"))
        self.budget_button.setVisible(ctx.actor.can(Permission.DECIDE_FUND))
        self.figures: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        for key, text in (("budget", self.tr("Rozpočet")), ("paid", self.tr("Vyplaceno")),
                          ("repaid", self.tr("Splaceno")), ("balance", self.tr("Zůstatek")),
                          ("reserved", self.tr("Schváleno k výplatě")),
                          ("available", self.tr("Volné prostředky"))):
            box = QFrame()
            box.setObjectName("card")
            bv = QVBoxLayout(box)
            bv.setContentsMargins(12, 6, 12, 6)
            caption = QLabel(text)
            caption.setObjectName("muted")
            value = QLabel()
            value.setObjectName(f"fund_{key}")
            value.setStyleSheet("font-size: 13pt; font-weight: 600;")
            bv.addWidget(caption)
            bv.addWidget(value)
            self.figures[key] = value
            strip.addWidget(box)
        db, actor = ctx.db, ctx.actor
        self.model = FundRowsModel(COLUMNS, lambda rows: tell_requests_apart(db, actor, rows),
                                      owner=self, chunk=FIRST_CHUNK)
        self.view = list_table(self.model, "fundTable")
        # every amount whole beside the detail from 1280 px on, the name takes the rest
        self.fitter = ColumnFitter(self.view, elastic=[APPLICANT], tails={APPLICANT: NAME_TAILS})
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.detail = FundDetail(ctx)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Rok")))
        top.addWidget(self.year)
        top.addWidget(self.state)
        top.addWidget(self.search, 1)
        top.addWidget(self.budget_button)
        top.addWidget(self.new_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.count)
        self.splitter = DetailSplitter(left, self.detail, ctx.settings, "fund/detail_width")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addLayout(strip)
        layout.addWidget(self.splitter, 1)
        self.year.currentIndexChanged.connect(self.refresh)
        self.state.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_request)
        self.budget_button.clicked.connect(self.edit_budget)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail.changed.connect(self._after_change)
        self._want: str | None = None     # a request to select once the list is read
        # read when shown and after changes, off the GUI thread (a city's requests)
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill, "fund_request",
                               "fund_payment", "fund_repayment", "fund_budget", "fund_decision",
                               "repayment_plan", "person", "household")

    def refresh(self) -> None:
        self.loader.load()

    def _query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        year, state = self.year.currentData(), self.state.currentData()
        return lambda: (fund_summary(db, actor, year),
                        list_requests(db, actor, text, year=year, state=state,
                                      told_apart=FIRST_CHUNK))

    def _fill(self, result) -> None:
        s, rows = result
        for key, value in (("budget", s.budget_hal), ("paid", s.paid_hal),
                           ("repaid", s.repaid_hal), ("balance", s.balance_hal),
                           ("reserved", s.reserved_hal), ("available", s.available_hal)):
            self.figures[key].setText(format_money(value))
        self.figures["balance"].setToolTip(self.tr("Rozpočet − vyplaceno + splaceno, k {0}")
                                           .format(format_date(s.on)))
        want, self._want = self._want, None
        current = want or (self.detail.row.id if self.detail.row else None)
        self.model.set_rows(rows)
        self.count.setText(self.tr("Žádostí: {0} · podaných k rozhodnutí: {1}").format(
            len(rows), sum(1 for r in rows if r.state == FundRequestState.FILED)))
        if current:
            self.select(current)

    def select(self, request_id: str) -> bool:
        for i, r in enumerate(self.model.all):
            if r.id == request_id:
                self.model.show_up_to(i)
                self.view.selectRow(i)
                self.detail.show_request(request_id)
                return True
        return False

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row(current.row())
        if row is not None:
            self.detail.show_request(row.id)

    def _after_change(self, request_id: str) -> None:
        self._want = request_id          # selected when the list has been read
        self.refresh()

    def new_request(self) -> None:
        dlg = RequestDialog(self.ctx, self)
        if dlg.exec():
            self.search.clear()
            self.state.setCurrentIndex(0)
            self._after_change(dlg.request_id)

    def edit_budget(self) -> None:
        s = fund_summary(self.ctx.db, self.ctx.actor, self.year.currentData())
        if BudgetDialog(self.ctx, s.year, s.budget_hal, self).exec():
            self.refresh()


class FundDetail(QScrollArea):
    changed = Signal(str)

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.row = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 6, 16, 10)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        v.addWidget(self.title)
        v.addWidget(self.subtitle)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        spec = [("decide", self.tr("Rozhodnout…"), DecisionDialog, Permission.DECIDE_FUND),
                ("pay", self.tr("Vyplatit…"), PaymentDialog, Permission.EDIT_FUND),
                ("plan", self.tr("Splátkový kalendář…"), PlanDialog, Permission.EDIT_FUND),
                ("repay", self.tr("Splátka…"), RepaymentDialog, Permission.EDIT_FUND),
                ("close", self.tr("Uzavřít bez splácení"), None, Permission.EDIT_FUND)]
        for i, (key, text, dialog, perm) in enumerate(spec):
            b = QPushButton(text)
            b.setObjectName(f"fund_{key}")
            b.setVisible(ctx.actor.can(perm))
            b.clicked.connect(lambda _=False, d=dialog, k=key: self._action(k, d))
            self.buttons[key] = b
            grid.addWidget(b, i // 2, i % 2)
        v.addLayout(grid)
        self.info = QLabel()
        self.info.setTextFormat(Qt.RichText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        v.addWidget(self.info)
        v.addStretch(1)
        self.show_empty()

    def show_empty(self) -> None:
        self.row = None
        self.title.setText(self.tr("Vyberte žádost"))
        self.subtitle.setText(self.tr("Žádost prochází: podání → rozhodnutí → výplata → "
                                      "splátky."))
        self.info.clear()
        for b in self.buttons.values():
            b.setEnabled(False)

    def show_request(self, request_id: str) -> None:
        try:
            d = request_detail(self.ctx.db, self.ctx.actor, request_id)
        except KmbError as exc:
            self.show_empty()
            self.subtitle.setText(exc.message)
            return
        r = self.row = d.row
        self.title.setText(self.tr("Žádost {0}").format(r.number))
        self.subtitle.setText(f"{label(r.state)} · {r.person}")
        st = r.state
        for key, enabled in (("decide", st == FundRequestState.FILED),
                             ("pay", st == FundRequestState.APPROVED),
                             ("plan", st in (FundRequestState.PAID, FundRequestState.REPAYING)),
                             ("repay", st == FundRequestState.REPAYING),
                             ("close", st == FundRequestState.PAID)):
            self.buttons[key].setEnabled(enabled)
        e = html.escape
        rows = [(self.tr("Žadatel"), r.person), (self.tr("Domácnost"), r.household or "—"),
                (self.tr("Účel"), label(r.purpose)),
                (self.tr("Požadováno"), format_money(r.amount_hal)),
                (self.tr("Podána"), shown_date(r.filed_on)),
                (self.tr("Podal(a)"), r.worker or "—"),
                (self.tr("Zdůvodnění"), d.justification or "—")]
        parts = [self._table(rows)]
        section = "<p style='font-weight:600;font-size:11pt;margin-top:10px'>{0}</p>"
        for dec in d.decisions:
            parts.append(section.format(e(self.tr("Rozhodnutí"))))
            drows = [(self.tr("Výsledek"), label(dec.outcome)),
                     (self.tr("Kdo a kdy"), f"{dec.decided_by or '—'}, "
                                            f"{shown_date(dec.decided_on)}"),
                     (self.tr("Důvod"), dec.reason or "—")]
            if dec.outcome.value == "approved":
                drows.insert(1, (self.tr("Schváleno"), format_money(dec.approved_hal)))
            if dec.budget_override:
                drows.append((self.tr("Rozpočet"), self.tr("překročen se souhlasem vedoucí KMB")))
            parts.append(self._table(drows))
        if d.payments:
            parts.append(section.format(e(self.tr("Výplaty"))))
            parts.append(self._table([(shown_date(p.on), f"{format_money(p.amount_hal)}"
                                       f"{' – ' + p.recipient if p.recipient else ''}")
                                      for p in d.payments]))
        if d.plan:
            parts.append(section.format(e(self.tr("Splátkový kalendář"))))
            parts.append(self._table([
                (self.tr("Celkem"), format_money(d.plan.total_hal)),
                (self.tr("Měsíčně"), format_money(d.plan.installment_hal)),
                (self.tr("Od"), shown_date(d.plan.first_due_on)),
                (self.tr("Splaceno"), format_money(r.repaid_hal)),
                (self.tr("Zbývá"), format_money(d.plan.total_hal - r.repaid_hal))]))
        if d.repayments:
            parts.append(section.format(e(self.tr("Splátky"))))
            parts.append(self._table([(shown_date(p.on), format_money(p.amount_hal))
                                      for p in d.repayments[-12:]]))
        self.info.setText("".join(parts))

    @staticmethod
    def _table(rows) -> str:
        e = html.escape
        return "<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td style='color:{MUTED};padding-right:14px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows) + "</table>"

    def _action(self, key: str, dialog) -> None:
        if self.row is None:
            return
        if key == "close":
            answer = QMessageBox.question(self, self.tr("Uzavřít žádost"), self.tr(
                "Uzavřít vyplacenou žádost bez splácení (nevratná pomoc)?"))
            if answer != QMessageBox.Yes:
                return
            try:
                close_request(self.ctx.db, self.ctx.actor, self.row.id)
            except KmbError as exc:
                show_error(self, exc)
                return
        elif not dialog(self.ctx, self.row, self).exec():
            return
        self.changed.emit(self.row.id)

