"""The client's consents on the case detail: each purpose with its date, form,
recipient and withdrawal, the withdrawn ones kept as history. Sharing the
case with a partner office follows the consent (app/cases/consent.py)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.cases import consent as service
from app.errors import KmbError, ValidationError
from app.formatting import format_date
from app.security import Permission
from models.consent import ConsentPurpose

from ..context import UiContext
from ..labels import tl
from ..widgets.dialogs import FormDialog, show_error
from ..widgets.fields import DateField
from ..widgets.table_model import Col, RowsModel

_T = "Consents"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("Consents", "Účel"), lambda c: tl(c.purpose), context=_T),
    Col(QT_TRANSLATE_NOOP("Consents", "Komu"), lambda c: c.recipient_name or "", context=_T),
    Col(QT_TRANSLATE_NOOP("Consents", "Dán"),
        lambda c: f"{format_date(c.given_on)}, {c.form}", context=_T),
    Col(QT_TRANSLATE_NOOP("Consents", "Odvolán"),
        lambda c: format_date(c.withdrawn_on) if c.withdrawn_on else "", context=_T),
]


class ConsentDialog(FormDialog):
    def __init__(self, ctx: UiContext, case_id: str, parent=None):
        super().__init__(self.tr("Souhlas klienta"),
                         self.tr("Zaznamenejte souhlas, který klient dal k jednomu účelu. "
                                 "Klient ho může kdykoli odvolat."), parent,
                         ok_text=self.tr("Zaznamenat"))
        self.ctx, self.case_id = ctx, case_id
        self.purpose = self.add("purpose", self.tr("Účel"), QComboBox())
        for p in ConsentPurpose:
            self.purpose.addItem(tl(p), p)
        self.recipient = self.add("recipient", self.tr("Partnerská organizace"), QComboBox())
        for partner in service.sharing_partners(ctx.db, ctx.actor):
            self.recipient.addItem(partner.name, partner.peer_id)
        self.no_partner = QLabel(self.tr("Žádná partnerská kancelář nemá nastaveno posílání "
                                         "jen vybraných případů (Synchronizace → Rozsah dat)."))
        self.no_partner.setWordWrap(True)
        self.no_partner.setObjectName("muted")
        self.form.addRow("", self.no_partner)
        self.given_on = self.add("given_on", self.tr("Souhlas dán dne"), DateField())
        self.given_on.set_value(dt.date.today())
        self.form_combo = self.add("form", self.tr("Jak"), QComboBox())
        for f in service.FORMS:
            self.form_combo.addItem(f, f)
        self.note = self.add("note", self.tr("Poznámka"), QLineEdit())
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        sharing = self.purpose.currentData() == ConsentPurpose.PARTNER_SHARING
        self.recipient.setEnabled(sharing and self.recipient.count() > 0)
        self.no_partner.setVisible(sharing and self.recipient.count() == 0)

    def submit(self) -> None:
        purpose = self.purpose.currentData()
        given_on = self.given_on.value("given_on")
        if given_on is None:
            raise ValidationError(self.tr("Zadejte datum."), field="given_on")
        service.record_consent(
            self.ctx.db, self.ctx.actor, self.case_id, purpose, given_on=given_on,
            form=self.form_combo.currentData(), note=self.note.text(),
            recipient_peer_id=(self.recipient.currentData()
                               if purpose == ConsentPurpose.PARTNER_SHARING else None))


class WithdrawDialog(FormDialog):
    def __init__(self, ctx: UiContext, line: service.ConsentLine, parent=None):
        intro = self.tr("Od tohoto dne se k účelu „{0}“ nic dalšího nepředá.").format(
            tl(line.purpose))
        if line.purpose == ConsentPurpose.PARTNER_SHARING:
            intro += " " + self.tr("Údaje, které partnerská organizace už dostala, u ní "
                                   "zůstávají – požádejte ji o jejich výmaz.")
        super().__init__(self.tr("Odvolání souhlasu"), intro, parent,
                         ok_text=self.tr("Odvolat souhlas"))
        self.ctx, self.line = ctx, line
        self.on = self.add("withdrawn_on", self.tr("Odvolán dne"), DateField())
        self.on.set_value(dt.date.today())

    def submit(self) -> None:
        on = self.on.value("withdrawn_on")
        if on is None:
            raise ValidationError(self.tr("Zadejte datum."), field="withdrawn_on")
        service.withdraw_consent(self.ctx.db, self.ctx.actor, self.line.id, on=on)


class ConsentSection(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        # the buttons under the title (as in Řízení o zápisu): beside them the
        # title wrapped onto two lines in the narrow case detail
        self.title = QLabel(self.tr("Souhlasy klienta"))
        self.title.setObjectName("sectionTitle")
        v.addWidget(self.title)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Zaznamenat souhlas…"))
        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button = QPushButton(self.tr("Odvolat…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        row.addWidget(self.add_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        v.addLayout(row)
        self.model = RowsModel(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("consents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        v.addWidget(self.table)
        self.empty = QLabel(self.tr("Klient zatím nedal žádný souhlas."))
        self.empty.setObjectName("muted")
        v.addWidget(self.empty)
        self.can_edit = ctx.actor.can(Permission.EDIT_CASES)
        self.add_button.setEnabled(self.can_edit)

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        try:
            rows = service.case_consents(self.ctx.db, self.ctx.actor, case_id)
        except KmbError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + 4
                                  + 26 * min(max(len(rows), 1), 4))
        self._enable()

    def selected(self) -> service.ConsentLine | None:
        index = self.table.currentIndex()
        sel = self.table.selectionModel().selectedRows()
        if not sel or not index.isValid():
            return None
        return self.model.rows[sel[0].row()]

    def _enable(self) -> None:
        line = self.selected()
        self.withdraw_button.setEnabled(self.can_edit and line is not None
                                        and line.withdrawn_on is None)

    def add_consent(self) -> None:
        if ConsentDialog(self.ctx, self.case_id, self).exec():
            self._after()

    def withdraw(self) -> None:
        line = self.selected()
        if line is not None and WithdrawDialog(self.ctx, line, self).exec():
            self._after()

    def _after(self) -> None:
        self.show_case(self.case_id)
        self.changed.emit()
