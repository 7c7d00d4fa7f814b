"""Intake, steps 3 and 4: the contact (channel, day, reason) and the housing
situation as ETHOS fields (conceptual group → operational category) with the
floor area per person."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QWidget)

from app.addresses.geography import Geography
from app.errors import KmbError, ValidationError
from app.formatting import format_area
from app.intake.eligibility import Rules, density
from app.labels import ETHOS_CONCEPTUAL, ETHOS_OPERATIONAL
from models.intake import Channel

from ..labels import tl, tr_label
from ..widgets.fields import DateField
from ..widgets.sections import Section, error_label, mark


class ContactSection(Section):
    def __init__(self, parent: QWidget | None = None,
                 geo_source: Callable[[], Geography] | None = None):
        super().__init__("3", self.tr("Kontakt"), parent)
        self.geo_source = geo_source
        self.geo: Geography | None = None
        # where the client lives (statistics per municipality and locality)
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipality")
        self.locality = QComboBox()
        self.locality.setObjectName("locality")
        self.municipality.currentIndexChanged.connect(self._fill_localities)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(tl(c), c)
        self.day = DateField()
        self.day.setObjectName("contactDay")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("S čím klient přichází, např. výpověď z nájmu, "
                                               "dluh na nájemném, bydlí na ubytovně…"))
        self.reason.setFixedHeight(62)
        self.errors = {"channel": (self.channel, error_label()),
                       "occurred_at": (self.day, error_label()),
                       "reason": (self.reason, error_label()),
                       "municipality": (self.municipality, error_label()),
                       "locality": (self.locality, error_label())}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for col, (text, widget, name) in enumerate(
                [(self.tr("&Kanál"), self.channel, "channel"),
                 (self.tr("&Den kontaktu"), self.day, "occurred_at")]):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
            grid.addWidget(self.errors[name][1], 2, col)
        label = QLabel(self.tr("&Důvod kontaktu *"))
        label.setBuddy(self.reason)
        grid.addWidget(label, 3, 0, 1, 2)
        grid.addWidget(self.reason, 4, 0, 1, 2)
        grid.addWidget(self.errors["reason"][1], 5, 0, 1, 2)
        self.place_labels = []
        for col, (text, widget, name) in enumerate(
                [(self.tr("&Obec"), self.municipality, "municipality"),
                 (self.tr("&Lokalita"), self.locality, "locality")]):
            label = QLabel(text)
            label.setBuddy(widget)
            self.place_labels.append(label)
            grid.addWidget(label, 6, col)
            grid.addWidget(widget, 7, col)
            grid.addWidget(self.errors[name][1], 8, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.reset()

    def occurred_at(self, today: dt.date) -> dt.datetime | None:
        day = self.day.value("occurred_at")
        if day is None or day == today:
            return None          # now
        return dt.datetime.combine(day, dt.datetime.now(dt.UTC).time())

    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        for name, (widget, label) in self.errors.items():
            mark(widget, label, errors.get(name))
            if name in errors:
                bad.append(widget)
        return bad

    def reset(self) -> None:
        self.channel.setCurrentIndex(0)
        self.day.set_value(dt.date.today())
        self.reason.clear()
        self._fill_municipalities()
        self.show_errors({})

    # -- municipality and locality ------------------------------------------------------
    def _fill_municipalities(self) -> None:
        """The office's lists, read again at every new intake (settings may change)."""
        try:
            self.geo = self.geo_source() if self.geo_source else None
        except KmbError:
            self.geo = None
        geo = self.geo
        shown = bool(geo and (geo.municipalities or geo.localities))
        for w in (self.municipality, self.locality, *self.place_labels):
            w.setVisible(shown)     # without lists there is nothing to choose
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("— podle adresy klienta —"), None)
        for name in geo.municipalities if geo else []:
            self.municipality.addItem(name, name)
        self.municipality.blockSignals(False)
        self._fill_localities()

    def _fill_localities(self) -> None:
        self.locality.clear()
        self.locality.addItem(self.tr("— podle adresy klienta —"), None)
        if self.geo is not None:
            for name in self.geo.locality_choices(self.municipality.currentData()):
                self.locality.addItem(name, name)

    def place(self) -> tuple[str | None, str | None]:
        return self.municipality.currentData(), self.locality.currentData()


class EthosSection(Section):
    changed = Signal()

    def __init__(self, rules: Rules, parent: QWidget | None = None):
        super().__init__("4", self.tr("Bytová situace (ETHOS)"), parent)
        self.rules = rules
        self.group = QComboBox()
        self.group.setObjectName("ethosGroup")
        self.group.addItem(self.tr("— neuvedeno —"), None)
        for key, (text, _) in ETHOS_CONCEPTUAL.items():
            self.group.addItem(tr_label(text), key)
        self.category = QComboBox()
        self.category.setObjectName("ethosCategory")
        self.category.setMinimumContentsLength(28)
        self.area = QLineEdit()
        self.area.setObjectName("dwellingArea")
        self.area.setPlaceholderText(self.tr("např. 38,5"))
        self.persons = QSpinBox()
        self.persons.setObjectName("dwellingPersons")
        self.persons.setRange(0, 50)
        self.persons.setSpecialValueText("—")
        self.result = QLabel()
        self.errors = {"ethos_category": (self.category, error_label()),
                       "dwelling_area_m2": (self.area, error_label()),
                       "dwelling_persons": (self.persons, error_label())}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        cells = [(self.tr("&Skupina"), self.group, None, 0, 0),
                 (self.tr("Kategorie ETHO&S"), self.category, "ethos_category", 0, 1),
                 (self.tr("Obytná &plocha (m²)"), self.area, "dwelling_area_m2", 3, 0),
                 (self.tr("Počet &osob v bytě"), self.persons, "dwelling_persons", 3, 1)]
        for text, widget, name, row, col in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row + 1, col)
            if name:
                grid.addWidget(self.errors[name][1], row + 2, col)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.body.addLayout(grid)
        self.body.addWidget(self.result)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.area.textChanged.connect(self._update_density)
        self.persons.valueChanged.connect(self._update_density)
        self._fill_categories(None)
        self._update_density()

    def _fill_categories(self, group: str | None, keep: int | None = None) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("— vyberte —") if group else self.tr("— neuvedeno —"),
                              None)
        numbers = ETHOS_CONCEPTUAL[group][1] if group else range(1, 14)
        for n in numbers:
            self.category.addItem(f"{n} – {tr_label(ETHOS_OPERATIONAL[n])}", n)
        idx = self.category.findData(keep) if keep else 0
        self.category.setCurrentIndex(max(idx, 0))
        self.category.blockSignals(False)

    def _group_changed(self) -> None:
        self._fill_categories(self.group.currentData(), self.category.currentData())
        self.changed.emit()

    def _category_changed(self) -> None:
        n = self.category.currentData()
        if n is not None:
            group = next(k for k, (_, r) in ETHOS_CONCEPTUAL.items() if n in r)
            if self.group.currentData() != group:
                self.group.blockSignals(True)
                self.group.setCurrentIndex(self.group.findData(group))
                self.group.blockSignals(False)
                self._fill_categories(group, n)
        self.changed.emit()

    def set_category(self, n: int | None) -> None:
        self.group.setCurrentIndex(0)
        self.category.setCurrentIndex(max(self.category.findData(n), 0))

    def area_value(self) -> Decimal | None:
        text = self.area.text().strip().replace(",", ".").replace("m²", "").strip()
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValidationError(self.tr("Plocha bytu v m², např. 38,5."),
                                  field="dwelling_area_m2") from None

    def _update_density(self) -> None:
        try:
            area = self.area_value()
        except ValidationError:
            area = None
        d = density(self.rules, area, self.persons.value() or None)
        if d.area_per_person_m2 is None:
            self.result.setObjectName("hint")
            self.result.setText(self.tr("Plocha na osobu se spočítá z plochy a počtu osob."))
        elif d.overcrowded:
            self.result.setObjectName("bad")
            self.result.setText(self.tr("{0} m² na osobu – přelidněné (pod {1} m²)").format(
                format_area(d.area_per_person_m2), format_area(self.rules.overcrowded_below_m2)))
        else:
            self.result.setObjectName("good")
            self.result.setText(self.tr("{0} m² na osobu").format(
                format_area(d.area_per_person_m2)))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.changed.emit()

    def suggest_persons(self, n: int) -> None:
        if self.persons.value() == 0 or not self.area.text():
            self.persons.setValue(n)

    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        for name, (widget, label) in self.errors.items():
            mark(widget, label, errors.get(name))
            if name in errors:
                bad.append(widget)
        return bad

    def reset(self) -> None:
        self.group.setCurrentIndex(0)
        self._fill_categories(None)
        self.area.clear()
        self.persons.setValue(0)
        self.show_errors({})
