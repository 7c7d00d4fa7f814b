"""Nastavení → Smlouvy: contract numbering, renewal and arrears thresholds,
the landlord, and the town's own contract wording: placeholders picked from a
list, a live preview with example data and a preview on a real lease."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.leases.config import (LeaseSettingsInput, default_contract_template, save_settings,
                               settings_input)
from app.leases.documents import BLOCK_HELP, PLACEHOLDERS, contract_pdf, latest_lease_id
from app.leases.template_preview import sample_contract_pdf
from app.security import Permission

from ..context import UiContext
from ..widgets.dialogs import show_error
from ..widgets.fields import FieldErrors, MoneyField
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.template_editor import TemplateEditor


class LeaseSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.can_edit = ctx.actor.can(Permission.SETTINGS)
        self.number_pattern = QLineEdit()
        self.series = QLineEdit()
        self.series.setMaximumWidth(90)
        self.term_months = QSpinBox()
        self.term_months.setRange(1, 120)
        self.term_months.setSuffix(self.tr(" měsíců"))
        self.renewal_window_days = QSpinBox()
        self.renewal_window_days.setRange(1, 365)
        self.renewal_window_days.setSuffix(self.tr(" dnů"))
        self.renewal_threshold_hal = MoneyField()
        self.arrears_alert_hal = MoneyField()
        self.deposit_months = QSpinBox()
        self.deposit_months.setRange(0, 3)
        self.deposit_months.setSuffix(self.tr("× nájemné"))
        self.landlord_name = QLineEdit()
        self.landlord_address = QLineEdit()
        self.landlord_ico = QLineEdit()
        self.landlord_ico.setMaximumWidth(120)
        self.landlord_representative = QLineEdit()
        self.landlord_bank_account = QLineEdit()
        self.landlord_bank_account.setObjectName("landlordBankAccount")
        self.landlord_bank_account.setPlaceholderText("19-2000145399/0800")
        self.signing_place = QLineEdit()
        self.signing_place.setPlaceholderText(self.tr("např. V Trutnově"))
        self.template = QPlainTextEdit()
        self.template.setObjectName("contract_template")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.Monospace)
        mono.setPointSize(9)
        self.template.setFont(mono)

        rules = QGroupBox(self.tr("Číslování a pravidla"))
        f1 = QFormLayout(rules)
        f1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._row(f1, "number_pattern", self.tr("Vzor čísla"), self.number_pattern,
                  self.tr("{year} rok, {n:04d} pořadí v roce, {series} řada této instalace"))
        self._row(f1, "series", self.tr("Řada instalace"), self.series, self.tr(
            "Čísluje-li smlouvy i notebook v terénu, dejte mu vlastní řadu (např. N) a do "
            "vzoru vložte {series}: NS/{year}/{series}{n:04d}."))
        self._row(f1, "term_months", self.tr("Obvyklá doba nájmu"), self.term_months)
        self._row(f1, "deposit_months", self.tr("Obvyklá jistota"), self.deposit_months)
        self._row(f1, "renewal_window_days", self.tr("Hlídat konec nájmu"),
                  self.renewal_window_days, self.tr("dnů předem"))
        self._row(f1, "renewal_threshold_hal", self.tr("Prodloužit automaticky"),
                  self.renewal_threshold_hal, self.tr(
                      "při dluhu nejvýše této výše; vyšší dluh čeká na rozhodnutí"))
        self._row(f1, "arrears_alert_hal", self.tr("Upozornit na dluh"),
                  self.arrears_alert_hal, self.tr(
                      "dluh vyšší než tato částka = úkol pro sociálního pracovníka"))
        party = QGroupBox(self.tr("Pronajímatel ve smlouvě"))
        f2 = QFormLayout(party)
        f2.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._row(f2, "landlord_name", self.tr("Název"), self.landlord_name,
                  self.tr("prázdné = Město podle názvu obce úřadu"))
        self._row(f2, "landlord_address", self.tr("Sídlo"), self.landlord_address,
                  self.tr("prázdné = adresa úřadu"))
        self._row(f2, "landlord_ico", self.tr("IČO"), self.landlord_ico)
        self._row(f2, "landlord_representative", self.tr("Zastoupený"),
                  self.landlord_representative, self.tr("jméno, funkce"))
        self._row(f2, "landlord_bank_account", self.tr("Účet pro nájemné"),
                  self.landlord_bank_account,
                  self.tr("variabilní symbol = číslice čísla smlouvy"))
        self._row(f2, "signing_place", self.tr("Místo podpisu"), self.signing_place)
        # the numbering and the landlord side by side on a page of their own: the
        # contract's text, placeholders and preview get the whole width on theirs
        left = QWidget()
        lv = QHBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        for box in (rules, party):
            box.setMaximumWidth(560)
            box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
            lv.addWidget(box, 1, Qt.AlignTop)
        lv.addStretch(0)

        self.preview_button = QPushButton(self.tr("Náhled na poslední smlouvě…"))
        self.default_button = QPushButton(self.tr("Obnovit výchozí znění"))
        self.save_button = QPushButton(self.tr("Uložit nastavení"))
        self.save_button.setProperty("primary", True)
        self.save_button.setEnabled(self.can_edit)
        self.default_button.setEnabled(self.can_edit)
        self.template_error = self.errors.bind("contract_template", self.template)
        db, actor = ctx.db, ctx.actor
        self.template_editor = TemplateEditor(
            self.template, {**PLACEHOLDERS, **BLOCK_HELP},
            lambda text: sample_contract_pdf(db, actor, text))
        markup = QLabel(self.tr("# nadpis, ## článek, **tučně**, - odrážka; řádky začínající % "
                                "se netisknou."))
        markup.setObjectName("muted")
        markup.setWordWrap(True)
        editor = QWidget()
        ev = QVBoxLayout(editor)
        ev.addWidget(self.template_editor, 1)
        ev.addWidget(markup)
        ev.addWidget(self.template_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        ev.addLayout(buttons)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.NoFrame)
        self.parts = QTabWidget()
        self.parts.addTab(editor, self.tr("Znění smlouvy (šablona úřadu)"))
        self.parts.addTab(left_scroll, self.tr("Číslování a pronajímatel"))
        layout = QVBoxLayout(self)
        if not self.can_edit:
            note = QLabel(self.tr("Nastavení může měnit vedoucí KMB nebo správce."))
            note.setObjectName("muted")
            layout.addWidget(note)
        layout.addWidget(self.parts, 1)
        save_row = QHBoxLayout()            # saves both pages
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.default_button.clicked.connect(
            lambda: self.template.setPlainText(default_contract_template()))
        self.load()

    def _row(self, form: QFormLayout, name: str, text: str, widget: QWidget,
             hint: str | None = None) -> None:
        widget.setObjectName(name)
        widget.setEnabled(self.can_edit)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget, 0, Qt.AlignLeft if widget.maximumWidth() < 1000 else Qt.Alignment())
        if hint:
            h = QLabel(hint)
            h.setObjectName("muted")
            h.setWordWrap(True)
            box.addWidget(h)
        box.addWidget(self.errors.bind(name, widget))
        form.addRow(text, box)

    def load(self) -> None:
        d = settings_input(self.ctx.db)
        self.number_pattern.setText(d.number_pattern)
        self.series.setText(d.series)
        self.term_months.setValue(d.term_months)
        self.renewal_window_days.setValue(d.renewal_window_days)
        self.renewal_threshold_hal.set_value(d.renewal_threshold_hal)
        self.arrears_alert_hal.set_value(d.arrears_alert_hal)
        self.deposit_months.setValue(d.deposit_months)
        self.landlord_name.setText(d.landlord_name)
        self.landlord_address.setText(d.landlord_address)
        self.landlord_ico.setText(d.landlord_ico)
        self.landlord_representative.setText(d.landlord_representative)
        self.signing_place.setText(d.signing_place)
        self.landlord_bank_account.setText(d.landlord_bank_account)
        self.template.setPlainText(d.contract_template or "")

    def value(self) -> LeaseSettingsInput:
        errors = {}
        amounts = {}
        for name in ("renewal_threshold_hal", "arrears_alert_hal"):
            try:
                amounts[name] = getattr(self, name).value(name)
            except ValidationError as exc:
                errors[name] = exc.message
        if errors:
            raise ValidationError.from_errors(errors)
        return LeaseSettingsInput(
            number_pattern=self.number_pattern.text(), series=self.series.text(),
            term_months=self.term_months.value(),
            renewal_window_days=self.renewal_window_days.value(),
            renewal_threshold_hal=amounts["renewal_threshold_hal"],
            arrears_alert_hal=amounts["arrears_alert_hal"],
            deposit_months=self.deposit_months.value(), landlord_name=self.landlord_name.text(),
            landlord_address=self.landlord_address.text(), landlord_ico=self.landlord_ico.text(),
            landlord_representative=self.landlord_representative.text(),
            signing_place=self.signing_place.text(),
            contract_template=self.template.toPlainText(),
            landlord_bank_account=self.landlord_bank_account.text())

    def save(self) -> bool:
        self.errors.clear()
        try:
            save_settings(self.ctx.db, self.ctx.actor, self.value())
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            else:
                self._reveal(exc)
            return False
        except KmbError as exc:
            show_error(self, exc)
            return False
        self.load()
        QMessageBox.information(self, self.tr("Nastavení"), self.tr("Nastavení smluv je uloženo."))
        return True

    def _reveal(self, exc: ValidationError) -> None:
        """The page of the first field in error shown, that field focused."""
        for name in exc.errors or {}:
            widget = self.findChild(QWidget, name)
            for i in range(self.parts.count()):
                if widget is not None and self.parts.widget(i).isAncestorOf(widget):
                    self.parts.setCurrentIndex(i)
                    widget.setFocus()
                    return

    def preview(self) -> None:
        lease_id = latest_lease_id(self.ctx.db, self.ctx.actor)
        if lease_id is None:
            QMessageBox.information(self, self.tr("Náhled"), self.tr(
                "Náhled potřebuje aspoň jednu smlouvu v evidenci."))
            return
        try:
            pdf, name = contract_pdf(self.ctx.db, self.ctx.actor, lease_id,
                                     template=self.template.toPlainText())
        except ValidationError as exc:
            self.errors.show(ValidationError(exc.message, field="contract_template"))
            return
        except KmbError as exc:
            show_error(self, exc)
            return
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Náhled smlouvy (neuloženo)"), name,
                                               self)
        self.preview_dialog.exec()
