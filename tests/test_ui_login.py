"""Signing in, the first start, the users tab and the idle lock, as a person uses them."""
from __future__ import annotations

import json
import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.auth import NewUser, authenticate, create_user
from app.config import sqlite_url
from app.db import SQLITE_HEADER
from app.installation import current
from app.keyslots import parse_recovery
from app.signin import SignInRefused, sign_in
from models.staff import Role
from ui import app as ui_app
from ui.login import Cover, FirstPasswordDialog, IdleLock, LockDialog, LoginDialog, \
    RecoveryKeyDialog
from ui.settings.users_tab import NewUserDialog, UsersTab

from .keys import TEST_PASSWORD
from .ui_helpers import make_context, open_window, type_text


@pytest.mark.sqlite_only("the first start creates an encrypted SQLite file and its recovery "
                         "key; a server database is created by `kmb init`")
def test_first_start_creates_an_encrypted_office_and_shows_the_recovery_key(
        qtbot, tmp_path, monkeypatch):
    path = tmp_path / "nova" / "kmb.sqlite"
    seen = {}

    def first_exec(dialog):
        type_text(qtbot, dialog.password, "kratke")
        type_text(qtbot, dialog.again, "kratke")
        dialog.save()
        seen["short"] = dialog.errors.message("password")
        dialog.password.clear()
        dialog.again.clear()
        type_text(qtbot, dialog.password, "správce-heslo")
        type_text(qtbot, dialog.again, "správce-heslo")
        dialog.save()
        return dialog.result()

    def recovery_exec(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        seen["enabled_before"] = ok.isEnabled()
        dialog.show()
        dialog.reject()                          # Esc does not skip the key
        seen["still_open"] = dialog.isVisible()
        qtbot.mouseClick(dialog.written, Qt.LeftButton)
        seen["key"] = dialog.key.text()
        qtbot.mouseClick(ok, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FirstPasswordDialog, "exec", first_exec)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", recovery_exec)
    ui_app.make_application(lang="cs")
    ctx = ui_app.sign_in(str(path), None)
    assert ctx is not None and ctx.actor.name.startswith("Správce")
    assert "alespoň 8 znaků" in seen["short"]
    assert seen["enabled_before"] is False and seen["still_open"]
    assert re.fullmatch(r"([A-Z2-7]{5}-){11}[A-Z2-7]", seen["key"])
    key = parse_recovery(seen["key"])
    assert key == ctx.db.key
    ctx.db.close()
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert (path.stat().st_mode & 0o777) == 0o600
    assert seen["key"].replace("-", "") not in (tmp_path / "nova" / "kmb.sqlite.keys").read_text()


def test_login_unlocks_the_database(qtbot, db, monkeypatch):
    path = db.url                           # the file, or the server database
    db.close()
    seen = []

    def login_exec(dialog):
        assert dialog.username.text() == "admin"
        type_text(qtbot, dialog.password, "spatne")
        dialog.sign_in()
        seen.append(dialog.error.text())
        type_text(qtbot, dialog.password, TEST_PASSWORD)
        dialog.sign_in()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    ui_app.make_application(lang="cs")
    ctx = ui_app.sign_in(str(path), "admin")
    assert ctx is not None and ctx.actor.name.startswith("Správce")
    assert "Nesprávné" in seen[0]
    assert current(ctx.db).name == "Testovací úřad"
    ctx.db.close()


def test_closing_the_login_ends_the_app(qtbot, db, admin, monkeypatch):
    create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                   "heslo-heslo", "heslo-heslo"))
    path = db.url
    db.close()
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.Rejected)
    assert ui_app.sign_in(str(path), "jana") is None


def test_login_backs_off_after_five_failures_and_audits_them(qtbot, db, monkeypatch):
    server, url = db.server, db.url
    path = db.path
    db.close()
    messages = []
    # the server counts the 2 s back-off from the audit trail: its clock stops
    # at the fifth failure, so that a slow sign-in (a loaded machine) is still "too soon"
    import app.signin as signin
    real_now, stopped = signin.utcnow, []
    monkeypatch.setattr(signin, "utcnow", lambda: stopped[0] if stopped else real_now())

    def login_exec(dialog):
        for attempt in range(6):
            type_text(qtbot, dialog.password, "hadam-heslo")
            dialog.sign_in()
            messages.append(dialog.error.text())
            if attempt == 4:
                stopped.append(real_now())
        type_text(qtbot, dialog.password, TEST_PASSWORD)   # right, but too soon
        dialog.sign_in()
        messages.append(dialog.error.text())
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    ui_app.make_application(lang="cs")
    assert ui_app.sign_in(url, "admin") is None
    assert all("Nesprávné" in m for m in messages[:5])
    assert "Příliš mnoho" in messages[5] and "Příliš mnoho" in messages[6]
    stopped.clear()
    if server:     # the failures are counted in the audit trail: wait out the 2 s
        database = _sign_in_after_backoff(url)
    else:
        database = _sign_in_an_hour_later(path)
    from sqlalchemy import select
    from models.audit import AuditEvent
    with database.reading() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.detail)
                           .order_by(AuditEvent.seq)).all()
    database.close()
    failed = [detail for action, detail in events if action == "login_failed"]
    assert len(failed) == 5 and events[-1][0] == "login"     # refused attempts are not counted
    # both backends record the same fields: the attempt's number and whether it backs off
    details = [json.loads(d) for d in failed]
    assert [d["attempt"] for d in details] == [1, 2, 3, 4, 5]
    assert [d["backoff"] for d in details] == [False] * 4 + [True]
    assert all(d["username"] == "admin" and d["at"] for d in details)


def _sign_in_after_backoff(url):
    deadline = time.monotonic() + 30
    while True:
        try:
            return sign_in(url, "admin", TEST_PASSWORD)[0]
        except SignInRefused as exc:
            assert "Příliš mnoho" in str(exc)
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _sign_in_an_hour_later(path):
    keys_file = path.with_name(path.name + ".keys")
    data = json.loads(keys_file.read_text())
    assert data["failures"]["count"] == 5            # refused attempts do not run the KDF
    data["failures"]["last"] -= 3600                 # an hour later
    keys_file.write_text(json.dumps(data))
    return sign_in(str(path), "admin", TEST_PASSWORD)[0]


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
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        assert "neshodují" in dialog.errors.message("password_again")
        dialog.again.clear()
        type_text(qtbot, dialog.again, "terén-2026")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert tab.model.rowCount() == before + 1
    assert authenticate(db, "lucie.markova", "terén-2026").name == "Lucie Marková"
    url = db.url
    db.close()
    other, lucie = sign_in(url, "lucie.markova", "terén-2026")   # her slot opens it
    assert lucie.name == "Lucie Marková"
    other.close()


def test_idle_lock_covers_every_window_and_dialog(qtbot, db, admin, tmp_path, monkeypatch):
    create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                   "heslo-heslo", "heslo-heslo"))
    jana = authenticate(db, "jana", "heslo-heslo")
    ctx = make_context(db, jana, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    person = QDialog(window)                 # an open dialog showing a rodné číslo
    person.setWindowTitle("Osoba – Řehoř Šťastný")
    QVBoxLayout(person).addWidget(QLabel("Rodné číslo 840517/1234"))
    qtbot.addWidget(person)
    person.show()
    now = [0.0]
    lock = IdleLock(window, db, jana, minutes=10, clock=lambda: now[0])
    during = []

    def unlock(dialog):
        for w in (window, person):
            covers = [c for c in w.findChildren(Cover, options=Qt.FindDirectChildrenOnly)
                      if c.isVisible()]
            during.append((w.windowTitle(), bool(covers) and covers[0].geometry() == w.rect()))
        type_text(qtbot, dialog.password, "spatne")
        dialog.unlock()
        assert dialog.error.isVisibleTo(dialog)
        type_text(qtbot, dialog.password, "heslo-heslo")
        dialog.unlock()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", unlock)
    now[0] = 9 * 60
    lock.check()
    assert during == []                      # not yet
    now[0] = 11 * 60
    lock.check()
    assert during == [("KMB Desk", True), ("KMB Desk", True)]
    assert person.isVisible() and person.windowTitle() == "Osoba – Řehoř Šťastný"
    assert not [c for c in person.findChildren(Cover) if c.isVisible()]
    assert window.isVisible() and current(db).id


@pytest.mark.sqlite_only("the demo is a SQLite file; an office file reached through a symlink "
                         "at the demo path")
def test_demo_opens_only_a_real_demo_file(qtbot, town_path, db, _data_dir):
    """``kmb --demo`` opens the demo without a password, but a symlink at the
    demo path (to a real office) or an office's database there is refused."""
    from app.config import demo_database_path
    from app.errors import KmbError
    ctx = ui_app.demo_context(town_path, None)
    assert ctx.demo and ctx.actor.name == "Jana Dvořáková"
    ctx.db.close()
    office = db.path
    db.close()
    demo = demo_database_path()
    demo.parent.mkdir(parents=True, exist_ok=True)
    demo.symlink_to(office)
    app = ui_app.make_application(lang="cs")
    with pytest.raises(KmbError, match="odkaz"):
        ui_app._ensure_demo(app)
    with pytest.raises(KmbError):          # the office itself, not through a symlink
        ui_app.demo_context(office, None)
    assert sqlite_url(office)
