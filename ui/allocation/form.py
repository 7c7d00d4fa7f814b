"""The application form (žádost o byt): the household, the requested category
and every fact the allocation rules read, with the bounded individual
adjustment and its written justification."""
from __future__ import annotations

import datetime as dt
import decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
                               QGridLayout, QGroupBox, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from app.allocation import applications as svc
from app.allocation import rulesets
from app.errors import ValidationError
from app.formatting import format_area
from models.housing import FlatCategory
from ui.labels import ethos, tl as label

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, MoneyField


def _spin(lo: int, hi: int) -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setMaximumWidth(100)
    return w


def _money(value: int | None) -> MoneyField:
    w = MoneyField(optional=True)
    w.set_value(value)
    w.setMaximumWidth(150)
    w.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", "neuvedeno"))
    return w


class ApplicationDialog(FormDialog):
    """New application, or edit (``detail`` given)."""

    def __init__(self, ctx: UiContext, detail=None, parent: QWidget | None = None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Upravit žádost o byt") if detail else tr("Nová žádost o byt"),
                         parent=parent, ok_button=QDialogButtonBox.Save)
        self.ctx = ctx
        self.application_id = detail.id if detail else None
        # a save over someone else's newer one asks first; taking theirs closes the
        # dialog (FormDialog.take_theirs) and the application's page shows it
        self.expected_version = detail.row_version if detail else None
        d = detail.data if detail else svc.ApplicationInput(filed_on=dt.date.today())
        rules = rulesets.active_rules(ctx.db, ctx.actor)
        self.rules = rules

        # the household
        self.household_search = QLineEdit()
        self.household_search.setPlaceholderText(self.tr("Hledat domácnost podle jména…"))
        self.household = QComboBox()
        self.household.setMinimumWidth(320)
        self._households: dict[str, svc.HouseholdChoice] = {}
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._find_households)
        self.household_search.textChanged.connect(lambda _: self._search_timer.start())
        if detail:
            self.household.addItem(detail.household, d.household_id)
            self.household_search.setEnabled(False)
        else:
            self._find_households()
            self.household.currentIndexChanged.connect(self._prefill)
        self.filed_on = DateField()
        self.filed_on.set_value(d.filed_on)
        self.category = QComboBox()
        for c in FlatCategory:
            self.category.addItem(label(c), c)
        self.category.setCurrentIndex(self.category.findData(d.requested_category))
        self.valid_until = DateField()
        self.valid_until.set_value(d.valid_until)
        self.valid_until.setPlaceholderText(self.tr("podle pravidel"))

        self.household_size = _spin(1, 20)
        self.household_size.setValue(d.household_size or 1)
        self.children = _spin(0, 19)
        self.children.setValue(d.children or 0)
        self.pregnancy = QCheckBox(self.tr("těhotenství"))
        self.pregnancy.setChecked(bool(d.pregnancy))
        self.disability = QCheckBox(self.tr("zdravotní postižení v domácnosti"))
        self.disability.setChecked(bool(d.disability))
        self.needs_barrier_free = QCheckBox(self.tr("potřebuje bezbariérový byt"))
        self.needs_barrier_free.setChecked(bool(d.needs_barrier_free))

        self.ethos = QComboBox()
        self.ethos.addItem(self.tr("bez bytové nouze / neuvedeno"), None)
        for n in range(1, 14):
            self.ethos.addItem(ethos(n), n)
        self.ethos.setCurrentIndex(max(self.ethos.findData(d.ethos_category), 0))
        self.current_area = QLineEdit(format_area(d.current_area_m2)
                                      if d.current_area_m2 is not None else "")
        self.current_area.setMaximumWidth(100)
        self.current_area.setPlaceholderText("m²")
        # rooms of the current flat (Blansko's criterion); -1 shows "neuvedeno"
        self.current_rooms = _spin(-1, 20)
        self.current_rooms.setSpecialValueText(self.tr("neuvedeno"))
        self.current_rooms.setValue(d.current_rooms if d.current_rooms is not None else -1)
        self.two_households = QCheckBox(self.tr("v bytě žijí dvě domácnosti"))
        self.two_households.setChecked(bool(d.two_households_in_flat))
        self.residence_years = _spin(0, 110)
        self.residence_years.setValue(d.residence_years or 0)
        self.permanent_residence = QCheckBox(self.tr("trvalý pobyt ve městě"))
        self.permanent_residence.setChecked(bool(d.permanent_residence))

        self.income_pp = _money(d.income_per_person_hal)
        self.income_hh = _money(d.household_income_hal)
        self.on_benefits = QCheckBox(self.tr("pobírá dávky"))
        self.on_benefits.setChecked(bool(d.on_benefits))
        self.debt = _money(d.debt_to_town_hal or None)
        self.repayment_plan = QCheckBox(self.tr("má splátkový kalendář"))
        self.repayment_plan.setChecked(bool(d.repayment_plan))
        self.key_profession = QComboBox()
        self.key_profession.setEditable(True)
        self.key_profession.addItem("")
        self.key_profession.addItems(svc.key_profession_hints())
        self.key_profession.setCurrentText(d.key_profession or "")

        limit = rules.individual_max
        self.individual_points = _spin(-limit, limit) if limit else _spin(0, 0)
        self.individual_points.setValue(max(-limit, min(limit, d.individual_points or 0)))
        self.individual_justification = QPlainTextEdit(d.individual_justification or "")
        self.individual_justification.setMaximumHeight(64)
        self.individual_justification.setPlaceholderText(
            self.tr("Povinné při individuálních bodech: co a čím je doloženo."))
        self.note = QPlainTextEdit(d.note or "")
        self.note.setMaximumHeight(56)

        def group(title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignRight)
            for name, text, widget in rows:
                widget.setObjectName(name)
                cell = QWidget()
                v = QVBoxLayout(cell)
                v.setContentsMargins(0, 0, 0, 0)
                v.setSpacing(1)
                v.addWidget(widget)
                v.addWidget(self.errors.bind(name, widget))
                form.addRow(text, cell)
            return box

        household_box = QWidget()
        hv = QVBoxLayout(household_box)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.household_search)
        hv.addWidget(self.household)
        g1 = group(self.tr("Žádost"), [
            ("household_id", self.tr("Domácnost *"), household_box),
            ("filed_on", self.tr("Podána dne *"), self.filed_on),
            ("requested_category", self.tr("Žádá o byt"), self.category),
            ("valid_until", self.tr("Platná do"), self.valid_until),
        ])
        g2 = group(self.tr("Domácnost"), [
            ("household_size", self.tr("Členů domácnosti"), self.household_size),
            ("children", self.tr("Nezaopatřených dětí"), self.children),
            ("pregnancy", "", self.pregnancy),
            ("disability", "", self.disability),
            ("needs_barrier_free", "", self.needs_barrier_free),
        ])
        g3 = group(self.tr("Současné bydlení"), [
            ("ethos_category", self.tr("Bytová situace (ETHOS)"), self.ethos),
            ("current_area_m2", self.tr("Obytná plocha"), self.current_area),
            ("current_rooms", self.tr("Pokojů v bytě"), self.current_rooms),
            ("two_households_in_flat", "", self.two_households),
            ("residence_years", self.tr("Let pobytu ve městě"), self.residence_years),
            ("permanent_residence", "", self.permanent_residence),
        ])
        g4 = group(self.tr("Příjmy, dluhy, profese"), [
            ("income_per_person_hal", self.tr("Příjem na osobu"), self.income_pp),
            ("household_income_hal", self.tr("Příjem domácnosti"), self.income_hh),
            ("on_benefits", "", self.on_benefits),
            ("debt_to_town_hal", self.tr("Dluh vůči městu"), self.debt),
            ("repayment_plan", "", self.repayment_plan),
            ("key_profession", self.tr("Klíčová profese"), self.key_profession),
        ])
        hint = (self.tr("nejvýše ±{0} bodů podle pravidel „{1}“").format(limit, rules.name)
                if limit else self.tr("platná pravidla individuální body nepřipouštějí"))
        g5 = group(self.tr("Individuální posouzení"), [
            ("individual_points", self.tr("Body ({0})").format(hint), self.individual_points),
            ("individual_justification", self.tr("Písemné odůvodnění"),
             self.individual_justification),
            ("note", self.tr("Poznámka"), self.note),
        ])
        grid = QGridLayout()
        grid.addWidget(g1, 0, 0)
        grid.addWidget(g2, 1, 0)
        grid.addWidget(g3, 0, 1)
        grid.addWidget(g4, 1, 1)
        grid.addWidget(g5, 2, 0, 1, 2)
        body = QWidget()
        body.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.set_body(body)
        self.general = self.general_error

    # -- households ------------------------------------------------------------------------
    def _find_households(self) -> None:
        choices = svc.household_choices(self.ctx.db, self.ctx.actor,
                                        self.household_search.text())
        self._households = {c.id: c for c in choices}
        self.household.blockSignals(True)
        self.household.clear()
        self.household.addItem(self.tr("— vyberte domácnost —"), None)
        for c in choices:
            self.household.addItem(self.tr("{0} ({1}, {2} čl.) – {3}").format(
                c.name, c.head or "—", c.members, c.address or "bez adresy"), c.id)
        self.household.blockSignals(False)
        if len(choices) == 1:
            self.household.setCurrentIndex(1)
            self._prefill()

    def _prefill(self) -> None:
        c = self._households.get(self.household.currentData())
        if c is not None:
            self.household_size.setValue(max(c.members, 1))
            self.children.setValue(min(c.children, max(c.members - 1, 0)))

    # -- saving ----------------------------------------------------------------------------
    def value(self) -> svc.ApplicationInput:
        errors = {}
        dates = {}
        for name, w in (("filed_on", self.filed_on), ("valid_until", self.valid_until)):
            try:
                dates[name] = w.value(name)
            except ValidationError as exc:
                errors[name] = exc.message
        money = {}
        for name, w in (("income_per_person_hal", self.income_pp),
                        ("household_income_hal", self.income_hh),
                        ("debt_to_town_hal", self.debt)):
            try:
                money[name] = w.value(name)
            except ValidationError as exc:
                errors[name] = exc.message
        area = None
        if self.current_area.text().strip():
            try:
                area = decimal.Decimal(self.current_area.text().replace(",", ".")
                                       .replace("m²", "").strip())
            except decimal.InvalidOperation:
                errors["current_area_m2"] = self.tr("Plochu zadejte číslem, např. 38,5.")
        if errors:
            raise ValidationError.from_errors(errors)
        return svc.ApplicationInput(
            household_id=self.household.currentData() or "", filed_on=dates["filed_on"],
            requested_category=self.category.currentData(), valid_until=dates["valid_until"],
            household_size=self.household_size.value(), children=self.children.value(),
            pregnancy=self.pregnancy.isChecked(), needs_barrier_free=self.needs_barrier_free
            .isChecked(), disability=self.disability.isChecked(),
            income_per_person_hal=money["income_per_person_hal"],
            household_income_hal=money["household_income_hal"],
            residence_years=self.residence_years.value(),
            permanent_residence=self.permanent_residence.isChecked(),
            ethos_category=self.ethos.currentData(), current_area_m2=area,
            current_rooms=self.current_rooms.value() if self.current_rooms.value() >= 0
            else None,
            two_households_in_flat=self.two_households.isChecked(),
            debt_to_town_hal=money["debt_to_town_hal"] or 0,
            repayment_plan=self.repayment_plan.isChecked(), on_benefits=self.on_benefits
            .isChecked(), key_profession=self.key_profession.currentText() or None,
            individual_points=self.individual_points.value(),
            individual_justification=self.individual_justification.toPlainText() or None,
            note=self.note.toPlainText() or None)

    def save(self) -> None:
        self._ok()

    def submit(self) -> None:
        data = self.value()
        if self.application_id:
            svc.update_application(self.ctx.db, self.ctx.actor, self.application_id, data,
                                   expected_version=self.expected_version)
        else:
            self.application_id = svc.create_application(self.ctx.db, self.ctx.actor, data)
