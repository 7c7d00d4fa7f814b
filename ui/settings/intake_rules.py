"""Nastavení → Zákon o podpoře bydlení: the office's own rules for the intake
(the district-link rule, overcrowding, the follow-up period). The dated legal
figures (životní minimum, the income factor, the validity of an entry) are
in Nastavení → Zákon (ui/settings/law_tab.py)."""
from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.intake.eligibility import Rules, load_rules, save_rules
from app.security import Permission
from models.intake import DistrictLink

from ..context import UiContext
from ..labels import tl
from ..widgets.sections import error_label, mark

LINKS = [DistrictLink.PERMANENT_RESIDENCE, DistrictLink.LIVING_2Y, DistrictLink.WORKING_2Y,
         DistrictLink.STUDYING_2Y]


class IntakeRulesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors: dict[str, tuple[QWidget, QLabel]] = {}
        r = self.loaded = load_rules(ctx.db, ctx.actor)

        limits = QGroupBox(self.tr("Podmínky zápisu potřebného (§13–27)"))
        lf = QFormLayout(limits)
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
        grid.addWidget(limits, 1)
        grid.addWidget(other, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Pravidla úřadu pro příjem. Částky životního minima, násobek "
                               "příjmu a platnost zápisu (§ 23) jsou v Nastavení → Zákon, "
                               "s datem platnosti a pramenem."))
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
        try:
            overcrowded = Decimal(self.overcrowded.text().strip().replace(",", "."))
        except InvalidOperation:
            errors["overcrowded_below_m2"] = self.tr("Zadejte číslo, např. 9,5.")
        if errors:
            raise ValidationError.from_errors(errors)
        return dataclasses.replace(
            self.loaded, accepted_links=frozenset(k for k, b in self.link_boxes.items()
                                                  if b.isChecked()),
            link_years=self.link_years.value(), overcrowded_below_m2=overcrowded,
            referral_follow_up_days=self.follow_up.value())

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
        self.status.setText(self.tr("Uloženo. Nové příjmy počítají s těmito hodnotami."))
