"""Fixtures of the assessment and inspection tests: a small office migrated
once per run (each test gets a copy of the file); for the screens, Řehoř
Šťastný added to the town demo, answered questions and captured previews."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, initialise
from app.people.households import add_household, add_member
from app.people.records import PersonInput, add_person
from models.people import Relation
from ui.widgets.pdf_preview import PdfPreviewDialog

from .helpers import Office, setup_office
from ..keys import TEST_KEY


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    """A small office (migrated once per run); tests get a copy of the file."""
    path = tmp_path_factory.mktemp("office") / "office.sqlite"
    database = open_database(sqlite_url(path), create=True, key=TEST_KEY)
    initialise(database, "Testovací úřad", series="")   # the office: plain numbers
    office = setup_office(database, admin_actor(database))
    database.close()
    return path, office


@pytest.fixture
def office_db(office_template, tmp_path):
    path, _ = office_template
    target = tmp_path / "office.sqlite"
    shutil.copy(path, target)
    database = open_database(sqlite_url(target), key=TEST_KEY)
    yield database
    database.close()


@pytest.fixture
def office(office_template, office_db) -> Office:
    return office_template[1]


@pytest.fixture
def db(office_db):
    return office_db


# -- screens ------------------------------------------------------------------------
@pytest.fixture
def client(town_db, town_worker):
    """Řehoř Šťastný of Žluťoučká 12 with his partner, added to the town demo."""
    with town_db.transaction() as s:
        p = add_person(s, town_worker, PersonInput(
            given_name="Řehoř", surname="Šťastný", birth_date=dt.date(1984, 5, 17),
            street="Žluťoučká", house_number="12", city="Trutnov", postcode="541 01"))
        partner = add_person(s, town_worker, PersonInput(given_name="Věra", surname="Šťastná",
                                                         birth_date=dt.date(1987, 2, 3)))
        hh = add_household(s, town_worker, "Šťastní")
        add_member(s, town_worker, hh.id, p.id, Relation.HEAD)
        add_member(s, town_worker, hh.id, partner.id, Relation.PARTNER)
        return p.id


@pytest.fixture
def answers(monkeypatch):
    """Every question is answered "Ano"; warnings are collected, not shown."""
    seen = {"questions": [], "warnings": []}

    def question(parent, title, text, *args, **kw):
        seen["questions"].append(text)
        return QMessageBox.Yes

    def warning(parent, title, text, *args, **kw):
        seen["warnings"].append(text)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@pytest.fixture
def previews(monkeypatch, tmp_path):
    """The preview opens with its pages; "Uložit jako PDF" writes the file.
    Records (window title, file name, PDF bytes)."""
    shown = []

    def fake_exec(dlg):
        assert dlg.page_count >= 1
        saved = dlg.save_to(tmp_path / dlg.filename)
        shown.append((dlg.windowTitle(), dlg.filename, saved.read_bytes()))
        return 0
    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return shown
