"""Editing the stock: a flat (new or existing) and a building."""
from __future__ import annotations

import decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.errors import ValidationError
from app.formatting import format_area
from app.housing.edit import (
    BuildingInput,
    FlatInput,
    create_building,
    create_flat,
    get_building,
    list_buildings,
    update_building,
    update_flat,
)
from models.housing import FlatCategory, FlatStatus
from ui.labels import tl as label

from ..context import UiContext
from ..widgets.address import AddressCompletion
from ..widgets.dialogs import FormDialog
from ..widgets.fields import MoneyField


def _money_field(value: int | None) -> MoneyField:
    w = MoneyField()                       # empty means 0 Kč
    w.set_value(value or None)
    w.setPlaceholderText("0 Kč")
    w.setMaximumWidth(160)
    return w


def _spin(lo: int, hi: int, value: int | None, special: str | None = None) -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    if special:
        w.setSpecialValueText(special)
    w.setValue(value if value is not None else lo)
    w.setMaximumWidth(110)
    return w


class FlatDialog(FormDialog):
    """New flat (``detail`` None) or edit of an existing one."""

    def __init__(self, ctx: UiContext, detail=None, parent: QWidget | None = None):
        title = (QCoreApplication.translate("FlatDialog", "Upravit byt") if detail
                 else QCoreApplication.translate("FlatDialog", "Nový byt"))
        super().__init__(title, parent=parent, width=520)
        self.ctx = ctx
        self.flat_id = detail.id if detail else None
        d = detail.data if detail else FlatInput()
        self.building = self.add("building_id", self.tr("Dům *"), QComboBox())
        for b in list_buildings(ctx.db, ctx.actor):
            self.building.addItem(b.address + (f" – {b.name}" if b.name else ""), b.id)
        self.building.setCurrentIndex(max(self.building.findData(d.building_id), 0))
        self.number = self.add("number", self.tr("Číslo bytu *"), QLineEdit(d.number))
        self.layout_ = self.add("layout", self.tr("Dispozice"), QLineEdit(d.layout or ""))
        self.layout_.setPlaceholderText("2+1, 1+kk")
        self.rooms = self.add("rooms", self.tr("Pokojů *"), _spin(1, 12, d.rooms))
        self.area = self.add("floor_area_m2", self.tr("Plocha (m²) *"),
                             QLineEdit(format_area(d.floor_area_m2) if d.floor_area_m2 else ""))
        self.floor = self.add("floor", self.tr("Podlaží"), _spin(-4, 60, d.floor,
                                                                  self.tr("neuvedeno")))
        if d.floor is None:
            self.floor.setValue(-4)
        self.category = self.add("category", self.tr("Kategorie"), QComboBox())
        for c in FlatCategory:
            self.category.addItem(label(c), c)
        self.category.setCurrentIndex(self.category.findData(d.category))
        self.status = self.add("status", self.tr("Stav"), QComboBox())
        for s in FlatStatus:
            self.status.addItem(label(s), s)
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.barrier_free = self.add("barrier_free", "", QCheckBox(self.tr("bezbariérový byt")))
        self.barrier_free.setChecked(bool(d.barrier_free))
        self.rent = self.add("rent_hal", self.tr("Nájem měsíčně"), _money_field(d.rent_hal))
        self.services = self.add("services_hal", self.tr("Zálohy na služby"),
                                 _money_field(d.services_hal))
        self.owner = self.add("owner", self.tr("Vlastník"), QLineEdit(d.owner or ""))
        self.manager = self.add("manager", self.tr("Správce"), QLineEdit(d.manager or ""))
        self.appurtenances = self.add("appurtenances", self.tr("Příslušenství"),
                                      QLineEdit(d.appurtenances or ""))
        self.appurtenances.setPlaceholderText(self.tr("např. sklep č. 3, komora"))
        self.note = self.add("note", self.tr("Poznámka"), QPlainTextEdit(d.note or ""))
        self.note.setMaximumHeight(70)

    def value(self) -> FlatInput:
        errors = {}
        try:
            area = decimal.Decimal(self.area.text().replace(",", ".").replace(" ", "") or "0")
        except decimal.InvalidOperation:
            errors["floor_area_m2"] = self.tr("Plochu zadejte číslem, např. 48,5.")
            area = decimal.Decimal(0)
        money = {}
        for name, w in (("rent_hal", self.rent), ("services_hal", self.services)):
            try:
                money[name] = w.value(name)
            except ValidationError as exc:
                errors[name] = exc.message
        if errors:
            raise ValidationError.from_errors(errors)
        return FlatInput(
            building_id=self.building.currentData() or "", number=self.number.text(),
            rooms=self.rooms.value(), floor_area_m2=area, category=self.category.currentData(),
            status=self.status.currentData(),
            floor=None if self.floor.value() == -4 else self.floor.value(),
            layout=self.layout_.text() or None, barrier_free=self.barrier_free.isChecked(),
            rent_hal=money["rent_hal"], services_hal=money["services_hal"],
            owner=self.owner.text() or None, manager=self.manager.text() or None,
            note=self.note.toPlainText() or None,
            appurtenances=self.appurtenances.text() or None)

    def submit(self) -> None:
        data = self.value()
        if self.flat_id:
            update_flat(self.ctx.db, self.ctx.actor, self.flat_id, data)
        else:
            self.flat_id = create_flat(self.ctx.db, self.ctx.actor, data)


class BuildingDialog(FormDialog):
    """New building, or edit of an existing one (``building_id`` given)."""

    def __init__(self, ctx: UiContext, building_id: str | None = None,
                 parent: QWidget | None = None):
        title = (QCoreApplication.translate("BuildingDialog", "Upravit dům") if building_id
                 else QCoreApplication.translate("BuildingDialog", "Nový dům"))
        super().__init__(title, parent=parent, width=520)
        self.ctx = ctx
        self.building_id = building_id
        self.street = self.add("street", self.tr("Ulice *"), QLineEdit())
        self.house_number = self.add("house_number", self.tr("Číslo domu *"), QLineEdit())
        self.city = self.add("city", self.tr("Obec *"), QLineEdit())
        self.postcode = self.add("postcode", self.tr("PSČ"), QLineEdit())
        self.address = AddressCompletion(ctx, self.street, self.house_number, self.city,
                                         self.postcode, self)
        self.add("ruian_status", "", self.address.status)
        self.name = self.add("name", self.tr("Název"), QLineEdit())
        self.name.setPlaceholderText(self.tr("např. Dům s pečovatelskou službou"))
        self.manager = self.add("manager", self.tr("Vlastník nebo správce"), QLineEdit())
        self.floors = self.add("floors", self.tr("Podlaží"), _spin(0, 60, 0, self.tr("neuvedeno")))
        self.has_lift = self.add("has_lift", "", QCheckBox(self.tr("výtah")))
        self.cadastral_area = self.add("cadastral_area", self.tr("Katastrální území"),
                                       QLineEdit())
        self.parcel = self.add("parcel", self.tr("Parcela"), QLineEdit())
        self.parcel.setPlaceholderText(self.tr("např. st. 1284"))
        self.extra = BuildingInput()
        if building_id:
            b = get_building(ctx.db, ctx.actor, building_id)
            self.extra = b
            self.street.setText(b.street or "")
            self.house_number.setText(b.house_number or "")
            self.city.setText(b.city or "")
            self.postcode.setText(b.postcode or "")
            self.address.load(b.ruian_code)
            self.name.setText(b.name or "")
            self.manager.setText(b.manager or "")
            self.floors.setValue(b.floors or 0)
            self.has_lift.setChecked(bool(b.has_lift))
            self.cadastral_area.setText(b.cadastral_area or "")
            self.parcel.setText(b.parcel or "")

    def submit(self) -> None:
        data = BuildingInput(
            street=self.street.text(), house_number=self.house_number.text(),
            city=self.city.text(), postcode=self.postcode.text() or None,
            name=self.name.text() or None, manager=self.manager.text() or None,
            has_lift=self.has_lift.isChecked(), floors=self.floors.value() or None,
            year_built=self.extra.year_built, note=self.extra.note,
            cadastral_area=self.cadastral_area.text() or None,
            parcel=self.parcel.text() or None, ruian_code=self.address.code)
        if self.building_id:
            update_building(self.ctx.db, self.ctx.actor, self.building_id, data)
        else:
            self.building_id = create_building(self.ctx.db, self.ctx.actor, data)
