"""Person form dialog (new person / edit): validation messages appear at the
fields; nothing is saved until every field is valid."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.errors import ValidationError
from app.people.detail import PersonDetail, person_detail
from app.people.records import PersonInput, create_person, update_person
from models.people import Sex
from ui.labels import tl as label
from ui.labels import tr_label

from ..context import UiContext
from ..widgets.address import AddressCompletion
from ..widgets.dialogs import FormDialog
from ..widgets.fields import DateField, FieldErrors


class PersonForm(QWidget):
    """The fields of a person, reusable in the intake screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors = FieldErrors()
        self.given_name = QLineEdit()
        self.surname = QLineEdit()
        self.title_before = QLineEdit()
        self.title_before.setMaximumWidth(110)
        self.title_after = QLineEdit()
        self.title_after.setMaximumWidth(110)
        self.birth_date = DateField()
        self.birth_number = QLineEdit()
        self.birth_number.setPlaceholderText(self.tr("jen je-li potřeba, např. 850312/1234"))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("neuvedeno"), None)
        for s in Sex:
            self.sex.addItem(label(s), s)
        self.citizenship = QLineEdit()
        self.citizenship.setPlaceholderText(self.tr("např. ČR"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.street = QLineEdit()
        self.house_number = QLineEdit()
        self.house_number.setMaximumWidth(110)
        self.city = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = [
            ("given_name", self.tr("Jméno *"), self.given_name),
            ("surname", self.tr("Příjmení *"), self.surname),
            ("title_before", self.tr("Titul před jménem"), self.title_before),
            ("title_after", self.tr("Titul za jménem"), self.title_after),
            ("birth_date", self.tr("Datum narození"), self.birth_date),
            ("birth_number", self.tr("Rodné číslo"), self.birth_number),
            ("sex", self.tr("Pohlaví"), self.sex),
            ("citizenship", self.tr("Státní občanství"), self.citizenship),
            ("phone", self.tr("Telefon"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("street", self.tr("Ulice"), self.street),
            ("house_number", self.tr("Číslo domu"), self.house_number),
            ("city", self.tr("Obec"), self.city),
            ("postcode", self.tr("PSČ"), self.postcode),
            ("note", self.tr("Poznámka"), self.note),
        ]
        for i, (name, text, widget) in enumerate(rows):
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            widget.setObjectName(name)
            grid.addWidget(lbl, 2 * i, 0)
            grid.addWidget(widget, 2 * i, 1)
            grid.addWidget(self.errors.bind(name, widget), 2 * i + 1, 1)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self.address = None          # AddressCompletion once complete_addresses() ran

    def complete_addresses(self, ctx: UiContext) -> None:
        """Offer streets and house numbers from the imported RÚIAN file."""
        self.address = AddressCompletion(ctx, self.street, self.house_number, self.city,
                                         self.postcode, self)
        row = self._grid.rowCount()
        self._grid.addWidget(self.address.status, row, 1)

    def value(self) -> PersonInput:
        """The typed data; raises ValidationError for an unreadable date."""
        try:
            born = self.birth_date.value("birth_date")
        except ValidationError as exc:
            self.errors.show(exc)
            raise
        return PersonInput(
            given_name=self.given_name.text(), surname=self.surname.text(), birth_date=born,
            title_before=self.title_before.text().strip() or None,
            title_after=self.title_after.text().strip() or None,
            citizenship=self.citizenship.text().strip() or None,
            birth_number=self.birth_number.text() or None, sex=self.sex.currentData(),
            phone=self.phone.text() or None, email=self.email.text() or None,
            street=self.street.text() or None, house_number=self.house_number.text() or None,
            city=self.city.text() or None, postcode=self.postcode.text() or None,
            note=self.note.toPlainText() or None,
            ruian_code=self.address.code if self.address else None)

    def load(self, d: PersonDetail) -> None:
        self.given_name.setText(d.given_name)
        self.surname.setText(d.surname)
        self.title_before.setText(d.title_before or "")
        self.title_after.setText(d.title_after or "")
        self.citizenship.setText(d.citizenship or "")
        self.birth_date.set_value(d.birth_date)
        self.birth_number.setText(d.birth_number or "")
        idx = self.sex.findText(tr_label(d.sex)) if d.sex else 0   # the shown language
        self.sex.setCurrentIndex(max(idx, 0))
        self.phone.setText(d.phone or "")
        self.email.setText(d.email or "")
        self.street.setText(d.street or "")
        self.house_number.setText(d.house_number or "")
        self.city.setText(d.city or "")
        self.postcode.setText(d.postcode or "")
        self.note.setPlainText(d.note or "")
        if self.address:
            self.address.load(d.ruian_code)


class PersonDialog(FormDialog):
    """New person, or edit an existing one (``detail`` given)."""

    def __init__(self, ctx: UiContext, detail: PersonDetail | None = None, parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Upravit osobu") if detail else tr("Nová osoba"), parent=parent,
                         width=520, ok_button=QDialogButtonBox.Save)
        self.ctx = ctx
        self.person_id = detail.id if detail else None
        # a save over someone else's newer one asks first (FormDialog)
        self.expected_version = detail.row_version if detail else None
        self.form = PersonForm()
        self.form.complete_addresses(ctx)
        if detail:
            self.form.load(detail)
        self.set_body(self.form, self.form.errors)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self._ok()

    def submit(self) -> None:
        data = self.form.value()
        if self.person_id:
            update_person(self.ctx.db, self.ctx.actor, self.person_id, data,
                          expected_version=self.expected_version)
        else:
            self.person_id = create_person(self.ctx.db, self.ctx.actor, data)

    def take_theirs(self) -> None:
        """Show the stored record (someone else's save) in the form."""
        detail = person_detail(self.ctx.db, self.ctx.actor, self.person_id)
        self.form.load(detail)
        self.expected_version = detail.row_version
        self.show_general(self.tr("Ve formuláři je uložená verze; upravte ji a uložte, "
                                  "nebo formulář zavřete."))
