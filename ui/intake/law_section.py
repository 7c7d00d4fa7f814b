"""Intake, step 5: the Housing Support Act (zákon č. 175/2025 Sb.) —
housing counselling (§12), the housing-situation assessment (§16) and the
entry as "potřebný" (§13–27) with a live check of the income limit and the
link to the district (the rules come from the settings)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from app.errors import ValidationError
from app.formatting import format_money, parse_money
from app.intake.eligibility import Rules, add_months, check, subsistence_minimum
from app.intake.service import NeedInput
from models.intake import DistrictLink

from ..labels import shown_date, tl
from ..widgets.sections import Section, error_label, hint, mark


class LawSection(Section):
    changed = Signal()

    def __init__(self, rules: Rules, parent: QWidget | None = None):
        super().__init__("5", self.tr("Zákon o podpoře bydlení"), parent)
        self.rules = rules
        self.composition: list[tuple] = []
        self.counselling = QCheckBox(self.tr("Poskytnuto poradenství v bydlení (§12)"))
        self.counselling.setObjectName("counselling")
        self.assessment = QCheckBox(self.tr("Zahájit šetření bytové situace (§16)"))
        self.assessment.setObjectName("startAssessment")
        self.body.addWidget(self.counselling)
        self.body.addWidget(self.assessment)

        self.details = QFrame()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(22, 2, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.income = QLineEdit()
        self.income.setObjectName("householdIncome")
        self.income.setPlaceholderText(self.tr("Kč měsíčně"))
        self.subsistence = QLineEdit()
        self.subsistence.setObjectName("subsistence")
        self.link = QComboBox()
        self.link.setObjectName("districtLink")
        self.link.addItem(self.tr("— vyberte —"), None)
        for link in DistrictLink:
            text = tl(link)
            if link in (DistrictLink.LIVING_2Y, DistrictLink.WORKING_2Y,
                        DistrictLink.STUDYING_2Y):
                text = self.tr("{0} alespoň {1} roky").format(text, rules.link_years)
            self.link.addItem(text, link)
        self.vulnerable = QCheckBox(self.tr("Zvláštní zranitelnost (§6)"))
        self.register = QCheckBox(self.tr("Zapsat jako potřebného (§13–27)"))
        self.register.setObjectName("registerNeed")
        self.errors = {"need.household_income": (self.income, error_label()),
                       "need.subsistence_minimum": (self.subsistence, error_label()),
                       "need.district_link": (self.link, error_label()),
                       "need.register": (self.register, error_label())}
        cells = [(self.tr("Příjem &domácnosti"), self.income, "need.household_income", 0, 0),
                 (self.tr("Životní &minimum domácnosti"), self.subsistence,
                  "need.subsistence_minimum", 0, 1),
                 (self.tr("&Vazba na obvod"), self.link, "need.district_link", 3, 0)]
        for text, widget, name, row, col in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row + 1, col)
            grid.addWidget(self.errors[name][1], row + 2, col)
        grid.addWidget(self.vulnerable, 4, 1)
        grid.addWidget(self.register, 6, 0, 1, 2)
        grid.addWidget(self.errors["need.register"][1], 7, 0, 1, 2)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, 8, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.details)
        self.body.addLayout(box)
        self.note = hint()
        self.body.addWidget(self.note)

        self.assessment.toggled.connect(self._toggle)
        self.register.toggled.connect(self._register_toggled)
        for w in (self.income, self.subsistence):
            w.textChanged.connect(self.update_verdict)
        self.link.currentIndexChanged.connect(self.update_verdict)
        self.reset()

    def _toggle(self) -> None:
        on = self.assessment.isChecked() or self.register.isChecked()
        self.details.setVisible(on)
        self.note.setVisible(not on)
        self.update_verdict()
        self.changed.emit()

    def _register_toggled(self, on: bool) -> None:
        if on and not self.assessment.isChecked():
            self.assessment.setChecked(True)
        self.update_verdict()

    def set_composition(self, composition: list[tuple], today: dt.date) -> None:
        """Members' (birth date, relation), the client first, for the životní minimum."""
        self.composition = composition
        self.today = today
        amount = subsistence_minimum(self.rules, composition, today) if composition else 0
        self.subsistence.setPlaceholderText(
            self.tr("{0} (z {1} osob)").format(format_money(amount), len(composition))
            if amount else self.tr("spočítá se z domácnosti"))
        self.update_verdict()

    def _money(self, widget: QLineEdit, field: str) -> int | None:
        text = widget.text().strip()
        return parse_money(text, field) if text else None

    def subsistence_value(self) -> int | None:
        typed = self._money(self.subsistence, "need.subsistence_minimum")
        if typed is not None:
            return typed
        return subsistence_minimum(self.rules, self.composition, self.today) \
            if self.composition else None

    def update_verdict(self) -> None:
        try:
            income = self._money(self.income, "need.household_income")
            minimum = self.subsistence_value()
        except ValidationError:
            self.verdict.setText("")
            return
        result = check(self.rules, household_income_hal=income, subsistence_minimum_hal=minimum,
                       district_link=self.link.currentData())
        parts = []
        factor = str(self.rules.income_factor).replace(".", ",")
        if result.income_limit_hal is not None:
            parts.append(self.tr("limit příjmu {0} × životní minimum = {1}").format(
                factor, format_money(result.income_limit_hal)))
        if result.income_ok is True:
            parts.append("<span style='color:#2e7d32'>" + self.tr("příjem pod limitem ✓")
                         + "</span>")
        elif result.income_ok is False:
            parts.append("<span style='color:#b3261e'>" + self.tr("příjem nad limitem ✗")
                         + "</span>")
        if result.district_ok is True:
            parts.append("<span style='color:#2e7d32'>" + self.tr("vazba na obvod ✓")
                         + "</span>")
        elif result.district_ok is False:
            parts.append("<span style='color:#b3261e'>" + self.tr("bez potřebné vazby na obvod ✗")
                         + "</span>")
        if self.register.isChecked():
            parts.append(self.tr("zápis platí do {0}").format(
                shown_date(add_months(self.today, self.rules.validity_months))))
        self.verdict.setText(" · ".join(parts))
        self.changed.emit()

    def value(self) -> NeedInput | None:
        if not (self.assessment.isChecked() or self.register.isChecked()):
            return None
        return NeedInput(start_assessment=True,
                         household_income_hal=self._money(self.income, "need.household_income"),
                         subsistence_minimum_hal=self._money(self.subsistence,
                                                            "need.subsistence_minimum"),
                         district_link=self.link.currentData(),
                         special_vulnerability=self.vulnerable.isChecked(),
                         register=self.register.isChecked())

    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        for name, (widget, label) in self.errors.items():
            mark(widget, label, errors.get(name))
            if name in errors:
                bad.append(widget)
        return bad

    def reset(self) -> None:
        self.today = dt.date.today()
        self.counselling.setChecked(True)
        for box in (self.assessment, self.register, self.vulnerable):
            box.setChecked(False)
        self.income.clear()
        self.subsistence.clear()
        self.link.setCurrentIndex(0)
        self.note.setText(self.tr("Šetření (§16) a zápis potřebného zahájíte zaškrtnutím; "
                                  "příjem se porovná s {0}násobkem životního minima.").format(
            str(self.rules.income_factor).replace(".", ",")))
        self.show_errors({})
        self._toggle()
