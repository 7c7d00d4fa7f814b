"""Subject access export (čl. 15 GDPR) on the town demo. The test walks the
foreign keys of the schema itself: for every column that refers to a person
it finds (with plain SQL) a demo person who has such a row and checks that the
row is in that person's package. A table added later that refers to persons
fails here until the export carries it and the demo fills it."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from app.cli.main import main
from app.errors import PermissionDenied
from app.intake.duplicates import flag
from app.people.detail import person_detail
from app.people.merge import merge_persons
from app.people.records import PersonInput, create_person
from app.privacy import subject_access
from app.privacy.labels import TABLES
from app.security import actor_from_user, find_user
from models.base import Base
from models.people import Person

from ..keys import as_user


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _person_references() -> list[tuple[str, str]]:
    return sorted((t.name, fk.parent.name) for t in Base.metadata.sorted_tables
                  for fk in t.foreign_keys if fk.column.table.name == "person")


def _covering_persons(db) -> dict[str, list[tuple[str, str, str]]]:
    """person id → [(table, column, row id)] so that every reference is covered."""
    wanted = _person_references()
    assert len(wanted) >= 15             # the walk sees the schema (person, case, lease …)
    chosen: dict[str, list] = {}
    with db.engine.connect() as c:
        for table, column in wanted:
            pick = None
            for pid in chosen:            # prefer a person already in the sample
                pick = c.execute(text(f'SELECT "{column}", id FROM "{table}" '
                                      f'WHERE "{column}" = :p LIMIT 1'), {"p": pid}).first()
                if pick:
                    break
            if pick is None:
                pick = c.execute(text(f'SELECT "{column}", id FROM "{table}" '
                                      f'WHERE "{column}" IS NOT NULL ORDER BY id LIMIT 1')).first()
            assert pick is not None, f"the demo has no row in {table}.{column}"
            chosen.setdefault(pick[0], []).append((table, column, pick[1]))
    return chosen


def test_every_table_that_refers_to_a_person_is_in_the_package(town_db):
    lead = _actor(town_db, "petr.horak")
    # the demo merges nobody: a duplicate merged through the service fills merged_into_id
    with town_db.reading() as s:
        survivor = s.scalars(select(Person.id).order_by(Person.id)).first()
    dup = create_person(town_db, lead, PersonInput(given_name="Duplicitní",
                                                   surname="Záznam"))
    with town_db.transaction() as s:              # …and a flagged pair possible_duplicate
        flag(s, lead, survivor, dup, "name_birth_date")
    merge_persons(town_db, lead, survivor, dup)
    for table, _ in _person_references():
        assert table in TABLES, f"no Czech name for {table}"
    for pid, rows in _covering_persons(town_db).items():
        pkg = subject_access.build_package(town_db, lead, pid)
        for table, column, row_id in rows:
            ids = {r["id"] for r in pkg.tables.get(table, [])}
            assert row_id in ids, f"{table}.{column} row {row_id} missing for {pid}"
        assert pkg.tables["person"][0]["id"] == pid


def test_package_follows_rows_under_the_persons_rows_and_names_who_opened_it(town_db):
    lead = _actor(town_db, "petr.horak")
    worker = _actor(town_db, "jana.dvorakova")
    with town_db.engine.connect() as c:
        pid, case_id = c.execute(text(
            "SELECT c.person_id, c.id FROM \"case\" c JOIN case_status_change s "
            "ON s.case_id = c.id WHERE c.person_id IS NOT NULL LIMIT 1")).first()
        changes = {r[0] for r in c.execute(text(
            "SELECT id FROM case_status_change WHERE case_id = :c"), {"c": case_id})}
    person_detail(town_db, worker, pid)                 # Jana opens the record
    pkg = subject_access.build_package(town_db, lead, pid)
    assert changes <= {r["id"] for r in pkg.tables["case_status_change"]}
    opened = [e for e in pkg.events if e.action == "open" and e.entity_id == pid]
    assert opened and opened[0].user_name == "Jana Dvořáková"
    # the export itself is audited, with what went out
    from app.privacy.audit_log import person_access
    last = person_access(town_db, lead, pid)[0]
    assert last.action == "export" and "subject_access" in last.detail


def test_frozen_rankings_of_other_applicants_are_not_handed_out(town_db):
    lead = _actor(town_db, "petr.horak")
    with town_db.engine.connect() as c:
        pid = c.execute(text(
            "SELECT a.applicant_id FROM allocation_decision d JOIN application a "
            "ON a.id = d.application_id WHERE d.ranking_snapshot_json IS NOT NULL "
            "LIMIT 1")).scalar()
    if pid is None:
        pytest.skip("the demo has no council decision")
    pkg = subject_access.build_package(town_db, lead, pid)
    decisions = pkg.tables["allocation_decision"]
    assert decisions and all(d["ranking_snapshot_json"] == subject_access.WITHHELD
                             for d in decisions)


def test_only_roles_with_subject_access_may_export(town_db):
    with town_db.reading() as s:
        pid = s.scalars(select(Person.id).order_by(Person.id)).first()
    for username in ("jana.dvorakova", "tomas.krejci"):
        with pytest.raises(PermissionDenied):
            subject_access.build_package(town_db, _actor(town_db, username), pid)


def test_cli_writes_a_readable_package(town_path, demo_password, tmp_path, capsys):
    from app.db import open_database
    from app.config import sqlite_url
    from ..keys import TEST_KEY
    db = open_database(sqlite_url(town_path), key=TEST_KEY)
    with db.engine.connect() as c:
        pid, name = c.execute(text(
            "SELECT p.id, p.given_name || ' ' || p.surname FROM person p JOIN \"case\" c "
            "ON c.person_id = p.id ORDER BY p.id LIMIT 1")).first()
    db.close()
    out = tmp_path / "osoba.zip"
    rc = main(as_user(["person", "export", pid, "-o", str(out), "--db", str(town_path)],
                      "petr.horak"))
    assert rc == 0, capsys.readouterr().err
    assert "Uloženo" in capsys.readouterr().out
    z = zipfile.ZipFile(out)
    assert {"PRECTETE.txt", "souhrn.pdf", "udaje.xlsx", "udaje.json"} <= set(z.namelist())
    from pypdf import PdfReader
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        z.read("souhrn.pdf"))).pages).split())
    assert "Výpis osobních údajů" in pdf and name in pdf and "Vaše práva" in pdf
    assert "Případ" in pdf and "10 let" in pdf
    data = json.loads(z.read("udaje.json"))
    assert data["tables"]["person"]["label"] == "Osoba"
    assert data["tables"]["case"]["rows"][0]["person_id"] == pid
    wb = load_workbook(io.BytesIO(z.read("udaje.xlsx")))
    assert wb.sheetnames[0] == "Osoba" and "Případ" in wb.sheetnames
    assert "Kdo s údaji pracoval" in wb.sheetnames
    ws = wb["Osoba"]
    headers = [c.value for c in ws[2]]
    assert "Příjmení" in headers and "Rodné číslo" in headers
    assert name.split()[-1] in [c.value for c in ws[3]]
    # a social worker is refused with one line and nothing written
    out2 = tmp_path / "jana.zip"
    rc = main(as_user(["person", "export", pid, "-o", str(out2), "--db", str(town_path)],
                      "jana.dvorakova"))
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "oprávnění" in err and not out2.exists()


def test_every_column_a_person_reads_about_themselves_has_a_czech_name():
    from app.privacy.labels import COLUMNS
    from app.privacy.subject_access import DERIVED, referring
    from models.base import SYNC_BOOKKEEPING
    missing = sorted({f"{t.name}.{c.name}" for t, _ in referring("person") for c in t.columns
                      if c.name not in COLUMNS and not c.foreign_keys
                      and c.name not in DERIVED | SYNC_BOOKKEEPING})
    assert missing == []
