"""Households and flats imported on their own (issue 17), each from a
generated, deliberately messy workbook as a town keeps it: the expected
counts, the expected bad rows by number, and a second import adds nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import rodne_cislo
from app.errors import ValidationError
from app.imports import service
from models.housing import Building, Flat, FlatCategory, FlatStatus
from models.people import Household, HouseholdMember, Person, Relation

TODAY = dt.date(2026, 10, 1)
RC_PETR = rodne_cislo.make(dt.date(1979, 11, 23), False, 418)


def _count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _sheet(path, title, header, rows, notes=()):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "List1"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append([])
    for note in notes:
        ws.append(note)
    wb.save(path)
    return path


# -- households: one member a row, rows of one household share its name -------

HH_HEADER = ["Rodina", "Jméno a příjmení", "Vztah k žadateli", "Dat. nar.", "RČ", "Tel."]
HH_ROWS = [
    # 4–6: Horákovi, the head with a rodné číslo, a partner, a child
    ["Horákovi", "Petr Horák", "žadatel / hlava domácnosti", "23.11.1979",
     f"{RC_PETR[:6]}/{RC_PETR[6:]}", "603 222 333"],
    ["Horákovi", "Ing. Alena Horáková", "manžel(ka) / partner(ka)", "2. 4. 1981", None, None],
    ["Horákovi", "Tomáš Horák", "dítě", dt.datetime(2012, 9, 1), None, None],
    # 7: an empty row
    [None] * 6,
    # 8–9: Kalinovi, the birth date as an Excel serial
    ["Kalinovi", "Věra Kalinová", "žadatel / hlava domácnosti", 23000, None, None],
    ["Kalinovi", "Jiří Kalina", "rodič", "7.7.1940", None, None],
    # 10: a relation nobody knows
    ["Kalinovi", "Ota Kalina", "soused", "1.1.1990", None, None],
    # 11: the same member twice in one household
    ["Horákovi", "Tomáš Horák", "dítě", "1. 9. 2012", None, None],
    # 12: a date that does not exist
    ["Kalinovi", "Eva Kalinová", "dítě", "30. 2. 2015", None, None],
    # 13: no surname
    ["Kalinovi", "Bára", "dítě", "1. 6. 2016", None, None],
]
HH_BAD = [10, 11, 12, 13]


def test_households_import_on_their_own(db, admin, tmp_path):
    path = _sheet(tmp_path / "domácnosti.xlsx", "Domácnosti v péči KMB – září 2026",
                  HH_HEADER, HH_ROWS, notes=[["Zpracovala: Dana Veselá"]])
    preview = service.preview_import(db, admin, "households", path, today=TODAY)
    assert preview.header_line == 3
    assert preview.mapping["household"] == "Rodina"
    assert preview.mapping["relation"] == "Vztah k žadateli"
    assert preview.mapping["birth_number"] == "RČ"
    assert [p.line for p in preview.problems] == HH_BAD
    reasons = {p.line: p.reason for p in preview.problems}
    assert "soused" in reasons[10] and "neznám" in reasons[10]
    assert "řádku 6" in reasons[11]
    assert "není platné datum" in reasons[12]
    assert "jméno a příjmení" in reasons[13]
    assert preview.new == 5 and preview.existing == 0
    assert _count(db, Person) == 0 and _count(db, Household) == 0       # nothing stored

    with pytest.raises(ValidationError, match="řádek 10"):
        service.run_import(db, admin, "households", path, today=TODAY)
    assert _count(db, Household) == 0

    result = service.run_import(db, admin, "households", path, skip_invalid=True, today=TODAY)
    assert result.created == 5 and [p.line for p in result.skipped] == HH_BAD
    assert (_count(db, Household), _count(db, Person), _count(db, HouseholdMember)) == (2, 5, 5)
    with db.reading() as s:
        rows = s.execute(select(Household.name, Person.given_name, Person.surname,
                                Person.title_before, Person.birth_date, HouseholdMember.relation)
                         .join(HouseholdMember, HouseholdMember.household_id == Household.id)
                         .join(Person, Person.id == HouseholdMember.person_id)).all()
        petr = s.scalars(select(Person).where(Person.birth_number == RC_PETR)).one()
        assert (petr.given_name, petr.surname) == ("Petr", "Horák")
    by_name = {(r.given_name, r.surname): r for r in rows}
    assert by_name[("Petr", "Horák")].relation == Relation.HEAD
    assert by_name[("Alena", "Horáková")].title_before == "Ing."
    assert by_name[("Tomáš", "Horák")].birth_date == dt.date(2012, 9, 1)
    assert by_name[("Věra", "Kalinová")].birth_date == dt.date(1962, 12, 20)   # serial 23000
    assert by_name[("Jiří", "Kalina")].relation == Relation.PARENT
    assert {r.name for r in rows} == {"Horákovi", "Kalinovi"}

    again = service.run_import(db, admin, "households", path, skip_invalid=True, today=TODAY)
    assert again.created == 0 and again.existing == 5
    assert (_count(db, Household), _count(db, Person), _count(db, HouseholdMember)) == (2, 5, 5)


# -- flats: the house's address in one column, layouts, areas, Kč --------------

FLAT_HEADER = ["Adresa", "Byt č.", "Patro", "Dispozice", "Plocha m2", "Kategorie",
               "Stav", "Nájemné (Kč)", "Bezbariérový"]
FLAT_ROWS = [
    # 4–7: two houses, a flat on the ground floor, area with a comma, rent with Kč
    ["Lipová 12, 541 01 Trutnov", "1", 0, "1+kk", "28,5", "sociální", "volný",
     "3 250 Kč", "ano"],
    ["Lipová 12, 541 01 Trutnov", "2", 1, "2+1", 54, "běžný", "obsazený", "6 480", "ne"],
    ["Horská 5, 541 02 Trutnov", "12", 3, "3+1", "72.4", "senioři", "v opravě", 7900, None],
    ["Horská 5, 541 02 Trutnov", "12A", 3, "1+1", 36, None, None, "4 100,50 Kč", "x"],
    # 8: the same flat again
    ["Lipová 12, 541 01 Trutnov", "2", 1, "2+1", 54, "běžný", "obsazený", "6 480", "ne"],
    # 9: a rent that is no amount
    ["Horská 5, 541 02 Trutnov", "14", 4, "2+kk", 44, None, None, "dohodou", None],
    # 10: an unknown category
    ["Horská 5, 541 02 Trutnov", "15", 4, "2+kk", 44, "luxusní", None, "5 000", None],
    # 11: no flat number
    ["Lipová 12, 541 01 Trutnov", None, 2, "2+1", 50, None, None, "6 000", None],
    # 12: "bezbariérový" that is neither yes nor no
    ["Lipová 12, 541 01 Trutnov", "5", 2, "2+1", 50, None, None, "6 000", "možná"],
]
FLAT_BAD = [8, 9, 10, 11, 12]


def test_flats_import_on_their_own(db, admin, tmp_path):
    path = _sheet(tmp_path / "byty.xlsx", "Bytový fond města – stav k 1. 9. 2026",
                  FLAT_HEADER, FLAT_ROWS, notes=[[None, "Celkem bytů: 9"]])
    preview = service.preview_import(db, admin, "flats", path, today=TODAY)
    assert preview.mapping["flat_address"] == "Adresa"
    assert preview.mapping["flat_number"] == "Byt č."
    assert preview.mapping["floor_area"] == "Plocha m2"
    assert [p.line for p in preview.problems] == FLAT_BAD
    reasons = {p.line: p.reason for p in preview.problems}
    assert "řádku 5" in reasons[8]
    assert "není částka" in reasons[9]
    assert "luxusní" in reasons[10]
    assert "číslo bytu" in reasons[11]
    assert "ano/ne" in reasons[12]
    assert (preview.new, preview.existing) == (4, 0)
    assert _count(db, Flat) == 0 and _count(db, Building) == 0

    result = service.run_import(db, admin, "flats", path, skip_invalid=True, today=TODAY)
    assert result.created == 4 and [p.line for p in result.skipped] == FLAT_BAD
    assert (_count(db, Building), _count(db, Flat)) == (2, 4)
    with db.reading() as s:
        flats = {f.number: (f.floor, f.layout, f.rooms, float(f.floor_area_m2), f.category,
                            f.status, f.rent_hal, f.barrier_free)
                 for f in s.scalars(select(Flat))}
        houses = {(b.street, b.house_number, b.postcode, b.city)
                  for b in s.scalars(select(Building))}
    assert houses == {("Lipová", "12", "541 01", "Trutnov"), ("Horská", "5", "541 02", "Trutnov")}
    assert flats["1"] == (0, "1+kk", 1, 28.5, FlatCategory.SOCIAL, FlatStatus.VACANT, 325_000,
                          True)
    assert flats["12"][2] == 3 and flats["12"][5] == FlatStatus.REPAIR
    assert flats["12A"][6] == 410_050 and flats["12A"][4] == FlatCategory.STANDARD
    assert flats["2"][7] is False

    again = service.run_import(db, admin, "flats", path, skip_invalid=True, today=TODAY)
    assert (again.created, again.existing) == (0, 4)
    assert (_count(db, Building), _count(db, Flat)) == (2, 4)
