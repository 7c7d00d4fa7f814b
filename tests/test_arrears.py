"""Rent arrears: entry by hand, the eviction-prevention task for the social
worker, and the import from the property manager's CSV/XLSX."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app import settings
from app.errors import PermissionDenied, ValidationError
from app.leases import config
from app.leases.arrears import (enter_balance, guess_mapping, import_arrears, month_overview,
                                parse_amount, parse_month, preview_import, remembered_mapping)
from app.leases.records import LeaseInput, create_lease, lease_detail, sign_lease
from models.cases import CaseStatus, Task, TaskSource
from models.leases import ArrearsBalance
from models.staff import Role

from .lease_data import TODAY, add_case, add_flat, add_household, add_user


@pytest.fixture
def office(db, admin):
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    leases = {}
    for n, (given, surname) in enumerate([("Řehoř", "Šťastný"), ("Žofie", "Čermáková"),
                                          ("Ludmila", "Dvořáková")], start=1):
        flat = add_flat(db, number=str(n))
        hh, people = add_household(db, surname, ((given, surname),))
        lid = create_lease(db, admin, LeaseInput(
            flat_id=flat, household_id=hh, tenant_id=people[0], starts_on=dt.date(2026, 1, 1),
            term_months=12, rent_hal=400_000, deposit_hal=800_000), today=dt.date(2025, 12, 1))
        sign_lease(db, admin, lid, dt.date(2025, 12, 15))
        leases[surname] = dict(id=lid, hh=hh, person=people[0],
                               number=lease_detail(db, admin, lid).row.number)
    return dict(lead=lead, worker=worker, leases=leases)


def _tasks(db):
    with db.reading() as s:
        tasks = list(s.scalars(select(Task).where(Task.source == TaskSource.ARREARS)))
        s.expunge_all()
        return tasks


def _balances(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ArrearsBalance))


def test_arrears_above_threshold_make_a_task_for_the_case_worker(db, admin, office):
    lease = office["leases"]["Šťastný"]
    add_case(db, lease["hh"], lease["person"], office["worker"].user_id)
    small = enter_balance(db, admin, lease["id"], dt.date(2026, 9, 1), 200_000, today=TODAY)
    assert small.task_id is None                    # 2 000 Kč is not above the threshold
    big = enter_balance(db, admin, lease["id"], dt.date(2026, 10, 1), 650_000, today=TODAY)
    assert big.task_owner_id == office["worker"].user_id
    (task,) = _tasks(db)
    assert "6 500 Kč" in task.title and "Šťastný" in task.title
    assert task.household_id == lease["hh"] and task.due_on == TODAY + dt.timedelta(days=7)
    assert "říjen 2026" in task.detail
    # entering the same month again (or a later month) makes no second task
    again = enter_balance(db, admin, lease["id"], dt.date(2026, 10, 1), 700_000, today=TODAY)
    later = enter_balance(db, admin, lease["id"], dt.date(2026, 11, 1), 900_000, today=TODAY)
    assert again.task_id == later.task_id == big.task_id
    (task,) = _tasks(db)
    assert "9 000 Kč" in task.title                 # the open task shows the latest amount
    d = lease_detail(db, admin, lease["id"])
    assert [a.balance_hal for a in d.arrears] == [900_000, 700_000, 200_000]
    assert d.tasks and d.tasks[0].owner == "Jana Dvořáková"


def test_without_an_open_case_the_kmb_lead_gets_the_task(db, admin, office):
    lease = office["leases"]["Čermáková"]
    add_case(db, lease["hh"], lease["person"], office["worker"].user_id, status=CaseStatus.CLOSED)
    r = enter_balance(db, admin, lease["id"], dt.date(2026, 10, 1), 500_000, today=TODAY)
    assert r.task_owner_id == office["lead"].user_id


def test_bad_entries_are_refused(db, admin, office):
    lid = office["leases"]["Šťastný"]["id"]
    with pytest.raises(ValidationError) as exc:
        enter_balance(db, admin, lid, dt.date(2026, 10, 1), -100, today=TODAY)
    assert exc.value.field == "balance_hal"
    with pytest.raises(ValidationError) as exc:
        enter_balance(db, admin, lid, dt.date(2027, 1, 1), 100, today=TODAY)
    assert exc.value.field == "month"
    with pytest.raises(PermissionDenied):
        enter_balance(db, office["worker"], lid, dt.date(2026, 10, 1), 100, today=TODAY)
    assert _balances(db) == 0


def _csv(tmp_path, text: str, encoding="utf-8", name="saldo.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_names_every_bad_line_and_imports_nothing(db, admin, office, tmp_path):
    n = {k: v["number"] for k, v in office["leases"].items()}
    path = _csv(tmp_path, (
        "Číslo smlouvy;Nájemce;Období;Dluh\n"
        f"{n['Šťastný']};Šťastný Řehoř;10/2026;6 500,00\n"
        f"NS/1999/0042;Nikdo;10/2026;100\n"
        f"{n['Čermáková']};Čermáková Žofie;10/2026;abc\n"
        "\n"
        f"{n['Dvořáková']};Dvořáková Ludmila;13/2026;10\n"
        f"{n['Dvořáková']};Dvořáková Ludmila;10/2026;-250\n"
        f"{n['Šťastný']};Šťastný Řehoř;10/2026;7000\n"), "cp1250")
    mapping = {"lease_number": "Číslo smlouvy", "balance": "Dluh", "month": "Období"}
    preview = preview_import(db, admin, path, mapping, today=TODAY)
    assert [(p.line, p.reason) for p in preview.problems] == [
        (3, "neznámé číslo smlouvy „NS/1999/0042“"),
        (4, "částka „abc“ není číslo v Kč"),
        (6, "období „13/2026“ není měsíc (např. 10/2026)"),
        (7, "záporný dluh −250 Kč (přeplatek zapište jako 0)"),
        (8, f"smlouva {n['Šťastný']} za 10/2026 už je na řádku 2"),
    ]
    assert [r.line for r in preview.rows] == [2]
    with pytest.raises(ValidationError) as exc:
        import_arrears(db, admin, path, mapping, today=TODAY)
    assert "nic nebylo importováno" in exc.value.message and "řádek 3" in exc.value.message
    assert _balances(db) == 0 and _tasks(db) == []
    # the user explicitly skips the bad rows
    result = import_arrears(db, admin, path, mapping, skip_bad=True, today=TODAY)
    assert (result.imported, result.skipped, result.tasks) == (1, 5, 1)
    assert _balances(db) == 1
    assert remembered_mapping(db) == mapping


def test_import_xlsx_with_month_given_and_mapping_remembered(db, admin, office, tmp_path):
    n = {k: v["number"] for k, v in office["leases"].items()}
    wb = Workbook()
    ws = wb.active
    ws.append(["Správce: Správa bytů města"])           # a title row above the header
    ws.append([])
    ws.append(["VS", "Smlouva", "Saldo"])
    ws.append([1001, n["Šťastný"], 6500.5])
    ws.append([1002, n["Čermáková"], 0])
    ws.append([1003, n["Dvořáková"], "1 250,00 Kč"])
    path = tmp_path / "saldo-rijen.xlsx"
    wb.save(path)
    mapping = {"lease_number": "Smlouva", "balance": "Saldo", "month": None}
    with pytest.raises(ValidationError) as exc:
        import_arrears(db, admin, path, mapping, today=TODAY)
    assert exc.value.field == "month"               # the file has no month column
    result = import_arrears(db, admin, path, mapping, month=dt.date(2026, 10, 1), today=TODAY)
    assert (result.imported, result.skipped, result.tasks) == (3, 0, 1)
    rows = {r.number: r.balance_hal for r in month_overview(db, admin, dt.date(2026, 10, 1))}
    assert rows == {n["Šťastný"]: 650_050, n["Čermáková"]: 0, n["Dvořáková"]: 125_000}
    # next time the remembered mapping is offered (a different file, same columns)
    preview = preview_import(db, admin, path, month=dt.date(2026, 10, 1), today=TODAY)
    assert preview.mapping["lease_number"] == "Smlouva" and preview.mapping["balance"] == "Saldo"
    # importing again changes nothing and makes no second task
    import_arrears(db, admin, path, mapping, month=dt.date(2026, 10, 1), today=TODAY)
    assert _balances(db) == 3 and len(_tasks(db)) == 1


def test_mapping_must_name_existing_columns(db, admin, office, tmp_path):
    path = _csv(tmp_path, "Smlouva,Dluh\nNS/2025/0001,10\n")
    with pytest.raises(ValidationError) as exc:
        preview_import(db, admin, path, {"lease_number": "Smlouva", "balance": "Saldo"},
                       month=dt.date(2026, 10, 1), today=TODAY)
    assert exc.value.field == "map_balance" and "Saldo" in exc.value.message


def test_parsers_and_guess():
    assert parse_month("10/2026") == parse_month("2026-10") == parse_month("říjen 2026") \
        == parse_month("31. 10. 2026") == parse_month(dt.datetime(2026, 10, 31)) \
        == dt.date(2026, 10, 1)
    assert parse_amount("12 345,50 Kč") == 1_234_550 == parse_amount(12345.5)
    assert parse_amount("1.234,00") == 123_400
    with pytest.raises(ValueError):
        parse_amount("dvě stě")
    headers = ["Variabilní symbol", "Číslo smlouvy", "Nájemce", "Dluh (Kč)", "Období"]
    assert guess_mapping(headers) == {"lease_number": "Číslo smlouvy", "balance": "Dluh (Kč)",
                                      "month": "Období"}
    assert guess_mapping(headers, {"balance": "nájemce"})["balance"] == "Nájemce"


def test_alert_threshold_is_a_setting(db, admin, office):
    with db.transaction() as s:
        settings.put(s, admin, config.ARREARS_ALERT, 0)
    r = enter_balance(db, admin, office["leases"]["Dvořáková"]["id"], dt.date(2026, 10, 1), 1,
                      today=TODAY)
    assert r.task_id is not None
