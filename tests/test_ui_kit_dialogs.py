"""Dialogs moved onto the kit's FormDialog that had no pytest-qt test of their
own, used as a person would; and the kit's own promises (a body widget, a
second action, staying open on a refusal, no session before sign-in)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from app.errors import KmbError, NotFound, ValidationError
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person
from ui.intake.duplicates_tab import MergeDialog
from ui.widgets.dialogs import FormDialog, KeepOpen

from .ui_helpers import make_context, type_text


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)


def _two(db, admin, birth_numbers=(None, None)) -> tuple[str, str]:
    a = create_person(db, admin, PersonInput(
        given_name="Růžena", surname="Šťastná", birth_date=dt.date(1961, 4, 2),
        birth_number=birth_numbers[0], phone="+420 603 222 111"))
    b = create_person(db, admin, PersonInput(
        given_name="Růžena", surname="Šťastná", birth_date=dt.date(1961, 4, 2),
        birth_number=birth_numbers[1], note="volala z Úpice"))
    return a, b


def test_merge_dialog_keeps_the_chosen_record(qtbot, db, admin, tmp_path):
    a, b = _two(db, admin)
    ctx = make_context(db, admin, tmp_path / "s.ini")
    dlg = MergeDialog(ctx, a, b)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Sloučit záznamy osoby"
    assert dlg.ok_button.text() == "Sloučit"
    radios = dlg.keep.buttons()
    assert [r.property("person_id") for r in radios] == [a, b]
    _click(qtbot, radios[1])                       # keep the second record
    assert dlg.survivor() == b
    _click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.Accepted
    kept = person_detail(db, admin, b)
    assert kept.phone == "+420 603 222 111"        # filled in from the merged one
    assert "volala z Úpice" in (kept.note or "")
    with pytest.raises(NotFound):
        person_detail(db, admin, a)


def test_merge_dialog_stays_open_on_a_refusal_and_changes_nothing(qtbot, db, admin, tmp_path):
    a, b = _two(db, admin, ("6154020004", "6154020015"))
    ctx = make_context(db, admin, tmp_path / "s.ini")
    dlg = MergeDialog(ctx, a, b)
    qtbot.addWidget(dlg)
    dlg.show()
    _click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert dlg.general_error.isVisible()
    assert "různá rodná čísla" in dlg.general_error.text()
    assert person_detail(db, admin, a).phone == "+420 603 222 111"
    assert person_detail(db, admin, b).phone in (None, "")   # nothing half-merged
    dlg.reject()


class _Probe(FormDialog):
    """A dialog with a body widget and a second action, built before any
    session exists (as the sign-in dialogs are)."""

    def __init__(self):
        super().__init__("Zkouška", "Úvod", ok_text="Uložit", cancel_text="Konec")
        self.body = self.set_body(QLineEdit())
        self.name = self.add("name", "Jméno", QLineEdit())
        self.other = self.add_action("Jinak", self.otherwise)
        self.log = []

    def submit(self) -> None:
        if not self.name.text().strip():
            raise ValidationError("Vyplňte jméno.", field="name")
        if self.name.text() == "počkej":
            raise KeepOpen()
        if self.name.text() == "ne":
            raise KmbError("Nejde to.")
        self.log.append(("uloženo", self.name.text()))

    def otherwise(self) -> None:
        self.log.append(("jinak", self.body.text()))


def test_form_dialog_body_actions_and_refusals(qtbot):
    dlg = _Probe()
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.cancel_button.text() == "Konec"
    _click(qtbot, dlg.ok_button)                              # empty: error at the field
    assert dlg.isVisible() and dlg.errors.message("name") == "Vyplňte jméno."
    type_text(qtbot, dlg.name, "ne")
    _click(qtbot, dlg.ok_button)                              # a refusal below the form
    assert dlg.isVisible() and dlg.general_error.text() == "Nejde to."
    dlg.name.setText("počkej")
    _click(qtbot, dlg.ok_button)                              # stays open, no error line
    assert dlg.isVisible() and not dlg.general_error.isVisible() and dlg.log == []
    type_text(qtbot, dlg.body, "Žďár")
    _click(qtbot, dlg.other)                                  # the second action closes it
    assert dlg.result() == QDialog.Accepted and dlg.log == [("jinak", "Žďár")]


def test_a_lock_dialog_has_no_cancel(qtbot, db, admin):
    from ui.login import LockDialog
    dlg = LockDialog(db, admin)
    qtbot.addWidget(dlg)
    assert dlg.cancel_button is None
    dlg.show()
    qtbot.keyClick(dlg, Qt.Key_Escape)                        # Esc does not unlock
    assert dlg.isVisible()
    type_text(qtbot, dlg.password, "špatně")
    _click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and dlg.error.text() == "Nesprávné heslo."
    assert dlg.password.text() == ""
