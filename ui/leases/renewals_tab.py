"""Smlouvy → Prodloužení: leases ending within the renewal window with the
rule's proposal and the arrears on the check date; propose, decide, print
the amendment or the notice; the history below."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.formatting import format_date, format_money
from app.leases.documents import renewal_pdf
from app.leases.renewals import (decide_renewal, propose_renewals, renewal_candidates,
                                 renewal_history)
from app.security import Permission
from models.leases import RenewalDecision, RenewalProposal
from ui.labels import shown_date, tl as label

from ..context import UiContext
from ..widgets.column_fit import ADDRESS_TAILS, NAME_TAILS, ColumnFitter
from ..widgets.dialogs import show_error
from ..widgets.lazy import LazyLoad
from ..widgets.pdf_preview import preview_in_background
from ..widgets.table_model import Col, WholeOnHoverModel
from ..widgets.tables import list_table, selected_row
from .dialogs import NoteDialog

_T = "RenewalsTab"


def _state(c) -> str:
    if c.decision is None:
        return QCoreApplication.translate("RenewalsTab", "bez návrhu")
    return label(c.decision)


CANDIDATE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Konec nájmu"), lambda c: format_date(c.lease.ends_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Smlouva"), lambda c: c.lease.number, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Nájemce"), lambda c: c.lease.tenant, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Byt"), lambda c: c.lease.flat_short or c.lease.flat,
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Dluh při kontrole"),
        lambda c: format_money(c.arrears_hal), align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Podle pravidla"), lambda c: label(c.proposal),
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Stav"), _state, context=_T),
]
HISTORY_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Kontrola"), lambda h: format_date(h.check_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Smlouva"), lambda h: h.lease_number, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Nájemce"), lambda h: h.tenant, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Dluh"), lambda h: format_money(h.arrears_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Návrh"), lambda h: label(h.proposal), context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Rozhodnutí"), lambda h: label(h.decision),
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Nově do"), lambda h: format_date(h.new_ends_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Dodatek"), lambda h: h.amendment_number, context=_T),
    Col(QT_TRANSLATE_NOOP("RenewalsTab", "Zdůvodnění"), lambda h: h.note, context=_T),
]

# The tenant and the flat share the room the short columns leave (ColumnFitter):
# a name too long elides before its "(nar. 1983)", an address before its
# "2451, byt č. 3"; the dates, amounts and states are always whole.
TENANT, FLAT, HIST_TENANT, HIST_NOTE = 2, 3, 2, 8


class _TenantBeforeReason(ColumnFitter):
    """The history's reason is prose, read whole on hover: the tenant gets the
    room its name needs first, the reason (stretched) what is left."""

    def fit(self) -> None:
        super().fit()
        view, (tenant, reason) = self.view, self.elastic
        fixed = sum(view.columnWidth(c) for c in range(view.model().columnCount())
                    if c not in self.elastic)
        reason_header = view.horizontalHeader().sectionSizeHint(reason)   # kept whole
        room = view.viewport().width() - fixed - max(self.least, reason_header)
        view.setColumnWidth(tenant, max(self.least, min(self._needs[tenant], room)))


class RenewalsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        can_edit = ctx.actor.can(Permission.EDIT_LEASES)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Navrhnout prodloužení"))
        self.propose_button.setObjectName("proposeRenewals")
        self.propose_button.setProperty("primary", True)
        self.propose_button.setToolTip(self.tr(
            "Smlouvy bez dluhu nad prahem se prodlouží automaticky, ostatní čekají na "
            "rozhodnutí."))
        self.approve_button = QPushButton(self.tr("Prodloužit…"))
        self.reject_button = QPushButton(self.tr("Neprodloužit…"))
        self.print_button = QPushButton(self.tr("Tisk dodatku / oznámení…"))
        for b in (self.propose_button, self.approve_button, self.reject_button):
            b.setVisible(can_edit)
        self.candidates = WholeOnHoverModel(CANDIDATE_COLUMNS, {FLAT: lambda c: c.lease.flat})
        self.cand_view = list_table(self.candidates, "renewalCandidates")
        self.cand_fitter = ColumnFitter(self.cand_view, elastic=[TENANT, FLAT],
                                        tails={TENANT: NAME_TAILS, FLAT: ADDRESS_TAILS})
        self.history = WholeOnHoverModel(HISTORY_COLUMNS)
        self.hist_view = list_table(self.history, "renewalHistory")
        self.hist_fitter = _TenantBeforeReason(self.hist_view, elastic=[HIST_TENANT, HIST_NOTE],
                                               tails={HIST_TENANT: NAME_TAILS})

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.propose_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.print_button)
        upper = QGroupBox(self.tr("Smlouvy končící v nejbližších dnech"))
        uv = QVBoxLayout(upper)
        uv.addLayout(top)
        uv.addWidget(self.cand_view, 1)
        uv.addLayout(actions)
        lower = QGroupBox(self.tr("Historie prodloužení"))
        lv = QVBoxLayout(lower)
        lv.addWidget(self.hist_view)
        split = QSplitter(Qt.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([420, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.print_button.clicked.connect(self.print_selected)
        self.cand_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.hist_view.selectionModel().currentRowChanged.connect(self._history_selected)
        # read when first shown (Smlouvy opens on its first tab), off the GUI thread
        self.loader = LazyLoad(self, ctx.changes, self._query, self._fill,
                               "lease", "renewal", "arrears_balance")

    def refresh(self) -> None:
        self.loader.load()

    def _query(self):
        db, actor = self.ctx.db, self.ctx.actor
        return lambda: (renewal_candidates(db, actor), renewal_history(db, actor, limit=300))

    def _fill(self, result) -> None:
        cands, history = result
        self.candidates.set_rows(cands)
        self.history.set_rows(history)
        unproposed = sum(1 for c in cands if c.decision is None)
        debt = sum(1 for c in cands if c.decision is None
                   and c.proposal == RenewalProposal.NEEDS_DECISION)
        pending = sum(1 for c in cands if c.decision == RenewalDecision.PENDING)
        self.summary.setText(self.tr(
            "Končí do 60 dnů nebo čeká na rozhodnutí: {0} · bez návrhu: {1} (z toho s dluhem "
            "nad prahem {2}) · čeká na rozhodnutí: {3}").format(len(cands), unproposed, debt,
                                                               pending))
        self.propose_button.setEnabled(unproposed > 0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        c = selected_row(self.cand_view)
        pending = c is not None and c.decision == RenewalDecision.PENDING
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        h = selected_row(self.hist_view)
        self.print_button.setEnabled(h is not None and h.decision != RenewalDecision.PENDING)

    def _history_selected(self, *_args) -> None:
        self._update_buttons()

    def propose(self) -> None:
        try:
            result = propose_renewals(self.ctx.db, self.ctx.actor)
        except KmbError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Návrhy prodloužení"), self.tr(
            "Prodlouženo automaticky (bez dluhu nad prahem): {0}\n"
            "Čeká na rozhodnutí (dluh): {1}").format(result.automatic, result.needs_decision))

    def decide(self, approve: bool) -> None:
        c = selected_row(self.cand_view)
        if c is None or c.renewal_id is None:
            return
        money = format_money(c.arrears_hal)
        if approve:
            dlg = NoteDialog(self.tr("Prodloužit nájem"), self.tr(
                "Smlouva {0} ({1}): dluh ke dni kontroly {2}. Nájem se prodlouží o další "
                "období a připraví se dodatek.").format(c.lease.number, c.lease.tenant, money),
                self.tr("Prodloužit"),
                lambda note: decide_renewal(self.ctx.db, self.ctx.actor, c.renewal_id, True,
                                            note), self)
        else:
            dlg = NoteDialog(self.tr("Neprodloužit nájem"), self.tr(
                "Smlouva {0} ({1}): dluh ke dni kontroly {2}. Nájem skončí {3}; nájemce "
                "dostane oznámení s důvodem.").format(c.lease.number, c.lease.tenant, money,
                                                      shown_date(c.lease.ends_on)),
                self.tr("Neprodloužit"),
                lambda note: decide_renewal(self.ctx.db, self.ctx.actor, c.renewal_id, False,
                                            note), self)
        dlg.exec()

    def print_selected(self) -> None:
        h = selected_row(self.hist_view)
        if h is None:
            return
        title = self.tr("Dodatek ke smlouvě") if h.decision == RenewalDecision.APPROVED \
            else self.tr("Oznámení o neprodloužení nájmu")
        db, actor, renewal_id = self.ctx.db, self.ctx.actor, h.id
        preview_in_background(self, title, lambda: renewal_pdf(db, actor, renewal_id),
                              opened=lambda dlg: setattr(self, "preview", dlg))
