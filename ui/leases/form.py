"""The lease form: a new lease by hand, from an accepted offer, or an edit.
Validation happens in app/; its messages appear at the fields and nothing is
saved until every field is valid."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox,
                               QWidget)

from app.errors import ValidationError
from app.formatting import format_date, format_money
from app.leases.common import term_end
from app.leases.records import (FormChoices, LeaseInput, ServiceLine, create_lease, form_choices,
                                lease_input, split_services, update_lease)
from models.leases import ServiceKind
from ui.labels import tl as label

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, FieldErrors, MoneyField, SearchCombo


class LeaseForm(QWidget):
    def __init__(self, choices: FormChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.flats = {f.id: f for f in choices.flats}
        self.households = {h.id: h for h in choices.households}
        self.errors = FieldErrors()
        self.flat = SearchCombo()
        self.flat.addItem("", None)
        for f in choices.flats:
            busy = self.tr(" – pronajatý do {0}").format(format_date(f.occupied_until)) \
                if f.has_current_lease and f.occupied_until else (
                self.tr(" – pronajatý") if f.has_current_lease else "")
            self.flat.addItem(f"{f.label} ({label(f.category)}){busy}", f.id)
        self.household = SearchCombo()
        self.household.addItem("", None)
        for h in choices.households:
            head = h.members[0].name if h.members else ""
            text = h.name if not head or head in h.name or h.name in head \
                else f"{h.name} ({head})"
            self.household.addItem(text, h.id)
        self.tenant = SearchCombo()
        self.starts_on = DateField()
        self.term = QSpinBox()
        self.term.setRange(1, 120)
        self.term.setValue(12)
        self.term.setSuffix(self.tr(" měsíců"))
        self.indefinite = QCheckBox(self.tr("na dobu neurčitou"))
        self.ends_on = DateField()
        self.rent = MoneyField()
        self.deposit = MoneyField()
        self.deposit_hint = QLabel()
        self.deposit_hint.setObjectName("muted")
        self.via_kmb = QCheckBox(self.tr("domácnost zabydlená přes kontaktní místo (KMB)"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(56)
        self.services: dict[ServiceKind, MoneyField] = {}
        self.services_total = QLabel()

        grid = QGridLayout()
        term_box = QHBoxLayout()
        term_box.addWidget(self.term)
        term_box.addWidget(self.indefinite)
        term_box.addStretch(1)
        deposit_box = QHBoxLayout()
        deposit_box.addWidget(self.deposit)
        deposit_box.addWidget(self.deposit_hint, 1)
        rows = [
            ("flat_id", self.tr("Byt *"), self.flat),
            ("household_id", self.tr("Domácnost"), self.household),
            ("tenant_id", self.tr("Nájemce *"), self.tenant),
            ("starts_on", self.tr("Začátek nájmu *"), self.starts_on),
            ("term_months", self.tr("Doba nájmu"), term_box),
            ("ends_on", self.tr("Konec nájmu"), self.ends_on),
            ("rent_hal", self.tr("Nájemné měsíčně *"), self.rent),
            ("deposit_hal", self.tr("Jistota"), deposit_box),
            ("via_kmb", "", self.via_kmb),
            ("note", self.tr("Poznámka"), self.note),
        ]
        for i, (name, text, widget) in enumerate(rows):
            lbl = QLabel(text)
            grid.addWidget(lbl, 2 * i, 0)
            if isinstance(widget, QWidget):
                widget.setObjectName(name)
                grid.addWidget(widget, 2 * i, 1)
                bound = widget
            else:
                grid.addLayout(widget, 2 * i, 1)
                bound = self.term if name == "term_months" else self.deposit
            grid.addWidget(self.errors.bind(name, bound), 2 * i + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 * len(rows), 1)
        self.rent.setMinimumWidth(120)
        self.deposit.setMinimumWidth(120)

        box = QGroupBox(self.tr("Zálohy na služby měsíčně (zákon č. 67/2013 Sb.)"))
        sg = QGridLayout(box)
        for i, kind in enumerate(ServiceKind):
            field = MoneyField(optional=True)
            field.setMinimumWidth(120)
            field.setObjectName(f"service_{kind.value}")
            field.textChanged.connect(self._update_totals)
            self.services[kind] = field
            sg.addWidget(QLabel(label(kind)), 2 * i, 0)
            sg.addWidget(field, 2 * i, 1)
            sg.addWidget(self.errors.bind(f"service_{kind.value}", field), 2 * i + 1, 1)
        sg.addWidget(self.services_total, 2 * len(ServiceKind), 0, 1, 2)
        sg.setRowStretch(2 * len(ServiceKind) + 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 5)
        layout.addWidget(box, 4)

        self.flat.currentIndexChanged.connect(self._flat_changed)
        self.household.currentIndexChanged.connect(self._household_changed)
        self.starts_on.editingFinished.connect(self._recompute_end)
        self.term.valueChanged.connect(self._recompute_end)
        self.indefinite.toggled.connect(self._indefinite_toggled)
        self.rent.textChanged.connect(self._update_totals)
        self._update_totals()

    # -- reactions -------------------------------------------------------------
    def _flat_changed(self) -> None:
        flat = self.flats.get(self.flat.currentData())
        if flat is None:
            return
        if not self.rent.text():
            self.rent.set_value(flat.rent_hal)
            self.deposit.set_value(2 * flat.rent_hal)
        if not any(f.text() for f in self.services.values()):
            for line in split_services(flat.services_hal, flat.has_lift):
                self.services[line.kind].set_value(line.advance_hal)

    def _household_changed(self) -> None:
        self.tenant.clear()
        hh = self.households.get(self.household.currentData())
        for m in hh.members if hh else []:
            self.tenant.addItem(f"{m.name} ({label(m.relation)})", m.person_id)

    def _indefinite_toggled(self, on: bool) -> None:
        self.term.setEnabled(not on)
        self.ends_on.setEnabled(not on)
        if on:
            self.ends_on.clear()
        else:
            self._recompute_end()

    def _recompute_end(self) -> None:
        if self.indefinite.isChecked():
            return
        try:
            start = self.starts_on.value()
        except ValidationError:
            return
        if start:
            self.ends_on.set_value(term_end(start, self.term.value()))

    def _update_totals(self) -> None:
        total = 0
        for f in self.services.values():
            try:
                total += f.value() or 0
            except ValidationError:
                pass
        try:
            rent = self.rent.value() or 0
        except ValidationError:
            rent = 0
        self.services_total.setText(self.tr("Zálohy celkem {0} · s nájemným {1}").format(
            format_money(total), format_money(total + rent)))
        self.deposit_hint.setText(self.tr("nejvýše {0} (3× nájemné)").format(
            format_money(3 * rent)) if rent else "")

    # -- data ------------------------------------------------------------------
    def load(self, data: LeaseInput) -> None:
        self.flat.select_data(data.flat_id)
        self.household.select_data(data.household_id)
        self.tenant.select_data(data.tenant_id)
        self.starts_on.set_value(data.starts_on)
        self.indefinite.setChecked(data.term_months is None and data.ends_on is None)
        if data.term_months:
            self.term.setValue(data.term_months)
        self.ends_on.set_value(data.ends_on)
        if data.starts_on and not data.ends_on and data.term_months:
            self._recompute_end()
        self.rent.set_value(data.rent_hal)
        self.deposit.set_value(data.deposit_hal)
        for f in self.services.values():
            f.clear()
        for line in data.services:
            self.services[line.kind].set_value(line.advance_hal)
        self.via_kmb.setChecked(data.via_kmb)
        self.note.setPlainText(data.note or "")
        for combo in (self.flat, self.household, self.tenant):
            combo.lineEdit().setCursorPosition(0)

    def value(self, base: LeaseInput | None = None) -> LeaseInput:
        """The typed data; unreadable dates and amounts raise ValidationError."""
        errors = {}

        def read(name, fn):
            try:
                return fn(name)
            except ValidationError as exc:
                errors[name] = exc.message
                return None
        starts = read("starts_on", self.starts_on.value)
        ends = None if self.indefinite.isChecked() else read("ends_on", self.ends_on.value)
        rent = read("rent_hal", self.rent.value)
        deposit = read("deposit_hal", self.deposit.value)
        services = []
        for kind, f in self.services.items():
            amount = read(f"service_{kind.value}", f.value)
            if amount:
                services.append(ServiceLine(kind, amount))
        if errors:
            error = ValidationError.from_errors(errors)
            self.errors.show(error)
            raise error
        data = base or LeaseInput()
        data.flat_id = self.flat.current_value()
        data.household_id = self.household.current_value()
        data.tenant_id = self.tenant.current_value()
        data.starts_on, data.ends_on = starts, ends
        data.term_months = None if self.indefinite.isChecked() else self.term.value()
        data.rent_hal, data.deposit_hal = rent or 0, deposit or 0
        data.services = services
        data.via_kmb = self.via_kmb.isChecked()
        data.note = self.note.toPlainText() or None
        return data


class LeaseDialog(FormDialog):
    """New lease (optionally prefilled from an offer) or edit of a stored one."""

    def __init__(self, ctx: UiContext, data: LeaseInput | None = None,
                 lease_id: str | None = None, parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        from_offer = bool(data and data.offer_id)
        super().__init__(tr("Upravit smlouvu") if lease_id else (
            tr("Nová smlouva z přijaté nabídky") if from_offer else tr("Nová smlouva")),
            tr("Smlouva se uloží jako návrh s číslem z řady úřadu; platnou se stane "
               "podpisem."), parent, tr("Uložit smlouvu"), ok_button=QDialogButtonBox.Save)
        self.ctx = ctx
        self.lease_id = lease_id
        self.base = data
        # a save over someone else's newer one asks first (FormDialog)
        self.expected_version = data.row_version if data and lease_id else None
        self.form = LeaseForm(form_choices(ctx.db, ctx.actor))
        if data:
            self.form.load(data)
        if from_offer:                     # the offer decides the flat and the household
            self.form.flat.setEnabled(False)
            self.form.household.setEnabled(False)
        self.set_body(self.form, self.form.errors, stretch=1)
        self.resize(1000, 640)

    def save(self) -> None:
        self._ok()

    def submit(self) -> None:
        data = self.form.value(LeaseInput(offer_id=self.base.offer_id) if self.base else None)
        if self.lease_id:
            update_lease(self.ctx.db, self.ctx.actor, self.lease_id, data,
                         expected_version=self.expected_version)
        else:
            self.lease_id = create_lease(self.ctx.db, self.ctx.actor, data)

    def take_theirs(self) -> None:
        """Show the stored lease (someone else's save) in the form."""
        self.base = lease_input(self.ctx.db, self.ctx.actor, self.lease_id)
        self.form.load(self.base)
        self.expected_version = self.base.row_version
        self.show_general(self.tr("Ve formuláři je uložená verze; upravte ji a uložte, "
                                  "nebo formulář zavřete."))
