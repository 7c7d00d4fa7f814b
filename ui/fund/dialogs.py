"""Dialogs of the crisis fund: a request, the decision, a payment, the
repayment plan, a repayment and the year's budget."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QRadioButton, QSpinBox

from app.errors import ValidationError
from app.formatting import format_money
from app.fund.service import (RequestInput, applicant_choices, decide_request, file_request,
                              landlord_payees, record_payment, record_repayment, set_budget,
                              set_repayment_plan)
from app.security import Permission
from models.fund import FundPurpose
from ui.labels import tl as label

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, MoneyField, SearchCombo


def _text(height: int = 70) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setMaximumHeight(height)
    return w


class RequestDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(self.tr("Nová žádost do krizového fondu"), self.tr(
            "Žádost posoudí vedoucí KMB. Částku nad zbývající rozpočet může podat jen vedoucí "
            "s výslovným souhlasem."), parent, self.tr("Podat žádost"))
        self.ctx = ctx
        self.request_id = None
        self.households = {h.id: h for h in applicant_choices(ctx.db, ctx.actor)}
        self.household = SearchCombo()
        self.household.addItem("", None)
        for h in self.households.values():
            self.household.addItem(h.name, h.id)
        self.add("household_id", self.tr("Domácnost *"), self.household)
        self.person = QComboBox()
        self.add("person_id", self.tr("Žadatel *"), self.person)
        self.household.currentIndexChanged.connect(self._household_changed)
        self.purpose = QComboBox()
        self.purpose.addItem("", None)
        for p in FundPurpose:
            self.purpose.addItem(label(p), p)
        self.add("purpose", self.tr("Účel *"), self.purpose)
        self.amount = self.add("amount_hal", self.tr("Částka *"), MoneyField())
        self.filed_on = self.add("filed_on", self.tr("Podána dne"), DateField())
        self.filed_on.set_value(dt.date.today())
        self.justification = self.add("justification", self.tr("Zdůvodnění *"), _text(90))
        self.override = QCheckBox(self.tr("Překročit zbývající rozpočet (souhlas vedoucí KMB)"))
        self.override.setVisible(ctx.actor.can(Permission.OVERRIDE_FUND_BUDGET))
        self.add("override", "", self.override)

    def _household_changed(self) -> None:
        self.person.clear()
        hh = self.households.get(self.household.current_value())
        for m in hh.members if hh else []:
            self.person.addItem(m.name, m.person_id)

    def submit(self) -> None:
        amount = self.amount.value("amount_hal")
        filed = self.filed_on.value("filed_on")
        if not self.household.current_value():
            raise ValidationError(self.tr("Vyberte domácnost."), field="household_id")
        self.request_id = file_request(self.ctx.db, self.ctx.actor, RequestInput(
            person_id=self.person.currentData(), household_id=self.household.current_value(),
            purpose=self.purpose.currentData(), amount_hal=amount,
            justification=self.justification.toPlainText(), filed_on=filed),
            override=self.override.isChecked())


class DecisionDialog(FormDialog):
    def __init__(self, ctx: UiContext, row, parent=None):
        super().__init__(self.tr("Rozhodnutí o žádosti {0}").format(row.number), self.tr(
            "{0} žádá {1} ({2}). Rozhoduje: {3}.").format(
            row.person, format_money(row.amount_hal), label(row.purpose), ctx.actor.name),
            parent, self.tr("Rozhodnout"))
        self.ctx, self.row = ctx, row
        self.approve = QRadioButton(self.tr("schváleno"))
        self.reject = QRadioButton(self.tr("zamítnuto"))
        self.approve.setChecked(True)
        self.form.addRow(self.tr("Rozhodnutí *"), self.approve)
        self.form.addRow("", self.reject)
        self.amount = self.add("approved_hal", self.tr("Schválená částka"), MoneyField())
        self.amount.set_value(row.amount_hal)
        self.reject.toggled.connect(lambda on: self.amount.setEnabled(not on))
        self.decided_on = self.add("decided_on", self.tr("Dne"), DateField())
        self.decided_on.set_value(dt.date.today())
        self.reason = self.add("reason", self.tr("Důvod *"), _text())
        self.override = QCheckBox(self.tr("Schválit i nad zbývající rozpočet"))
        self.override.setVisible(ctx.actor.can(Permission.OVERRIDE_FUND_BUDGET))
        self.add("override", "", self.override)

    def submit(self) -> None:
        approve = self.approve.isChecked()
        decide_request(self.ctx.db, self.ctx.actor, self.row.id, approve,
                       approved_hal=self.amount.value("approved_hal") if approve else None,
                       reason=self.reason.toPlainText(), override=self.override.isChecked(),
                       decided_on=self.decided_on.value("decided_on"))


class PaymentDialog(FormDialog):
    def __init__(self, ctx: UiContext, row, parent=None):
        left = row.approved_hal - row.paid_hal
        super().__init__(self.tr("Výplata z fondu"), self.tr(
            "Schváleno {0}, vyplaceno {1}, zbývá vyplatit {2}.").format(
            format_money(row.approved_hal), format_money(row.paid_hal), format_money(left)),
            parent, self.tr("Zapsat platbu"))
        self.ctx, self.row = ctx, row
        self.amount = self.add("amount_hal", self.tr("Částka *"), MoneyField())
        self.amount.set_value(left)
        self.paid_on = self.add("paid_on", self.tr("Vyplaceno dne *"), DateField())
        self.paid_on.set_value(dt.date.today())
        # a private landlord of the register as the payee (bydlení s ručením)
        self.landlord = SearchCombo()
        self.landlord.addItem(self.tr("— není pronajímatel z evidence —"), None)
        for c in landlord_payees(ctx.db, ctx.actor):
            self.landlord.addItem(f"{c.name} ({c.bank_account})" if c.bank_account else c.name,
                                  c.id)
        self.add("landlord_id", self.tr("Pronajímatel"), self.landlord)
        self.recipient = self.add("recipient", self.tr("Komu"), _text(40))
        self.recipient.setPlainText(self.tr("Správa bytů města") if row.purpose in (
            FundPurpose.DEPOSIT, FundPurpose.RENT_ARREARS) else row.person)
        self.landlord.currentIndexChanged.connect(self._landlord_chosen)

    def _landlord_chosen(self) -> None:
        if self.landlord.current_value():
            self.recipient.setPlainText(self.landlord.currentText().split(" (")[0])

    def submit(self) -> None:
        if self.landlord.current_value() is None \
                and self.landlord.currentText() not in ("", self.landlord.itemText(0)):
            raise ValidationError(self.tr("Vyberte pronajímatele ze seznamu."),
                                  field="landlord_id")
        record_payment(self.ctx.db, self.ctx.actor, self.row.id, self.amount.value("amount_hal"),
                       self.paid_on.value("paid_on"),
                       recipient=self.recipient.toPlainText(),
                       landlord_id=self.landlord.current_value())


class PlanDialog(FormDialog):
    def __init__(self, ctx: UiContext, row, parent=None):
        super().__init__(self.tr("Splátkový kalendář"), self.tr(
            "Vyplaceno {0}. Domácnost vrací peníze do fondu v měsíčních splátkách.").format(
            format_money(row.paid_hal)), parent)
        self.ctx, self.row = ctx, row
        self.total = self.add("total_hal", self.tr("Celkem ke splacení *"), MoneyField())
        self.total.set_value(row.plan_total_hal or row.paid_hal)
        self.installment = self.add("installment_hal", self.tr("Měsíční splátka *"), MoneyField())
        self.installment.set_value(max(row.paid_hal // 10 // 10_000 * 10_000, 10_000))
        self.first_due = self.add("first_due_on", self.tr("První splátka dne *"), DateField())
        self.first_due.set_value(dt.date.today().replace(day=15))

    def submit(self) -> None:
        set_repayment_plan(self.ctx.db, self.ctx.actor, self.row.id,
                           self.total.value("total_hal"), self.installment.value("installment_hal"),
                           self.first_due.value("first_due_on"))


class RepaymentDialog(FormDialog):
    def __init__(self, ctx: UiContext, row, parent=None):
        left = (row.plan_total_hal or 0) - row.repaid_hal
        super().__init__(self.tr("Splátka do fondu"), self.tr(
            "Splaceno {0} z {1}, zbývá {2}.").format(
            format_money(row.repaid_hal), format_money(row.plan_total_hal or 0),
            format_money(left)), parent, self.tr("Zapsat splátku"))
        self.ctx, self.row = ctx, row
        self.amount = self.add("amount_hal", self.tr("Částka *"), MoneyField())
        self.paid_on = self.add("paid_on", self.tr("Přijato dne *"), DateField())
        self.paid_on.set_value(dt.date.today())

    def submit(self) -> None:
        record_repayment(self.ctx.db, self.ctx.actor, self.row.id,
                         self.amount.value("amount_hal"), self.paid_on.value("paid_on"))


class BudgetDialog(FormDialog):
    def __init__(self, ctx: UiContext, year: int, amount_hal: int, parent=None):
        super().__init__(self.tr("Rozpočet krizového fondu"), self.tr(
            "Roční rozpočet fondu podle usnesení rady nebo zastupitelstva."), parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.add("year", self.tr("Rok *"), self.year)
        self.amount = self.add("amount_hal", self.tr("Rozpočet *"), MoneyField())
        self.amount.set_value(amount_hal)
        self.note = self.add("note", self.tr("Poznámka"), _text(50))

    def submit(self) -> None:
        set_budget(self.ctx.db, self.ctx.actor, self.year.value(),
                   self.amount.value("amount_hal"), self.note.toPlainText() or None)
