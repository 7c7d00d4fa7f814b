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
    # a second init changes nothing
    assert main(["init", "--db", empty_url, "--name", "Jiný název"]) == 3
    assert "už je instalace" in capsys.readouterr().err
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
