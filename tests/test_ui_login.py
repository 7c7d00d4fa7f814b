"""Signing in, the first start, the users tab and the idle lock, as a person uses them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.auth import NewUser, authenticate, create_user, has_passwords
from app.installation import current
from models.staff import Role
from ui import app as ui_app
from ui.login import FirstPasswordDialog, IdleLock, LockDialog, LoginDialog
from ui.settings.users_tab import NewUserDialog, UsersTab

from .ui_helpers import make_context, open_window, type_text


def test_first_start_sets_the_admin_password_then_signs_in(qtbot, db, monkeypatch):
    seen = []

    def first_exec(dialog):
        type_text(qtbot, dialog.password, "kratke")
        type_text(qtbot, dialog.again, "kratke")
        dialog.save()
        seen.append(dialog.errors.message("password"))
        dialog.password.clear()
        dialog.again.clear()
        type_text(qtbot, dialog.password, "správce-heslo")
        type_text(qtbot, dialog.again, "správce-heslo")
        dialog.save()
        return dialog.result()

    def login_exec(dialog):
        assert dialog.username.text() == "admin"
        type_text(qtbot, dialog.password, "spatne")
        dialog.sign_in()
        seen.append(dialog.error.text())
        type_text(qtbot, dialog.password, "správce-heslo")
        dialog.sign_in()
        return dialog.result()

    monkeypatch.setattr(FirstPasswordDialog, "exec", first_exec)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    ctx = ui_app.sign_in(db, None)
    assert ctx is not None and ctx.actor.name.startswith("Správce")
    assert "alespoň 8 znaků" in seen[0] and "Nesprávné" in seen[1]
    assert has_passwords(db)


def test_closing_the_login_ends_the_app(qtbot, db, admin, monkeypatch):
    create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                   "heslo-heslo", "heslo-heslo"))
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.Rejected)
    assert ui_app.sign_in(db, "jana") is None


def test_lead_creates_a_worker_account(qtbot, db, admin, tmp_path, monkeypatch):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    before = tab.model.rowCount()

    def fill(dialog):
        type_text(qtbot, dialog.full_name, "Lucie Marková")
        type_text(qtbot, dialog.username, "lucie.markova")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SOCIAL_WORKER))
        type_text(qtbot, dialog.password, "terén-2026")
        type_text(qtbot, dialog.again, "terén-2027")
        dialog.save()
        assert "neshodují" in dialog.errors.message("password_again")
        dialog.again.clear()
        type_text(qtbot, dialog.again, "terén-2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert tab.model.rowCount() == before + 1
    assert authenticate(db, "lucie.markova", "terén-2026").name == "Lucie Marková"


def test_idle_window_locks_and_opens_with_the_password(qtbot, db, admin, tmp_path, monkeypatch):
    create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                   "heslo-heslo", "heslo-heslo"))
    jana = authenticate(db, "jana", "heslo-heslo")
    ctx = make_context(db, jana, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    now = [0.0]
    lock = IdleLock(window, db, jana, minutes=10, clock=lambda: now[0])
    shown = []

    def unlock(dialog):
        shown.append(window.isVisible())
        type_text(qtbot, dialog.password, "spatne")
        dialog.unlock()
        assert dialog.error.isVisibleTo(dialog)
        type_text(qtbot, dialog.password, "heslo-heslo")
        dialog.unlock()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", unlock)
    now[0] = 9 * 60
    lock.check()
    assert shown == []                      # not yet
    now[0] = 11 * 60
    lock.check()
    assert shown == [False] and window.isVisible()
    assert current(db).id
