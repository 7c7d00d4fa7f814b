"""Nastavení → Uživatelé as the administrator uses it: a worker received from
another installation shows by name and gets a local login; blocking an account
gives the database a new key and shows (and prints) the new recovery key."""
from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.auth import NewUser, create_user
from app.keyslots import KeyFile, SignInRefused, parse_recovery
from app.signin import sign_in
from app.sync.codec import local_on_insert
from app.security import ROLE_LABELS
from models.audit import AuditEvent
from models.staff import Role, User
from ui.login import RecoveryKeyDialog
from ui.settings.users_tab import GiveLoginDialog, UsersTab
from ui.widgets.pdf_preview import PdfPreviewDialog

from .keys import TEST_PASSWORD
from .ui_helpers import make_context, type_text


def _receive_worker(db, full_name: str) -> str:
    """A worker as a bundle import stores one: shared name, local placeholders."""
    uid = str(uuid.uuid4())
    with db.transaction() as s:
        s.add(User(id=uid, full_name=full_name, email="alena@example.cz",
                   **local_on_insert("user", {"id": uid})))
    return uid


def _select(qtbot, tab, full_name: str) -> int:
    for row in range(tab.model.rowCount()):
        if tab.model.row(row).full_name == full_name:
            index = tab.model.index(row, 0)
            tab.table.setCurrentIndex(index)
            return row
    raise AssertionError(full_name)


def _cells(tab, row) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]


@pytest.fixture
def received(tmp_path):
    """A worker created at the office arrives at a field laptop in a bundle."""
    from app.installation import current
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle
    from .sync_helpers import installation, link
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    uid = create_user(office, oa, NewUser("alena", "Alena Terénní", Role.SOCIAL_WORKER,
                                          "heslo-v-kancelari", "heslo-v-kancelari"))
    export_bundle(office, oa, current(laptop).id, tmp_path / "b.kmbx")
    import_bundle(laptop, la, tmp_path / "b.kmbx")
    office.close()
    yield laptop, la, uid
    laptop.close()


def test_received_worker_shows_by_name_and_gets_a_login(qtbot, received, tmp_path,
                                                         monkeypatch):
    db, admin, uid = received
    with db.reading() as s:               # arrived with a placeholder, no password
        user = s.get(User, uid)
        assert user.username == "~" + uid and user.password_hash is None
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    row = _select(qtbot, tab, "Alena Terénní")
    cells = _cells(tab, row)
    assert not any("~" in (c or "") for c in cells)
    assert cells[1] == "—" and "z jiné instalace" in cells[3]
    assert tab.login_button.isEnabled() and not tab.password_button.isEnabled()
    assert not tab.active_button.isEnabled()
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.username, "Alena Terénní")        # not a user name
        type_text(qtbot, dialog.password, "heslo-aleny")
        type_text(qtbot, dialog.again, "heslo-aleny")
        save = dialog.ok_button
        qtbot.mouseClick(save, Qt.LeftButton)
        seen["bad"] = dialog.errors.message("username")
        dialog.username.clear()
        type_text(qtbot, dialog.username, "admin")                # taken
        qtbot.mouseClick(save, Qt.LeftButton)
        seen["taken"] = dialog.errors.message("username")
        dialog.username.clear()
        type_text(qtbot, dialog.username, "alena.terenni")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.LEAD))
        qtbot.mouseClick(save, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(GiveLoginDialog, "exec", fill)
    qtbot.mouseClick(tab.login_button, Qt.LeftButton)
    assert "malá písmena" in seen["bad"] and "už existuje" in seen["taken"]
    row = _select(qtbot, tab, "Alena Terénní")
    assert _cells(tab, row)[1:4] == ["alena.terenni", ROLE_LABELS[Role.LEAD], "aktivní"]
    assert not tab.login_button.isEnabled() and tab.password_button.isEnabled()
    with db.reading() as s:
        user = s.get(User, uid)
        assert (user.username, user.role, user.full_name) == ("alena.terenni", Role.LEAD,
                                                              "Alena Terénní")
        audit = s.execute(select(AuditEvent.detail).where(AuditEvent.entity_id == uid)).all()
    assert any("alena.terenni" in d for (d,) in audit)
    path = db.path
    db.close()
    database, actor = sign_in(str(path), "alena.terenni", "heslo-aleny")   # her key slot
    assert actor.name == "Alena Terénní" and actor.role == Role.LEAD
    database.close()


def test_a_worker_with_a_login_cannot_get_a_second_one(db, admin):
    from app.errors import ValidationError
    from app.staff import Login, give_login
    uid = create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                         "heslo-jany-1", "heslo-jany-1"))
    with pytest.raises(ValidationError, match="už má přihlášení"):
        give_login(db, admin, uid, Login("jana2", Role.ADMIN, "heslo-12345", "heslo-12345"))
    with db.reading() as s:
        assert s.get(User, uid).role == Role.SOCIAL_WORKER


@pytest.mark.sqlite_only("a new SQLCipher key and key slots: a server database has no key")
def test_blocking_in_the_tab_shows_and_prints_the_new_recovery_key(qtbot, db, admin, tmp_path,
                                                                    monkeypatch):
    create_user(db, admin, NewUser("petr", "Petr Horák", Role.PROPERTY, "heslo-petra",
                                   "heslo-petra"))
    old_key = db.key
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.rekey_button.isVisible()
    seen = {}

    def show_key(dialog):
        seen["key"] = dialog.key.text()
        qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
        qtbot.mouseClick(dialog.written, Qt.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
        return dialog.result()

    def preview(dialog):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(dialog.pdf_bytes)
        seen["sheet"] = pdf[0].get_textpage().get_text_range()
        pdf.close()
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", show_key)
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
    row = _select(qtbot, tab, "Petr Horák")
    qtbot.mouseClick(tab.active_button, Qt.LeftButton)
    assert _cells(tab, row)[3] == "zablokován"
    assert parse_recovery(seen["key"]) == db.key != old_key
    assert seen["key"].split("-")[0] in seen["sheet"] and "zablokování účtu petr" in seen["sheet"]
    # the tab goes on working on the new key
    with db.reading() as s:
        assert s.scalar(select(User.active).where(User.username == "petr")) is False
    path = db.path
    db.close()
    assert KeyFile.load(path).usernames() == ["admin"]
    with pytest.raises(SignInRefused):
        sign_in(str(path), "petr", "heslo-petra")
    database, _ = sign_in(str(path), "admin", TEST_PASSWORD)
    with database.reading() as s:
        details = [json.loads(d) for (d,) in s.execute(
            select(AuditEvent.detail).where(AuditEvent.action.in_(["rekey", "print"])))]
    database.close()
    assert {"blocked": "petr", "slots": 1, "lost": []} in details
    assert any(d.get("document") == "recovery_sheet" for d in details)


@pytest.mark.sqlite_only("the recovery key opens a SQLCipher file's key slots")
def test_the_recovery_key_gives_no_login_to_a_received_worker(db, admin):
    """A received worker's placeholder name is no account: the forgotten-password
    path refuses it (a login is given in the users tab)."""
    from app.keyslots import recovery_text
    from app.signin import reset_password_with_recovery
    uid = _receive_worker(db, "Alena Terénní")
    path, key = db.path, db.key
    db.close()
    with pytest.raises(SignInRefused, match="neexistuje"):
        reset_password_with_recovery(str(path), recovery_text(key), "~" + uid, "heslo-aleny-1")
    with pytest.raises(SignInRefused):
        sign_in(str(path), "~" + uid, "heslo-aleny-1")
