"""Task queues (issue 16): the property role's inbox, defects in the property
queue, a department's queue, handing a case over with its tasks, and a deputy
who covers for a colleague for a period only — on every path (service, CLI)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.cases import service, tasks
from app.cli.main import main
from app.errors import PermissionDenied, ValidationError
from app.security import actor_from_user, find_user
from app.tasks_queues import deputies, departments, inbox
from app.tasks_queues.routing import defect_assignee
from models.audit import AuditEvent
from models.cases import Case, CaseStatus, Department, Task, TaskSource

from .conftest import DEMO_TODAY

D = DEMO_TODAY


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_property_role_sees_its_defect_tasks_and_its_department(town_db):
    tomas = _actor(town_db, "tomas.krejci")
    box = inbox.inbox(town_db, tomas, D)
    assert box.department == Department.PROPERTY
    sources = {x.task.source for x in box.all}
    assert TaskSource.INSPECTION in sources
    assert all(x.why in (inbox.OWN, inbox.DEPARTMENT) for x in box.all)
    # the flat manager's queue is not the property department's
    assert not any(x.task.department == Department.FLAT_MANAGER for x in box.all)
    eva = _actor(town_db, "eva.novotna")
    mine = inbox.inbox(town_db, eva, D)
    assert mine.department == Department.FLAT_MANAGER and mine.overdue and mine.today
    with pytest.raises(PermissionDenied):
        inbox.queue(town_db, tomas, Department.KMB, D)       # not his department
    jana = _actor(town_db, "jana.dvorakova")
    assert inbox.queue(town_db, jana, Department.PROPERTY, D)   # case workers hand tasks over


def test_defects_go_to_the_property_queue_unless_the_office_says_otherwise(town_db, town_worker):
    from app import settings
    with town_db.transaction() as s:
        assert defect_assignee(s, "x") == {"owner_id": None, "department": Department.PROPERTY}
        settings.put(s, None, "tasks.defect_queue", "inspector")
        assert defect_assignee(s, "x") == {"owner_id": "x", "department": None}


def test_handing_over_a_case_moves_its_open_tasks_audited(town_db, town_worker):
    with town_db.reading() as s:
        case_id = s.scalars(select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS,
                                            Case.assigned_worker_id == town_worker.user_id)
                         .order_by(Case.number)).first()
        lucie = find_user(s, "lucie.markova").id
        tomas = find_user(s, "tomas.krejci").id
    mine = tasks.add_case_task(town_db, town_worker, case_id, "Domluvit schůzku",
                               owner_id=town_worker.user_id, due_on=D, today=D)
    other = tasks.add_case_task(town_db, town_worker, case_id, "Prohlídka bytu",
                                owner_id=tomas, due_on=D, today=D)
    queue = tasks.add_case_task(town_db, town_worker, case_id, "Vyúčtování", owner_id=None,
                                department=Department.PROPERTY, due_on=D, today=D)
    service.assign(town_db, town_worker, case_id, lucie)
    with town_db.reading() as s:
        assert s.get(Task, mine).owner_id == lucie
        assert s.get(Task, other).owner_id == tomas          # someone else's stays
        assert s.get(Task, queue).department == Department.PROPERTY
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "task",
                                                AuditEvent.entity_id == mine,
                                                AuditEvent.action == "reassign")).one()
        assert json.loads(ev.detail)["to"] == lucie
    lucie_actor = _actor(town_db, "lucie.markova")
    assert mine in {x.task.id for x in inbox.inbox(town_db, lucie_actor, D).all}


def test_deputy_covers_for_the_period_only(town_db, town_worker, capsys, town_url,
                                            demo_password):
    lead = _actor(town_db, "petr.horak")
    tomas, eva = _actor(town_db, "tomas.krejci"), _actor(town_db, "eva.novotna")
    with town_db.reading() as s:
        case_id = s.scalars(select(Case.id).order_by(Case.number)).first()
    tid = tasks.add_case_task(town_db, town_worker, case_id, "Předat klíče nájemci",
                              owner_id=tomas.user_id, due_on=D, today=D)
    with pytest.raises(ValidationError):
        deputies.add_deputy(town_db, lead, tomas.user_id, eva.user_id, D, D - dt.timedelta(1))
    with pytest.raises(ValidationError):
        deputies.add_deputy(town_db, lead, tomas.user_id, tomas.user_id, D, D)
    with pytest.raises(PermissionDenied):
        deputies.add_deputy(town_db, town_worker, tomas.user_id, eva.user_id, D, D)
    # before: Eva neither sees nor may complete Tomáš's own task
    assert tid not in {x.task.id for x in inbox.inbox(town_db, eva, D).all}
    with pytest.raises(PermissionDenied):
        tasks.complete(town_db, eva, tid, today=D)
    deputies.add_deputy(town_db, lead, tomas.user_id, eva.user_id, D, D + dt.timedelta(days=2),
                        note="nemoc")
    during = {x.task.id: x for x in inbox.inbox(town_db, eva, D + dt.timedelta(days=1)).all}
    assert during[tid].why == inbox.COVER and "Tomáš Krejčí" in during[tid].why_label
    # covering Tomáš also brings the property queue (his department)
    assert any(x.task.department == Department.PROPERTY for x in during.values())
    # the day after the period: gone from the inbox, refused on completing
    after = D + dt.timedelta(days=3)
    assert tid not in {x.task.id for x in inbox.inbox(town_db, eva, after).all}
    assert not any(x.task.department == Department.PROPERTY
                   for x in inbox.inbox(town_db, eva, after).all)
    with pytest.raises(PermissionDenied):
        tasks.complete(town_db, eva, tid, today=after)
    with pytest.raises(PermissionDenied):
        inbox.queue(town_db, eva, Department.PROPERTY, after)
    # the CLI follows the same rule (it asks for today: the period is the demo's day)
    code, out, err = _cli(capsys, "list", "tasks", "--mine", "--format", "json",
                          "--db", town_url, "--user", "eva.novotna")
    assert code == 0, err
    listed = {r["id"] for r in json.loads(out)}
    assert (tid in listed) == (D <= dt.date.today() <= D + dt.timedelta(days=2))
    # during the period the deputy completes it; the audit says for whom
    tasks.complete(town_db, eva, tid, today=D + dt.timedelta(days=1))
    with town_db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == tid,
                                                AuditEvent.action == "complete")).one()
        assert json.loads(ev.detail) == {"covering_for": "Tomáš Krejčí"}
    rows = deputies.list_deputies(town_db, lead)
    mine = next(r for r in rows if r.deputy_id == eva.user_id)
    deputies.end_deputy(town_db, lead, mine.id, today=D + dt.timedelta(days=1))
    assert deputies.list_deputies(town_db, lead, current_on=D + dt.timedelta(days=1)) == [
        r for r in deputies.list_deputies(town_db, lead, current_on=D + dt.timedelta(days=1))
        if r.deputy_id != eva.user_id]


def test_cli_lists_the_property_users_defect_tasks(capsys, town_url, demo_password):
    code, out, err = _cli(capsys, "list", "tasks", "--mine", "--format", "json",
                          "--db", town_url, "--user", "tomas.krejci")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and any(r["source"] == "inspection" for r in rows)
    assert all(r["department"] == "property" or r["why"] == "můj úkol" for r in rows)
    code, out, err = _cli(capsys, "list", "tasks", "--queue", "socialni",
                          "--db", town_url, "--user", "tomas.krejci")
    assert code == 1 and "odboru" in err and "Traceback" not in err
    code, out, err = _cli(capsys, "list", "tasks", "--queue", "nic",
                          "--db", town_url, "--user", "jana.dvorakova")
    assert code != 0 and "Neznámý odbor" in err
    code, out, err = _cli(capsys, "list", "persons", "--mine",
                          "--db", town_url, "--user", "jana.dvorakova")
    assert code != 0 and "kmb list tasks" in err
    code, out, err = _cli(capsys, "list", "tasks", "--queue", "správce bytů", "--format", "csv",
                          "--db", town_url, "--user", "eva.novotna")
    assert code == 0 and "Výměna vodoměru" in out


def test_departments_of_users(town_db):
    lead = _actor(town_db, "petr.horak")
    rows = {r.name: r for r in departments.staff_departments(town_db, lead)}
    assert rows["Eva Novotná"].department == Department.FLAT_MANAGER
    assert rows["Tomáš Krejčí"].department == Department.PROPERTY
    departments.set_department(town_db, lead, rows["Tomáš Krejčí"].user_id,
                               Department.FLAT_MANAGER)
    tomas = _actor(town_db, "tomas.krejci")
    assert inbox.inbox(town_db, tomas, D).department == Department.FLAT_MANAGER
    with town_db.reading() as s:
        assert departments.parse_queue(s, "Majetkový odbor") == Department.PROPERTY
