"""Dialogs of the Pronajímatelé area: a new landlord, a private lease or
sublease, its end, a guarantee (ručení) and a claim paid under it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from app.errors import ValidationError
from app.formatting import format_money
from app.landlords.guarantees import create_guarantee, record_claim
from app.landlords.private_leases import (PrivateLeaseInput, create_private_lease,
                                          end_private_lease, tenant_choices,
                                          update_private_lease)
from app.landlords.register import LandlordInput, create_landlord
from models.landlords import Guarantor, LandlordKind, PrivateLeaseKind, PrivateLeaseState
from ui.labels import tl

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, MoneyField, SearchCombo
from ..widgets.sections import text_box


def enum_combo(values) -> QComboBox:
    combo = QComboBox()
    for v in values:
        combo.addItem(tl(v), v)
    return combo


class LandlordDialog(FormDialog):
    """A new landlord of the register."""

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(self.tr("Nový pronajímatel"), self.tr(
            "IČO a číslo účtu aplikace ověří podle kontrolní číslice."), parent,
            self.tr("Založit"))
        self.ctx = ctx
        self.landlord_id: str | None = None
        self.kind = self.add("kind", self.tr("Druh *"), enum_combo(LandlordKind))
        self.name = self.add("name", self.tr("Jméno / název *"), QLineEdit())
        self.ico = self.add("ico", self.tr("IČO"), QLineEdit())
        self.contact = self.add("contact_person", self.tr("Kontaktní osoba"), QLineEdit())
        self.phone = self.add("phone", self.tr("Telefon"), QLineEdit())
        self.email = self.add("email", self.tr("E-mail"), QLineEdit())
        self.address = self.add("address", self.tr("Adresa"), QLineEdit())
        self.account = self.add("bank_account", self.tr("Číslo účtu"), QLineEdit())
        self.account.setPlaceholderText("19-2000145399/0800")

    def submit(self) -> None:
        self.landlord_id = create_landlord(self.ctx.db, self.ctx.actor, LandlordInput(
            kind=self.kind.currentData(), name=self.name.text(), ico=self.ico.text(),
            contact_person=self.contact.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.text(),
            bank_account=self.account.text()))


class PrivateLeaseDialog(FormDialog):
    """A lease or sublease of a household with this landlord."""

    def __init__(self, ctx: UiContext, landlord_id: str, landlord_name: str, parent=None,
                 lease=None):
        super().__init__(
            self.tr("Upravit soukromý nájem") if lease else self.tr("Nový soukromý nájem"),
            self.tr("Pronajímatel: {0}. Soukromý nájem nedostává číslo obecních smluv.").format(
                landlord_name), parent,
            self.tr("Uložit") if lease else self.tr("Založit nájem"), width=520)
        self.ctx, self.landlord_id = ctx, landlord_id
        self.lease = lease
        self.lease_id: str | None = lease.id if lease else None
        self.households = {h.id: h for h in tenant_choices(ctx.db, ctx.actor)}
        self.household = SearchCombo()
        self.household.addItem("", None)
        for h in self.households.values():
            self.household.addItem(h.name, h.id)
        self.add("household_id", self.tr("Domácnost *"), self.household)
        self.tenant = self.add("tenant_id", self.tr("Nájemce *"), QComboBox())
        self.household.currentIndexChanged.connect(self._household_changed)
        self.kind = self.add("kind", self.tr("Druh *"), enum_combo(PrivateLeaseKind))
        self.address = self.add("address", self.tr("Adresa bytu *"), QLineEdit())
        self.contract_ref = self.add("contract_ref", self.tr("Číslo smlouvy pronajímatele"),
                                     QLineEdit())
        self.rent = self.add("rent_hal", self.tr("Nájemné měsíčně *"), MoneyField())
        self.deposit = self.add("deposit_hal", self.tr("Jistota"), MoneyField())
        self.starts_on = self.add("starts_on", self.tr("Od *"), DateField())
        self.starts_on.set_value(dt.date.today())
        self.ends_on = self.add("ends_on", self.tr("Do"), DateField())
        self.state = self.add("state", self.tr("Stav *"), enum_combo(
            [PrivateLeaseState.ACTIVE, PrivateLeaseState.PREPARED]))
        self.guarantor = self.add("guarantor", self.tr("Ručitel *"), enum_combo(Guarantor))
        self.guarantor_name = self.add("guarantor_name", self.tr("Jiný ručitel"), QLineEdit())
        self.guarantor_name.setEnabled(False)
        self.guarantor.currentIndexChanged.connect(
            lambda _i: self.guarantor_name.setEnabled(
                self.guarantor.currentData() == Guarantor.OTHER))
        self.via_kmb = QCheckBox(self.tr("Bydlení zprostředkovala KMB (počítá se do udržení "
                                         "bydlení)"))
        self.via_kmb.setChecked(True)
        self.add("via_kmb", "", self.via_kmb)
        self.note = self.add("note", self.tr("Poznámka"), text_box(50))
        if lease is not None:
            self._fill(lease)

    def _fill(self, lease) -> None:
        """An existing lease: its values in the form."""
        self.household.select_data(lease.household_id)
        self.tenant.setCurrentIndex(max(self.tenant.findData(lease.tenant_id), 0))
        self.kind.setCurrentIndex(self.kind.findData(lease.kind))
        self.address.setText(lease.address)
        self.contract_ref.setText(lease.contract_ref or "")
        self.rent.set_value(lease.rent_hal)
        self.deposit.set_value(lease.deposit_hal)
        self.starts_on.set_value(lease.starts_on)
        self.ends_on.set_value(lease.ends_on)
        self.state.setCurrentIndex(max(self.state.findData(lease.state), 0))
        self.guarantor.setCurrentIndex(self.guarantor.findData(lease.guarantor))
        self.guarantor_name.setText(lease.guarantor_name or "")
        self.via_kmb.setChecked(lease.via_kmb)
        self.note.setPlainText(lease.note or "")

    def _household_changed(self) -> None:
        self.tenant.clear()
        hh = self.households.get(self.household.current_value())
        for m in hh.members if hh else []:
            self.tenant.addItem(m.name, m.person_id)

    def submit(self) -> None:
        if not self.household.current_value():
            raise ValidationError(self.tr("Vyberte domácnost."), field="household_id")
        data = PrivateLeaseInput(
            landlord_id=self.landlord_id, household_id=self.household.current_value(),
            tenant_id=self.tenant.currentData(), kind=self.kind.currentData(),
            address=self.address.text(), contract_ref=self.contract_ref.text(),
            rent_hal=self.rent.value("rent_hal"), deposit_hal=self.deposit.value("deposit_hal"),
            starts_on=self.starts_on.value("starts_on"), ends_on=self.ends_on.value("ends_on"),
            state=self.state.currentData(), guarantor=self.guarantor.currentData(),
            guarantor_name=self.guarantor_name.text(), via_kmb=self.via_kmb.isChecked(),
            note=self.note.toPlainText())
        if self.lease is not None:
            update_private_lease(self.ctx.db, self.ctx.actor, self.lease.id, data)
        else:
            self.lease_id = create_private_lease(self.ctx.db, self.ctx.actor, data)


class EndLeaseDialog(FormDialog):
    def __init__(self, ctx: UiContext, lease, parent=None):
        super().__init__(self.tr("Ukončit soukromý nájem"), self.tr(
            "{0} – {1}.").format(lease.tenant, lease.address), parent, self.tr("Ukončit"))
        self.ctx, self.lease = ctx, lease
        self.ended_on = self.add("ended_on", self.tr("Skončil dne *"), DateField())
        self.ended_on.set_value(dt.date.today())
        self.note = self.add("note", self.tr("Důvod"), text_box(50))

    def submit(self) -> None:
        end_private_lease(self.ctx.db, self.ctx.actor, self.lease.id,
                          self.ended_on.value("ended_on"), self.note.toPlainText())


class GuaranteeDialog(FormDialog):
    def __init__(self, ctx: UiContext, lease, parent=None):
        super().__init__(self.tr("Ručení obce"), self.tr(
            "Obec ručí pronajímateli za dluhy nájemce {0} do výše částky po dobu ručení. "
            "Ručení dostane číslo řady ručení.").format(lease.tenant), parent,
            self.tr("Zapsat ručení"))
        self.ctx, self.lease = ctx, lease
        self.amount = self.add("amount_hal", self.tr("Ručí se do *"), MoneyField())
        self.amount.set_value(lease.rent_hal * 6)
        self.starts_on = self.add("starts_on", self.tr("Od *"), DateField())
        self.starts_on.set_value(lease.starts_on)
        self.ends_on = self.add("ends_on", self.tr("Do *"), DateField())
        self.ends_on.set_value(lease.ends_on)
        self.note = self.add("note", self.tr("Poznámka"), text_box(50))

    def submit(self) -> None:
        create_guarantee(self.ctx.db, self.ctx.actor, self.lease.id,
                         self.amount.value("amount_hal"), self.starts_on.value("starts_on"),
                         self.ends_on.value("ends_on"), self.note.toPlainText())


class ClaimDialog(FormDialog):
    def __init__(self, ctx: UiContext, guarantee, parent=None):
        super().__init__(self.tr("Plnění z ručení {0}").format(guarantee.number or ""), self.tr(
            "Ručí se do {0}, plněno {1}, zbývá {2}.").format(
            format_money(guarantee.amount_hal), format_money(guarantee.claimed_hal),
            format_money(guarantee.remaining_hal)), parent, self.tr("Zapsat plnění"))
        self.ctx, self.guarantee = ctx, guarantee
        self.amount = self.add("amount_hal", self.tr("Částka *"), MoneyField())
        self.paid_on = self.add("paid_on", self.tr("Zaplaceno dne *"), DateField())
        self.paid_on.set_value(dt.date.today())
        self.reason = self.add("reason", self.tr("Za co *"), text_box(50))

    def submit(self) -> None:
        record_claim(self.ctx.db, self.ctx.actor, self.guarantee.id,
                     self.amount.value("amount_hal"), self.paid_on.value("paid_on"),
                     self.reason.toPlainText())
