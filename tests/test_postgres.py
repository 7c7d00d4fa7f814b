"""PostgreSQL as a backend: URLs, ``kmb init`` into an empty database, sign-in
with the users' password hashes, and one clear line for every server problem.

Runs when ``KMB_TEST_DATABASE_URL`` names a server (``tools/pg-test-server``);
the URL handling needs no server and always runs."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app import config
from app.cli.main import main
from app.db import open_database
from app.errors import DatabaseProblem
from app.keyslots import SignInRefused
from app.signin import create_installation, sign_in
from models.audit import AuditEvent
from models.people import Person

from . import backends
from .keys import TEST_PASSWORD

server = pytest.mark.skipif(not backends.on_postgres(),
                            reason="needs a PostgreSQL server (KMB_TEST_DATABASE_URL)")


def test_postgres_urls_use_psycopg_and_hide_the_password(monkeypatch):
    for given in ("postgresql://kmb:tajne@server/kmb", "postgres://kmb:tajne@server/kmb",
                  "postgresql+psycopg://kmb:tajne@server/kmb"):
        url = config.database_url(given)
        assert url == "postgresql+psycopg://kmb:tajne@server/kmb"
        assert config.is_server(url)
        assert config.sqlite_path(url) is None
        assert "tajne" not in config.display_url(url)
    monkeypatch.setenv("KMB_DATABASE_URL", "postgres://kmb@server:5433/kmb?sslmode=verify-full")
    assert config.database_url(None) == "postgresql+psycopg://kmb@server:5433/kmb?sslmode=verify-full"


def test_an_unknown_kind_of_database_is_refused_in_czech():
    with pytest.raises(DatabaseProblem, match="neumím otevřít"):
        open_database("mysql://kmb@server/kmb")


@pytest.fixture
def empty_url():
    name = backends.create_database()
    yield backends.url_of(name)
    backends.drop_database(name)


@server
def test_kmb_init_creates_an_installation_in_an_empty_database(empty_url, monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(["init", "--db", empty_url, "--name", "KMB Plzeň – kancelář"]) == 0
    out = capsys.readouterr().out
    assert "je připravena" in out and "Klíč pro obnovu" not in out   # no key on a server
    # a second init looks at the target first: an office there means signing in
    # to it (as with a file), and it changes nothing
    assert main(["init", "--db", empty_url, "--name", "Jiný název"]) == 3
    err = capsys.readouterr().err
    assert "Přihlaste se" in err and err.count("\n") == 1
    assert main(["init", "--db", empty_url, "--user", "admin",
                 "--name", "KMB Plzeň – kancelář"]) == 0
    assert "KMB Plzeň – kancelář" in capsys.readouterr().out
    # the administrator signs in with the password, and the listing works
    assert main(["list", "persons", "--db", empty_url, "--user", "admin"]) == 0
    assert "(0 záznamů)" in capsys.readouterr().out
    # no file appeared beside anything: no key slots on a server
    assert not list(config.data_dir().glob("*.keys"))


@server
def test_server_sign_in_uses_the_password_hash_and_audits(empty_url):
    created = create_installation(empty_url, "Úřad", "admin", TEST_PASSWORD, series="")
    created.db.close()
    with pytest.raises(SignInRefused, match="Nesprávné"):
        sign_in(empty_url, "admin", "spatne-heslo")
    with pytest.raises(SignInRefused, match="Nesprávné"):
        sign_in(empty_url, "nikdo", TEST_PASSWORD)
    db, actor = sign_in(empty_url, "Admin ", TEST_PASSWORD)
    try:
        with db.reading() as s:
            actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
        assert actions.count("login_failed") == 2 and actions[-1] == "login"
        assert db.server and db.key is None and db.path is None
        assert "kmb_test" in db.where and make_url(backends.ADMIN_URL).password not in db.where
    finally:
        db.close()


@server
def test_server_sign_in_backs_off_after_five_failures(empty_url):
    create_installation(empty_url, "Úřad", "admin", TEST_PASSWORD, series="").db.close()
    for _ in range(5):
        with pytest.raises(SignInRefused, match="Nesprávné"):
            sign_in(empty_url, "admin", "spatne-heslo")
    with pytest.raises(SignInRefused, match="Příliš mnoho"):
        sign_in(empty_url, "admin", TEST_PASSWORD)


@server
def test_the_demo_is_never_a_server_database(empty_url):
    create_installation(empty_url, "Úřad", "admin", TEST_PASSWORD, series="").db.close()
    with pytest.raises(DatabaseProblem, match="Ukázka"):
        sign_in(empty_url, "admin", TEST_PASSWORD, demo=True)


@server
def test_foreign_keys_are_deferrable_for_the_bundle_import(db):
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT count(*) FILTER (WHERE condeferrable), count(*) FROM pg_constraint "
            "WHERE contype = 'f'")).one()
    assert rows[1] > 20 and rows[0] == rows[1]
    # still checked immediately outside an import
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE household_member SET person_id = 'nikdo'"))
            conn.execute(text("INSERT INTO person_contact (id, person_id, kind, value, "
                              "created_at, updated_at, sync_seq) VALUES "
                              "('x', 'nikdo', 'phone', '1', now(), now(), 0)"))


@server
def test_big_clock_values_fit(db, admin):
    from app.people.records import PersonInput, create_person
    pid = create_person(db, admin, PersonInput(given_name="Eva", surname="Malá"))
    with db.reading() as s:
        seq = s.scalar(select(Person.sync_seq).where(Person.id == pid))
    assert seq > 2**40          # hybrid logical clock: milliseconds × 65 536


# -- the schema on PostgreSQL ----------------------------------------------------------


@server
def test_migrations_produce_exactly_the_orm_metadata_on_postgres(empty_url):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.db import alembic_config, make_engine
    from models.base import Base
    from models.dialects import compare_type
    engine = make_engine(config.database_url(empty_url))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(
                conn, opts={"compare_type": compare_type}), Base.metadata)
        assert diff == []
        with engine.connect() as conn:      # the byte-order columns really are COLLATE "C"
            colls = dict(conn.execute(text(
                "SELECT table_name || '.' || column_name, collation_name "
                "FROM information_schema.columns WHERE column_name IN "
                "('sort_key', 'search_surname', 'search_given')")).all())
        assert colls == {"person.sort_key": "C", "person.search_surname": "C",
                         "person.search_given": "C", "building.sort_key": "C"}
    finally:
        engine.dispose()


@server
def test_every_older_revision_upgrades_on_postgres_with_its_data():
    from alembic import command
    from alembic.script import ScriptDirectory

    from app.db import alembic_config, make_engine
    script = ScriptDirectory.from_config(alembic_config())
    for rev in [r.revision for r in script.walk_revisions()][1:]:      # all but head
        name = backends.create_database()
        try:
            url = backends.url_of(name)
            engine = make_engine(config.database_url(url))
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), rev)
                conn.execute(text("INSERT INTO installation (id, name, origin, created_at, hlc) "
                                  "VALUES ('i', 'Stará', 'abc', '2026-01-01', 1)"))
            engine.dispose()
            db = open_database(url)
            with db.engine.connect() as conn:
                assert conn.execute(text("SELECT name FROM installation")).scalar() == "Stará"
            db.close()
        finally:
            backends.drop_database(name)


# -- bad input: one Czech line, exit 3, nothing half-written ---------------------------


def _one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _closed_port() -> int:
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()                 # nothing listens there now
    return port


@server
def test_server_down_is_one_line(monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    url = f"postgresql://kmb:heslo@127.0.0.1:{_closed_port()}/kmb"
    assert main(["list", "persons", "--db", url, "--user", "admin"]) == 3
    err = _one_line(capsys)
    assert "neodpovídá" in err and "heslo@" not in err
    with pytest.raises(DatabaseProblem, match="neodpovídá"):
        sign_in(url, "admin", TEST_PASSWORD)


@server
def test_wrong_role_password_is_one_line(db, monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    url = make_url(db.url).set(password="spatne-heslo-role").render_as_string(hide_password=False)
    assert main(["list", "persons", "--db", url, "--user", "admin"]) == 3
    err = _one_line(capsys)
    assert "odmítl heslo" in err and "spatne-heslo-role" not in err


@server
def test_missing_database_on_the_server_is_one_line(monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    url = backends.url_of("kmbt_neni_takova_databaze")
    assert main(["list", "persons", "--db", url, "--user", "admin"]) == 3
    assert "neexistuje" in _one_line(capsys)


@server
def test_a_database_of_another_application_is_refused_and_left_alone(empty_url, monkeypatch,
                                                                      capsys):
    from app.db import make_engine
    engine = make_engine(config.database_url(empty_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE recepty (nazev text)"))
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(["init", "--db", empty_url, "--name", "Úřad"]) == 3
    assert "ne databáze KMB" in _one_line(capsys)
    assert main(["list", "persons", "--db", empty_url, "--user", "admin"]) == 3
    assert "ne databáze KMB" in _one_line(capsys)
    with engine.connect() as conn:
        tables = set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    engine.dispose()
    assert tables == {"recepty"}           # nothing of ours was created there


@server
def test_an_empty_database_is_not_silently_set_up_by_a_command(empty_url, monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(["list", "persons", "--db", empty_url, "--user", "admin"]) == 3
    assert "kmb init" in _one_line(capsys)


@server
def test_a_newer_schema_is_refused_in_the_cli(db, monkeypatch, capsys):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    url = db.url
    db.close()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(["list", "persons", "--db", url, "--user", "admin"]) == 3
    assert "novější verze" in _one_line(capsys)


def _terminate_backends_of(db) -> None:
    """What a server restart or a cut cable does to the connections in use."""
    name = make_url(db.url).database
    backends.admin_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")


@server
def test_a_lost_connection_in_the_middle_of_a_save_rolls_everything_back(db, admin):
    from app.people.records import PersonInput, create_person
    kept = create_person(db, admin, PersonInput(given_name="Eva", surname="Stálá"))
    with pytest.raises(DatabaseProblem, match="přerušilo") as err:
        with db.transaction() as s:
            s.add(Person(given_name="Jan", surname="Napůl"))
            s.flush()                    # the row is on the server, not committed
            _terminate_backends_of(db)
            s.add(Person(given_name="Petr", surname="Pozdě"))
            s.flush()
    assert "\n" not in err.value.message
    # the next transaction reconnects; nothing of the broken one is there
    with db.reading() as s:
        names = set(s.scalars(select(Person.surname)))
    assert names == {"Stálá"} and kept


@server
def test_a_lost_connection_during_a_bulk_write_is_one_line(db):
    """The bundle import writes through the engine (not a session): the same line."""
    from sqlalchemy import insert
    with pytest.raises(DatabaseProblem, match="přerušilo"):
        with db.engine.begin() as conn:
            conn.execute(text("SELECT 1"))
            _terminate_backends_of(db)
            conn.execute(insert(Person.__table__), [{"id": "x", "given_name": "A", "surname": "B"}])


@server
def test_the_server_going_down_between_saves_is_one_line(db, admin):
    from app.db import Database, make_engine
    from app.people.records import PersonInput, create_person
    dead = make_url(db.url).set(port=_closed_port()).render_as_string(hide_password=False)
    other = Database(dead, make_engine(dead))       # was open, then the server went away
    try:
        with pytest.raises(DatabaseProblem, match="neodpovídá"):
            create_person(other, admin, PersonInput(given_name="Eva", surname="Nikam"))
    finally:
        other.close()


# -- the sign-in window on a server ------------------------------------------------------


@server
def test_login_window_on_a_server_says_what_is_wrong_and_then_signs_in(qtbot, empty_url):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from ui.login import LoginDialog
    create_installation(empty_url, "Úřad", "admin", TEST_PASSWORD, series="").db.close()
    target = {"url": f"postgresql://kmb:tajne@127.0.0.1:{_closed_port()}/kmb"}
    office = config.display_url(config.database_url(target["url"]))
    dialog = LoginDialog(lambda user, pw: sign_in(target["url"], user, pw), office)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)

    def attempt(user: str, password: str) -> None:
        dialog.username.setText("")
        qtbot.keyClicks(dialog.username, user)
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(ok, Qt.LeftButton)

    assert "tajne" not in dialog.findChild(type(dialog.error), "sectionTitle").text()
    attempt("admin", TEST_PASSWORD)                       # the server is down
    assert "neodpovídá" in dialog.error.text() and dialog.db is None
    target["url"] = empty_url                             # it is back
    attempt("admin", "spatne-heslo")
    assert dialog.error.text() == "Nesprávné uživatelské jméno nebo heslo."
    assert dialog.password.text() == ""
    attempt("admin", TEST_PASSWORD)
    assert dialog.result() == QDialog.Accepted and dialog.db.server
    assert dialog.actor.role.value == "admin"
    dialog.db.close()
