"""Nastavení → Zákon o podpoře bydlení: the amounts of životní minimum, the
income limit factor, the district-link rule, the validity of an entry as
"potřebný", and the intake's follow-up period. They change by regulation,
so the office keeps them here."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.formatting import format_money, parse_money
from app.intake.eligibility import SUBSISTENCE_KEYS, Rules, load_rules, save_rules
from app.security import Permission
from models.intake import DistrictLink

from ..context import UiContext
from ..labels import tl
from ..widgets.sections import error_label, mark

AMOUNT_LABELS = {
    "single": QT_TRANSLATE_NOOP("IntakeRulesTab", "Jednotlivec"),
    "first_adult": QT_TRANSLATE_NOOP("IntakeRulesTab", "První osoba v domácnosti"),
    "other_adult": QT_TRANSLATE_NOOP("IntakeRulesTab", "Další dospělá osoba"),
    "child_under_6": QT_TRANSLATE_NOOP("IntakeRulesTab", "Nezaopatřené dítě do 6 let"),
    "child_6_15": QT_TRANSLATE_NOOP("IntakeRulesTab", "Nezaopatřené dítě 6–15 let"),
    "child_15_26": QT_TRANSLATE_NOOP("IntakeRulesTab", "Nezaopatřené dítě 15–26 let"),
}
LINKS = [DistrictLink.PERMANENT_RESIDENCE, DistrictLink.LIVING_2Y, DistrictLink.WORKING_2Y,
         DistrictLink.STUDYING_2Y]


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False).replace(" Kč", "")


class IntakeRulesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors: dict[str, tuple[QWidget, QLabel]] = {}
        r = load_rules(ctx.db, ctx.actor)

        amounts = QGroupBox(self.tr("Životní minimum (Kč měsíčně)"))
        af = QFormLayout(amounts)
        self.amounts: dict[str, QLineEdit] = {}
        for key in SUBSISTENCE_KEYS:
            edit = QLineEdit(_money(r.subsistence_hal[key]))
            edit.setObjectName(f"amount_{key}")
            edit.setMaximumWidth(140)
            self.amounts[key] = edit
            self._row(af, f"subsistence.{key}",
                      QCoreApplication.translate("IntakeRulesTab", AMOUNT_LABELS[key]), edit)

        limits = QGroupBox(self.tr("Podmínky zápisu potřebného (§13–27)"))
        lf = QFormLayout(limits)
        self.factor = QLineEdit(str(r.income_factor).replace(".", ","))
        self.factor.setObjectName("incomeFactor")
        self.factor.setMaximumWidth(80)
        self._row(lf, "income_factor", self.tr("Příjem pod násobkem životního minima"),
                  self.factor)
        self.link_years = QSpinBox()
        self.link_years.setRange(0, 10)
        self.link_years.setValue(r.link_years)
        self.link_years.setSuffix(self.tr(" roky"))
        self._row(lf, "link_years", self.tr("Vazba na obvod: žije, pracuje či studuje alespoň"),
                  self.link_years)
        links = QWidget()
        lv = QVBoxLayout(links)
        lv.setContentsMargins(0, 0, 0, 0)
        self.link_boxes: dict[DistrictLink, QCheckBox] = {}
        for link in LINKS:
            box = QCheckBox(tl(link))
            box.setChecked(link in r.accepted_links)
            self.link_boxes[link] = box
            lv.addWidget(box)
        self._row(lf, "accepted_links", self.tr("Vazbu zakládá"), links)
        self.validity = QSpinBox()
        self.validity.setRange(1, 120)
        self.validity.setValue(r.validity_months)
        self.validity.setSuffix(self.tr(" měsíců"))
        self._row(lf, "validity_months", self.tr("Platnost zápisu (§23)"), self.validity)

        other = QGroupBox(self.tr("Příjem"))
        of = QFormLayout(other)
        self.overcrowded = QLineEdit(str(r.overcrowded_below_m2).replace(".", ","))
        self.overcrowded.setMaximumWidth(80)
        self._row(of, "overcrowded_below_m2", self.tr("Přelidněné pod (m² na osobu)"),
                  self.overcrowded)
        self.follow_up = QSpinBox()
        self.follow_up.setRange(1, 90)
        self.follow_up.setValue(r.referral_follow_up_days)
        self.follow_up.setSuffix(self.tr(" dní"))
        self._row(of, "referral_follow_up_days", self.tr("Ověřit předání na službu po"),
                  self.follow_up)

        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setObjectName("saveRules")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        grid = QHBoxLayout()
        grid.addWidget(amounts, 1)
        right = QVBoxLayout()
        right.addWidget(limits)
        right.addWidget(other)
        grid.addLayout(right, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Částky a pravidla se mění nařízením vlády nebo novelou zákona "
                               "č. 175/2025 Sb.; kontrola při příjmu používá hodnoty odsud."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(bar)
        if not ctx.actor.can(Permission.SETTINGS):
            self.save_button.setEnabled(False)
            self.status.setText(self.tr("Hodnoty mění vedoucí KMB nebo správce."))

    def _row(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        err = error_label()
        self.errors[name] = (widget, err)
        form.addRow(text, widget)
        form.addRow("", err)

    def rules(self) -> Rules:
        errors: dict[str, str] = {}
        amounts = {}
        for key, edit in self.amounts.items():
            try:
                amounts[key] = parse_money(edit.text(), f"subsistence.{key}")
            except ValidationError as exc:
                errors[f"subsistence.{key}"] = exc.message
        factor = overcrowded = Decimal(0)
        for name, edit in (("income_factor", self.factor),
                           ("overcrowded_below_m2", self.overcrowded)):
            try:
                value = Decimal(edit.text().strip().replace(",", "."))
            except InvalidOperation:
                errors[name] = self.tr("Zadejte číslo, např. 1,6.")
                continue
            if name == "income_factor":
                factor = value
            else:
                overcrowded = value
        if errors:
            raise ValidationError.from_errors(errors)
        return Rules(amounts, factor,
                     frozenset(k for k, b in self.link_boxes.items() if b.isChecked()),
                     self.link_years.value(), self.validity.value(), overcrowded,
                     self.follow_up.value())

    def save(self) -> None:
        for widget, label in self.errors.values():
            mark(widget, label, None)
        try:
            save_rules(self.ctx.db, self.ctx.actor, self.rules())
        except ValidationError as exc:
            for name, msg in exc.errors.items():
                if name in self.errors:
                    mark(*self.errors[name], msg)
            return
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.ctx.changes.notify("setting")
        self.status.setText(self.tr("Uloženo. Nové příjmy počítají s těmito hodnotami."))
