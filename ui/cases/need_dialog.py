"""Finishing the §16 housing-situation assessment from the case: the
inquiry's findings, then "Zapsat jako potřebného" or "Nesplňuje podmínky"."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from app.errors import KmbError, ValidationError
from app.formatting import format_money, parse_money
from app.intake.eligibility import check, load_rules
from app.intake.need import NeedRow, finish_assessment
from models.intake import DistrictLink

from ..context import UiContext
from ..labels import tl
from ..widgets.sections import error_label, mark


class NeedDialog(QDialog):
    def __init__(self, ctx: UiContext, need: NeedRow, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.need = need
        self.rules = load_rules(ctx.db, ctx.actor)
        self.setWindowTitle(self.tr("Šetření bytové situace (§16)"))
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
        self.errors = {}
        form = QFormLayout()
        for name, text, widget in (
                ("need.household_income", self.tr("Příjem domácnosti (Kč měsíčně)"), self.income),
                ("need.subsistence_minimum", self.tr("Životní minimum domácnosti (Kč)"),
                 self.subsistence),
                ("need.district_link", self.tr("Vazba na obvod"), self.link)):
            err = error_label()
            self.errors[name] = (widget, err)
            form.addRow(text, widget)
            form.addRow("", err)
        form.addRow("", self.vulnerable)
        form.addRow(self.tr("Zjištění"), self.note)
        self.general = error_label()
        buttons = QDialogButtonBox()
        self.register_button = buttons.addButton(self.tr("Zapsat jako potřebného"),
                                                 QDialogButtonBox.AcceptRole)
        self.reject_button = buttons.addButton(self.tr("Nesplňuje podmínky"),
                                               QDialogButtonBox.ActionRole)
        buttons.addButton(self.tr("Zrušit"), QDialogButtonBox.RejectRole)
        self.register_button.clicked.connect(lambda: self.finish(True))
        self.reject_button.clicked.connect(lambda: self.finish(False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        for w in (self.income, self.subsistence):
            w.textChanged.connect(self.update_verdict)
        self.link.currentIndexChanged.connect(self.update_verdict)
        self.update_verdict()
        self.setMinimumWidth(480)

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

    def finish(self, register: bool) -> None:
        for widget, label in self.errors.values():
            mark(widget, label, None)
        self.general.hide()
        try:
            finish_assessment(
                self.ctx.db, self.ctx.actor, self.need.id,
                household_income_hal=self._money(self.income, "need.household_income"),
                subsistence_minimum_hal=self._money(self.subsistence, "need.subsistence_minimum"),
                district_link=self.link.currentData(),
                special_vulnerability=self.vulnerable.isChecked(), register=register,
                note=self.note.toPlainText())
        except ValidationError as exc:
            shown = False
            for name, msg in exc.errors.items():
                if name in self.errors:
                    mark(*self.errors[name], msg)
                    shown = True
            if not shown:
                self.general.setText(exc.message)
                self.general.show()
            return
        except KmbError as exc:
            self.general.setText(exc.message)
            self.general.show()
            return
        self.ctx.changes.notify("housing_need_record")
        self.accept()
