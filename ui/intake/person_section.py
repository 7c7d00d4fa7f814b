"""Intake, step 1: find the person (Enter searches, Enter again picks) or
create them in a compact form; a possible duplicate is shown while typing."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSizePolicy, QStackedWidget,
                               QTableView,
                               QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError
from app.formatting import format_date, format_datetime, looks_like_date
from app.intake.duplicates import DuplicateCandidate, check_duplicates
from app.intake.lookup import find_persons
from app.intake.service import PersonContext, person_context
from app.people.given_names import split_name
from app.people.records import PersonInput

from ..context import UiContext
from ..labels import shown_date, tl
from ..widgets.address import AddressCompletion
from ..widgets.fields import DateField
from ..widgets.sections import Section, error_label, hint, mark
from ..widgets.table_model import Col, RowsModel

_T = "PersonSection"
RESULT_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("PersonSection", "Příjmení a jméno"), lambda p: p.name, context=_T),
    Col(QT_TRANSLATE_NOOP("PersonSection", "Narozen(a)"), lambda p: format_date(p.birth_date),
        context=_T),
    Col(QT_TRANSLATE_NOOP("PersonSection", "Trvalé bydliště"), lambda p: p.address, context=_T),
]
# the duplicate reasons app.intake.duplicates gives, for the translation
REASONS = (QT_TRANSLATE_NOOP("PersonSection", "stejné rodné číslo"),
           QT_TRANSLATE_NOOP("PersonSection", "stejné jméno a datum narození"))
_RC = re.compile(r"^\d{6}/?\d{3,4}$")
NEW_FIELDS = ("given_name", "surname", "birth_date", "birth_number", "phone", "email", "street",
              "house_number", "city", "postcode")


class NewPersonForm(QWidget):
    """The fields of a new person, two per row (a compact PersonForm)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.given_name = QLineEdit()
        self.surname = QLineEdit()
        self.birth_date = DateField()
        self.birth_number = QLineEdit()
        self.birth_number.setPlaceholderText(self.tr("jen je-li potřeba"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+420 …")
        self.email = QLineEdit()
        self.street = QLineEdit()
        self.house_number = QLineEdit()
        self.city = QLineEdit()
        self.postcode = QLineEdit()
        self.errors: dict[str, tuple[QWidget, QLabel]] = {}
        # when the typed name did not tell given name from surname: ask
        self.order_box = QFrame()
        self.order_box.setObjectName("warning")
        ob = QHBoxLayout(self.order_box)
        ob.setContentsMargins(8, 4, 8, 4)
        self.order_text = QLabel(self.tr("Není jisté, co je jméno a co příjmení – "
                                         "zkontrolujte je."))
        self.order_text.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Prohodit"))
        self.swap_button.setObjectName("swapNames")
        self.swap_button.setToolTip(self.tr("Prohodit jméno a příjmení"))
        self.swap_button.clicked.connect(self.swap_names)
        ob.addWidget(self.order_text, 1)
        ob.addWidget(self.swap_button)
        self.order_box.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        pairs = [
            (("given_name", self.tr("&Jméno *"), self.given_name),
             ("surname", self.tr("Pří&jmení *"), self.surname)),
            (("birth_date", self.tr("Datum &narození"), self.birth_date),
             ("birth_number", self.tr("&Rodné číslo"), self.birth_number)),
            (("phone", self.tr("Telefon"), self.phone), ("email", self.tr("E-mail"), self.email)),
            (("street", self.tr("Ulice"), self.street),
             ("house_number", self.tr("Číslo domu"), self.house_number)),
            (("city", self.tr("Obec"), self.city), ("postcode", self.tr("PSČ"), self.postcode)),
        ]
        grid.addWidget(self.order_box, 0, 0, 1, 2)
        for i, pair in enumerate(pairs):
            for j, (name, text, widget) in enumerate(pair):
                label = QLabel(text)
                label.setBuddy(widget)
                widget.setObjectName(f"new_{name}")
                err = error_label()
                self.errors[name] = (widget, err)
                grid.addWidget(label, 3 * i + 1, j)
                grid.addWidget(widget, 3 * i + 2, j)
                grid.addWidget(err, 3 * i + 3, j)
                widget.textEdited.connect(lambda _=None: self.changed.emit())
        self.birth_date.setMaximumWidth(16777215)
        self._grid = grid
        self.address: AddressCompletion | None = None

    def complete_addresses(self, ctx: UiContext) -> None:
        """Street and house number from the imported RÚIAN file (kód ADM kept)."""
        self.address = AddressCompletion(ctx, self.street, self.house_number, self.city,
                                         self.postcode, self)
        self._grid.addWidget(self.address.status, self._grid.rowCount(), 0, 1, 2)

    def widgets(self) -> list[QWidget]:
        return [self.errors[n][0] for n in NEW_FIELDS]

    def value(self) -> PersonInput:
        born = self.birth_date.value("birth_date")
        return PersonInput(
            given_name=self.given_name.text(), surname=self.surname.text(), birth_date=born,
            birth_number=self.birth_number.text() or None, phone=self.phone.text() or None,
            email=self.email.text() or None, street=self.street.text() or None,
            house_number=self.house_number.text() or None, city=self.city.text() or None,
            postcode=self.postcode.text() or None,
            ruian_code=self.address.code if self.address else None)

    def prefill(self, text: str) -> None:
        """"Novák Jan 3. 1. 1985" typed in the search → the fields."""
        words, date_text = [], re.search(r"\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}", text or "")
        rest = (text or "").replace(date_text.group(0), " ") if date_text else (text or "")
        for token in rest.split():
            if _RC.match(token):
                self.birth_number.setText(token)
            elif looks_like_date(token):
                self.birth_date.setText(token)
            elif not any(ch.isdigit() for ch in token):
                words.append(token[:1].upper() + token[1:])
        if date_text:
            self.birth_date.setText(date_text.group(0))
        name = split_name(words)
        self.given_name.setText(name.given_name)
        self.surname.setText(name.surname)
        self.order_box.setVisible(len(words) > 1 and not name.sure)

    def swap_names(self) -> None:
        given, surname = self.given_name.text(), self.surname.text()
        self.given_name.setText(surname)
        self.surname.setText(given)
        self.order_box.hide()
        self.given_name.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        for name in NEW_FIELDS:
            self.errors[name][0].clear()
        if self.address:
            self.address.load(None)
        self.order_box.hide()
        self.show_errors({})

    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        for name, (widget, label) in self.errors.items():
            mark(widget, label, errors.get(name))
            if name in errors:
                bad.append(widget)
        return bad


class PersonSection(Section):
    person_changed = Signal()
    dirty = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__("1", self.tr("Klient"), parent)
        self.ctx = ctx
        self.context: PersonContext | None = None
        self.mode = "none"      # none | existing | new
        self.duplicates: list[DuplicateCandidate] = []

        self.search = QLineEdit()
        self.search.setObjectName("intakeSearch")
        self.search.setPlaceholderText(
            self.tr("Jméno, datum narození nebo rodné číslo – Enter hledá"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Nová osoba"))
        self.new_button.setToolTip(self.tr("Založit novou osobu (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        self.body.addLayout(row)

        self.model = RowsModel(RESULT_COLUMNS)
        self.results = QTableView()
        self.results.setObjectName("intakeResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setShowGrid(False)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().setDefaultSectionSize(24)
        header = self.results.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.Interactive)
        self.results.setColumnWidth(0, 170)
        self.results.setColumnWidth(1, 90)
        self.results.setFixedHeight(128)
        self.results.activated.connect(lambda idx: self.pick_row(idx.row()))
        self.found = hint()
        self.body.addWidget(self.results)
        self.body.addWidget(self.found)

        self.stack = QStackedWidget()
        self.empty = hint(self.tr("Vyhledejte klienta (Enter), vyberte ho šipkami a Enterem, "
                                  "nebo založte novou osobu (Ctrl+N)."))
        self.card = QFrame()
        self.card.setObjectName("personCard")
        cv = QVBoxLayout(self.card)
        cv.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.card_name = QLabel()
        self.card_name.setObjectName("sectionHeading")
        self.change_button = QPushButton(self.tr("Jiná osoba"))
        self.change_button.clicked.connect(self.back_to_search)
        top.addWidget(self.card_name, 1)
        top.addWidget(self.change_button)
        cv.addLayout(top)
        self.card_info = QLabel()
        self.card_info.setWordWrap(True)
        self.card_info.setTextFormat(Qt.RichText)
        cv.addWidget(self.card_info)

        self.new_form = NewPersonForm()
        self.new_form.complete_addresses(ctx)
        self.new_form.changed.connect(self._new_person_typed)
        self.dup_box = QFrame()
        self.dup_box.setObjectName("warning")
        dv = QHBoxLayout(self.dup_box)
        dv.setContentsMargins(10, 6, 10, 6)
        self.dup_text = QLabel()
        self.dup_text.setWordWrap(True)
        self.use_existing_button = QPushButton(self.tr("Použít existující"))
        self.use_existing_button.clicked.connect(
            lambda: self.duplicates and self.use_existing(self.duplicates[0].id))
        dv.addWidget(self.dup_text, 1)
        dv.addWidget(self.use_existing_button)
        self.dup_box.hide()
        new_page = QWidget()
        nv = QVBoxLayout(new_page)
        nv.setContentsMargins(0, 0, 0, 0)
        nv.addWidget(self.new_form)
        nv.addWidget(self.dup_box)
        self.error = error_label()
        for w in (self.empty, self.card, new_page):
            self.stack.addWidget(w)
        self.body.addWidget(self.stack)
        self.body.addWidget(self.error)

        self.stack.currentChanged.connect(self._fit_stack)
        self._fit_stack(0)
        self.search.returnPressed.connect(self.run_search)
        self._dup_timer = QTimer(self, singleShot=True, interval=400)
        self._dup_timer.timeout.connect(self.check_duplicates)

    def _fit_stack(self, index: int) -> None:
        """The stack takes the height of the page shown, not of the tallest one."""
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            policy = QSizePolicy.Preferred if i == index else QSizePolicy.Ignored
            page.setSizePolicy(policy, policy)
            page.adjustSize()
        self.stack.adjustSize()

    # -- search ------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        rows = find_persons(self.ctx.db, self.ctx.actor, text, limit=50)
        self.model.set_rows(rows)
        if rows:
            self.found.setText(self.tr("Nalezeno: {0}. Šipkami vyberte, Enter potvrdí.")
                               .format(len(rows)) if len(rows) < 50 else
                               self.tr("Nalezeno víc než 50 – upřesněte hledání."))
            self.results.setFocus()
            self.results.selectRow(0)
        else:
            self.found.setText(self.tr("Nikdo takový v evidenci není – založte novou osobu "
                                       "(Ctrl+N)."))

    def pick_row(self, row: int) -> None:
        p = self.model.row(row)
        if p is not None:
            self.use_existing(p.id)

    def use_existing(self, person_id: str) -> None:
        try:
            self.context = person_context(self.ctx.db, self.ctx.actor, person_id)
        except KmbError as exc:
            self.found.setText(exc.message)
            return
        self.mode = "existing"
        self.duplicates = []
        self.dup_box.hide()
        self._fill_card()
        self.stack.setCurrentIndex(1)
        mark(self.search, self.error, None)
        self.person_changed.emit()
        self.dirty.emit()

    def _fill_card(self) -> None:
        c = self.context
        self.card_name.setText(c.name)
        lines = []
        born = shown_date(c.birth_date)
        ident = " · ".join(p for p in (self.tr("nar. {0}").format(born) if born else "",
                                       self.tr("RČ {0}").format(c.birth_number)
                                       if c.birth_number else "", c.address) if p)
        lines.append(ident or self.tr("bez data narození a adresy"))
        if c.contacts:
            lines.append(self.tr("Kontaktů: {0}, naposledy {1}").format(
                c.contacts, format_datetime(c.last_contact)))
        else:
            lines.append(self.tr("První kontakt s KMB"))
        if c.open_case_number:
            lines.append("<b>" + self.tr("Otevřený případ {0} ({1})").format(
                c.open_case_number, c.open_case_worker or self.tr("nepřidělen")) + "</b>")
        if c.need_state is not None:
            state = tl(c.need_state)
            if c.need_valid_until:
                state += " " + self.tr("do {0}").format(shown_date(c.need_valid_until))
            lines.append(self.tr("Zákon o podpoře bydlení: {0}").format(state))
        self.card_info.setText("<br>".join(lines))

    def back_to_search(self) -> None:
        self.mode = "none"
        self.context = None
        self.stack.setCurrentIndex(0)
        self.person_changed.emit()
        self.search.setFocus()
        self.search.selectAll()

    # -- new person ----------------------------------------------------------------
    def start_new(self) -> None:
        if self.mode != "new":
            self.new_form.clear()
            self.new_form.prefill(self.search.text())
        self.mode = "new"
        self.context = None
        self.stack.setCurrentIndex(2)
        self.person_changed.emit()
        self.dirty.emit()
        first_empty = next((w for w in (self.new_form.given_name, self.new_form.surname,
                                        self.new_form.birth_date) if not w.text()),
                           self.new_form.birth_number)
        if self.new_form.order_box.isVisibleTo(self):
            first_empty = self.new_form.swap_button     # Space swaps, Tab goes on
        first_empty.setFocus()
        self._dup_timer.start()

    def _new_person_typed(self) -> None:
        self.dirty.emit()
        self.person_changed.emit()
        self._dup_timer.start()

    def check_duplicates(self) -> None:
        """While a new person is typed: is someone like them already registered?"""
        if self.mode != "new":
            return
        try:
            data = self.new_form.value()
            self.duplicates = (check_duplicates(self.ctx.db, self.ctx.actor, data)
                               if data.surname and data.given_name else [])
        except ValidationError:
            self.duplicates = []
        if self.duplicates:
            d = self.duplicates[0]
            self.dup_text.setText(self.tr("Pozor, možná už je v evidenci: <b>{0}</b>, nar. {1}, "
                                          "{2} ({3}).").format(
                d.name, shown_date(d.birth_date) or "—", d.address or "—",
                self.tr(d.reason_label)))
            self.dup_box.show()
        else:
            self.dup_box.hide()

    def new_birth_date(self):
        try:
            return self.new_form.birth_date.value()
        except ValidationError:
            return None

    # -- the form ------------------------------------------------------------------
    def show_errors(self, errors: dict) -> list[QWidget]:
        bad = []
        if "person" in errors:
            mark(self.search, self.error, errors["person"])
            bad.append(self.search)
        else:
            mark(self.search, self.error, None)
        if self.mode == "new":
            bad += self.new_form.show_errors(errors)
        return bad

    def reset(self) -> None:
        self.search.clear()
        self.model.set_rows([])
        self.found.clear()
        self.new_form.clear()
        self.dup_box.hide()
        self.duplicates = []
        self.back_to_search()
        mark(self.search, self.error, None)
