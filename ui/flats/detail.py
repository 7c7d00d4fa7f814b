"""The detail of one flat: what it is, its open offer (with the answer and the
council decision), the ranked applicants for a vacant flat, and the history
of offers and decisions (each decision's frozen ranking can be printed)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.allocation.engine import fmt_num
from app.allocation.offers import FlatHistory, flat_history
from app.allocation.ranking import rank_flat
from app.changes import Changes
from app.errors import KmbError
from app.formatting import format_area, format_date, format_money
from app.housing.edit import FlatDetail, get_flat
from app.housing.stock import stock_overview
from app.printing import render
from app.security import Permission
from models.allocation import DecisionOutcome, OfferResponse
from models.housing import FlatStatus
from ui.labels import floor_text, shown_date
from ui.labels import tl as label

from ..context import UiContext
from ..ops import read_op
from ..widgets.pdf_preview import preview_in_background
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table
from .edit import BuildingDialog, FlatDialog
from .offer_dialogs import (
    AnswerDialog,
    DecisionDialog,
    OfferDialog,
    WithdrawDialog,
    outcome_text,
)
from .ranking_panel import RankingPanel

_T = "FlatDetail"

OFFER_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Nabídnuto"), lambda o: format_date(o.offered_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Domácnost"), lambda o: o.household, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Žádost"), lambda o: o.number, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Pořadí"), lambda o: f"{o.rank}." if o.rank else "",
        True, _T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Body"), lambda o: fmt_num(o.score), True, _T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Odpověď"), lambda o: label(o.response), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Dne"), lambda o: format_date(o.responded_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Důvod odmítnutí / poznámka"),
        lambda o: " · ".join(p for p in (
            o.refusal_reason and (o.refusal_reason + (" (závažný důvod, nepočítá se)"
                                                      if o.refusal_justified else "")),
            o.note) if p), context=_T),
]
DECISION_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Rozhodnuto"), lambda d: format_date(d.decided_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Kdo"), lambda d: d.body, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Usnesení"), lambda d: d.resolution_number, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Výsledek"),
        lambda d: outcome_text(d.outcome), context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Domácnost"), lambda d: d.household, context=_T),
    Col(QT_TRANSLATE_NOOP("FlatDetail", "Pravidla"),
        lambda d: f"{d.rules_name}, verze {d.rules_version}" if d.rules_name else "", context=_T),
]


def _simple_table(model, name) -> QTableView:
    return list_table(model, name, fit_contents=True)

class FlatDetailView(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.flat: FlatDetail | None = None
        self.history: FlatHistory | None = None
        self.ranking = None
        self.ranking_pending = False      # a ranking is being computed (tests wait for it)
        self.back_button = QPushButton(self.tr("← Zpět na seznam bytů"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.quota = QLabel()
        self.quota.setObjectName("muted")
        self.quota.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Upravit byt…"))
        self.edit_button.clicked.connect(self.edit_flat)
        self.edit_button.setVisible(ctx.actor.can(Permission.EDIT_FLATS))
        self.building_button = QPushButton(self.tr("Upravit dům…"))
        self.building_button.clicked.connect(self.edit_building)
        self.building_button.setVisible(ctx.actor.can(Permission.EDIT_FLATS))
        self.print_button = QPushButton(self.tr("Pořadník k tisku…"))
        self.print_button.clicked.connect(self.print_ranking)

        # the open offer and what can be done with it
        self.banner = QFrame()
        self.banner.setObjectName("card")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Domácnost přijala"))
        self.refuse_button = QPushButton(self.tr("Domácnost odmítla…"))
        self.withdraw_button = QPushButton(self.tr("Stáhnout nabídku…"))
        self.decide_button = QPushButton(self.tr("Zapsat rozhodnutí rady…"))
        self.accept_button.clicked.connect(lambda: self.answer(True))
        self.refuse_button.clicked.connect(lambda: self.answer(False))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.decide_button.clicked.connect(self.decide)
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(12, 8, 12, 8)
        bl.addWidget(self.banner_text, 1)
        for b in (self.accept_button, self.refuse_button, self.withdraw_button,
                  self.decide_button):
            bl.addWidget(b)
            b.hide()
        self.message = QLabel()
        self.message.setObjectName("actionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#1f5f8b;font-weight:600")
        self.message.hide()

        self.ranking_panel = RankingPanel()
        self.ranking_panel.offer_requested.connect(self.offer)
        self.not_vacant = QLabel()
        self.not_vacant.setObjectName("muted")
        self.not_vacant.setWordWrap(True)
        self.not_vacant.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        ranking_tab = QWidget()
        rt = QVBoxLayout(ranking_tab)
        rt.setContentsMargins(0, 0, 0, 0)
        rt.addWidget(self.not_vacant)
        rt.addWidget(self.ranking_panel, 1)

        self.offer_model = RowsModel(OFFER_COLUMNS)
        self.offer_table = _simple_table(self.offer_model, "offerTable")
        self.decision_model = RowsModel(DECISION_COLUMNS)
        self.decision_table = _simple_table(self.decision_model, "decisionTable")
        self.frozen_button = QPushButton(self.tr("Zmrazené pořadí vybraného rozhodnutí…"))
        self.frozen_button.clicked.connect(self.print_frozen)
        history_tab = QWidget()
        ht = QVBoxLayout(history_tab)
        t1 = QLabel(self.tr("Nabídky"))
        t1.setObjectName("sectionTitle")
        t2 = QLabel(self.tr("Rozhodnutí rady (s pravidly a pořadím ke dni rozhodnutí)"))
        t2.setObjectName("sectionTitle")
        ht.addWidget(t1)
        ht.addWidget(self.offer_table, 1)
        ht.addWidget(t2)
        ht.addWidget(self.decision_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.frozen_button)
        ht.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setMinimumWidth(320)     # the window may be narrow: tables scroll
        self.tabs.addTab(ranking_tab, self.tr("Pořadí žadatelů"))
        self.tabs.addTab(history_tab, self.tr("Nabídky a rozhodnutí"))

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        titles.addWidget(self.quota)
        head.addLayout(titles, 1)
        head.addWidget(self.print_button, 0, Qt.AlignTop)
        head.addWidget(self.building_button, 0, Qt.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self._on_changes)

    # -- loading ---------------------------------------------------------------------------
    def show_flat(self, flat_id: str) -> None:
        self.message.hide()
        if self.flat is None or self.flat.id != flat_id:
            self.ranking_panel.ranking = None     # no other flat's ranking while this one ranks
        self.flat = get_flat(self.ctx.db, self.ctx.actor, flat_id)
        self.reload()

    def reload(self) -> None:
        f = self.flat
        if f is None:
            return
        self.flat = f = get_flat(self.ctx.db, self.ctx.actor, f.id)
        d = f.data
        self.title.setText(self.tr("{0}, byt č. {1}").format(f.address, d.number))
        bits = [d.layout or self.tr("{0} pok.").format(d.rooms),
                f"{format_area(d.floor_area_m2)} m²",
                floor_text(d.floor),
                label(d.category), label(d.status),
                self.tr("nájem {0} + zálohy {1}").format(format_money(d.rent_hal),
                                                          format_money(d.services_hal)),
                self.tr("bezbariérový") if d.barrier_free else "",
                self.tr("výtah") if f.building.has_lift else self.tr("bez výtahu")]
        self.subtitle.setText(" · ".join(b for b in bits if b))
        self.quota.setText(self._quota_text(d.category))
        allowed = self.ctx.actor.can(Permission.MANAGE_ALLOCATION)
        self.history = flat_history(self.ctx.db, self.ctx.actor, f.id) if allowed else None
        self.ranking = None
        if not allowed:
            self._not_ranked(self.tr("Pořadí žadatelů vidí pracovníci, kteří přidělují byty."))
        elif d.status == FlatStatus.OCCUPIED:
            self._not_ranked(self.tr("Byt je obsazený. Pořadí žadatelů se sestavuje pro volný "
                                     "byt nebo byt v opravě."))
        else:
            self._rank(f.id)
        self.print_button.setEnabled(False)
        self._fill_history()
        self._fill_banner()

    def _rank(self, flat_id: str) -> None:
        """Rank off the GUI thread (every application is scored); a newer
        ranking (another flat, another change) replaces one still running."""
        self.ranking_pending = True
        self.ranking_panel.setEnabled(False)
        if self.ranking_panel.ranking is None:
            self._not_ranked(self.tr("Sestavuji pořadí žadatelů…"))
        db, actor = self.ctx.db, self.ctx.actor
        read_op(self, lambda: rank_flat(db, actor, flat_id),
                lambda ranking: self._show_ranking(flat_id, ranking), key="ranking",
                failed=lambda exc: self._ranking_failed(flat_id, exc), show_errors=False)

    def _show_ranking(self, flat_id: str, ranking) -> None:
        if self.flat is None or self.flat.id != flat_id:
            return
        self.ranking_pending = False
        self.ranking = ranking
        self.not_vacant.hide()
        self.ranking_panel.setEnabled(True)
        self.ranking_panel.show()
        open_offer = self.history.open_offer if self.history else None
        self.ranking_panel.set_ranking(
            ranking, can_offer=self.flat.data.status == FlatStatus.VACANT and open_offer is None)
        self.tabs.setTabText(0, self.tr("Pořadí žadatelů ({0})").format(len(ranking.ranked)))
        self.print_button.setEnabled(True)
        self._fill_banner()

    def _ranking_failed(self, flat_id: str, exc: Exception) -> None:
        if self.flat is None or self.flat.id != flat_id:
            return
        self.ranking_pending = False
        self.ranking_panel.setEnabled(True)
        self._not_ranked(exc.message if isinstance(exc, KmbError) else self.tr(
            "Pořadí se nepodařilo sestavit: {0}").format(exc))

    def _quota_text(self, category) -> str:
        row = stock_overview(self.ctx.db, self.ctx.actor).row(category)
        text = self.tr("Kategorie {0}: {1} bytů, {2} % fondu").format(
            label(category), row.flats, f"{row.share_pct:.1f}".replace(".", ","))
        if row.target_pct is not None:
            gap = row.difference or 0
            state = (self.tr("chybí {0} bytů").format(-gap) if gap < 0 else
                     self.tr("o {0} bytů víc").format(gap) if gap > 0 else self.tr("splněno"))
            text += self.tr(" · cílová kvóta {0} % ({1})").format(
                f"{row.target_pct:.1f}".replace(".", ","), state)
        return text

    def _not_ranked(self, text: str) -> None:
        self.ranking_panel.hide()
        self.ranking_panel.ranking = None
        self.not_vacant.setText(text)
        self.not_vacant.show()
        self.tabs.setTabText(0, self.tr("Pořadí žadatelů"))

    def _fill_history(self) -> None:
        h = self.history
        self.offer_model.set_rows(list(reversed(h.offers)) if h else [])
        self.decision_model.set_rows(list(reversed(h.decisions)) if h else [])
        self.frozen_button.setEnabled(bool(h and h.decisions))

    def _fill_banner(self) -> None:
        o = self.history.open_offer if self.history else None
        for b in (self.accept_button, self.refuse_button, self.withdraw_button,
                  self.decide_button):
            b.hide()
        if self.history is None or self.flat is None:
            self.banner.hide()
            return
        self.banner.show()
        if o is None:
            last = self.history.decisions[-1] if self.history.decisions else None
            if last is not None and self.flat.data.status != FlatStatus.VACANT:
                self.banner_text.setText(self.tr(
                    "Poslední rozhodnutí: {0} – {1}, usnesení {2}, domácnost {3}.").format(
                    shown_date(last.decided_on), outcome_text(last.outcome),
                    last.resolution_number or "—", last.household or "—"))
            elif self.flat.data.status == FlatStatus.VACANT:
                self.banner_text.setText(self.tr(
                    "Byt je volný a nikomu nenabídnutý. Vyberte domácnost v pořadí a nabídněte "
                    "jí byt."))
            else:
                self.banner.hide()
            self.decide_button.setVisible(self.flat.data.status == FlatStatus.VACANT
                                          and self.ranking is not None)
            return
        if o.response == OfferResponse.PENDING:
            self.banner_text.setText(self.tr(
                "Nabídnuto {0} domácnosti <b>{1}</b> ({2}. v pořadí, {3} bodů) – čeká na "
                "odpověď.").format(shown_date(o.offered_on), o.household, o.rank or "—",
                                   fmt_num(o.score)))
            self.accept_button.show()
            self.refuse_button.show()
            self.withdraw_button.show()
        else:
            approved = next((d for d in reversed(self.history.decisions)
                             if d.application_id == o.application_id
                             and d.outcome == DecisionOutcome.APPROVED), None)
            if approved is not None:
                self.banner_text.setText(self.tr(
                    "Rada přidělení domácnosti <b>{0}</b> schválila {1} (usnesení {2}). "
                    "Dalším krokem je nájemní smlouva.").format(
                    o.household, shown_date(approved.decided_on),
                    approved.resolution_number or "—"))
                return
            self.banner_text.setText(self.tr(
                "Domácnost <b>{0}</b> nabídku přijala {1}. Byt je pro ni rezervován; "
                "zapište rozhodnutí rady.").format(o.household, shown_date(o.responded_on)))
            self.decide_button.show()
            self.withdraw_button.show()

    def _on_changes(self, changes: Changes) -> None:
        if self.flat is not None and self.isVisible() and changes.touches(
                "offer", "refusal", "allocation_decision", "application", "flat", "rule_set"):
            self.reload()

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload()

    # -- actions ---------------------------------------------------------------------------
    def offer(self, entry) -> None:
        dlg = OfferDialog(self.ctx, self.flat, entry, parent=self)
        if dlg.exec():
            self._done(self.tr("Byt nabídnut domácnosti {0}.").format(entry.household))
            self.tabs.setCurrentIndex(0)

    def answer(self, accepted: bool) -> None:
        o = self.history.open_offer if self.history else None
        if o is None:
            return
        dlg = AnswerDialog(self.ctx, o, accepted, parent=self)
        if dlg.exec():
            self._done(dlg.result_message)

    def withdraw(self) -> None:
        o = self.history.open_offer if self.history else None
        if o is not None and WithdrawDialog(self.ctx, o, parent=self).exec():
            self._done(self.tr("Nabídka stažena."))

    def decide(self) -> None:
        if self.flat is None or self.ranking is None:
            return
        o = self.history.open_offer if self.history else None
        dlg = DecisionDialog(self.ctx, self.flat, self.ranking, o, parent=self)
        if dlg.exec():
            self._done(self.tr("Rozhodnutí zapsáno; pravidla a pořadí ke dni rozhodnutí jsou "
                               "uloženy s ním."))

    def edit_flat(self) -> None:
        if self.flat is not None and FlatDialog(self.ctx, self.flat, parent=self).exec():
            self.reload()

    def edit_building(self) -> None:
        if self.flat is not None and BuildingDialog(
                self.ctx, self.flat.data.building_id, parent=self).exec():
            self.reload()

    def _preview(self, record_id: str) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def failed(exc: Exception) -> None:
            self.message.setText(exc.message if isinstance(exc, KmbError) else str(exc))
            self.message.show()
        preview_in_background(self, self.tr("Pořadník žadatelů"),
                              lambda: render(db, actor, "ranking", record_id), failed=failed)

    def print_ranking(self) -> None:
        if self.flat is not None:
            self._preview(self.flat.id)

    def print_frozen(self) -> None:
        idx = self.decision_table.currentIndex()
        row = self.decision_model.row(idx.row() if idx.isValid() else 0)
        if row is not None:
            self._preview(row.id)

    def save_state(self, settings) -> None:
        self.ranking_panel.save_state(settings)

    def restore_state(self, settings) -> None:
        self.ranking_panel.restore_state(settings)
