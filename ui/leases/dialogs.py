"""Small dialogs of the lease area: sign, end, enter arrears, decide a
renewal, pick an accepted offer. Each saves through app/ and shows the
message of a refusal at its field."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from app.errors import KmbError, ValidationError
from app.formatting import format_date
from app.leases.common import add_months, month_start
from app.leases.records import OfferRow, accepted_offers
from models.leases import EndReason
from ui.labels import tl as label

from ..context import UiContext
from ..labels import month_year
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, MoneyField, SearchCombo, select_data
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table, selected_row


class SignDialog(FormDialog):
    def __init__(self, ctx: UiContext, lease_id: str, starts_on: dt.date, sign: Callable,
                 parent=None):
        super().__init__(self.tr("Podpis smlouvy"), self.tr(
            "Podpisem se návrh stane platnou smlouvou a byt se označí jako obsazený."), parent,
            self.tr("Smlouva je podepsaná"))
        self._sign = lambda signed, moved: sign(ctx.db, ctx.actor, lease_id, signed, moved)
        self.signed_on = self.add("signed_on", self.tr("Podepsána dne *"), DateField())
        self.signed_on.set_value(dt.date.today())
        self.moved_in_on = self.add("moved_in_on", self.tr("Nastěhování"), DateField())
        self.moved_in_on.set_value(starts_on)

    def submit(self) -> None:
        self._sign(self.signed_on.value("signed_on"), self.moved_in_on.value("moved_in_on"))


END_REASONS = [EndReason.MOVED_OUT, EndReason.NOTICE, EndReason.AGREEMENT, EndReason.DEATH,
               EndReason.TRANSFER, EndReason.EXPIRY, EndReason.OTHER]


class EndDialog(FormDialog):
    def __init__(self, ctx: UiContext, lease_id: str, end: Callable, parent=None):
        super().__init__(self.tr("Ukončení nájmu"), self.tr(
            "Ukončená smlouva zůstává v evidenci; byt se uvolní, nemá-li jinou smlouvu."),
            parent, self.tr("Ukončit nájem"))
        self._end = lambda day, reason, note: end(ctx.db, ctx.actor, lease_id, day, reason,
                                                  note)
        self.ended_on = self.add("ended_on", self.tr("Poslední den nájmu *"), DateField())
        self.reason = QComboBox()
        self.reason.addItem("", None)
        for r in END_REASONS:
            self.reason.addItem(label(r), r)
        self.add("end_reason", self.tr("Důvod *"), self.reason)
        self.note = self.add("end_note", self.tr("Poznámka"), QPlainTextEdit())
        self.note.setMaximumHeight(60)

    def submit(self) -> None:
        self._end(self.ended_on.value("ended_on"), self.reason.currentData(),
                  self.note.toPlainText())


def month_choices(today: dt.date | None = None, count: int = 13) -> list[dt.date]:
    """This month and the twelve before it, newest first."""
    first = month_start(today or dt.date.today())
    return [add_months(first, -k) for k in range(count)]


class BalanceDialog(FormDialog):
    """Rent arrears of one lease at the end of a month."""

    def __init__(self, ctx: UiContext, leases: list[tuple[str, str]], enter: Callable,
                 lease_id: str | None = None, month: dt.date | None = None, parent=None):
        super().__init__(self.tr("Stav dluhu na nájemném"), self.tr(
            "Dluh ke konci měsíce podle správce bytů. Je-li vyšší než práh, dostane "
            "sociální pracovník domácnosti úkol (prevence ztráty bydlení)."), parent)
        self.ctx = ctx
        self._enter = enter
        self.result_info = None
        self.lease = SearchCombo()
        for lid, text in leases:
            self.lease.addItem(text, lid)
        if lease_id:
            self.lease.select_data(lease_id)
        self.add("lease_id", self.tr("Smlouva *"), self.lease)
        self.month = QComboBox()
        for m in month_choices():
            self.month.addItem(month_year(m), m)
        if not (month and select_data(self.month, month_start(month))):
            self.month.setCurrentIndex(1)          # the last closed month
        self.add("month", self.tr("Měsíc *"), self.month)
        self.amount = self.add("balance_hal", self.tr("Dluh *"), MoneyField())
        self.note = self.add("note", self.tr("Poznámka"), QPlainTextEdit())
        self.note.setMaximumHeight(50)

    def submit(self) -> None:
        lease_id = self.lease.current_value()
        if not lease_id:
            raise ValidationError(self.tr("Vyberte smlouvu."), field="lease_id")
        amount = self.amount.value("balance_hal") if self.amount.text().strip() else None
        self.result_info = self._enter(self.ctx.db, self.ctx.actor, lease_id,
                                       self.month.currentData(), amount,
                                       self.note.toPlainText())


class NoteDialog(FormDialog):
    """A decision with a note (renewal approved / not renewed)."""

    def __init__(self, title: str, intro: str, ok_text: str, submit: Callable[[str], None],
                 parent=None):
        super().__init__(title, intro, parent, ok_text)
        self._submit = submit
        self.note = self.add("note", self.tr("Zdůvodnění"), QPlainTextEdit())
        self.note.setMaximumHeight(80)

    def submit(self) -> None:
        self._submit(self.note.toPlainText())


_T = "OfferPicker"
OFFER_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("OfferPicker", "Domácnost"), lambda o: o.household, context=_T),
    Col(QT_TRANSLATE_NOOP("OfferPicker", "Žadatel"), lambda o: o.applicant, context=_T),
    Col(QT_TRANSLATE_NOOP("OfferPicker", "Byt"), lambda o: o.flat, context=_T),
    Col(QT_TRANSLATE_NOOP("OfferPicker", "Přijata"), lambda o: format_date(o.responded_on),
        context=_T),
]


class OfferPickerDialog(FormDialog):
    """Accepted offers without a lease: pick one to prepare its lease."""

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(QCoreApplication.translate("OfferPickerDialog",
                                                    "Smlouva z přijaté nabídky"),
                         parent=parent, ok_text=QCoreApplication.translate(
                             "OfferPickerDialog", "Připravit smlouvu"))
        self.model = RowsModel(OFFER_COLUMNS)
        self.model.set_rows(accepted_offers(ctx.db, ctx.actor))
        self.view = list_table(self.model, "offerTable")
        self.view.setColumnWidth(0, 170)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(2, 330)
        self.chosen: OfferRow | None = None
        self.set_intro(self.tr("Přijaté nabídky bytů, ke kterým ještě není smlouva: {0}")
                       .format(self.model.rowCount()) if self.model.rowCount()
                       else self.tr("Žádná přijatá nabídka nečeká na smlouvu."))
        self.ok_button.setEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.ok_button.setEnabled(selected_row(self.view) is not None))
        self.view.doubleClicked.connect(lambda _: self._ok())
        self.set_body(self.view, stretch=1)
        self.resize(820, 380)

    def submit(self) -> None:
        self.chosen = selected_row(self.view)
        if self.chosen is None:
            raise KmbError(self.tr("Vyberte nabídku ze seznamu."))
