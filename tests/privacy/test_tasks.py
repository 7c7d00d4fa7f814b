"""Task queues: a task belongs to a person, to a department (majetkový
odbor, správce bytů) or both; everyone's inbox holds their own tasks and
their department's, split into overdue and today. The property department
completes its own tasks but not the KMB's."""
from __future__ import annotations

import datetime as dt

import pytest

from app import tasks as core
from app.auth import NewUser, create_user
from app.cases import tasks
from app.errors import PermissionDenied
from app.security import actor_from_user
from models.cases import Department
from models.staff import Role, User

TODAY = dt.date(2027, 3, 10)


@pytest.fixture
def office(db, admin):
    ids = {}
    for username, role in (("petr.majetek", Role.PROPERTY), ("jana.kmb", Role.SOCIAL_WORKER)):
        ids[username] = create_user(db, admin, NewUser(username, username.title(), role,
                                                       "heslo-12345", "heslo-12345"))
    with db.transaction() as s:
        made = {
            "defect": core.add_task(s, admin, "Vyměnit baterii v koupelně", due_on=TODAY,
                                    department=Department.PROPERTY).id,
            "old_defect": core.add_task(s, admin, "Štěnice – deratizace",
                                        due_on=TODAY - dt.timedelta(days=3),
                                        department=Department.PROPERTY).id,
            "kmb": core.add_task(s, admin, "Zavolat klientce", due_on=TODAY,
                                 department=Department.KMB).id,
            "own": core.add_task(s, admin, "Předat klíče", due_on=TODAY,
                                 owner_id=ids["petr.majetek"]).id,
        }
        actors = {u: actor_from_user(s.get(User, i)) for u, i in ids.items()}
    return actors, made


def test_each_inbox_holds_own_and_department_tasks(db, office):
    actors, made = office
    prop = tasks.my_tasks(db, actors["petr.majetek"], TODAY)
    assert {t.id for t in prop.today} == {made["defect"], made["own"]}
    assert [t.id for t in prop.overdue] == [made["old_defect"]]
    kmb = tasks.my_tasks(db, actors["jana.kmb"], TODAY)
    assert {t.id for t in kmb.today} == {made["kmb"]} and kmb.overdue == []


def test_property_completes_its_tasks_but_not_the_kmbs(db, office):
    actors, made = office
    tasks.complete(db, actors["petr.majetek"], made["defect"])
    tasks.complete(db, actors["petr.majetek"], made["own"])
    with pytest.raises(PermissionDenied):
        tasks.complete(db, actors["petr.majetek"], made["kmb"])
    left = tasks.my_tasks(db, actors["petr.majetek"], TODAY)
    assert [t.id for t in left.today] == [] and len(left.overdue) == 1


def test_a_task_moves_to_another_departments_inbox(db, admin, office):
    actors, made = office
    tasks.assign_task(db, admin, made["kmb"], department=Department.PROPERTY)
    assert made["kmb"] in {t.id for t in tasks.my_tasks(db, actors["petr.majetek"], TODAY).today}
    assert tasks.my_tasks(db, actors["jana.kmb"], TODAY).today == []
    with pytest.raises(PermissionDenied):            # the property department cannot reassign
        tasks.assign_task(db, actors["petr.majetek"], made["kmb"],
                          department=Department.KMB)


def test_a_department_set_on_the_account_wins_over_the_role(db, admin, office):
    actors, made = office
    with db.transaction() as s:
        s.get(User, actors["jana.kmb"].user_id).department = Department.FLAT_MANAGER.value
        core.add_task(s, admin, "Odečet vodoměru", due_on=TODAY,
                      department=Department.FLAT_MANAGER)
    titles = [t.title for t in tasks.my_tasks(db, actors["jana.kmb"], TODAY).today]
    assert titles == ["Odečet vodoměru"]


def test_a_case_task_goes_to_the_property_departments_inbox_from_the_dialog(
        qtbot, town_db, town_worker, tmp_path):
    """Jana adds a task on a case and picks the property department as who:
    nobody in particular owns it, everyone of the department sees it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox
    from sqlalchemy import select

    from app.security import find_user
    from models.cases import Task
    from ui.cases.dialogs import TaskDialog

    from ..ui_helpers import make_context, open_window, type_text
    from ..ui_modal import when_modal
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    qtbot.waitUntil(page.loader.ready, timeout=30_000)     # read off the GUI thread
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    detail = page.detail

    def fill(dlg):
        assert isinstance(dlg, TaskDialog)
        type_text(qtbot, dlg.title, "Opravit kotel v bytě klientky")
        # the property department's queue, whatever the office named it (the town demo renames it)
        dlg.owner.setCurrentIndex(next(
            i for i in range(dlg.owner.count()) if isinstance(dlg.owner.itemData(i), tuple)
            and dlg.owner.itemData(i)[1] == Department.PROPERTY))
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    state = when_modal(fill)
    qtbot.mouseClick(detail.task_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: any("Opravit kotel" in detail.task_list.item(i).text()
                                for i in range(detail.task_list.count())))
    shown = next(detail.task_list.item(i).text() for i in range(detail.task_list.count())
                 if "Opravit kotel" in detail.task_list.item(i).text())
    assert " · Odbor správy majetku města" in shown     # who: the department, not a person
    with town_db.reading() as s:
        task = s.scalars(select(Task).where(Task.title == "Opravit kotel v bytě klientky")).one()
        assert task.owner_id is None and task.department == Department.PROPERTY
        task_id, due = task.id, task.due_on
        tomas = actor_from_user(find_user(s, "tomas.krejci"))    # the property department
    inbox = tasks.my_tasks(town_db, tomas, due)
    assert task_id in {t.id for t in inbox.today}
