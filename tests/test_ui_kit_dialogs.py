"""Dialogs moved onto the kit's FormDialog (issue 10, item 4), used as a person
would: a refusal is shown at its field and the dialog stays open with what was
typed; nothing is stored until the service accepts it. Also the dialogs moved
later that had no test of their own (merge), and the kit's own promises (a
body widget, a second action, staying open, no session before sign-in)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import select

from app.auth import NewUser, authenticate, create_user
from app.errors import KmbError, NotFound, ValidationError
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person
from models.allocation import Application, ApplicationState
from models.audit import AuditEvent
from models.staff import Role
from ui.allocation.page import CloseDialog
from ui.intake.duplicates_tab import MergeDialog
from ui.settings.users_tab import PasswordDialog, UsersTab
from ui.widgets.dialogs import FormDialog, KeepOpen

from .ui_helpers import make_context, open_window, type_text


def fake_exec(qtbot, fill):
    """exec() in the test: show the dialog, let ``fill`` use it, return its result."""
    def exec_(self):
        qtbot.addWidget(self)
        self.show()
        fill(self)
        return self.result()
    return exec_


def test_exclude_an_application_asks_for_the_reason_in_the_dialog(qtbot, town_db, tmp_path,
                                                                   monkeypatch):
    from app.security import actor_from_user, find_user
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("applications")
    qtbot.waitUntil(page.loader.ready, timeout=30_000)
    row = next(i for i in range(page.model.rowCount())
               if page.model.row(i).state == ApplicationState.ACTIVE)
    app_id = page.model.row(row).id
    page.select_row(row)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == app_id,
                    timeout=15_000)
    with town_db.reading() as s:
        note_before = s.get(Application, app_id).note
    seen = {}

    def fill(dlg):
        dlg.kind.setCurrentIndex(dlg.kind.findData(ApplicationState.EXCLUDED))
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)       # no reason yet
        seen["open"] = dlg.isVisible()
        seen["error"] = dlg.errors.message("note")
        with town_db.reading() as s:
            seen["state"] = s.get(Application, app_id).state
        type_text(qtbot, dlg.reason, "Neposkytla součinnost ani po výzvě.")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    monkeypatch.setattr(CloseDialog, "exec", fake_exec(qtbot, fill))
    qtbot.mouseClick(page.detail.withdraw_button, Qt.LeftButton)

    assert seen["open"] and "důvod" in seen["error"]
    assert seen["state"] == ApplicationState.ACTIVE                # nothing half-saved
    with town_db.reading() as s:
        app = s.get(Application, app_id)
        assert app.state == ApplicationState.EXCLUDED
        assert app.note.endswith("Neposkytla součinnost ani po výzvě.")
        assert (note_before or "") in app.note
        assert s.scalars(select(AuditEvent).where(AuditEvent.entity_id == app_id,
                                                  AuditEvent.action == "state")).first()
    assert page.detail.message.text().startswith("Žádost: ")


    def shown_state():          # the list is re-read: excluded, or gone from its filter
        rows = [page.model.row(i) for i in range(page.model.rowCount())]
        return next((r.state for r in rows if r.id == app_id), None)
    qtbot.waitUntil(lambda: shown_state() in (None, ApplicationState.EXCLUDED), timeout=15_000)


def test_set_a_password_refuses_a_mismatch_then_signs_in(qtbot, db, admin, tmp_path,
                                                         monkeypatch):
    create_user(db, admin, NewUser("eva.nova", "Eva Nová", Role.SOCIAL_WORKER,
                                   "první-heslo", "první-heslo"))
    tab = UsersTab(make_context(db, admin, tmp_path / "ui.ini"))
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row(r).full_name == "Eva Nová")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    seen = {}

    def fill(dlg):
        assert dlg.windowTitle() == "Heslo – Eva Nová"
        type_text(qtbot, dlg.password, "nové-heslo-evy")
        type_text(qtbot, dlg.again, "nove-heslo-evy")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
        seen["open"] = dlg.isVisible()
        seen["error"] = dlg.errors.message("password_again")
        try:
            authenticate(db, "eva.nova", "nové-heslo-evy")
            seen["changed"] = True
        except KmbError:
            seen["changed"] = False
        dlg.again.clear()
        type_text(qtbot, dlg.again, "nové-heslo-evy")
        qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
        seen["closed"] = not dlg.isVisible()
    monkeypatch.setattr(PasswordDialog, "exec", fake_exec(qtbot, fill))
    qtbot.mouseClick(tab.password_button, Qt.LeftButton)

    assert seen["open"] and "neshodují" in seen["error"] and not seen["changed"]
    assert seen["closed"]
    assert authenticate(db, "eva.nova", "nové-heslo-evy").name == "Eva Nová"


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
