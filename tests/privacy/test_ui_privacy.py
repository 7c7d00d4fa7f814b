"""Nastavení → Role and Nastavení → Audit used as the administrator would:
untick a permission and save (it applies at the next sign-in), restore the
defaults; filter the audit trail, verify it, notice tampering, export it.
A social worker sees neither tab."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from app.auth import NewUser, create_user
from app.cases.tasks import my_tasks
from app.errors import PermissionDenied
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person
from app.security import Actor, Permission, actor_from_user
from models.audit import AuditEvent
from models.staff import Role, User

from ..ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section


def _tab(window, title):
    return open_section(window, title)


def _sign_in(db, username):
    with db.reading() as s:
        return actor_from_user(s.scalars(select(User).where(User.username == username)).one())


def test_role_grid_changes_a_permission_and_restores_defaults(qtbot, db, admin, tmp_path):
    create_user(db, admin, NewUser("petr.majetek", "Petr Majetek", Role.PROPERTY,
                                   "heslo-12345", "heslo-12345"))
    window = open_window(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab = _tab(window, "Role")
    row = tab.perms.index(Permission.VIEW_TASKS)
    col = tab.roles.index(Role.PROPERTY)
    assert tab.grid.verticalHeaderItem(row).text() == "vlastní úkoly a úkoly svého odboru"
    item = tab.grid.item(row, col)
    assert item.checkState() == Qt.Checked
    rect = tab.grid.visualItemRect(item)
    qtbot.mouseClick(tab.grid.viewport(), Qt.LeftButton, pos=rect.center())
    if item.checkState() == Qt.Checked:              # a click on the cell, not on the box
        item.setCheckState(Qt.Unchecked)
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    with pytest.raises(PermissionDenied):
        my_tasks(db, _sign_in(db, "petr.majetek"))
    # the administrator's own keys cannot be unticked
    admin_col = tab.roles.index(Role.ADMIN)
    fixed = tab.grid.item(tab.perms.index(Permission.MANAGE_USERS), admin_col)
    assert not fixed.flags() & Qt.ItemIsEnabled
    qtbot.mouseClick(tab.reset_button, Qt.LeftButton)
    assert tab.grid.item(row, col).checkState() == Qt.Checked
    my_tasks(db, _sign_in(db, "petr.majetek"))


def test_audit_viewer_filters_verifies_and_exports(qtbot, db, admin, tmp_path):
    pid = create_person(db, admin, PersonInput(given_name="Jana", surname="Nováková",
                                               birth_date=dt.date(1980, 1, 1)))
    person_detail(db, admin, pid)
    window = open_window(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab = _tab(window, "Audit")
    assert tab.model.rowCount() > 0
    type_text(qtbot, tab.person, pid)
    tab.action.setCurrentIndex(tab.action.findData("open"))
    qtbot.mouseClick(tab.search_button, Qt.LeftButton)
    assert [r.action for r in tab.model.rows] == ["open"]
    assert tab.model.index(0, 2).data() == admin.name
    qtbot.mouseClick(tab.verify_button, Qt.LeftButton)
    assert tab.status.text() == "Auditní záznam je neporušený."
    target = tmp_path / "audit.xlsx"
    tab.export_to(str(target))
    wb = load_workbook(target)
    assert wb.sheetnames == ["Auditní záznam"] and wb.active["D2"].value == "otevření"
    with db.transaction() as s:                     # someone edits the trail
        s.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(user_name="Někdo"))
    qtbot.mouseClick(tab.verify_button, Qt.LeftButton)
    assert "porušený" in tab.status.text() and "č. 2" in tab.status.text()


def test_a_social_worker_sees_neither_tab(qtbot, db, admin, tmp_path):
    worker = Actor(admin.user_id, "Jana Dvořáková", Role.SOCIAL_WORKER)
    window = open_window(qtbot, make_context(db, worker, tmp_path / "ui.ini"))
    assert _tab(window, "Role") is None and _tab(window, "Audit") is None
