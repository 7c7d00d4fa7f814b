"""The import's duplicate check a chunk at a time (issue 17, flat memory):
each chunk's persons are looked up in one query against the stored records
and the rows this import already wrote; what the file's earlier rows were
is kept as digests on disk. A duplicate is found in the same chunk, in an
earlier chunk and in the stored data, in either name order and without
diacritics — by the preview and by the import alike."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from app import rodne_cislo
from app.imports import engine, service
from app.people.records import PersonInput, create_person
from models.people import Person

TODAY = dt.date(2026, 10, 1)
RC_A = rodne_cislo.make(dt.date(1981, 4, 2), True, 311)


def _csv(path, rows):
    lines = ["Příjmení;Jméno;Datum narození;Rodné číslo"] + [";".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
    return path


def _persons(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Person)
                        .where(Person.deleted_at.is_(None)))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(engine, "CHUNK", 3)     # lines 2–4, 5–7, 8–10, … are chunks


def _reasons(result) -> dict[int, str]:
    return {p.line: p.reason for p in result.problems}


def test_duplicates_in_the_same_chunk_an_earlier_chunk_and_the_records(db, admin, tmp_path,
                                                                      small_chunks):
    create_person(db, admin, PersonInput(given_name="Zdeněk", surname="Říha",
                                         birth_date=dt.date(1960, 7, 8)))
    before = _persons(db)
    path = _csv(tmp_path / "osoby.csv", [
        ["Novák", "Jan", "3. 1. 1985", ""],                 # 2
        ["Novak", "Jan", "3.1.1985", ""],                   # 3: line 2 again, same chunk
        ["Svobodová", "Eva", "2. 4. 1981", RC_A[:6] + "/" + RC_A[6:]],   # 4
        ["Malý", "Petr", "5. 5. 1990", ""],                 # 5
        ["Jan", "Nováček", "9. 9. 1999", ""],               # 6: given/surname swapped below
        ["Eva", "Svobodova", "2.4.1981", ""],               # 7: line 4, earlier chunk, swapped
        ["Nováček", "Jan", "9.9.1999", ""],                 # 8: line 6 in the other order
        ["Riha", "Zdenek", "8. 7. 1960", ""],               # 9: stored, without diacritics
        ["Zdenek", "Říha", "8. 7. 1960", ""],               # 10: stored, other order, and line 9
        ["Hrubá", "Alena", "2. 4. 1981", RC_A],             # 11: Eva's rodné číslo
    ])
    for run in (service.preview_import, service.run_import):
        kwargs = {"skip_invalid": True} if run is service.run_import else {}
        result = run(db, admin, "persons", path, today=TODAY, **kwargs)
        problems = result.problems if run is service.preview_import else result.skipped
        reasons = {p.line: p.reason for p in problems}
        assert sorted(reasons) == [3, 7, 8, 10, 11], reasons
        assert "řádku 2" in reasons[3]
        assert "řádku 4" in reasons[7]
        assert "řádku 6" in reasons[8]
        assert "řádku 9" in reasons[10]
        assert "rodné číslo" in reasons[11]
        if run is service.preview_import:
            assert (result.new, result.existing) == (4, 1)     # Říha is in the records
            assert _persons(db) == before                       # the preview stored nothing
        else:
            assert (result.created, result.existing) == (4, 1)
    assert _persons(db) == before + 4

    # the same file again: everyone is found in the records, nobody added
    again = service.run_import(db, admin, "persons", path, today=TODAY, skip_invalid=True)
    assert again.created == 0 and again.existing == 5
    assert _persons(db) == before + 4


def test_a_stored_person_is_found_in_a_later_chunk_in_either_name_order(db, admin, tmp_path,
                                                                       small_chunks):
    create_person(db, admin, PersonInput(given_name="Jiří", surname="Dvořák",
                                         birth_date=dt.date(1970, 5, 4),
                                         birth_number=None))
    rows = [[f"Kučera{i}", "Karel", "1. 1. 1980", ""] for i in range(7)]
    rows.append(["Jiri", "Dvorak", "4. 5. 1970", ""])        # line 9: third chunk, swapped
    path = _csv(tmp_path / "osoby.csv", rows)
    result = service.run_import(db, admin, "persons", path, today=TODAY)
    assert (result.created, result.existing) == (7, 1)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)
                        .where(Person.search_surname == "dvorak")) == 1


def test_one_person_query_per_chunk(db, admin, tmp_path, small_chunks):
    path = _csv(tmp_path / "osoby.csv",
                [[f"Beneš{i}", "Tomáš", "1. 1. 1980", ""] for i in range(9)])   # 3 chunks
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT") and "FROM person" in statement \
                and "birth_number" in statement:
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        result = service.run_import(db, admin, "persons", path, today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert result.created == 9
    assert len(statements) == 3


def test_an_earlier_chunks_rodne_cislo_is_checked_by_the_preview_too(db, admin, tmp_path,
                                                                    small_chunks):
    path = _csv(tmp_path / "osoby.csv", [
        ["Svobodová", "Eva", "2. 4. 1981", RC_A],           # 2
        ["Malý", "Petr", "5. 5. 1990", ""],                 # 3
        ["Veselá", "Ivana", "6. 6. 1991", ""],              # 4
        ["Hrubá", "Alena", "2. 4. 1981", RC_A],             # 5: Eva's rodné číslo
        ["Svobodova", "Eva", "2. 4. 1981", "8104023111"],   # 6: Eva with another rodné číslo
    ])
    preview = service.preview_import(db, admin, "persons", path, today=TODAY)
    reasons = {p.line: p.reason for p in preview.problems}
    assert sorted(reasons) == [5, 6]
    assert "rodné číslo" in reasons[5]
