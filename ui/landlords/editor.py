"""One landlord: the card (saved as you type, IČO and account checked), the
private leases and subleases with their guarantees and claims, and the
crisis-fund payments made to the landlord (only for roles that see the fund)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from app.concurrency import ConcurrentEdit
from app.errors import KmbError, ValidationError
from app.formatting import format_date, format_money
from app.landlords.detail import LandlordDetail, landlord_detail
from app.landlords.guarantee_print import guarantee_pdf
from app.landlords.register import LandlordInput, update_landlord
from app.security import Permission
from models.landlords import Guarantor, LandlordKind, PrivateLeaseState
from ui.labels import tl

from ..context import UiContext
from ..widgets.dialogs import show_error
from ..widgets.pdf_preview import preview_in_background
from ..widgets.fields import FieldErrors
from ..widgets.record_editor import RecordEditor
from ..widgets.sections import FormSection, hint, text_box
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import fit_columns, list_table, selected_row
from .dialogs import (ClaimDialog, EndLeaseDialog, GuaranteeDialog, PrivateLeaseDialog,
                      enum_combo)

_T = "LandlordEditor"


def _guarantor(r) -> str:
    return r.guarantor_name if r.guarantor == Guarantor.OTHER and r.guarantor_name \
        else tl(r.guarantor)


LEASE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Nájemce"), lambda r: r.tenant, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Adresa"), lambda r: r.address, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Druh"), lambda r: tl(r.kind), context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Od"), lambda r: format_date(r.starts_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Do"), lambda r: format_date(r.ended_on or r.ends_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Stav"), lambda r: tl(r.state), context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Nájemné"), lambda r: format_money(r.rent_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Ručitel"), _guarantor, context=_T),
]
GUARANTEE_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Číslo"), lambda g: g.number, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Od"), lambda g: format_date(g.starts_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Do"), lambda g: format_date(g.ends_on), context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Ručí se do"), lambda g: format_money(g.amount_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Plněno"), lambda g: format_money(g.claimed_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Zbývá"), lambda g: format_money(g.remaining_hal),
        align_right=True, context=_T),
]
CLAIM_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Zaplaceno"), lambda c: format_date(c.paid_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Částka"), lambda c: format_money(c.amount_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Za co"), lambda c: c.reason, context=_T),
]
PAYMENT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Vyplaceno"), lambda p: format_date(p.paid_on),
        context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Částka"), lambda p: format_money(p.amount_hal),
        align_right=True, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Žádost"), lambda p: p.request_number, context=_T),
    Col(QT_TRANSLATE_NOOP("LandlordEditor", "Žadatel"), lambda p: p.person, context=_T),
]


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class LandlordEditor(RecordEditor):
    TABLE = "landlord"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("← Seznam pronajímatelů"), parent)
        self.detail: LandlordDetail | None = None
        self.can_edit = ctx.actor.can(Permission.EDIT_LANDLORDS)
        self.errors = FieldErrors()

        # the card
        card = FormSection("card", self.tr("Údaje pronajímatele"))
        self.kind = enum_combo(LandlordKind)
        self.name = QLineEdit()
        self.ico = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.account = QLineEdit()
        self.account.setPlaceholderText("19-2000145399/0800")
        self.active = QCheckBox(self.tr("spolupracuje s KMB (nabízí se u nových nájmů)"))
        self.note = text_box(60)
        for name, text, w in (("kind", self.tr("Druh"), self.kind),
                              ("name", self.tr("Jméno / název"), self.name),
                              ("ico", self.tr("IČO"), self.ico),
                              ("contact_person", self.tr("Kontaktní osoba"), self.contact),
                              ("phone", self.tr("Telefon"), self.phone),
                              ("email", self.tr("E-mail"), self.email),
                              ("address", self.tr("Adresa"), self.address),
                              ("bank_account", self.tr("Číslo účtu"), self.account),
                              ("active", "", self.active),
                              ("note", self.tr("Poznámka"), self.note)):
            w.setObjectName(name)
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(w)
            v.addWidget(self.errors.bind(name, w))
            card.form.addRow(text, box)
        for w in (self.name, self.ico, self.contact, self.phone, self.email, self.address,
                  self.account):
            w.textEdited.connect(lambda _t: self.saver.touch())
        self.kind.currentIndexChanged.connect(lambda _i: self.saver.touch())
        self.active.toggled.connect(lambda _on: self.saver.touch())
        self.note.textChanged.connect(self.saver.touch)
        card.setMaximumWidth(780)
        card_page = QWidget()
        cv = QVBoxLayout(card_page)
        cv.addWidget(card)
        cv.addStretch(1)

        # leases and guarantees
        self.lease_model = RowsModel(LEASE_COLUMNS)
        self.lease_table = list_table(self.lease_model, "privateLeaseTable")
        fit_columns(self.lease_table, [170, 250, 80, 90, 90, 95, 90], stretch=1)
        self.lease_table.selectionModel().currentRowChanged.connect(self._lease_chosen)
        self.new_lease_button = QPushButton(self.tr("Nový nájem…"))
        self.new_lease_button.clicked.connect(self.new_lease)
        self.edit_lease_button = QPushButton(self.tr("Upravit nájem…"))
        self.edit_lease_button.clicked.connect(self.edit_lease)
        self.end_lease_button = QPushButton(self.tr("Ukončit nájem…"))
        self.end_lease_button.clicked.connect(self.end_lease)
        self.guarantee_model = RowsModel(GUARANTEE_COLUMNS)
        self.guarantee_table = list_table(self.guarantee_model, "guaranteeTable",
                                          fit_contents=True)
        self.guarantee_table.selectionModel().currentRowChanged.connect(self._guarantee_chosen)
        self.guarantee_table.setMaximumHeight(110)
        self.guarantee_table.horizontalHeader().setStretchLastSection(False)
        self.claim_model = RowsModel(CLAIM_COLUMNS)
        self.claim_table = list_table(self.claim_model, "claimTable", fit_contents=True)
        self.claim_table.setMaximumHeight(130)
        self.guarantee_button = QPushButton(self.tr("Ručení…"))
        self.guarantee_button.clicked.connect(self.new_guarantee)
        self.claim_button = QPushButton(self.tr("Plnění z ručení…"))
        self.claim_button.clicked.connect(self.new_claim)
        self.print_guarantee_button = QPushButton(self.tr("Tisk potvrzení o ručení…"))
        self.print_guarantee_button.setObjectName("printGuarantee")
        self.print_guarantee_button.clicked.connect(self.print_guarantee)
        self.print_guarantee_button.setVisible(ctx.actor.can(Permission.PRINT))
        self.lease_info = hint()
        leases_page = QWidget()
        lv = QVBoxLayout(leases_page)
        lv.addWidget(self.lease_table, 2)
        lv.addLayout(_row(self.new_lease_button, self.edit_lease_button,
                          self.end_lease_button))
        lv.addWidget(self.lease_info)
        head = QLabel(self.tr("Ručení obce za vybraný nájem"))
        head.setObjectName("sectionTitle")
        lv.addWidget(head)
        lv.addWidget(self.guarantee_table)
        lv.addWidget(QLabel(self.tr("Plnění z vybraného ručení")))
        lv.addWidget(self.claim_table)
        lv.addLayout(_row(self.guarantee_button, self.claim_button,
                          self.print_guarantee_button))

        # fund payments
        self.payment_model = RowsModel(PAYMENT_COLUMNS)
        self.payment_table = list_table(self.payment_model, "landlordPaymentTable")
        fit_columns(self.payment_table, [100, 110, 110])
        self.payment_sum = hint()
        payments_page = QWidget()
        pv = QVBoxLayout(payments_page)
        pv.addWidget(hint(self.tr("Výplaty z krizového fondu, u kterých je tento pronajímatel "
                                  "příjemcem (zapisují se v Krizovém fondu tlačítkem "
                                  "Vyplatit…).")))
        pv.addWidget(self.payment_table, 1)
        pv.addWidget(self.payment_sum)

        self.tabs = QTabWidget()
        self.tabs.addTab(card_page, self.tr("Údaje"))
        self.tabs.addTab(leases_page, self.tr("Nájmy a ručení"))
        self.payments_index = self.tabs.addTab(payments_page, self.tr("Platby z fondu"))
        self.set_body(self.tabs, [])
        ctx.changes.watch(self, self._changed_elsewhere, "private_lease", "guarantee",
                          "guarantee_claim", "fund_payment")

    # -- open ------------------------------------------------------------------------
    def open_refused_title(self) -> str:
        return self.tr("Pronajímatele nelze otevřít")

    def fetch(self, landlord_id: str) -> LandlordDetail:
        return landlord_detail(self.ctx.db, self.ctx.actor, landlord_id)

    def load(self, d: LandlordDetail) -> None:
        self.errors.clear()
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        for w, value in ((self.name, d.name), (self.ico, d.ico), (self.contact, d.contact_person),
                         (self.phone, d.phone), (self.email, d.email),
                         (self.address, d.address), (self.account, d.bank_account)):
            w.setText(value or "")
        self.active.setChecked(d.active)
        self.note.setPlainText(d.note or "")
        chosen = selected_row(self.lease_table)
        self.lease_model.set_rows(d.leases)
        rows = [i for i, r in enumerate(d.leases) if chosen and r.id == chosen.id]
        self.lease_table.selectRow(rows[0] if rows else 0)
        self._lease_chosen()
        payments = d.fund_payments or []
        self.payment_model.set_rows(payments)
        self.payment_sum.setText(self.tr("Celkem vyplaceno z fondu: {0}").format(
            format_money(sum(p.amount_hal for p in payments))))
        self.tabs.setTabVisible(self.payments_index, d.fund_payments is not None)

    def show_state(self) -> None:
        d = self.detail
        self.title.setText(d.name)
        parts = [tl(d.kind), self.tr("IČO {0}").format(d.ico) if d.ico else "",
                 self.tr("ručí se celkem {0}, plněno {1}").format(
                     format_money(d.guaranteed_hal), format_money(d.claimed_hal)),
                 "" if d.active else self.tr("nespolupracuje")]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        for w in (self.name, self.ico, self.contact, self.phone, self.email, self.address,
                  self.account):
            w.setReadOnly(not self.can_edit)
        self.note.setReadOnly(not self.can_edit)
        self.kind.setEnabled(self.can_edit)
        self.active.setEnabled(self.can_edit)
        self.new_lease_button.setVisible(self.can_edit)
        self.edit_lease_button.setVisible(self.can_edit)
        self.end_lease_button.setVisible(self.can_edit)
        self.guarantee_button.setVisible(self.can_edit)
        self.claim_button.setVisible(self.can_edit)
        self._lease_chosen()

    # -- the card saves itself -----------------------------------------------------------
    def value(self) -> LandlordInput:
        return LandlordInput(
            kind=self.kind.currentData(), name=self.name.text(), ico=self.ico.text(),
            contact_person=self.contact.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.text(),
            bank_account=self.account.text(), active=self.active.isChecked(),
            note=self.note.toPlainText())

    def save_draft(self) -> bool:
        if self.detail is None or not self.can_edit:
            return True
        self.errors.clear()
        try:
            update_landlord(self.ctx.db, self.ctx.actor, self.detail.id, self.value(),
                            expected_version=self.detail.row_version)
        except ValidationError as exc:
            self.errors.show(exc)
            self.status_error(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        except ConcurrentEdit as exc:
            self.status_error(self.tr("Neuloženo: {0} Otevřete pronajímatele znovu.")
                              .format(exc.message))
            return False
        except KmbError as exc:
            self.status_error(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        self._reload()
        return True

    def _reload(self) -> None:
        try:
            d = self.fetch(self.detail.id)
        except KmbError:
            return
        self.detail = d
        self.title.setText(d.name)
        self.show_state()

    def _changed_elsewhere(self) -> None:
        """Leases, guarantees or payments changed: reload them, keep the card as typed."""
        if self.detail is None or self.saver.dirty:
            return
        try:
            d = self.fetch(self.detail.id)
        except KmbError:
            return
        self.detail = d
        with self.saver.suspend():
            self.load(d)
        self.show_state()

    # -- leases and guarantees -------------------------------------------------------
    def current_lease(self):
        return selected_row(self.lease_table)

    def current_guarantee(self):
        return selected_row(self.guarantee_table)

    def _lease_chosen(self, *_args) -> None:
        lease = self.current_lease()
        lines = self.detail.guarantees.get(lease.id, []) if lease and self.detail else []
        self.guarantee_model.set_rows(lines)
        if lines:
            self.guarantee_table.selectRow(len(lines) - 1)
        self._guarantee_chosen()
        open_lease = lease is not None and lease.state != PrivateLeaseState.ENDED
        self.end_lease_button.setEnabled(open_lease)
        self.edit_lease_button.setEnabled(open_lease)
        self.guarantee_button.setEnabled(open_lease and lease.guarantor == Guarantor.MUNICIPALITY)
        if lease is None:
            self.lease_info.setText(self.tr("Pronajímatel zatím nemá žádný nájem."))
        else:
            info = [self.tr("Domácnost: {0}").format(lease.household or lease.tenant),
                    self.tr("jistota {0}").format(format_money(lease.deposit_hal))]
            if lease.contract_ref:
                info.append(self.tr("smlouva pronajímatele č. {0}").format(lease.contract_ref))
            if lease.guarantor == Guarantor.MUNICIPALITY and not lines:
                info.append(self.tr("ručení obce zatím není zapsané"))
            self.lease_info.setText(" · ".join(info))

    def _guarantee_chosen(self, *_args) -> None:
        g = self.current_guarantee()
        self.claim_model.set_rows(g.claims if g else [])
        self.claim_button.setEnabled(g is not None and g.remaining_hal > 0)
        self.print_guarantee_button.setEnabled(g is not None)

    def _run(self, dialog) -> bool:
        if not self.saved_before():
            return False
        if dialog.exec():
            self._changed_elsewhere()
            return True
        return False

    def new_lease(self) -> None:
        if self.detail is not None:
            self._run(PrivateLeaseDialog(self.ctx, self.detail.id, self.detail.name, self))

    def edit_lease(self) -> None:
        lease = self.current_lease()
        if lease is not None and self.detail is not None:
            self._run(PrivateLeaseDialog(self.ctx, self.detail.id, self.detail.name, self,
                                         lease=lease))

    def end_lease(self) -> None:
        lease = self.current_lease()
        if lease is not None:
            self._run(EndLeaseDialog(self.ctx, lease, self))

    def new_guarantee(self) -> None:
        lease = self.current_lease()
        if lease is None:
            show_error(self, KmbError(self.tr("Vyberte nájem.")))
            return
        self._run(GuaranteeDialog(self.ctx, lease, self))

    def print_guarantee(self) -> None:
        """Potvrzení o ručení, built and previewed off the GUI thread (audited)."""
        g = self.current_guarantee()
        if g is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        preview_in_background(self, self.tr("Potvrzení o ručení"),
                              lambda: guarantee_pdf(db, actor, g.id),
                              opened=lambda dlg: setattr(self, "preview", dlg))

    def new_claim(self) -> None:
        g = self.current_guarantee()
        if g is not None:
            self._run(ClaimDialog(self.ctx, g, self))
