"""Fixtures of the assessment and inspection tests: a small office migrated
once per run (each test gets a copy of the file)."""
from __future__ import annotations

import shutil

import pytest

from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, initialise

from .helpers import Office, setup_office


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    """A small office (migrated once per run); tests get a copy of the file."""
    path = tmp_path_factory.mktemp("office") / "office.sqlite"
    database = open_database(sqlite_url(path), create=True)
    initialise(database, "Testovací úřad")
    office = setup_office(database, admin_actor(database))
    database.close()
    return path, office


@pytest.fixture
def office_db(office_template, tmp_path):
    path, _ = office_template
    target = tmp_path / "office.sqlite"
    shutil.copy(path, target)
    database = open_database(sqlite_url(target))
    yield database
    database.close()


@pytest.fixture
def office(office_template, office_db) -> Office:
    return office_template[1]


@pytest.fixture
def db(office_db):
    return office_db
