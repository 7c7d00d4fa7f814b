"""Smlouvy → Smlouvy: the list of leases with filters, the detail beside it,
and the actions (new, from an offer, sign, end, print, arrears)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app.changes import Changes
from app.errors import KmbError
from app.formatting import format_date, format_money
from app.leases.arrears import enter_balance
from app.leases.documents import contract_pdf
from app.leases.paging import LeaseQuery, first_page, lease_page
from app.leases.records import (cancel_draft, end_lease, input_from_offer, lease_input,
                                sign_lease)
from app.security import Permission
from models.leases import LeaseState
from ui.labels import tl as label

from ..context import UiContext
from ..widgets.column_fit import ADDRESS_TAILS, NAME_TAILS, ColumnFitter
from ..widgets.detail_splitter import DetailSplitter
from ..widgets.dialogs import show_error
from ..widgets.pdf_preview import preview_in_background
from ..widgets.table_model import Col, RowsModel
from ..widgets.lazy import LazyLoad
from ..widgets.tables import list_table, selected_row
from .detail import LeaseDetailView
from .dialogs import BalanceDialog, EndDialog, OfferPickerDialog, SignDialog
from .form import LeaseDialog

_T = "LeasesTab"
def _state(r) -> str:
    """"platná do 31. 10. 2027", "ukončená 3. 2. 2026": the state with its date."""
    day = r.ended_on or r.ends_on
    if not day:
        return label(r.state)
    if r.ended_on:
        return f"{label(r.state)} {format_date(day)}"
    return QCoreApplication.translate("LeasesTab", "{0} do {1}").format(label(r.state), format_date(day))


def _state_cell(r) -> str:
    """The list's short state: a running lease by its end ("do 31. 10. 2027"),
    an open-ended one "platná", a draft "návrh", an ended one with its date. The
    word "platná"/"prodloužená" before every end took the room of the start and
    the rent; the whole state is in the row's tooltip and the detail."""
    if r.ended_on or r.state == LeaseState.DRAFT or not r.ends_on:
        return _state(r) if r.ended_on else label(r.state)
    return QCoreApplication.translate("LeasesTab", "do {0}").format(format_date(r.ends_on))


# Seven columns beside the detail at 1280×800 without scrolling sideways: the
# number, start, state, rent and debt always whole (ColumnFitter), the tenant
# and the address share the rest, elided in the middle, whole on hover.
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Číslo"), lambda r: r.number, context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Nájemce"), lambda r: r.tenant, context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Byt"), lambda r: r.flat_short or r.flat, context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Od"), lambda r: format_date(r.starts_on), context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Stav"), lambda r: _state_cell(r), context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Nájemné"), lambda r: format_money(r.rent_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LeasesTab", "Dluh"),
        lambda r: format_money(r.arrears_hal) if r.arrears_hal else "", align_right=True,
        context=_T),
]
TENANT, FLAT, START, STATE, RENT = 1, 2, 3, 4, 5


class LeaseRowsModel(RowsModel):
    """The leases a page at a time: the read brings the first page (namesakes
    told apart) and the counts; the view asks for the next page as the person
    scrolls to it (Qt's fetchMore), read from where the last one ended."""

    def __init__(self, columns, next_page, parent=None):
        super().__init__(columns, parent)
        self._next_page = next_page     # after → LeasePage
        self._after = None              # where the next page starts (None: no more)

    def set_page(self, page) -> None:
        self._after = page.after
        super().set_rows(list(page.rows))

    def data(self, index, role=Qt.DisplayRole):
        # the whole lease on hover: an elided name or address is read there
        if role == Qt.ToolTipRole and index.isValid():
            r = self.rows[index.row()]
            ends = format_date(r.ended_on or r.ends_on) or self.tr("neurčito")
            return "\n".join(x for x in (
                f"{r.number or ''} · {_state(r)}", r.tenant,
                f"{r.household}" if r.household and r.household != r.tenant else "", r.flat,
                self.tr("od {0} do {1} · nájemné {2}").format(
                    format_date(r.starts_on), ends, format_money(r.rent_hal)),
                self.tr("dluh {0}").format(format_money(r.arrears_hal)) if r.arrears_hal
                else "") if x)
        return super().data(index, role)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 – Qt's name
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 – Qt's name
        if parent.isValid() or self._after is None:
            return
        try:
            page = self._next_page(self._after)
        except KmbError:
            self._after = None        # (e.g. signed out meanwhile) no more rows
            return
        self._after = page.after
        if not page.rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def find(self, row_id: str, reach: int | None = None) -> int | None:
        """The index of a lease, reading further pages while it is not among
        the rows read and fewer than ``reach`` are (None: to the end)."""
        i = 0
        while True:
            for i in range(i, len(self.rows)):
                if self.rows[i].id == row_id:
                    return i
            i = len(self.rows)
            if not self.canFetchMore() or (reach is not None and i >= reach):
                return None
            self.fetchMore()


class LeaseListTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("leaseSearch")
        self.search.setPlaceholderText(self.tr("Hledat číslo smlouvy, nájemce, ulici…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("Platné a návrhy"), "current")
        for s in LeaseState:
            self.state.addItem(label(s), s)
        self.state.addItem(self.tr("Všechny"), None)
        self.ending = QCheckBox(self.tr("jen končící do 60 dnů"))
        self.new_button = QPushButton(self.tr("Nová smlouva…"))
        self.offer_button = QPushButton(self.tr("Z přijaté nabídky…"))
        self.offer_button.setProperty("primary", True)
        can_edit = ctx.actor.can(Permission.EDIT_LEASES)
        self.new_button.setVisible(can_edit)
        self.offer_button.setVisible(can_edit)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self._shown = LeaseQuery()       # the query of the rows shown (the next pages)
        self.model = LeaseRowsModel(
            COLUMNS, lambda after: lease_page(ctx.db, ctx.actor, self._shown, after))
        self.table = list_table(self.model, "leaseTable")
        self.fitter = ColumnFitter(self.table, elastic=[TENANT, FLAT],
                                   tails={TENANT: NAME_TAILS, FLAT: ADDRESS_TAILS})
        self.detail = LeaseDetailView(ctx)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.ending)
        top.addWidget(self.new_button)
        top.addWidget(self.offer_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.summary)
        # at 1280 px the seven columns need the room: the detail at 280 px (its
        # labels wrap), wider as the window grows
        self.splitter = DetailSplitter(left, self.detail, ctx.settings, "leases/detail_width",
                                       share=0.28, least=280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.state.currentIndexChanged.connect(self.refresh)
        self.ending.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_lease)
        self.offer_button.clicked.connect(self.from_offer)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        d = self.detail
        d.edit_requested.connect(self.edit_lease)
        d.sign_requested.connect(self.sign)
        d.end_requested.connect(self.end)
        d.print_requested.connect(self.print_contract)
        d.arrears_requested.connect(self.enter_arrears)
        d.cancel_requested.connect(self.cancel)
        ctx.changes.changed.connect(self._on_changes)
        self._want: str | None = None     # a lease to select once the list is read
        # read when shown and after changes, off the GUI thread (thousands of leases)
        self.loader = LazyLoad(self, None, self._query, self._fill)

    # -- list ------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.load()

    def _query(self):
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        choice, ending = self.state.currentData(), self.ending.isChecked()
        query = LeaseQuery(text, state=choice if isinstance(choice, LeaseState) else None,
                           current_only=choice == "current",
                           ending_within_days=60 if ending else None)
        want = self._want
        return lambda: (query, *first_page(db, actor, query, reaching=want))

    def _fill(self, result) -> None:
        query, page, counts = result
        want, self._want = self._want, None
        current = want or (self.detail.detail.row.id if self.detail.detail else None)
        # a lease just opened among the rows the read brought (it read on to
        # it); the one shown before only as far as the list had been read
        reach = len(page.rows) if want else max(self.model.rowCount(), 1)
        self._shown = query
        self.model.set_page(page)
        self.summary.setText(self.tr("Smluv: {0} · s dluhem: {1}").format(
            counts.total, counts.with_debt))
        # the lease shown must be one selected in the list: otherwise nothing
        # is shown and "Tisk smlouvy…" cannot print a lease nobody picked
        if not (current and self.select(current, reach)):
            self.table.clearSelection()
            self.detail.show_empty()

    def select(self, lease_id: str, reach: int | None = None) -> bool:
        i = self.model.find(lease_id, reach)
        if i is None:
            return False
        self.table.selectRow(i)
        self.detail.show_lease(lease_id)
        return True

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row(current.row())
        if row is not None:
            self.detail.show_lease(row.id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("lease", "lease_service", "arrears_balance", "renewal", "task"):
            self.loader.changed()
            if self.detail.detail:
                self.detail.show_lease(self.detail.detail.row.id)

    # -- actions ---------------------------------------------------------------
    def _opened(self, lease_id: str | None) -> None:
        if lease_id:
            self.search.clear()
            self.state.setCurrentIndex(0)
            self.ending.setChecked(False)
            self._want = lease_id          # selected when the list has been read
            self.refresh()

    def new_lease(self) -> None:
        dlg = LeaseDialog(self.ctx, parent=self)
        if dlg.exec():
            self._opened(dlg.lease_id)

    def from_offer(self) -> None:
        picker = OfferPickerDialog(self.ctx, parent=self)
        if not picker.exec() or picker.chosen is None:
            return
        try:
            data = input_from_offer(self.ctx.db, self.ctx.actor, picker.chosen.id)
        except KmbError as exc:
            show_error(self, exc)
            return
        dlg = LeaseDialog(self.ctx, data, parent=self)
        if dlg.exec():
            self._opened(dlg.lease_id)

    def edit_lease(self, lease_id: str) -> None:
        dlg = LeaseDialog(self.ctx, lease_input(self.ctx.db, self.ctx.actor, lease_id),
                          lease_id=lease_id, parent=self)
        dlg.exec()

    def sign(self, lease_id: str) -> None:
        d = self.detail.detail
        SignDialog(self.ctx, lease_id, d.row.starts_on, sign_lease, parent=self).exec()

    def end(self, lease_id: str) -> None:
        EndDialog(self.ctx, lease_id, end_lease, parent=self).exec()

    def cancel(self, lease_id: str) -> None:
        answer = QMessageBox.question(self, self.tr("Zrušit návrh"), self.tr(
            "Zrušit nepodepsaný návrh smlouvy? Číslo smlouvy se znovu nepoužije."))
        if answer != QMessageBox.Yes:
            return
        try:
            cancel_draft(self.ctx.db, self.ctx.actor, lease_id)
        except KmbError as exc:
            show_error(self, exc)
            return
        self.detail.show_empty()

    def enter_arrears(self, lease_id: str) -> None:
        r = self.detail.detail.row
        dlg = BalanceDialog(self.ctx, [(r.id, f"{r.number} – {r.tenant}")], enter_balance,
                            lease_id=lease_id, parent=self)
        if dlg.exec():
            info = dlg.result_info
            window = self.window()
            if info is not None and info.task_id and hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr(
                    "Dluh je nad prahem pro upozornění: úkol dostal(a) {0}.").format(
                    info.task_owner or self.tr("vedoucí KMB")), 10000)

    def print_contract(self, lease_id: str) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        preview_in_background(self, self.tr("Nájemní smlouva"),
                              lambda: contract_pdf(db, actor, lease_id),
                              opened=lambda dlg: setattr(self, "preview", dlg))

    def current_row(self):
        return selected_row(self.table)
