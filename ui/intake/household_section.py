"""Intake, step 2: the household — who lives with the client and how they
are related. Existing members are shown; new ones are added in a small
dialog (with the same duplicate check as the client)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from app.formatting import format_date
from app.intake.duplicates import check_duplicates
from app.intake.service import MemberInput
from app.people.records import PersonInput
from models.people import Relation

from ..context import UiContext
from ..labels import shown_date, tl
from ..widgets.dialogs import FormDialog, KeepOpen
from ..widgets.fields import DateField
from ..widgets.sections import Section, error_label, hint, mark
from ..widgets.table_model import Col, RowsModel

_T = "HouseholdSection"


@dataclass
class MemberRow:
    name: str
    birth_date: dt.date | None
    relation: Relation
    new: MemberInput | None = None       # None: already a member


class _Model(RowsModel):
    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid():
            return QColor("#1b2b38") if self.rows[index.row()].new else QColor("#6b7a86")
        return super().data(index, role)


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("HouseholdSection", "Jméno"), lambda m: m.name, context=_T),
    Col(QT_TRANSLATE_NOOP("HouseholdSection", "Narozen(a)"),
        lambda m: format_date(m.birth_date), context=_T),
    Col(QT_TRANSLATE_NOOP("HouseholdSection", "Vztah ke klientovi"),
        lambda m: tl(m.relation), context=_T),
]
MEMBER_RELATIONS = [r for r in Relation if r != Relation.HEAD]


class MemberDialog(FormDialog):
    """A new household member; offers an existing record if one matches."""

    def __init__(self, ctx: UiContext, surname: str = "", parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Člen domácnosti"), parent=parent, ok_text=tr("Přidat"), width=380)
        self.ctx = ctx
        self.result_member: MemberInput | None = None
        self.given_name = QLineEdit()
        self.surname = QLineEdit(surname)
        self.birth_date = DateField()
        self.relation = QComboBox()
        for r in MEMBER_RELATIONS:
            self.relation.addItem(tl(r), r)
        self.relation.setCurrentIndex(MEMBER_RELATIONS.index(Relation.CHILD))
        for name, text, widget in (
                ("given_name", self.tr("&Jméno *"), self.given_name),
                ("surname", self.tr("Pří&jmení *"), self.surname),
                ("birth_date", self.tr("Datum &narození"), self.birth_date),
                ("relation", self.tr("&Vztah ke klientovi"), self.relation)):
            self.add(name, text, widget)
            self.rows.labelForField(widget.parentWidget()).setBuddy(widget)
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()
        self.main.insertWidget(self.main.indexOf(self.general_error), self.duplicate)
        self.use_existing = self.add_action(tr("Použít existující"), self._use_existing)
        self.use_existing.hide()
        self._candidates = []
        self._checked = None
        self.given_name.setFocus()

    def add_member(self) -> None:
        self._ok()

    def _data(self) -> PersonInput:
        return PersonInput(given_name=self.given_name.text(), surname=self.surname.text(),
                           birth_date=self.birth_date.value("birth_date"))

    def submit(self) -> None:
        data = self._data()
        candidates = check_duplicates(self.ctx.db, self.ctx.actor, data)
        key = (data.given_name, data.surname, data.birth_date)
        if candidates and self._checked != key:
            # first OK with a match: show it and let the worker choose
            self._candidates, self._checked = candidates, key
            c = candidates[0]
            self.duplicate.setText(self.tr("Tato osoba už je možná v evidenci: <b>{0}</b>, "
                                           "nar. {1}, {2}. Použijte existující záznam, nebo "
                                           "znovu stiskněte Přidat.").format(
                c.name, shown_date(c.birth_date) or "—", c.address or "—"))
            self.duplicate.show()
            self.use_existing.show()
            raise KeepOpen()      # first Přidat with a match: the worker chooses
        self.result_member = MemberInput(self.relation.currentData(), person=data)
        self.display_name = f"{data.surname} {data.given_name}"
        self.display_birth = data.birth_date

    def _use_existing(self) -> None:
        c = self._candidates[0]
        self.result_member = MemberInput(self.relation.currentData(), person_id=c.id)
        self.display_name = c.name
        self.display_birth = c.birth_date


class HouseholdSection(Section):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__("2", self.tr("Domácnost"), parent)
        self.ctx = ctx
        self.surname = ""
        self.model = _Model(COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 90)
        self.table.setFixedHeight(self._height(3))
        self.table.setFocusPolicy(Qt.ClickFocus)
        self.info = hint()
        self.add_button = QPushButton(self.tr("Přidat člena…"))
        self.add_button.setToolTip(self.tr("Přidat člena domácnosti (Ctrl+M)"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Odebrat"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        self.body.addWidget(self.table)
        self.body.addLayout(buttons)
        self.body.addWidget(self.error)
        self.existing: list[MemberRow] = []
        self.new: list[MemberRow] = []
        self.household_name: str | None = None
        self.sex: str | None = None
        self.set_person(None, None, [])

    def set_person(self, surname: str | None, household: str | None, members,
                   sex: str | None = None) -> None:
        """The selected client (None: nobody yet), their current household and
        sex ("M"/"F"/None, for "žije sám" or "žije sama")."""
        self.surname = surname or ""
        self.household_name = household
        self.sex = sex
        self.existing = [MemberRow(m.name, m.birth_date, m.relation) for m in members]
        self.add_button.setEnabled(surname is not None)
        self._refresh()

    def _update_info(self) -> None:
        """"Žije sám/sama" only while nobody else is listed, in the person's form."""
        if not self.add_button.isEnabled():
            text = self.tr("Nejdřív vyberte nebo založte klienta.")
        elif self.household_name:
            text = self.tr("Domácnost {0}").format(self.household_name)
        elif self.existing or self.new:
            text = self.tr("Členů domácnosti kromě klienta: {0}").format(
                len(self.existing) + len(self.new))
        elif self.sex == "F":
            text = self.tr("Žije sama, nebo přidejte členy domácnosti (Ctrl+M).")
        elif self.sex == "M":
            text = self.tr("Žije sám, nebo přidejte členy domácnosti (Ctrl+M).")
        else:
            text = self.tr("Zatím bez dalších členů domácnosti – přidejte je (Ctrl+M).")
        self.info.setText(text)

    def _height(self, rows: int) -> int:
        return self.table.horizontalHeader().sizeHint().height() + 24 * rows + 4

    def _refresh(self) -> None:
        self.model.set_rows(self.existing + self.new)
        self.table.setFixedHeight(self._height(min(max(len(self.model.rows), 3), 7)))
        self.remove_button.setEnabled(bool(self.new))
        self._update_info()
        self.changed.emit()

    def add_member(self) -> None:
        if not self.add_button.isEnabled():
            return
        dlg = MemberDialog(self.ctx, self.surname, parent=self)
        if dlg.exec() and dlg.result_member is not None:
            self.new.append(MemberRow(dlg.display_name, dlg.display_birth,
                                      dlg.result_member.relation, dlg.result_member))
            self._refresh()

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        item = self.model.row(row)
        if item is not None and item.new is not None:
            self.new.remove(item)
        elif self.new:
            self.new.pop()
        self._refresh()

    def members(self) -> list[MemberInput]:
        return [m.new for m in self.new]

    def composition(self) -> list[tuple]:
        """(birth date, relation) of the members, for the životní minimum."""
        return [(m.birth_date, m.relation) for m in self.existing + self.new]

    def show_errors(self, errors: dict) -> list[QWidget]:
        msgs = [f"{self.new[int(k.split('.')[1])].name}: {v}" for k, v in errors.items()
                if k.startswith("members.") and int(k.split(".")[1]) < len(self.new)]
        mark(self.table, self.error, "; ".join(msgs) or None)
        return [self.add_button] if msgs else []

    def reset(self) -> None:
        self.new = []
        self.set_person(None, None, [])
