"""Issue 18: the hidden-value mark („skryto – zvláštní kategorie údajů“) reads in
the UI language on screen, and stays Czech in the documents and exports built
for the office or the client (the subject access package), whatever the language."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from app import i18n as app_i18n
from app.cases import procedure as proc
from app.cases.service import open_case
from app.people.records import PersonInput, create_person
from app.privacy import subject_access
from app.privacy.visibility import shown
from app.security import Actor, Permission
from models.procedure import HousingProcedureChange
from models.staff import Role
from ui import i18n

from .ui_helpers import make_context

CZECH_MARK = "(skryto – zvláštní kategorie údajů)"
ENGLISH_MARK = "(hidden – special category data)"
SECRET = "Diagnóza: epilepsie"
D = dt.date


@pytest.fixture
def procedure(db, admin):
    """A person's case with a procedure whose findings and change are health data."""
    person = create_person(db, admin, PersonInput(given_name="Marie", surname="Šťastná",
                                                  birth_date=D(1984, 3, 2)))
    with db.transaction() as s:
        case_id = open_case(s, admin, person, worker_id=admin.user_id,
                            opened_on=D(2026, 6, 1)).id
    pid = proc.start_procedure(db, admin, case_id, application_on=D(2026, 7, 1),
                               today=D(2026, 11, 27))
    proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": D(2026, 7, 2),
                                                 "inquiry_findings": SECRET},
                     today=D(2026, 11, 27))
    with db.transaction() as s:
        s.add(HousingProcedureChange(procedure_id=pid, changed_on=D(2026, 10, 1),
                                     description=SECRET, recorded_by_id=admin.user_id))
    return person, case_id


@pytest.fixture
def english_app():
    app_i18n.set_language("en")
    yield
    app_i18n.set_language("cs")


def test_the_mark_follows_the_language(english_app):
    readonly = Actor("ro", "Jen čtení", Role.READONLY)
    assert shown(readonly, "note", "text", SECRET) == ENGLISH_MARK
    with app_i18n.czech():
        assert shown(readonly, "note", "text", SECRET) == CZECH_MARK
    app_i18n.set_language("cs")
    assert shown(readonly, "note", "text", SECRET) == CZECH_MARK


def test_the_english_ui_shows_the_english_mark(qtbot, db, procedure, tmp_path):
    from ui.cases.procedure import ProcedureSection
    _person, case_id = procedure
    readonly = Actor("ro", "Jen čtení", Role.READONLY)     # may not read health data
    ctx = make_context(db, readonly, tmp_path / "ui.ini")
    i18n.install(QApplication.instance(), "en")
    try:
        section = ProcedureSection(ctx)
        qtbot.addWidget(section)
        section.show_case(case_id, "1/2026")
        text = section.changes.text()
    finally:
        i18n.install(QApplication.instance(), "cs")
    assert ENGLISH_MARK in text and SECRET not in text, text
    assert "skryto" not in text


def test_the_subject_access_package_keeps_the_czech_mark_in_english(db, admin, procedure,
                                                                    tmp_path, english_app):
    person, case_id = procedure
    # an office that let its lead hand out packages without reading health data
    clerk = Actor(admin.user_id, admin.name, Role.LEAD, permissions=frozenset(
        {Permission.SUBJECT_ACCESS, Permission.VIEW_PERSONS}))
    out = tmp_path / "udaje.zip"
    subject_access.export_person(db, clerk, person, out)
    with zipfile.ZipFile(out) as z:
        data = json.loads(z.read("udaje.json"))
        sheets = load_workbook(io.BytesIO(z.read("udaje.xlsx")), read_only=True)
    rows = data["tables"]["housing_procedure"]["rows"]
    assert rows[0]["inquiry_findings"] == CZECH_MARK
    assert data["tables"]["housing_procedure_change"]["rows"][0]["description"] == CZECH_MARK
    cells = {c for ws in sheets.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if isinstance(c, str)}
    assert CZECH_MARK in cells and ENGLISH_MARK not in cells and SECRET not in cells
    # …while the screen, in the same process and language, shows the English mark
    readonly = Actor("ro", "Jen čtení", Role.READONLY)
    assert proc.procedure_for_case(db, readonly, case_id).values[
        "inquiry_findings"] == ENGLISH_MARK
