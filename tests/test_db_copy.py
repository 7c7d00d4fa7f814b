"""``kmb db copy --to``: moving an office between an SQLite file and a
PostgreSQL server. The round trip file → server → file gives the same rows
in every domain table and a verifying audit chain; a target that is not
empty, a server that does not answer or refuses the password, a role other
than the administrator, and a copy that fails halfway all leave the target
without data and say so in one Czech line.

Tests marked ``server`` need ``KMB_TEST_DATABASE_URL`` (tools/pg-test-server);
the rest run on files alone."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select, text

from app import db_copy
from app.audit import check
from app.auth import set_password
from app.cli.main import main
from app.db import open_database
from app.errors import DatabaseProblem, KmbError, PermissionDenied
from app.installation import admin_actor
from app.keyslots import KeyFile, SignInRefused
from app.security import actor_from_user, find_user
from app.signin import open_with_recovery, sign_in
from models.audit import AuditEvent
from models.assessments import RecordState
from models.inspections import Attachment, Inspection

from . import backends
from .keys import TEST_KEY, TEST_PASSWORD

server = pytest.mark.skipif(not backends.on_postgres(),
                            reason="needs a PostgreSQL server (KMB_TEST_DATABASE_URL)")
AUDIT_TABLES = {"audit_event", "audit_anchor", "audit_secret"}


def dump(db) -> dict[str, list[tuple]]:
    """Every domain table's rows as stored, in primary-key order."""
    out = {}
    with db.engine.connect() as conn:
        for t in db_copy.copy_plan(conn):
            if t.name in AUDIT_TABLES:
                continue
            rows = conn.execute(select(*db_copy._readable(t))
                                .order_by(*t.primary_key.columns)).all()
            out[t.name] = [tuple(r) for r in rows]
    return out


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def office(town_path):
    """The town demo as an office would have it: the administrator has set a
    password (so the account has a hash, as after ``kmb init``) and a photo is
    attached to an inspection."""
    from app.inspections.photos import add_photo
    db = open_database(str(town_path), key=TEST_KEY)
    admin = admin_actor(db)
    set_password(db, admin, admin.user_id, TEST_PASSWORD, TEST_PASSWORD)
    with db.reading() as s:
        inspection = s.scalars(select(Inspection.id).where(
            Inspection.state != RecordState.CLOSED)).first()
    add_photo(db, admin, inspection, "kuchyn.png", _png(), "Kuchyň")
    yield db, admin
    db.close()


@pytest.fixture
def pg_url():
    name = backends.create_database()
    yield backends.url_of(name)
    backends.drop_database(name)


@server
def test_round_trip_file_server_file_gives_the_same_rows_and_a_verifying_chain(
        office, pg_url, tmp_path):
    db, admin = office
    before = dump(db)
    assert before["attachment"] and before["person"] and before["installation"]
    to_server = db_copy.copy_database(db, admin, pg_url, TEST_PASSWORD)
    assert to_server.recovery_key == "" and to_server.rows["person"] == len(before["person"])
    assert "kmb_test" in to_server.target and TEST_PASSWORD not in to_server.target

    server_db = open_database(pg_url)
    try:
        assert dump(server_db) == before
        with server_db.reading() as s:
            assert check(s) == []
            photo = s.scalars(select(Attachment)).one()
            assert photo.data.startswith(b"\xff\xd8")         # the JPEG itself moved
        back = db_copy.copy_database(server_db, admin_actor(server_db), str(tmp_path / "zpet.sqlite"),
                                     TEST_PASSWORD)
    finally:
        server_db.close()
    assert back.recovery_key and "jana.dvorakova" in back.signs_in

    # the recovery key opens the new file (no sign-in, so nothing changes before the dump)
    final = open_with_recovery(str(tmp_path / "zpet.sqlite"), back.recovery_key)
    try:
        assert dump(final) == before
        with final.reading() as s:
            assert check(s) == []
            copies = [e.detail for e in s.scalars(select(AuditEvent).where(
                AuditEvent.action == "db_copy").order_by(AuditEvent.seq))]
        # each copy's trail starts with where it came from (the password never shows)
        assert len(copies) == 2 and "town.sqlite" in copies[0]
        assert "postgresql://kmb_test:***@" in copies[1]
    finally:
        final.close()
    # every other account signs in with the password it had; its slot is re-wrapped
    again, actor = sign_in(str(tmp_path / "zpet.sqlite"), "jana.dvorakova", "demo")
    again.close()
    assert actor.name == "Jana Dvořáková"
    assert KeyFile.load(tmp_path / "zpet.sqlite").slot("jana.dvorakova")["legacy"] is False


@server
def test_cli_copy_to_a_server_then_sign_in_there(town_path, pg_url, demo_password, capsys):
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin", "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "počty souhlasí, auditní řetězec ověřen" in out and "Klíč pro obnovu" not in out
    # the demo's administrator had only a key slot: on the server the hash signs in
    assert main(["audit", "verify", "--db", pg_url, "--user", "admin"]) == 0
    assert "neporušený" in capsys.readouterr().out
    assert main(["list", "persons", "--db", pg_url, "--user", "jana.dvorakova",
                 "--search", "nováková", "--format", "json"]) == 0
    assert "Nováková" in capsys.readouterr().out
    # a second copy into the same database is refused and changes nothing
    with open_database(pg_url).engine.connect() as conn:
        events = conn.scalar(text("SELECT count(*) FROM audit_event"))
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin", "--to", pg_url]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "není prázdná" in err and "kmb_test" in err
    with open_database(pg_url).engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_event")) == events


def test_cli_copy_to_a_new_file(town_path, tmp_path, demo_password, capsys):
    target = tmp_path / "kancelar.sqlite"
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin",
                 "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Klíč pro obnovu" in out and "jana.dvorakova" in out
    assert main(["audit", "verify", "--db", str(target), "--user", "admin"]) == 0
    capsys.readouterr()
    listed = []
    for db_path in (town_path, target):
        assert main(["list", "persons", "--db", str(db_path), "--user", "lucie.markova",
                     "--format", "csv"]) == 0
        listed.append(capsys.readouterr().out)
    assert len(listed[0].splitlines()) > 300 and listed[0] == listed[1]
    # the source's trail says where the office went
    db = open_database(str(town_path), key=TEST_KEY)
    try:
        with db.reading() as s:
            last = s.scalars(select(AuditEvent).where(AuditEvent.action == "db_copy")).one()
            assert str(target) in last.detail and check(s) == []
    finally:
        db.close()


def test_an_existing_file_is_refused_and_left_alone(town_path, tmp_path, demo_password, capsys):
    target = tmp_path / "obsazeno.sqlite"
    target.write_bytes(b"cizi data")
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin",
                 "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "už existuje" in err
    assert target.read_bytes() == b"cizi data"
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin",
                 "--to", str(town_path)]) == 1
    assert "tatáž databáze" in capsys.readouterr().err


def test_an_unreachable_server_is_one_line(town_path, demo_password, capsys):
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin",
                 "--to", "postgresql://kmb:heslo@127.0.0.1:1/kmb"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "heslo" not in err
    assert "neodpovídá" in err or "chybí ovladač" in err


@server
def test_wrong_server_credentials_are_one_line(town_path, pg_url, demo_password, capsys):
    from sqlalchemy.engine import make_url
    wrong = make_url(pg_url).set(password="spatne-heslo").render_as_string(hide_password=False)
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin", "--to", wrong]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "odmítl heslo" in err and "spatne-heslo" not in err
    unknown = make_url(pg_url).set(username="nikdo").render_as_string(hide_password=False)
    assert main(["db", "copy", "--db", str(town_path), "--user", "admin", "--to", unknown]) == 3
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("who", ["jana.dvorakova", "petr.horak"])
def test_only_the_administrator_moves_the_office(town_path, tmp_path, demo_password, capsys, who):
    target = tmp_path / "kopie.sqlite"
    assert main(["db", "copy", "--db", str(town_path), "--user", who, "--to", str(target)]) == 1
    assert "jen správce" in capsys.readouterr().err
    assert not target.exists()


def test_the_administrators_password_is_checked_again(office, tmp_path):
    db, admin = office
    with pytest.raises(SignInRefused):
        db_copy.copy_database(db, admin, str(tmp_path / "k.sqlite"), "spatne-heslo")
    with db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    with pytest.raises(PermissionDenied):
        db_copy.copy_database(db, lead, str(tmp_path / "k.sqlite"), "demo")
    assert not (tmp_path / "k.sqlite").exists()


class Interrupted(KmbError):
    pass


def _interrupt_after(rows: int):
    def progress(table, done, of, overall, of_all):
        if overall >= rows:
            raise Interrupted("přerušeno")
    return progress


def test_a_copy_that_fails_halfway_leaves_no_file(office, tmp_path):
    db, admin = office
    target = tmp_path / "napul.sqlite"
    with pytest.raises(Interrupted):
        db_copy.copy_database(db, admin, str(target), TEST_PASSWORD,
                              progress=_interrupt_after(5000))
    assert not list(tmp_path.glob("napul.sqlite*"))


@server
def test_a_copy_that_fails_halfway_leaves_the_server_empty(office, pg_url):
    db, admin = office
    with pytest.raises(Interrupted):
        db_copy.copy_database(db, admin, pg_url, TEST_PASSWORD, progress=_interrupt_after(5000))
    target = open_database(pg_url)
    try:
        with target.engine.connect() as conn:
            for t in db_copy.copy_plan(conn):
                if t.name in db_copy.seeded_by_migrations():
                    continue        # what the migration put there, as before the copy
                assert conn.scalar(select(1).select_from(t).limit(1)) is None, t.name
    finally:
        target.close()
    # and the office can then be copied for real
    assert db_copy.copy_database(db, admin, pg_url, TEST_PASSWORD).total > 10_000


@server
def test_a_server_with_a_renamed_starting_department_is_not_empty(office, pg_url):
    """Only the rows the migrations put there count as empty: a department the
    office renamed on the server is its data, and nothing is copied over it."""
    db, admin = office
    target = open_database(pg_url, create=True)     # migrated, as `kmb init` leaves it
    with target.engine.begin() as conn:
        conn.execute(text("UPDATE department SET name = 'Odbor bytový' WHERE code = 'kmb'"))
    target.close()
    with pytest.raises(db_copy.TargetNotEmpty, match="department"):
        db_copy.copy_database(db, admin, pg_url, TEST_PASSWORD)
    target = open_database(pg_url)
    with target.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM person")) == 0
        assert conn.scalar(text("SELECT name FROM department WHERE code = 'kmb'")) == "Odbor bytový"
    target.close()


def test_what_the_migrations_seed_is_found_by_migrating_a_new_database():
    seeded = db_copy.seeded_by_migrations()
    assert set(seeded) == {"department"}
    assert {row[0] for row in seeded["department"]} | {row[1] for row in seeded["department"]} \
        >= {"kmb", "property", "flat_manager"}


def test_a_broken_audit_chain_is_not_copied(office, tmp_path):
    db, admin = office
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'open' WHERE seq = 2"))
    target = tmp_path / "rozbity.sqlite"
    with pytest.raises(DatabaseProblem, match="Auditní řetězec"):
        db_copy.copy_database(db, admin, str(target), TEST_PASSWORD)
    assert not target.exists()


def test_progress_reaches_every_row(office, tmp_path):
    db, admin = office
    seen = []
    result = db_copy.copy_database(db, admin, str(tmp_path / "p.sqlite"), TEST_PASSWORD,
                                   progress=lambda *a: seen.append(a))
    assert seen[-1][3] == seen[-1][4] == result.total
    assert {a[0] for a in seen} == set(result.rows)
