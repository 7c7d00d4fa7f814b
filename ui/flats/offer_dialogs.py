"""Dialogs of the allocation steps: offer a flat, record the household's answer,
withdraw an offer, record the council decision. Each saves through app/ and
shows a refusal of the service right at the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from app.allocation import offers
from app.allocation.engine import fmt_num
from app.office_settings import load_office
from models.allocation import DecisionOutcome

from ..labels import shown_date
from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField

OUTCOMES = {
    DecisionOutcome.APPROVED: QT_TRANSLATE_NOOP("FlatDetail", "schváleno"),
    DecisionOutcome.REJECTED: QT_TRANSLATE_NOOP("FlatDetail", "neschváleno"),
    DecisionOutcome.DEFERRED: QT_TRANSLATE_NOOP("FlatDetail", "odloženo"),
}


def outcome_text(outcome: DecisionOutcome) -> str:
    return QCoreApplication.translate("FlatDetail", OUTCOMES[outcome])


class OfferDialog(FormDialog):
    def __init__(self, ctx: UiContext, flat, entry, parent=None):
        super().__init__(QCoreApplication.translate("OfferDialog", "Nabídnout byt"),
                         parent=parent, width=520)
        self.ctx = ctx
        self.flat, self.entry = flat, entry
        self.set_intro(self.tr(
            "Byt <b>{0}, byt č. {1}</b> nabídnout domácnosti <b>{2}</b> (žádost {3}, "
            "{4}. v pořadí, {5} bodů).").format(flat.address, flat.data.number,
                                                entry.shown or entry.household,
                                                entry.number or "—", entry.rank,
                                                fmt_num(entry.total)))
        self.offered_on = self.add("offered_on", self.tr("Nabídnuto dne"), DateField())
        self.offered_on.set_value(dt.date.today())
        self.note = self.add("note", self.tr("Poznámka"), QPlainTextEdit())
        self.note.setMaximumHeight(90)
        needs = []
        if entry.rank > 1:
            needs.append(self.tr("domácnost není první v pořadí – uveďte proč"))
        if entry.reviews:
            needs.append(self.tr("před nabídkou je třeba individuálně posoudit: {0}").format(
                "; ".join(entry.reviews)))
        if needs:
            self.note.setPlaceholderText(self.tr("Povinné: ") + "; ".join(needs))
        self.ok_button.setText(self.tr("Nabídnout"))

    def submit(self) -> None:
        offers.make_offer(self.ctx.db, self.ctx.actor, self.flat.id, self.entry.application_id,
                          offered_on=self.offered_on.value("offered_on"),
                          note=self.note.toPlainText())


class AnswerDialog(FormDialog):
    """The household's answer to the open offer: acceptance, or refusal with reason."""

    def __init__(self, ctx: UiContext, offer, accepted: bool, parent=None):
        title = (QCoreApplication.translate("AnswerDialog", "Domácnost nabídku přijala")
                 if accepted else
                 QCoreApplication.translate("AnswerDialog", "Domácnost nabídku odmítla"))
        super().__init__(title, parent=parent, width=520)
        self.ctx = ctx
        self.offer, self.accepted = offer, accepted
        self.result_message = ""
        self.set_intro(self.tr("Nabídka z {0} domácnosti <b>{1}</b>.").format(
            shown_date(offer.offered_on), offer.household))
        self.responded_on = self.add("responded_on", self.tr("Odpověď dne"), DateField())
        self.responded_on.set_value(dt.date.today())
        if not accepted:
            self.reason = self.add("reason", self.tr("Důvod odmítnutí *"), QPlainTextEdit())
            self.reason.setMaximumHeight(80)
            self.justified = self.add("justified", "", QCheckBox(self.tr(
                "závažný důvod – do pravidla o odmítnutích se nepočítá")))
            self.ok_button.setText(self.tr("Zapsat odmítnutí"))
        else:
            self.ok_button.setText(self.tr("Zapsat přijetí"))

    def submit(self) -> None:
        result = offers.respond(
            self.ctx.db, self.ctx.actor, self.offer.id, accepted=self.accepted,
            responded_on=self.responded_on.value("responded_on"),
            reason=None if self.accepted else self.reason.toPlainText(),
            justified=False if self.accepted else self.justified.isChecked())
        self.result_message = result.message


class WithdrawDialog(FormDialog):
    def __init__(self, ctx: UiContext, offer, parent=None):
        super().__init__(QCoreApplication.translate("WithdrawDialog", "Stáhnout nabídku"),
                         parent=parent, width=520)
        self.ctx = ctx
        self.offer = offer
        self.set_intro(self.tr("Stáhnout nabídku bytu domácnosti <b>{0}</b>? Stažení se do "
                               "odmítnutí nepočítá.").format(offer.household))
        self.reason = self.add("reason", self.tr("Proč *"), QLineEdit())
        self.ok_button.setText(self.tr("Stáhnout"))

    def submit(self) -> None:
        offers.withdraw_offer(self.ctx.db, self.ctx.actor, self.offer.id, self.reason.text())


class DecisionDialog(FormDialog):
    """The council decision; the rules and the day's ranking are frozen with it."""

    def __init__(self, ctx: UiContext, flat, ranking, open_offer, parent=None):
        super().__init__(QCoreApplication.translate("DecisionDialog",
                                                    "Rozhodnutí o přidělení bytu"),
                         parent=parent, width=520)
        self.ctx = ctx
        self.flat = flat
        self.set_intro(self.tr(
            "Byt <b>{0}, byt č. {1}</b>. S rozhodnutím se uloží pravidla „{2}“ a celé pořadí "
            "ke dni rozhodnutí.").format(flat.address, flat.data.number, ranking.rules.name))
        self.outcome = self.add("outcome", self.tr("Výsledek"), QComboBox())
        for o in DecisionOutcome:
            self.outcome.addItem(outcome_text(o), o)
        self.application = self.add("application_id", self.tr("Domácnost"), QComboBox())
        self.application.addItem(self.tr("— bez domácnosti (odloženo) —"), None)
        for e in ranking.ranked:
            self.application.addItem(self.tr("{0}. {1} ({2} bodů, žádost {3})").format(
                e.rank, e.shown or e.household, fmt_num(e.total), e.number or "—"),
                e.application_id)
        chosen = open_offer.application_id if open_offer else (
            ranking.ranked[0].application_id if ranking.ranked else None)
        if open_offer and self.application.findData(chosen) < 0:
            self.application.addItem(open_offer.household, open_offer.application_id)
        self.application.setCurrentIndex(max(self.application.findData(chosen), 0))
        self.decided_on = self.add("decided_on", self.tr("Rozhodnuto dne"), DateField())
        self.decided_on.set_value(dt.date.today())
        self.body = self.add("body", self.tr("Kdo rozhodl"), QLineEdit())
        town = load_office(ctx.db, ctx.actor).town
        self.body.setText(self.tr("Rada města {0}").format(town) if town else
                          self.tr("Rada města"))
        self.resolution = self.add("resolution_number", self.tr("Číslo usnesení"), QLineEdit())
        self.resolution.setPlaceholderText(self.tr("např. RM 2026/123"))
        self.note = self.add("note", self.tr("Poznámka"), QPlainTextEdit())
        self.note.setMaximumHeight(80)
        self.ok_button.setText(self.tr("Zapsat rozhodnutí"))

    def submit(self) -> None:
        offers.record_decision(
            self.ctx.db, self.ctx.actor, self.flat.id, outcome=self.outcome.currentData(),
            decided_on=self.decided_on.value("decided_on"),
            application_id=self.application.currentData(),
            resolution_number=self.resolution.text(), body=self.body.text(),
            note=self.note.toPlainText())
