"""Our own export from another installation meets people typed by hand
(issue 17): the export's record codes are no identity here — a person is
found by rodné číslo, then by name and birth date (either order, without
diacritics), the preview says "již v evidenci" and nothing is duplicated."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app import rodne_cislo
from app.imports import service
from app.imports.export import _cols
from app.labels import label
from app.people.records import PersonInput, create_person
from app.tabular import Sheet, xlsx_bytes
from models.base import new_id
from models.people import Household, HouseholdMember, Person, Relation

from .test_ui_imports import _idle, _tab, click
from .ui_helpers import make_context

TODAY = dt.date(2026, 10, 1)
RC_JANA = rodne_cislo.make(dt.date(1984, 3, 12), True, 246)
BORN_JIRI = dt.date(1970, 5, 4)


def _count(db, model) -> int:
    with db.reading() as s:
        q = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return s.scalar(q)


def other_office_export(path):
    """The workbook another installation's ``kmb export xlsx`` writes: its own
    record codes, the same people as ours and one more."""
    jana, jiri, marie, home = new_id(), new_id(), new_id(), new_id()
    persons = Sheet("Osoby", _cols("persons", [
        "person_code", "given_name", "surname", "birth_date", "birth_number", "phone"]))
    persons.rows = [
        {"person_code": jana, "given_name": "Jana", "surname": "Nováková",
         "birth_date": dt.date(1984, 3, 12), "birth_number": f"{RC_JANA[:6]}/{RC_JANA[6:]}",
         "phone": "603 111 222"},
        {"person_code": jiri, "given_name": "Jiří", "surname": "Dvořák",
         "birth_date": BORN_JIRI},
        {"person_code": marie, "given_name": "Marie", "surname": "Šťastná",
         "birth_date": dt.date(1990, 1, 1)},
    ]
    members = Sheet("Domácnosti", _cols("households", [
        "household_code", "household", "relation", "person_code", "given_name", "surname",
        "birth_date", "birth_number"]))
    members.rows = [
        {"household_code": home, "household": "Novákovi", "relation": label(Relation.HEAD),
         "person_code": jana, "given_name": "Jana", "surname": "Nováková",
         "birth_date": dt.date(1984, 3, 12), "birth_number": f"{RC_JANA[:6]}/{RC_JANA[6:]}"},
        {"household_code": home, "household": "Novákovi", "relation": label(Relation.OTHER),
         "person_code": marie, "given_name": "Marie", "surname": "Šťastná",
         "birth_date": dt.date(1990, 1, 1)},
    ]
    path.write_bytes(xlsx_bytes([persons, members]))
    return path


def typed_by_hand(db, admin) -> None:
    """The same people as the office typed them: Jana without diacritics but
    with her rodné číslo, Jiří with first name and surname swapped, no háčky."""
    create_person(db, admin, PersonInput(given_name="Jana", surname="Novakova",
                                         birth_number=RC_JANA))
    create_person(db, admin, PersonInput(given_name="Dvorak", surname="Jiri",
                                         birth_date=BORN_JIRI))


def test_an_export_from_elsewhere_finds_the_people_typed_by_hand(db, admin, tmp_path):
    typed_by_hand(db, admin)
    path = other_office_export(tmp_path / "export jiného úřadu.xlsx")
    before = _count(db, Person)

    preview = service.preview_import(db, admin, "persons", path, today=TODAY)
    assert not preview.problems, preview.problems
    assert (preview.new, preview.existing) == (1, 2)
    states = {values["surname"]: preview.state(line) for line, values in preview.sample}
    assert states == {"Nováková": "již v evidenci", "Dvořák": "již v evidenci",
                      "Šťastná": "nový"}

    result = service.run_import(db, admin, "persons", path, today=TODAY)
    assert (result.created, result.existing) == (1, 2)
    assert _count(db, Person) == before + 1
    with db.reading() as s:
        names = {(p.given_name, p.surname) for p in s.scalars(select(Person))}
    assert names == {("Jana", "Novakova"), ("Dvorak", "Jiri"), ("Marie", "Šťastná")}

    # the households sheet names Jana by the other office's code: still our Jana
    result = service.run_import(db, admin, "households", path, today=TODAY)
    assert result.created == 2 and not result.skipped
    with db.reading() as s:
        heads = s.execute(select(Person.surname, HouseholdMember.relation)
                          .join(HouseholdMember, HouseholdMember.person_id == Person.id)
                          .order_by(Person.surname)).all()
    assert [h[0] for h in heads] == ["Novakova", "Šťastná"]
    assert _count(db, Person) == before + 1 and _count(db, Household) == 1

    # and a second import of the whole workbook adds nothing
    for kind in ("persons", "households"):
        again = service.run_import(db, admin, kind, path, today=TODAY)
        assert again.created == 0, kind
    assert _count(db, Person) == before + 1 and _count(db, HouseholdMember) == 2


def test_a_name_and_birth_date_that_clash_with_the_rodne_cislo_are_a_bad_row(db, admin,
                                                                            tmp_path):
    """The code does not paper over a conflict: the row's rodné číslo belongs
    to someone else here."""
    create_person(db, admin, PersonInput(given_name="Petra", surname="Malá",
                                         birth_number=RC_JANA))
    path = other_office_export(tmp_path / "export.xlsx")
    preview = service.preview_import(db, admin, "persons", path, today=TODAY)
    assert [p.line for p in preview.problems] == [2]
    assert "rodné číslo" in preview.problems[0].reason
    assert preview.state(2) == "chyba"


def test_the_wizard_shows_the_rows_already_in_the_records(qtbot, db, admin, tmp_path,
                                                          monkeypatch):
    typed_by_hand(db, admin)
    path = other_office_export(tmp_path / "export jiného úřadu.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab = _tab(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab.kind.setCurrentIndex(tab.kind.findData("persons"))
    click(qtbot, tab.choose)
    _idle(qtbot, tab)
    table = tab.rows_table
    assert table.horizontalHeaderItem(1).text() == "Stav"
    surname = next(c for c in range(table.columnCount())
                   if table.horizontalHeaderItem(c).text() == "Příjmení")
    shown = {table.item(r, surname).text(): table.item(r, 1).text()
             for r in range(table.rowCount())}
    assert shown == {"Nováková": "již v evidenci", "Dvořák": "již v evidenci",
                     "Šťastná": "nový"}
    assert "nových: 1 · už v evidenci: 2" in tab.status.text()
    click(qtbot, tab.import_button)
    _idle(qtbot, tab)
    assert _count(db, Person) == 3
