"""Settings tab "Úřad": who issues the documents – name, department,
address, contacts, logo, signatories and who signs which document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import KmbError, ValidationError
from app.images import MAX_INPUT_BYTES
from app.office_settings import (
    OfficeSettings,
    clear_logo,
    load_office,
    place_phrase,
    save_office,
    set_logo,
)
from app.security import Permission
from reports.base import Signatory

from ..context import UiContext
from ..widgets.fields import FieldErrors
from ..widgets.lines import LineCol, LinesTable


class OfficeTab(QScrollArea):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.errors = FieldErrors()
        self.can_edit = ctx.actor.can(Permission.SETTINGS)
        body = QWidget()
        self.setWidget(body)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.name = QLineEdit()
        self.department = QLineEdit()
        self.address = QLineEdit()
        self.town = QLineEdit()
        self.place = QLineEdit()
        self.landlord = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.name.setPlaceholderText(self.tr("např. Městský úřad Trutnov"))
        self.address.setPlaceholderText(self.tr("ulice a číslo, PSČ obec"))
        self.town.textChanged.connect(self._derived_hints)
        rows = [("name", self.tr("Název úřadu *"), self.name),
                ("department", self.tr("Odbor / oddělení"), self.department),
                ("address", self.tr("Adresa"), self.address),
                ("town", self.tr("Obec *"), self.town),
                ("place", self.tr("Místo podpisu"), self.place),
                ("landlord", self.tr("Pronajímatel bytů"), self.landlord),
                ("phone", self.tr("Telefon"), self.phone),
                ("email", self.tr("E-mail"), self.email)]
        for name, text, widget in rows:
            widget.setObjectName(name)
            form.addRow(text, self._with_error(name, widget))

        self.logo = QLabel()
        self.logo.setFixedSize(96, 96)
        self.logo.setAlignment(Qt.AlignCenter)
        self.logo.setStyleSheet("background: white; border: 1px solid #d0d8df;")
        self.logo_button = QPushButton(self.tr("Vybrat obrázek…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Odebrat logo"))
        self.logo_clear.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_clear)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo (znak města)"), logo_row)

        self.signatories = LinesTable([LineCol("name", self.tr("Jméno a titul")),
                                       LineCol("function", self.tr("Funkce"), width=260)],
                                      min_rows_visible=2, fit_to_rows=True)
        self.signatories.setObjectName("signatories")
        self.add_signatory = QPushButton(self.tr("Přidat osobu"))
        self.add_signatory.clicked.connect(self._add_signatory)
        self.remove_signatory = QPushButton(self.tr("Odebrat"))
        self.remove_signatory.clicked.connect(self.signatories.remove_current)
        self.signatories.changed.connect(self._fill_signatory_boxes)
        sig_box = QWidget()
        sig_box.setMaximumWidth(620)
        sv = QVBoxLayout(sig_box)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.signatories)
        sb = QHBoxLayout()
        sb.addWidget(self.add_signatory)
        sb.addWidget(self.remove_signatory)
        sb.addStretch(1)
        sv.addLayout(sb)
        sv.addWidget(self.errors.bind("signatories", self.signatories))
        form.addRow(self.tr("Podepisující osoby"), sig_box)
        self.signatory_assessment = QComboBox()
        self.signatory_housing = QComboBox()
        form.addRow(self.tr("Záznamy ze šetření schvaluje"),
                    self._with_error("signatory_assessment", self.signatory_assessment))
        form.addRow(self.tr("Protokoly o bytech podepisuje"),
                    self._with_error("signatory_housing", self.signatory_housing))

        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        intro = QLabel(self.tr("Tyto údaje se tisknou v hlavičce a v podpisech záznamů ze "
                               "šetření, protokolů o kontrole bytu a předávacích protokolů."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.load()
        if not self.can_edit:
            self._read_only()

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self.errors.bind(name, widget))
        box.setMaximumWidth(620)
        return box

    # -- load / save ----------------------------------------------------------------
    def load(self) -> None:
        o = load_office(self.ctx.db, self.ctx.actor)
        for key in ("name", "department", "address", "town", "place", "landlord", "phone",
                    "email"):
            getattr(self, key).setText(getattr(o, key))
        self.signatories.set_rows([({"name": s.name, "function": s.function}, {})
                                   for s in o.signatories])
        self._fill_signatory_boxes(o.signatory_assessment, o.signatory_housing)
        self._show_logo(o.logo_png)
        self._derived_hints()

    def _fill_signatory_boxes(self, assessment: str | None = None,
                              housing: str | None = None) -> None:
        if assessment is None:
            assessment = self.signatory_assessment.currentData() or ""
            housing = self.signatory_housing.currentData() or ""
        names = [v["name"].strip() for v in self.signatories.values() if v["name"].strip()]
        self.signatory_assessment.clear()
        self.signatory_assessment.addItem(self.tr("nikdo (jen pracovník a klient)"), "")
        self.signatory_housing.clear()
        self.signatory_housing.addItem(self.tr("pracovník, který kontrolu provedl"), "")
        for n in names:
            self.signatory_assessment.addItem(n, n)
            self.signatory_housing.addItem(n, n)
        self.signatory_assessment.setCurrentIndex(
            max(self.signatory_assessment.findData(assessment), 0))
        self.signatory_housing.setCurrentIndex(max(self.signatory_housing.findData(housing), 0))

    def _derived_hints(self) -> None:
        town = self.town.text().strip()
        self.place.setPlaceholderText(
            self.tr("automaticky: „{0}“").format(place_phrase(town)) if town else
            self.tr("např. V Trutnově"))
        self.landlord.setPlaceholderText(
            self.tr("automaticky: „Město {0}“").format(town) if town else
            self.tr("např. Město Trutnov"))

    def value(self) -> OfficeSettings:
        return OfficeSettings(
            name=self.name.text(), department=self.department.text(),
            address=self.address.text(), town=self.town.text(), place=self.place.text(),
            landlord=self.landlord.text(), phone=self.phone.text(), email=self.email.text(),
            signatories=[Signatory(v["name"], v["function"]) for v in self.signatories.values()],
            signatory_assessment=self.signatory_assessment.currentData() or "",
            signatory_housing=self.signatory_housing.currentData() or "")

    def save(self) -> None:
        self.errors.clear()
        try:
            save_office(self.ctx.db, self.ctx.actor, self.value())
        except ValidationError as exc:
            self.errors.show(exc)
            self._status(exc.message, error=True)
            return
        except KmbError as exc:
            self._status(exc.message, error=True)
            return
        self.ctx.changes.notify("setting")
        self._status(self.tr("Uloženo. Nové údaje se použijí při příštím tisku."))

    def _status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setObjectName("" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- logo ---------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo úřadu"), str(Path.home()),
                                              self.tr("Obrázky (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
            set_logo(self.ctx.db, self.ctx.actor, Path(path).name, data)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Logo nelze použít"), exc.message)
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Logo nelze použít"), str(exc.strerror))
            return
        self._show_logo(load_office(self.ctx.db, self.ctx.actor).logo_png)
        self._status(self.tr("Logo je uložené."))

    def remove_logo(self) -> None:
        try:
            clear_logo(self.ctx.db, self.ctx.actor)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self._show_logo(None)

    def _show_logo(self, data: bytes | None) -> None:
        if not data:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("bez loga"))
            self.logo_clear.setEnabled(False)
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.logo.setPixmap(pix.scaled(90, 90, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        self.logo_clear.setEnabled(self.can_edit)

    def _add_signatory(self) -> None:
        row = self.signatories.add_row()
        self.signatories.setCurrentCell(row, 0)
        self.signatories.cellWidget(row, 0).setFocus()

    def _read_only(self) -> None:
        for w in (self.name, self.department, self.address, self.town, self.place,
                  self.landlord, self.phone, self.email):
            w.setReadOnly(True)
        self.signatories.set_read_only(True)
        for w in (self.signatory_assessment, self.signatory_housing):
            w.setEnabled(False)
        for b in (self.save_button, self.logo_button, self.logo_clear, self.add_signatory,
                  self.remove_signatory):
            b.hide()
        self._status(self.tr("Údaje úřadu může měnit vedoucí KMB nebo správce aplikace."))
