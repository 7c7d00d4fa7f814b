"""Nastavení → Odbory used as people would (issue 16 item 1): the administrator
adds "Bytové oddělení" and a worker in it (the new-user form), a case worker
gives a task to its queue, the worker sees it in the inbox; a rename shows in
the inbox and the queue picker at once; a deactivated department is no longer
offered for new tasks while its open task stays visible; deleting it is
refused at its row; only a settings administrator gets the tab."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from app.cases import service
from app.departments import listing
from app.people.records import PersonInput, create_person
from app.security import Actor, actor_from_user, find_user
from models.cases import Task
from models.departments import OfficeDepartment
from models.staff import Role, User
from ui.cases.dialogs import TaskDialog
from ui.inbox import page as inbox_page
from ui.inbox.page import InboxPage
from ui.settings.departments_tab import DepartmentsTab
from ui.settings.users_tab import NewUserDialog

from .ui_helpers import make_context, type_text
from .ui_modal import when_modal

D = dt.date(2026, 11, 27)


def _names(tab) -> list[str]:
    return [tab.model.row(i).name for i in range(tab.model.rowCount())]


def _select(tab, name: str) -> None:
    tab.table.selectRow(_names(tab).index(name))


def _inbox(qtbot, ctx) -> InboxPage:
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready, timeout=20000)
    return page


def _cell(page, title: str, column: int) -> str:
    return next(page.model.index(i, column).data() for i in range(page.model.rowCount())
                if page.model.row(i).task.title == title)


def _queue_texts(page) -> list[str]:
    return [page.view.itemText(i) for i in range(page.view.count())]


def _dept_items(dialog) -> list[str]:
    return [dialog.owner.itemText(i) for i in range(dialog.owner.count())
            if dialog.owner.itemText(i).startswith("schránka odboru")]


def test_a_new_department_gets_a_task_renamed_everywhere_and_deactivated(
        qtbot, db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_page, "today", lambda: D)
    admin_ctx = make_context(db, admin, tmp_path / "admin.ini")
    tab = DepartmentsTab.create(admin_ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert _names(tab) == ["majetkový odbor", "sociální odbor (KMB)", "správce bytů"]

    # an empty name is refused at the field, nothing stored
    qtbot.mouseClick(tab.findChild(type(tab.rename_button), "addDepartment"), Qt.LeftButton)
    assert "Vyplňte název" in tab.errors._fields["name"][1].text()
    type_text(qtbot, tab.new_name, "Bytové oddělení")
    qtbot.mouseClick(tab.findChild(type(tab.rename_button), "addDepartment"), Qt.LeftButton)
    # Czech order: "Bytové" first
    assert _names(tab) == ["Bytové oddělení", "majetkový odbor", "sociální odbor (KMB)",
                           "správce bytů"]
    assert tab.new_name.text() == ""
    with db.reading() as s:
        stored = s.scalars(select(OfficeDepartment).where(
            OfficeDepartment.name == "Bytové oddělení")).one()
        assert (stored.code, stored.active) == ("bytove-oddeleni", True)
        stored_id = stored.id

    # the administrator's new-user form offers it
    form = NewUserDialog(admin_ctx)
    qtbot.addWidget(form)
    type_text(qtbot, form.full_name, "Ota Bytový")
    type_text(qtbot, form.username, "ota.bytovy")
    form.role.setCurrentIndex(form.role.findData(Role.PROPERTY))
    form.department.setCurrentIndex(form.department.findText("Bytové oddělení"))
    type_text(qtbot, form.password, "heslo-12345")
    type_text(qtbot, form.again, "heslo-12345")
    qtbot.mouseClick(form.ok_button, Qt.LeftButton)
    assert form.result() == QDialog.Accepted, form.general_error.text()
    with db.reading() as s:
        ota_user = s.scalars(select(User).where(User.username == "ota.bytovy")).one()
        assert ota_user.department == "bytove-oddeleni"
        ota = actor_from_user(ota_user)

    # a case worker hands a task on a case to the department's queue
    from app.auth import NewUser, create_user
    create_user(db, admin, NewUser("jana.k", "Jana Krátká", Role.SOCIAL_WORKER, "heslo-12345",
                                   "heslo-12345"))
    with db.reading() as s:
        jana = actor_from_user(find_user(s, "jana.k"))
    pid = create_person(db, jana, PersonInput(given_name="Marta", surname="Zkušební"))
    with db.transaction() as s:
        case_id = service.open_case(s, jana, pid, worker_id=jana.user_id, opened_on=D).id
    jana_ctx = make_context(db, jana, tmp_path / "jana.ini")
    dialog = TaskDialog(jana_ctx, case_id, jana.user_id)
    qtbot.addWidget(dialog)
    assert "schránka odboru: Bytové oddělení" in _dept_items(dialog)
    type_text(qtbot, dialog.title, "Vyměnit zámek u vchodu")
    dialog.owner.setCurrentIndex(dialog.owner.findText("schránka odboru: Bytové oddělení"))
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted, dialog.general_error.text()
    with db.reading() as s:
        task = s.scalars(select(Task).where(Task.title == "Vyměnit zámek u vchodu")).one()
        assert (task.department, task.owner_id) == ("bytove-oddeleni", None)

    # the department's worker sees it in the inbox as the department's task
    ota_page = _inbox(qtbot, make_context(db, ota, tmp_path / "ota.ini"))
    assert _cell(ota_page, "Vyměnit zámek u vchodu", 4) == "Bytové oddělení"
    assert _cell(ota_page, "Vyměnit zámek u vchodu", 5) == "úkol odboru"
    jana_page = _inbox(qtbot, jana_ctx)
    assert "Fronta: Bytové oddělení" in _queue_texts(jana_page)

    # renaming shows everywhere: the settings list, the inbox row, the queue picker
    _select(tab, "Bytové oddělení")
    assert tab.rename_to.text() == "Bytové oddělení"
    tab.rename_to.clear()
    type_text(qtbot, tab.rename_to, "Oddělení správy bytů")
    qtbot.mouseClick(tab.rename_button, Qt.LeftButton)
    assert "Oddělení správy bytů" in _names(tab)
    qtbot.waitUntil(lambda: ota_page.ready() and _cell(
        ota_page, "Vyměnit zámek u vchodu", 4) == "Oddělení správy bytů", timeout=20000)
    qtbot.waitUntil(lambda: "Fronta: Oddělení správy bytů" in _queue_texts(jana_page),
                    timeout=20000)
    assert "Fronta: Bytové oddělení" not in _queue_texts(jana_page)

    # deactivated: no new tasks, the open one stays in the inbox and the queue
    _select(tab, "Oddělení správy bytů")
    assert tab.toggle_button.text() == "Deaktivovat"
    qtbot.mouseClick(tab.toggle_button, Qt.LeftButton)
    row = next(tab.model.row(i) for i in range(tab.model.rowCount())
               if tab.model.row(i).name == "Oddělení správy bytů")
    assert not row.active and _names(tab)[-1] == "Oddělení správy bytů"
    status = tab.model.index(_names(tab).index("Oddělení správy bytů"), 2).data()
    assert status == "neaktivní (nové úkoly nepřijímá)"
    again = TaskDialog(jana_ctx, case_id, jana.user_id)
    qtbot.addWidget(again)
    assert not any("Oddělení správy bytů" in t for t in _dept_items(again))
    ota_page.refresh()
    qtbot.waitUntil(ota_page.ready, timeout=20000)
    assert _cell(ota_page, "Vyměnit zámek u vchodu", 4) == "Oddělení správy bytů"
    qtbot.waitUntil(lambda: "Fronta: Oddělení správy bytů (neaktivní)" in _queue_texts(
        jana_page), timeout=20000)
    jana_page.view.setCurrentIndex(
        jana_page.view.findText("Fronta: Oddělení správy bytů (neaktivní)"))
    qtbot.waitUntil(lambda: jana_page.ready() and jana_page.model.rowCount() == 1,
                    timeout=20000)

    # deleting a department with a task is refused, with the reason at its row
    _select(tab, "Oddělení správy bytů")
    state = when_modal(lambda box: box.button(QMessageBox.Yes).click())
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    at_row = tab.model.index(_names(tab).index("Oddělení správy bytů"), 5).data()
    assert "má úkoly nebo pracovníky" in at_row
    assert tab.message.isVisible() and "má úkoly nebo pracovníky" in tab.message.text()
    with db.reading() as s:
        assert s.get(OfficeDepartment, stored_id).deleted_at is None
    assert "Oddělení správy bytů" in [r.name for r in listing.list_departments(db, admin)]


def test_defects_setting_and_who_gets_the_tab(qtbot, db, admin, tmp_path):
    tab = DepartmentsTab.create(make_context(db, admin, tmp_path / "a.ini"))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.defects.currentText() == "majetkový odbor"
    type_text(qtbot, tab.new_name, "Správa bytového fondu")
    qtbot.mouseClick(tab.findChild(type(tab.rename_button), "addDepartment"), Qt.LeftButton)
    tab.defects.setCurrentIndex(tab.defects.findText("Správa bytového fondu"))
    qtbot.mouseClick(tab.findChild(type(tab.rename_button), "saveDefectQueue"), Qt.LeftButton)
    from app.departments import manage
    assert manage.defect_queue(db, admin) == "sprava-bytoveho-fond"
    # the defects' department cannot be deactivated: the message is at its row
    _select(tab, "Správa bytového fondu")
    qtbot.mouseClick(tab.toggle_button, Qt.LeftButton)
    at_row = tab.model.index(_names(tab).index("Správa bytového fondu"), 5).data()
    assert "závady z kontrol bytů" in at_row
    # roles without the settings permission get no tab at all
    for role in (Role.SOCIAL_WORKER, Role.PROPERTY, Role.READONLY):
        ctx = make_context(db, Actor(admin.user_id, "X", role), tmp_path / f"{role.value}.ini")
        assert DepartmentsTab.create(ctx) is None
