"""Application numbers on import (issue 17): a number from another
installation or an old list is no identity here and is never taken over. An
imported application gets the next number of this installation's series; the
file's number stays on it as its reference (the note, shown in the detail)
and the preview says so. Found as "already here" only by applicant and filing
date, or by the number together with the same applicant."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.imports import service
from models.allocation import Application
from models.people import Person

TODAY = dt.date(2026, 10, 1)


def _csv(path, header, rows):
    lines = [";".join(header)] + [";".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _numbers(db) -> dict[str, tuple[str, str | None]]:
    with db.reading() as s:
        return {f"{p.given_name} {p.surname}": (a.number, a.note) for a, p in s.execute(
            select(Application, Person).join(Person, Person.id == Application.applicant_id))}


def test_a_number_already_issued_here_is_not_taken_over(db, admin, tmp_path):
    ours = _csv(tmp_path / "naše.csv", ["Jméno a příjmení", "Datum narození", "Datum podání"],
                [["Jana Malá", "1. 2. 1980", "3. 1. 2024"]])
    assert service.run_import(db, admin, "applications", ours, today=TODAY).created == 1
    assert _numbers(db)["Jana Malá"] == ("Z-2024/0001", None)

    other = _csv(tmp_path / "z jiné instalace.csv",
                 ["Jméno a příjmení", "Datum narození", "Datum podání", "Číslo žádosti",
                  "Poznámka"],
                 [["Petr Veselý", "5. 6. 1975", "5. 2. 2024", "Z-2024/0001", "přednostně"],
                  # Jana's own application under the number it has here: already here
                  ["Jana Malá", "1. 2. 1980", "4. 1. 2024", "Z-2024/0001", ""]])
    preview = service.preview_import(db, admin, "applications", other, today=TODAY)
    assert (preview.new, preview.existing, preview.problems) == (1, 1, [])
    assert preview.state(2) == "nová, dostane číslo této evidence (původní Z-2024/0001)"
    assert preview.state(3) == "již v evidenci"

    result = service.run_import(db, admin, "applications", other, today=TODAY)
    assert (result.created, result.existing) == (1, 1)
    numbers = _numbers(db)
    assert numbers["Jana Malá"] == ("Z-2024/0001", None)            # untouched
    assert numbers["Petr Veselý"] == ("Z-2024/0002",
                                      "Původní číslo žádosti: Z-2024/0001\npřednostně")

    again = service.run_import(db, admin, "applications", other, today=TODAY)
    assert (again.created, again.existing) == (0, 2)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 2


def test_the_wizard_says_the_application_gets_a_number_here(qtbot, db, admin, tmp_path,
                                                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from .test_ui_imports import _idle, _tab, click
    from .ui_helpers import make_context

    ours = _csv(tmp_path / "naše.csv", ["Jméno a příjmení", "Datum narození", "Datum podání"],
                [["Jana Malá", "1. 2. 1980", "3. 1. 2024"]])
    service.run_import(db, admin, "applications", ours, today=TODAY)
    other = _csv(tmp_path / "z jiné instalace.csv",
                 ["Jméno a příjmení", "Datum narození", "Datum podání", "Číslo žádosti"],
                 [["Petr Veselý", "5. 6. 1975", "5. 2. 2024", "Z-2024/0001"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    tab = _tab(qtbot, make_context(db, admin, tmp_path / "ui.ini"))
    tab.kind.setCurrentIndex(tab.kind.findData("applications"))
    click(qtbot, tab.choose)
    _idle(qtbot, tab)
    assert tab.rows_table.item(0, 1).text() == \
        "nová, dostane číslo této evidence (původní Z-2024/0001)"
    click(qtbot, tab.import_button)
    _idle(qtbot, tab)
    assert _numbers(db)["Petr Veselý"][0] == "Z-2024/0002"
