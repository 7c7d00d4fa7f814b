"""Encryption at rest (issue 12): SQLCipher files, key slots, the recovery key,
the upgrade of a plaintext 0.1 database, and every way a wrong key or a bad
file is refused without changing anything."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil

import pytest
from sqlalchemy import func, select

from app import keyslots
from app.assessments.records import assessment_detail, create_assessment, save_draft
from app.backups import create_backup
from app.cli.main import main
from app.config import sqlite_url
from app.db import SQLITE_HEADER, backup_database, connect_raw, open_database
from app.errors import DatabaseProblem
from app.keyslots import KeyFile, SignInRefused, parse_recovery, recovery_text
from app.people.records import PersonInput, add_person
from app.rodne_cislo import make as make_rc
from app.signin import (create_installation, open_with_recovery, reset_password_with_recovery,
                        sign_in)
from app import audit
from models.audit import AuditEvent
from models.people import Person

from .keys import TEST_KEY, TEST_PASSWORD, raw_connect

pytestmark = pytest.mark.sqlite_only("SQLCipher file encryption, key slots file, recovery key")

NAME = "Sentinela Xyzzyová"
RC = make_rc(dt.date(1984, 5, 17), True, 731)
HEALTH = "Závislost na alkoholu – SENTINEL-ZDRAVI"


def _secrets(path) -> list[bytes]:
    return [s.encode("utf-8") for s in (NAME, "Xyzzyov", RC, RC.replace("/", ""),
                                        "SENTINEL-ZDRAVI", "AGE-SECRET-KEY")]


def _assert_clean(path) -> None:
    data = path.read_bytes()
    found = [s for s in _secrets(path) if s in data]
    assert not found, f"{path.name} contains {found}"


def test_sentinels_are_in_no_file_on_disk(db, admin, tmp_path):
    """A name, a rodné číslo and a health note written through the services are
    in neither the database file, its WAL, a backup, a zalohy copy nor the key file."""
    with db.transaction() as s:
        person = add_person(s, admin, PersonInput(given_name="Sentinela", surname="Xyzzyová",
                                                  birth_date=dt.date(1984, 5, 17),
                                                  birth_number=RC))
    aid = create_assessment(db, admin, person.id)
    data = assessment_detail(db, admin, aid).data
    save_draft(db, admin, aid, dataclasses.replace(data, health=HEALTH))
    with db.reading() as s:                  # really stored (and readable with the key)
        assert s.scalar(select(Person.birth_number).where(Person.id == person.id)) == RC
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    _assert_clean(wal)
    backup = create_backup(db, admin, tmp_path / "zaloha.kmbbak").path
    copy = backup_database(db.path, db.key, "test")
    db.close()
    for path in (db.path, backup, copy, db.path.with_name(db.path.name + ".keys")):
        _assert_clean(path)
        assert (path.stat().st_mode & 0o077) == 0, f"{path.name} readable by others"
    assert db.path.read_bytes()[:16] != SQLITE_HEADER


def test_private_keys_live_only_inside_the_encrypted_database(db):
    with db.engine.connect() as conn:
        identity = conn.exec_driver_sql("SELECT age_identity FROM installation").scalar()
    assert identity.startswith("AGE-SECRET-KEY")
    db.close()
    for suffix in ("", "-wal", ".keys"):
        p = db.path.with_name(db.path.name + suffix)
        if p.exists():
            assert b"AGE-SECRET-KEY" not in p.read_bytes()


def test_key_slots_bind_the_user_name(db, admin):
    """Renaming a slot in the key file does not let one person sign in as another."""
    from app.auth import NewUser, create_user
    from models.staff import Role
    create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                   "heslo-jany-1", "heslo-jany-1"))
    path = db.path
    db.close()
    keys_file = path.with_name(path.name + ".keys")
    data = json.loads(keys_file.read_text())
    jana = next(s for s in data["slots"] if s["user"] == "jana")
    data["slots"] = [dict(jana, user="admin")]     # Jana's slot, labelled as the admin's
    keys_file.write_text(json.dumps(data))
    with pytest.raises(SignInRefused):
        sign_in(str(path), "admin", "heslo-jany-1")


def test_password_change_rewraps_one_slot(db, admin):
    from app.auth import set_password
    path = db.path
    before = json.loads(path.with_name(path.name + ".keys").read_text())["slots"]
    set_password(db, admin, admin.user_id, "nove-heslo-spravce", "nove-heslo-spravce")
    db.close()
    after = json.loads(path.with_name(path.name + ".keys").read_text())["slots"]
    assert len(after) == len(before) == 1 and after[0]["wrapped"] != before[0]["wrapped"]
    with pytest.raises(SignInRefused):
        sign_in(str(path), "admin", TEST_PASSWORD)
    database, actor = sign_in(str(path), "admin", "nove-heslo-spravce")
    assert actor.user_id == admin.user_id and database.key == TEST_KEY
    database.close()


def test_blocked_account_loses_its_slot(db, admin):
    from app.auth import NewUser, create_user, set_active
    from models.staff import Role
    uid = create_user(db, admin, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                         "heslo-jany-1", "heslo-jany-1"))
    set_active(db, admin, uid, False)
    path = db.path
    db.close()
    assert "jana" not in KeyFile.load(path).usernames()
    with pytest.raises(SignInRefused):
        sign_in(str(path), "jana", "heslo-jany-1")


def test_unknown_and_known_names_cost_one_argon2_run_each(db, monkeypatch):
    path = db.path
    db.close()
    calls = []
    real = keyslots.derive
    monkeypatch.setattr(keyslots, "derive", lambda pw, kdf: calls.append(kdf) or real(pw, kdf))
    for name in ("admin", "nikdo"):
        with pytest.raises(SignInRefused, match="Nesprávné uživatelské jméno nebo heslo"):
            sign_in(str(path), name, "spatne-heslo")
    assert len(calls) == 2
    assert {k["m"] for k in calls} == {keyslots.DEFAULT_COST.memory_kib}


def test_production_kdf_cost_is_strong():
    cost = keyslots.KdfCost()
    assert cost.memory_kib >= 64 * 1024 and cost.time_cost >= 3


def test_recovery_key_round_trip_and_typos():
    key = os.urandom(32)
    text = recovery_text(key)
    assert parse_recovery(text) == key
    assert parse_recovery(text.lower().replace("-", " ")) == key
    broken = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(SignInRefused, match="kontrolní součet"):
        parse_recovery(broken)


def test_recovery_key_resets_a_forgotten_password(tmp_path):
    new = create_installation(str(tmp_path / "k.sqlite"), "Úřad", "admin", "zapomenute-heslo")
    recovery = new.recovery_key
    new.db.close()
    other = create_installation(str(tmp_path / "jiny.sqlite"), "Jiný", "admin", "jine-heslo-1")
    other.db.close()
    with pytest.raises(SignInRefused, match="nepatří"):
        open_with_recovery(str(tmp_path / "jiny.sqlite"), recovery)
    reset_password_with_recovery(str(tmp_path / "k.sqlite"), recovery, "admin", "nove-heslo-123")
    db, actor = sign_in(str(tmp_path / "k.sqlite"), "admin", "nove-heslo-123")
    with db.reading() as s:
        assert s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc())).first() \
            == "login"
    db.close()
    (tmp_path / "k.sqlite.keys").unlink()                # the key file lost: the safe key opens it
    reset_password_with_recovery(str(tmp_path / "k.sqlite"), recovery, "admin", "treti-heslo-1")
    sign_in(str(tmp_path / "k.sqlite"), "admin", "treti-heslo-1")[0].close()


# -- upgrade of a plaintext 0.1 database -------------------------------------------------
def _plaintext_copy(src, target) -> None:
    """A plaintext database like release 0.1 wrote (the town demo, decrypted)."""
    con = raw_connect(src)
    con.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()


def _counts(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_plaintext_01_database_is_encrypted_at_first_sign_in(town_template, tmp_path):
    import sqlite3
    path = tmp_path / "kmb.sqlite"
    _plaintext_copy(town_template, path)
    (tmp_path / "zalohy").mkdir()
    shutil.copy(path, tmp_path / "zalohy" / "kmb-20260101-120000-pred-migraci-0001.sqlite")
    plain = sqlite3.connect(path)
    before = _counts(plain)
    surname = plain.execute("SELECT surname FROM person ORDER BY id LIMIT 1").fetchone()[0]
    plain.close()
    assert path.read_bytes()[:16] == SQLITE_HEADER and surname.encode() in path.read_bytes()
    snapshot = path.read_bytes()
    with pytest.raises(SignInRefused):                   # a wrong password changes nothing
        sign_in(str(path), "jana.dvorakova", "spatne")
    assert path.read_bytes() == snapshot and not (tmp_path / "kmb.sqlite.keys").exists()

    db, jana = sign_in(str(path), "jana.dvorakova", "demo")
    assert jana.name == "Jana Dvořáková"
    with db.reading() as s:
        assert audit.verify_chain(s) is None
        assert s.scalar(select(func.count()).select_from(Person)) == before["person"]
    db.close()
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert surname.encode() not in path.read_bytes()
    con = connect_raw(path, db.key)
    after = _counts(con)
    con.close()
    assert {t: n for t, n in after.items() if t != "audit_event"} == \
        {t: n for t, n in before.items() if t != "audit_event"}
    assert after["audit_event"] == before["audit_event"] + 1        # the sign-in
    leftovers = {p.name for p in tmp_path.iterdir()} - {"data"}
    assert leftovers - {"kmb.sqlite-shm", "kmb.sqlite-wal"} == {"kmb.sqlite", "kmb.sqlite.keys",
                                                               "zalohy"}
    for name in leftovers - {"zalohy"}:
        assert (tmp_path / name).read_bytes()[:16] != SQLITE_HEADER
        assert surname.encode() not in (tmp_path / name).read_bytes()
    old = sorted(p.name for p in (tmp_path / "zalohy").iterdir())
    assert old == ["kmb-20260101-120000-pred-migraci-0001.kmbbak"]
    assert surname.encode() not in (tmp_path / "zalohy" / old[0]).read_bytes()
    # the other accounts keep their passwords (slots from their hashes), re-wrapped at first use
    keys = KeyFile.load(path)
    assert keys.slot("petr.horak")["legacy"] is True
    db2, petr = sign_in(str(path), "petr.horak", "demo")
    db2.close()
    assert petr.name == "Petr Horák" and KeyFile.load(path).slot("petr.horak")["legacy"] is False


def test_plaintext_database_that_is_not_ours_is_refused_unchanged(tmp_path, capsys, monkeypatch):
    import sqlite3
    other = tmp_path / "recepty.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recepty (nazev TEXT)")
    con.commit()
    con.close()
    snapshot = other.read_bytes()
    monkeypatch.setenv("KMB_PASSWORD", "cokoli-dlouheho")
    assert main(["list", "persons", "--db", str(other), "--user", "admin"]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "ne databáze KMB" in err
    assert other.read_bytes() == snapshot
    assert sorted(set(os.listdir(tmp_path)) - {"data"}) == ["recepty.sqlite"]


# -- bad input: one Czech line, exit 3, nothing changed ------------------------------------
def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()
            and not p.name.endswith(".keys")}


@pytest.fixture
def office(tmp_path):
    new = create_installation(str(tmp_path / "office" / "kmb.sqlite"), "Úřad", "admin",
                              "spravne-heslo")
    new.db.close()
    return tmp_path / "office" / "kmb.sqlite", new.recovery_key


def _cli(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and len(err.strip().splitlines()) == (code != 0), err
    return code, err


def test_wrong_password_and_other_keys_database_are_refused(office, tmp_path, capsys,
                                                            monkeypatch):
    path, _ = office
    before = _files(path.parent)
    monkeypatch.setenv("KMB_PASSWORD", "spatne-heslo")
    code, err = _cli(capsys, "list", "persons", "--db", str(path), "--user", "admin")
    assert code == 3 and "Nesprávné" in err
    # a database encrypted with another key, beside this office's key file
    other = create_installation(str(tmp_path / "jina.sqlite"), "Jiný", "admin", "spravne-heslo")
    other.db.close()
    shutil.copy(tmp_path / "jina.sqlite", path)
    monkeypatch.setenv("KMB_PASSWORD", "spravne-heslo")
    code, err = _cli(capsys, "list", "persons", "--db", str(path), "--user", "admin")
    assert code == 3 and "nelze odemknout" in err
    assert path.read_bytes() == (tmp_path / "jina.sqlite").read_bytes()
    shutil.copy(tmp_path / "jina.sqlite", path)
    assert {k: v for k, v in _files(path.parent).items() if k != "kmb.sqlite"} == \
        {k: v for k, v in before.items() if k != "kmb.sqlite"}


@pytest.mark.parametrize("cut", [1000, 4096 * 2, 4096 * 3 + 17])
def test_truncated_encrypted_database_is_refused(office, capsys, monkeypatch, cut):
    path, _ = office
    path.write_bytes(path.read_bytes()[:cut])
    snapshot = path.read_bytes()
    monkeypatch.setenv("KMB_PASSWORD", "spravne-heslo")
    code, err = _cli(capsys, "list", "persons", "--db", str(path), "--user", "admin")
    assert code == 3 and ("poškozen" in err or "není databáze" in err)
    assert path.read_bytes() == snapshot


def test_wrong_recovery_key_is_refused(office, tmp_path, capsys, monkeypatch):
    path, recovery = office
    monkeypatch.setenv("KMB_PASSWORD", "spravne-heslo")
    assert _cli(capsys, "backup", "create", "-o", str(tmp_path / "z.kmbbak"), "--db", str(path),
                "--user", "admin")[0] == 0
    before = _files(path.parent)
    typo = (tmp_path / "typo.txt")
    typo.write_text(recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))
    code, err = _cli(capsys, "backup", "restore", str(tmp_path / "z.kmbbak"), "--db", str(path),
                     "--recovery-key-file", str(typo))
    assert code == 3 and "klíč" in err.lower()
    foreign = tmp_path / "cizi.txt"
    foreign.write_text(recovery_text(os.urandom(32)))
    code, err = _cli(capsys, "backup", "restore", str(tmp_path / "z.kmbbak"), "--db", str(path),
                     "--recovery-key-file", str(foreign))
    assert code == 3 and "nepatří" in err
    assert _files(path.parent) == before


def test_open_database_without_a_key_refuses_an_encrypted_file(db):
    path = db.path
    db.close()
    with pytest.raises(DatabaseProblem, match="zašifrovaná"):
        open_database(sqlite_url(path))
