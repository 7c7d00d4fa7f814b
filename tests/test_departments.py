"""Departments as the office's own list (issue 16 item 1): an older database
keeps every task's and user's department; the settings administrator adds,
renames, deactivates and deletes departments (audited, nobody else may);
an inactive department takes no new tasks but keeps its open ones; defects
go to the department the office chose; ``kmb list tasks --queue`` finds a
department by code or name; a partner or a laptop cannot change the list."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from alembic import command
from sqlalchemy import select, text

from app import audit
from app.auth import NewUser, create_user
from app.cases import service, tasks
from app.cli.main import main
from app.config import sqlite_url
from app.db import alembic_config, make_engine, open_database
from app.departments import listing, manage
from app.errors import Conflict, PermissionDenied, ValidationError
from app.security import Actor, actor_from_user, find_user
from app.tasks_queues import inbox
from app.tasks_queues.routing import defect_assignee
from models.audit import AuditEvent
from models.cases import Task
from models.departments import OfficeDepartment
from models.staff import Role

from .keys import TEST_KEY
from .sync_helpers import MaliciousPeer, assert_refused, installation, link

D = dt.date(2026, 11, 27)


def _user(db, admin, username, name, role=Role.SOCIAL_WORKER, department=None) -> Actor:
    create_user(db, admin, NewUser(username, name, role, "heslo-12345", "heslo-12345",
                                   department=department))
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _case(db, admin, worker):
    from app.people.records import PersonInput, create_person
    pid = create_person(db, worker, PersonInput(given_name="Marta", surname="Zkušební"))
    with db.transaction() as s:
        return service.open_case(s, worker, pid, worker_id=worker.user_id, opened_on=D).id


def _events(db, entity="department"):
    with db.reading() as s:
        return [(e.action, json.loads(e.detail or "{}")) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq))]


def test_an_older_database_keeps_every_tasks_and_users_department(tmp_path):
    """A database at 0016 with tasks in each of the three queues and users of
    each department opens after the upgrade with all of them where they were."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path), TEST_KEY)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0016_addresses")
        for i, code in enumerate(("kmb", "property", "flat_manager")):
            conn.execute(text(
                "INSERT INTO user (id, username, full_name, role, active, department, "
                "created_at, updated_at, sync_seq, row_version) VALUES "
                "(:id, :u, :n, 'social_worker', 1, :d, '2026-01-01', '2026-01-01', 0, 1)"),
                {"id": f"u{i}", "u": f"u{i}", "n": f"Pracovník {i}", "d": code})
            conn.execute(text(
                "INSERT INTO task (id, title, department, source, created_at, updated_at, "
                "sync_seq, row_version) VALUES (:id, :t, :d, 'manual', '2026-01-01', "
                "'2026-01-01', 0, 1)"), {"id": f"t{i}", "t": f"Úkol {code}", "d": code})
    engine.dispose()
    db = open_database(sqlite_url(path), key=TEST_KEY)
    try:
        with db.reading() as s:
            depts = {d.code: d.name for d in s.scalars(select(OfficeDepartment))}
            assert depts == {"kmb": "sociální odbor (KMB)", "property": "majetkový odbor",
                             "flat_manager": "správce bytů"}
            assert {t.id: t.department for t in s.scalars(select(Task))} == {
                "t0": "kmb", "t1": "property", "t2": "flat_manager"}
            for i, code in enumerate(("kmb", "property", "flat_manager")):
                assert inbox.reach(s, f"u{i}", D).department == code
            rows = tasks.query_tasks(s, department="flat_manager")
            assert [(r.title, r.department_name) for r in rows] == [
                ("Úkol flat_manager", "správce bytů")]
    finally:
        db.close()


def test_the_settings_admin_adds_renames_and_deactivates_audited(db, admin):
    worker = _user(db, admin, "jana.k", "Jana Krátká")
    for role in (Role.SOCIAL_WORKER, Role.PROPERTY, Role.READONLY):   # no settings rights
        with pytest.raises(PermissionDenied):
            manage.add_department(db, Actor(worker.user_id, "X", role), "Bytové oddělení")
    dept_id = manage.add_department(db, admin, "  Bytové   oddělení ")
    rows = {r.name: r for r in listing.list_departments(db, worker)}
    assert rows["Bytové oddělení"].code == "bytove-oddeleni" and rows["Bytové oddělení"].active
    with pytest.raises(ValidationError, match="už úřad má"):     # case and diacritics aside
        manage.add_department(db, admin, "BYTOVE ODDELENI")
    with pytest.raises(ValidationError, match="Vyplňte název"):
        manage.add_department(db, admin, "   ")
    with pytest.raises(PermissionDenied):
        manage.rename_department(db, worker, dept_id, "Správa bytů")
    manage.rename_department(db, admin, dept_id, "Oddělení bytové správy")
    with pytest.raises(ValidationError, match="už úřad má"):
        manage.rename_department(db, admin, dept_id, "Majetkový odbor")
    manage.set_department_active(db, admin, dept_id, False)
    assert _events(db) == [
        ("create", {"code": "bytove-oddeleni", "name": "Bytové oddělení"}),
        ("update", {"fields": ["name"], "code": "bytove-oddeleni", "from": "Bytové oddělení",
                    "to": "Oddělení bytové správy"}),
        ("update", {"fields": ["active"], "code": "bytove-oddeleni", "to": False})]
    with db.reading() as s:
        assert audit.verify_chain(s) is None
    # Czech collation: "Oddělení" between "majetkový" and "sociální"; inactive last
    names = [r.name for r in listing.list_departments(db, worker)]
    assert names == ["majetkový odbor", "sociální odbor (KMB)", "správce bytů",
                     "Oddělení bytové správy"]
    assert [r.name for r in listing.list_departments(db, worker, active_only=True)] == \
        names[:3]


def test_an_inactive_department_keeps_its_open_tasks_but_takes_no_new_ones(db, admin):
    worker = _user(db, admin, "jana.k", "Jana Krátká")
    dept_id = manage.add_department(db, admin, "Bytové oddělení")
    member = _user(db, admin, "ota.b", "Ota Bytový", Role.PROPERTY, "bytove-oddeleni")
    case_id = _case(db, admin, worker)
    tid = tasks.add_case_task(db, worker, case_id, "Opravit zámek", owner_id=None,
                              department="bytove-oddeleni", due_on=D, today=D)
    box = inbox.inbox(db, member, D)
    assert box.department == "bytove-oddeleni"
    assert [(x.task.title, x.why, x.task.department_name) for x in box.all] == [
        ("Opravit zámek", inbox.DEPARTMENT, "Bytové oddělení")]
    manage.rename_department(db, admin, dept_id, "Správa bytového fondu")
    assert inbox.inbox(db, member, D).all[0].task.department_name == "Správa bytového fondu"
    manage.set_department_active(db, admin, dept_id, False)
    with pytest.raises(ValidationError, match="není aktivní"):
        tasks.add_case_task(db, worker, case_id, "Další", owner_id=None,
                            department="bytove-oddeleni", due_on=D, today=D)
    other = tasks.add_case_task(db, worker, case_id, "Jiný", owner_id=worker.user_id,
                                due_on=D, today=D)
    with pytest.raises(ValidationError, match="není aktivní"):
        tasks.assign_task(db, worker, other, department="bytove-oddeleni")
    with pytest.raises(ValidationError, match="není aktivní"):
        create_user(db, admin, NewUser("nova.b", "Nová Bytová", Role.PROPERTY, "heslo-12345",
                                       "heslo-12345", department="bytove-oddeleni"))
    # the open task stays where it was, for the member and in the queue
    assert [x.task.id for x in inbox.inbox(db, member, D).all] == [tid]
    assert [t.id for t in inbox.queue(db, worker, "bytove-oddeleni", D)] == [tid]
    with pytest.raises(Conflict, match="úkoly nebo pracovníky"):     # cannot be deleted
        manage.delete_department(db, admin, dept_id)
    row = next(r for r in listing.list_departments(db, worker) if r.id == dept_id)
    assert (row.active, row.open_tasks, row.users) == (False, 1, 1)
    # an unused department can go; the starting ones cannot (roles belong to them)
    spare = manage.add_department(db, admin, "Dočasný odbor")
    manage.delete_department(db, admin, spare)
    assert spare not in {r.id for r in listing.list_departments(db, worker)}
    kmb = next(r for r in listing.list_departments(db, worker) if r.code == "kmb")
    with pytest.raises(Conflict):
        manage.delete_department(db, admin, kmb.id)
    assert _events(db)[-1] == ("delete", {"code": "docasny-odbor"})


def test_defects_go_to_the_department_the_office_chose(db, admin):
    dept_id = manage.add_department(db, admin, "Bytové oddělení")
    with db.reading() as s:
        assert defect_assignee(s, "x") == {"owner_id": None, "department": "property"}
    with pytest.raises(PermissionDenied):
        manage.set_defect_queue(db, Actor(admin.user_id, "Jana", Role.SOCIAL_WORKER),
                                "bytove-oddeleni")
    with pytest.raises(ValidationError, match="nevede"):
        manage.set_defect_queue(db, admin, "neexistuje")
    manage.set_defect_queue(db, admin, "bytove-oddeleni")
    assert manage.defect_queue(db, admin) == "bytove-oddeleni"
    with db.reading() as s:
        assert defect_assignee(s, "x") == {"owner_id": None, "department": "bytove-oddeleni"}
    with pytest.raises(Conflict, match="závady z kontrol"):     # choose another one first
        manage.set_department_active(db, admin, dept_id, False)
    manage.set_defect_queue(db, admin, "inspector")
    with db.reading() as s:
        assert defect_assignee(s, "x") == {"owner_id": "x", "department": None}


def test_cli_queue_by_the_new_departments_code_or_name(db, admin, capsys, monkeypatch):
    worker = _user(db, admin, "jana.k", "Jana Krátká")
    manage.add_department(db, admin, "Bytové oddělení")
    _user(db, admin, "ota.b", "Ota Bytový", Role.PROPERTY, "bytove-oddeleni")
    case_id = _case(db, admin, worker)
    tasks.add_case_task(db, worker, case_id, "Vyměnit vodoměr", owner_id=None,
                        department="bytove-oddeleni", due_on=D, today=D)
    monkeypatch.setenv("KMB_PASSWORD", "heslo-12345")
    for name in ("bytove-oddeleni", "BYTOVÉ ODDĚLENÍ", "bytove  oddeleni"):
        code = main(["list", "tasks", "--queue", name, "--format", "json", "--db", db.url,
                     "--user", "ota.b"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert [(r["title"], r["assigned"], r["department"]) for r in json.loads(out)] == [
            ("Vyměnit vodoměr", "Bytové oddělení", "bytove-oddeleni")]
    code = main(["list", "tasks", "--queue", "Odbor kultury", "--db", db.url, "--user", "ota.b"])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err.strip().count("\n") == 0 and "Neznámý odbor „Odbor kultury“" in err
    assert "Bytové oddělení" in err and "Traceback" not in err
    # another department's member is refused that queue
    _user(db, admin, "eva.m", "Eva Majetková", Role.PROPERTY)
    code = main(["list", "tasks", "--queue", "bytove oddeleni", "--db", db.url,
                 "--user", "eva.m"])
    out, err = capsys.readouterr()
    assert code == 1 and "jiného odboru" in err


def test_a_rename_reaches_a_laptop_which_cannot_change_the_list(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    try:
        w = _user(office, oa, "w.terenni", "Věra Terénní")      # the laptop is hers
        link(office, oa, laptop, la, scope_on_a=f"worker:{w.user_id}")
        from app.installation import current
        from app.sync.export import export_bundle
        from app.sync.importer import import_bundle
        prop = next(r for r in listing.list_departments(office, oa) if r.code == "property")
        manage.rename_department(office, oa, prop.id, "Správa majetku města")
        new_id = manage.add_department(office, oa, "Bytové oddělení")
        export_bundle(office, oa, current(laptop).id, tmp_path / "1.kmbx")
        import_bundle(laptop, la, tmp_path / "1.kmbx")
        got = {r.code: r.name for r in listing.list_departments(laptop, la)}
        assert got == {"kmb": "sociální odbor (KMB)", "property": "Správa majetku města",
                       "flat_manager": "správce bytů", "bytove-oddeleni": "Bytové oddělení"}
        with laptop.reading() as s:
            assert s.get(OfficeDepartment, new_id).code == "bytove-oddeleni"
        # a bundle that changes a department is refused (the laptop's kind or a partner's)
        evil = MaliciousPeer(laptop, office)
        row = {"id": prop.id, "code": "property", "name": "Převzato", "active": True,
               "created_at": "2026-01-01T00:00:00", "updated_at": "2026-12-01T10:00:00",
               "deleted_at": None}
        assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx",
                                               [("department", row, evil.meta())]),
                       "nesmí měnit tabulku „department“")
    finally:
        office.close()
        laptop.close()


def test_a_partner_brings_no_news_to_the_department_list(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    try:
        from app.sync.identity import add_peer, contact_card
        from models.base import new_id
        add_peer(office, oa, contact_card(partner, pa), kind="partner")
        add_peer(partner, pa, contact_card(office, oa))
        evil = MaliciousPeer(partner, office)
        row = {"id": new_id(), "code": "ngo", "name": "Cizí odbor", "active": True,
               "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
               "deleted_at": None}
        assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx",
                                               [("department", row, evil.meta())]),
                       "nesmí měnit tabulku „department“")
    finally:
        office.close()
        partner.close()
