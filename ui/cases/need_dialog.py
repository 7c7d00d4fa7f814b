"""Finishing the §16 housing-situation assessment from the case: the
inquiry's findings, then "Zapsat jako potřebného" or "Nesplňuje podmínky"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from app.errors import ValidationError
from app.formatting import format_money, parse_money
from app.intake.eligibility import check, load_rules
from app.intake.need import NeedRow, finish_assessment
from models.intake import DistrictLink

from ..context import UiContext
from ..labels import tl
from ..widgets.dialogs import FormDialog


class NeedDialog(FormDialog):
    def __init__(self, ctx: UiContext, need: NeedRow, parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Šetření bytové situace (§16)"), parent=parent,
                         ok_text=tr("Zapsat jako potřebného"), width=480)
        self.ctx = ctx
        self.need = need
        self.rules = load_rules(ctx.db, ctx.actor)
        self.income = QLineEdit(format_money(need.household_income_hal, nbsp=False)
                                .replace(" Kč", "") if need.household_income_hal else "")
        self.subsistence = QLineEdit(format_money(need.subsistence_minimum_hal, nbsp=False)
                                     .replace(" Kč", "") if need.subsistence_minimum_hal else "")
        self.link = QComboBox()
        self.link.addItem(self.tr("— vyberte —"), None)
        for link in DistrictLink:
            self.link.addItem(tl(link), link)
        self.link.setCurrentIndex(max(self.link.findData(need.district_link), 0))
        self.vulnerable = QCheckBox(self.tr("Zvláštní zranitelnost (§6)"))
        self.vulnerable.setChecked(need.special_vulnerability)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.add("need.household_income", self.tr("Příjem domácnosti (Kč měsíčně)"),
                 self.income)
        self.add("need.subsistence_minimum", self.tr("Životní minimum domácnosti (Kč)"),
                 self.subsistence)
        self.add("need.district_link", self.tr("Vazba na obvod"), self.link)
        self.rows.addRow("", self.vulnerable)
        self.rows.addRow(self.tr("Zjištění"), self.note)
        self.main.insertWidget(self.main.indexOf(self.general_error), self.verdict)
        self.general = self.general_error
        self.register_button = self.ok_button
        self.reject_button = self.add_action(tr("Nesplňuje podmínky"),
                                             lambda: self.finish(False))
        for w in (self.income, self.subsistence):
            w.textChanged.connect(self.update_verdict)
        self.link.currentIndexChanged.connect(self.update_verdict)
        self.update_verdict()

    def _money(self, widget: QLineEdit, field: str) -> int | None:
        return parse_money(widget.text(), field) if widget.text().strip() else None

    def update_verdict(self) -> None:
        try:
            result = check(self.rules,
                           household_income_hal=self._money(self.income, "need.household_income"),
                           subsistence_minimum_hal=self._money(self.subsistence,
                                                               "need.subsistence_minimum"),
                           district_link=self.link.currentData())
        except ValidationError:
            self.verdict.clear()
            return
        if result.eligible:
            self.verdict.setText(self.tr("Podmínky zápisu jsou splněny."))
        elif result.eligible is False:
            self.verdict.setText(" ".join(result.reasons))
        else:
            self.verdict.setText(self.tr("Doplňte příjem, životní minimum a vazbu na obvod."))

    def submit(self) -> None:
        self.finish(True)

    def finish(self, register: bool) -> None:
        """Record the assessment; a refusal is shown at its field (FormDialog)."""
        finish_assessment(
            self.ctx.db, self.ctx.actor, self.need.id,
            household_income_hal=self._money(self.income, "need.household_income"),
            subsistence_minimum_hal=self._money(self.subsistence, "need.subsistence_minimum"),
            district_link=self.link.currentData(),
            special_vulnerability=self.vulnerable.isChecked(), register=register,
            note=self.note.toPlainText())
