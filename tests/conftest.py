"""Shared fixtures. Tests run offscreen, each with its own data folder."""
from __future__ import annotations

import datetime as dt
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from app import keyslots, security  # noqa: E402
from app.config import sqlite_url  # noqa: E402
from app.db import open_database  # noqa: E402
from app.installation import admin_actor  # noqa: E402
from app.security import actor_from_user, find_user  # noqa: E402
from app.signin import create_installation  # noqa: E402

from . import backends  # noqa: E402
from .keys import TEST_KEY, TEST_PASSWORD  # noqa: E402

DEMO_TODAY = dt.date(2026, 11, 27)

# Cheap but real Argon2 for the suite (the same code, lower cost parameters;
# each slot stores its own). Production defaults: keyslots.KdfCost().
TEST_COST = keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
keyslots.DEFAULT_COST = TEST_COST
security._hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("KMB_DATA_DIR", str(data))
    monkeypatch.delenv("KMB_DATABASE_URL", raising=False)
    monkeypatch.setenv("KMB_LANG", "cs")
    return data


@pytest.fixture(autouse=True)
def _no_unexpected_error_box(monkeypatch):
    """An error box nobody expected (a failed background read, a refused save)
    fails the test with its text instead of waiting, modal, for a click until
    the time limit. A test that expects one patches QMessageBox itself (later,
    so its patch wins)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(kind):
        def box(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected {kind} box „{title}“: {text}")
        return staticmethod(box)

    exec_box = QMessageBox.exec

    def exec_(self):
        if self.icon() in (QMessageBox.Critical, QMessageBox.Warning):
            raise AssertionError(f"unexpected error box „{self.windowTitle()}“: {self.text()}")
        return exec_box(self)

    monkeypatch.setattr(QMessageBox, "warning", refuse("warning"))
    monkeypatch.setattr(QMessageBox, "critical", refuse("critical"))
    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def demo_password(monkeypatch):
    """CLI tests sign in like a script: the demo accounts' password in KMB_PASSWORD."""
    monkeypatch.setenv("KMB_PASSWORD", "demo")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): tests a property of the SQLite file (encryption, key "
        "slots, PRAGMA, file backups …); skipped when the suite runs on PostgreSQL")


def pytest_collection_modifyitems(config, items):
    if not backends.on_postgres():
        return
    pending = backends.pending_on_postgres()
    for item in items:
        mark = item.get_closest_marker("sqlite_only")
        if mark is not None:
            reason = mark.args[0] if mark.args else mark.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"sqlite_only: {reason}"))
        elif item.nodeid.split("::")[0] in pending:
            item.add_marker(pytest.mark.skip(
                reason=f"not yet ported to PostgreSQL: {pending[item.nodeid.split('::')[0]]}"))


def pytest_report_header(config):
    if backends.on_postgres():
        return f"database backend: PostgreSQL ({backends.url_of('…', 'role ' + backends.ROLE)})"
    return "database backend: SQLite (SQLCipher files)"


def pytest_sessionfinish(session, exitstatus):
    backends.dispose()


@pytest.fixture(scope="session")
def pg_schema_template():
    """PostgreSQL only: an empty database at the head revision, built once."""
    name = backends.create_database(kind="schema")
    open_database(backends.url_of(name), create=True).close()
    yield name
    backends.drop_database(name)


@pytest.fixture
def db_url(request, tmp_path):
    """Where the ``db`` fixture's installation goes: a new SQLite file, or a new
    (empty, migrated) database on the test server."""
    if not backends.on_postgres():
        yield sqlite_url(tmp_path / "kmb.sqlite")
        return
    name = backends.create_database(request.getfixturevalue("pg_schema_template"))
    yield backends.url_of(name)
    backends.drop_database(name)


@pytest.fixture
def db(db_url):
    database = create_installation(db_url, "Testovací úřad",
                                   "admin", TEST_PASSWORD, key=TEST_KEY,
                                   series="").db   # the office: plain numbers
    yield database
    _settle_background()
    database.close()


def _settle_background() -> None:
    """Screen tests may leave a background read running (ui/ops): let it end
    before its database is closed."""
    import sys
    if "ui.ops" in sys.modules:
        sys.modules["ui.ops"].wait_idle()


@pytest.fixture
def admin(db):
    return admin_actor(db)


@pytest.fixture(scope="session")
def town_template(tmp_path_factory):
    """The town demo, built once per test run; tests get a copy."""
    from app.demo import build_demo
    path = tmp_path_factory.mktemp("demo") / "town.sqlite"
    build_demo(path, "town", today=DEMO_TODAY, key=TEST_KEY).close()
    return path


@pytest.fixture
def town_path(town_template, tmp_path):
    """A copy of the town demo with its key file (users' password: demo)."""
    target = tmp_path / "town.sqlite"
    shutil.copy(town_template, target)
    shutil.copy(f"{town_template}.keys", f"{target}.keys")
    return target


@pytest.fixture(scope="session")
def pg_town_template():
    """PostgreSQL only: the town demo in a database, built once per worker."""
    from app.demo import build_demo_on_server
    name = backends.create_database(kind="town")
    build_demo_on_server(backends.url_of(name), "town", today=DEMO_TODAY).close()
    yield name
    backends.drop_database(name)


@pytest.fixture
def town_url(request):
    """The town demo's ``--db`` value for the backend under test: a copy of
    the file (with its key file), or a copy of the server template."""
    if not backends.on_postgres():
        yield sqlite_url(request.getfixturevalue("town_path"))
        return
    name = backends.create_database(request.getfixturevalue("pg_town_template"), kind="town")
    yield backends.url_of(name)
    backends.drop_database(name)


@pytest.fixture
def town_db(town_url):
    database = open_database(town_url, key=None if backends.on_postgres() else TEST_KEY)
    yield database
    _settle_background()
    database.close()


@pytest.fixture
def town_worker(town_db):
    with town_db.reading() as s:
        return actor_from_user(find_user(s, "jana.dvorakova"))
