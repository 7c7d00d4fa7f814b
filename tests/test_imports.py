"""Importing an office's own lists (issue 17.1): the messy pořadník, bad files,
duplicates, idempotence, audit, roles."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.errors import Cancelled, PermissionDenied, ValidationError
from app.imports import service
from app.imports.values import parse_date, split_address, split_name
from app.people.records import PersonInput, create_person
from app.security import Actor
from models.allocation import Application
from models.audit import AuditEvent
from models.people import Household, HouseholdMember, Person, PersonContact
from models.staff import Role

from .import_data import MESSY_BAD_LINES, MESSY_GOOD, RC_NOVAK, big_persons_csv, messy_poradnik

TODAY = dt.date(2026, 10, 1)


def _count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_values_as_offices_type_them():
    assert parse_date("3.1.1985") == parse_date("3. 1. 1985") == dt.date(1985, 1, 3)
    assert parse_date(45000) == dt.date(2023, 3, 15)        # Excel serial
    assert parse_date("5.5.88", today=TODAY) == dt.date(1988, 5, 5)
    with pytest.raises(ValueError):
        parse_date("31. 2. 1992")
    assert split_name("Mgr. Jana Nováková, Ph.D.") == ("Mgr.", "Jana", "Nováková", "Ph.D.")
    assert split_name("Novák, Jan") == (None, "Jan", "Novák", None)
    assert split_name("Novák Jan Karel", surname_first=True)[1:3] == ("Jan Karel", "Novák")
    assert split_address("Horská 5/17, 541 02 Trutnov") == {
        "street": "Horská", "house_number": "5/17", "postcode": "541 02", "city": "Trutnov"}


def test_the_messy_poradnik_imports_after_mapping_and_twice_adds_nothing(db, admin, tmp_path):
    create_person(db, admin, PersonInput(given_name="Eva", surname="Stará",
                                         birth_date=dt.date(1950, 6, 12)))
    path = messy_poradnik(tmp_path / "pořadník 2026.xlsx")
    persons_before = _count(db, Person)

    preview = service.preview_import(db, admin, "applications", path, today=TODAY)
    assert preview.header_line == 4           # the title and the merged group row skipped
    assert preview.mapping["full_name"] == "Jméno a příjmení"
    assert preview.mapping["filed_on"] == "Datum podání"
    assert preview.mapping["household_income"] == "Příjem domácnosti"
    assert preview.mapping["household_size"] == "Počet osob"
    assert preview.rows == MESSY_GOOD + len(MESSY_BAD_LINES)   # notes and empty rows are no rows
    assert [p.line for p in preview.problems] == MESSY_BAD_LINES
    reasons = {p.line: p.reason for p in preview.problems}
    assert "rodné číslo" in reasons[9]
    assert "není platné datum" in reasons[10]
    assert "není jméno a příjmení" in reasons[11]
    assert "řádku 5" in reasons[12]
    assert "není částka" in reasons[13]
    assert (preview.new, preview.existing) == (MESSY_GOOD, 0)
    assert _count(db, Application) == 0 and _count(db, Person) == persons_before  # nothing stored

    with pytest.raises(ValidationError, match="řádek 9"):      # bad rows block the import
        service.run_import(db, admin, "applications", path, preview.mapping, today=TODAY)
    assert _count(db, Application) == 0

    result = service.run_import(db, admin, "applications", path, preview.mapping,
                                skip_invalid=True, today=TODAY)
    assert result.created == MESSY_GOOD
    assert [p.line for p in result.skipped] == MESSY_BAD_LINES
    assert _count(db, Application) == 4
    assert _count(db, Person) == persons_before + 3       # Eva Stará was there already
    assert _count(db, Household) == 4
    with db.reading() as s:
        novak = s.scalars(select(Person).where(Person.birth_number == RC_NOVAK)).one()
        assert (novak.given_name, novak.surname, novak.birth_date) == (
            "Jan", "Novák", dt.date(1985, 1, 3))
        assert novak.permanent_address.one_line() == "Lipová 12, 541 01 Trutnov"
        phones = s.scalars(select(PersonContact.value).where(
            PersonContact.person_id == novak.id)).all()
        assert phones == ["603 123 456"]
        app = s.scalars(select(Application).where(Application.applicant_id == novak.id)).one()
        assert (app.filed_on, app.household_size, app.household_income_hal) == (
            dt.date(2024, 1, 3), 3, 1850000)
        hh = s.get(Household, app.household_id)
        assert hh.name == "Novákovi"
        svob = s.scalars(select(Person).where(Person.surname == "Svobodová")).one()
        assert svob.title_before == "Mgr." and svob.birth_date == dt.date(1990, 1, 3)
        svob_app = s.scalars(select(Application).where(
            Application.applicant_id == svob.id)).one()
        assert svob_app.filed_on == dt.date(2023, 3, 15) and svob_app.note == \
            "matka samoživitelka"
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
        # every new record is audited with the file's hash and its line
        details = [json.loads(e.detail) for e in events if e.entity == "application"]
    assert len(details) == 4
    assert all(d["file_sha256"] == result.sha256 for d in details)
    assert sorted(d["line"] for d in details) == [5, 6, 7, 14]

    again = service.run_import(db, admin, "applications", path, skip_invalid=True,
                               today=TODAY)       # the remembered mapping
    assert (again.created, again.existing) == (0, MESSY_GOOD)
    assert _count(db, Application) == 4 and _count(db, Household) == 4
    assert _count(db, HouseholdMember) == 4
    assert service.preview_import(db, admin, "applications", path,
                                  today=TODAY).mapping_remembered


def test_a_column_mapped_twice_and_a_missing_field_are_named(db, admin, tmp_path):
    path = messy_poradnik(tmp_path / "p.xlsx")
    mapping = {"full_name": "Jméno a příjmení", "filed_on": "Datum podání",
               "birth_date": "Datum podání"}
    preview = service.preview_import(db, admin, "applications", path, mapping)
    assert "přiřazen dvakrát" in preview.mapping_error
    with pytest.raises(ValidationError, match="přiřazen dvakrát"):
        service.run_import(db, admin, "applications", path, mapping)
    with pytest.raises(ValidationError, match="Datum podání"):
        service.run_import(db, admin, "applications", path, {"full_name": "Jméno a příjmení"})
    assert _count(db, Person) == 0


def test_bad_files_are_one_czech_message_and_nothing_imported(db, admin, tmp_path):
    cases = {
        "seznam.pdf": (b"%PDF-1.4 whatever", "není tabulka"),
        "prazdny.csv": (b"", "prázdný"),
        "heslo.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
                       + "EncryptedPackage".encode("utf-16-le"), "chráněný heslem"),
        "stary.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200, "starém formátu"),
        "utf16.csv": ("Jméno;Příjmení\r\nJan;Novák\r\n".encode("utf-16"), "UTF-8 ani"),
        "rozbity.xlsx": (b"PK\x03\x04 not really a zip", "není čitelný sešit"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ValidationError, match=message):
            service.preview_import(db, admin, "persons", path)
        with pytest.raises(ValidationError, match=message):
            service.run_import(db, admin, "persons", path)
    from openpyxl import Workbook
    Workbook().save(tmp_path / "prazdny.xlsx")
    with pytest.raises(ValidationError, match="prázdný"):
        service.preview_import(db, admin, "persons", tmp_path / "prazdny.xlsx")
    # said to be cp1250, but it is not: bytes cp1250 does not have (0x98), control codes
    fake = tmp_path / "cp.csv"
    fake.write_bytes(b"Jm\x98no;P\x81\x83jmen\x1bi\r\nJan;Nov\x90k\r\n")
    with pytest.raises(ValidationError, match="Windows-1250"):
        service.preview_import(db, admin, "persons", fake, encoding="cp1250")
    with pytest.raises(ValidationError, match="Windows-1250"):
        service.preview_import(db, admin, "persons", fake)
    assert _count(db, Person) == 0


def test_cp1250_csv_with_commas_and_cancel_leaves_no_trace(db, admin, tmp_path):
    path = tmp_path / "osoby.csv"
    path.write_bytes("Příjmení,Jméno,Datum narození\r\nŘíha,Jiří,1. 2. 1970\r\n"
                     "Šťastná,Žofie,2.3.1980\r\n".encode("cp1250"))
    preview = service.preview_import(db, admin, "persons", path)
    assert (preview.rows, preview.new, preview.problems) == (2, 2, [])
    big = big_persons_csv(tmp_path / "big.csv", 1000)
    with pytest.raises(Cancelled):
        service.run_import(db, admin, "persons", big, cancelled=lambda: True)
    assert _count(db, Person) == 0
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "import")) == 0
    done = service.run_import(db, admin, "persons", path)
    assert done.created == 2
    from app.audit import verify_chain
    from app.people.search import search_persons
    with db.reading() as s:
        zofie = s.scalars(select(Person).where(Person.surname == "Šťastná")).one()
        assert zofie.given_name == "Žofie"
        # written in bulk, yet stamped for the exchange and chained in the audit trail
        assert zofie.sync_seq > 0 and zofie.sync_meta and zofie.row_version == 1
        assert verify_chain(s) is None
    assert [p.surname for p in search_persons(db, admin, "stastna")] == ["Šťastná"]


def test_only_roles_that_may_set_up_the_office_import(db, admin, tmp_path):
    path = messy_poradnik(tmp_path / "p.xlsx")
    for role in (Role.SOCIAL_WORKER, Role.PROPERTY, Role.READONLY):
        with pytest.raises(PermissionDenied):
            service.preview_import(db, Actor(admin.user_id, "X", role), "applications", path)
    lead = Actor(admin.user_id, "Vedoucí", Role.LEAD)
    assert service.preview_import(db, lead, "applications", path, today=TODAY).new == 4


def test_export_sheets_follow_what_the_role_may_see(db, admin, tmp_path):
    from openpyxl import load_workbook
    from app.imports.export import export_xlsx
    from app.security import Permission as P
    create_person(db, admin, PersonInput(given_name="Jan", surname="=HYPERLINK(1)",
                                         birth_date=dt.date(1980, 1, 1)))
    flats_only = Actor(admin.user_id, "Majetek", Role.PROPERTY,
                       frozenset({P.EXPORT_BUNDLES, P.VIEW_FLATS}))
    result = export_xlsx(db, flats_only, tmp_path / "byty.xlsx")
    assert list(result.counts) == ["Byty"]
    assert load_workbook(tmp_path / "byty.xlsx").sheetnames == ["Byty"]
    with pytest.raises(PermissionDenied):
        export_xlsx(db, Actor(admin.user_id, "X", Role.SOCIAL_WORKER), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    full = export_xlsx(db, admin, tmp_path / "vse.xlsx")
    ws = load_workbook(tmp_path / "vse.xlsx")["Osoby"]
    cell = next(c for c in ws[2] if c.value and "HYPERLINK" in str(c.value))
    assert cell.data_type == "s"                    # text, never a formula
    assert full.counts["Osoby"] == 1


def test_a_forged_record_code_is_a_bad_row(db, admin, tmp_path):
    path = tmp_path / "osoby.csv"
    path.write_text("Kód osoby;Jméno;Příjmení;Datum narození\nx' OR 1;Jan;Novák;1.1.1980\n",
                    encoding="utf-8")
    preview = service.preview_import(db, admin, "persons", path)
    assert [p.line for p in preview.problems] == [2]
    assert "není kód záznamu" in preview.problems[0].reason
