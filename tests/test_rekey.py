"""Blocking an account gives the database a new key: a copy of the old key
file and the blocked person's password no longer open it, the other accounts
keep signing in, the new recovery key opens it, and a crash at any step
leaves a database that opens."""
from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from app import rekey
from app.auth import NewUser, create_user, set_active, set_password
from app.config import sqlite_url
from app.db import open_database
from app.errors import DatabaseProblem
from app.keyslots import KeyFile, SignInRefused, parse_recovery, recovery_text
from app.people.records import PersonInput, add_person
from app.signin import create_installation, open_with_recovery, sign_in
from models.audit import AuditEvent
from models.people import Person
from models.staff import Role


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office" / "kmb.sqlite"
    new = create_installation(str(path), "KMB Trutnov", "admin", "heslo-spravce")
    db, admin = new.db, new.actor
    ids = {}
    for name, full, role in (("jana", "Jana Dvořáková", Role.SOCIAL_WORKER),
                             ("petr", "Petr Horák", Role.PROPERTY)):
        ids[name] = create_user(db, admin, NewUser(name, full, role, f"heslo-{name}-1",
                                                   f"heslo-{name}-1"))
    with db.transaction() as s:
        add_person(s, admin, PersonInput(given_name="Marie", surname="Nováková"))
    yield path, db, admin, ids, new.recovery_key
    db.close()


def _persons(db) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Person.surname)))


def test_blocking_rekeys_and_the_old_key_file_no_longer_opens(office, tmp_path):
    path, db, admin, ids, old_recovery = office
    stolen = tmp_path / "ukradeny.keys"
    shutil.copy(f"{path}.keys", stolen)                  # Petr keeps a copy of the key file
    old_key = db.key
    result = set_active(db, admin, ids["petr"], False)
    assert result is not None and not result.lost
    new_key = parse_recovery(result.recovery_key)
    assert new_key == db.key != old_key
    # the same Database object keeps working on the new key
    assert _persons(db) == ["Nováková"]
    with db.transaction() as s:
        add_person(s, admin, PersonInput(given_name="Eva", surname="Malá"))
    db.close()
    # the old key file and Petr's password give the old key, which opens nothing now
    old_slots = KeyFile(path, json.loads(stolen.read_text()))
    leaked = old_slots.unwrap("petr", "heslo-petr-1")
    assert leaked == old_key
    with pytest.raises(DatabaseProblem, match="nelze odemknout"):
        open_database(sqlite_url(path), key=leaked).close()
    with pytest.raises(SignInRefused):
        open_with_recovery(str(path), old_recovery)
    # the stolen key file put back beside the database does not help either
    current = path.with_name("kmb.sqlite.keys").read_bytes()
    shutil.copy(stolen, f"{path}.keys")
    with pytest.raises(DatabaseProblem, match="nelze odemknout"):
        sign_in(str(path), "petr", "heslo-petr-1")
    path.with_name("kmb.sqlite.keys").write_bytes(current)
    with pytest.raises(SignInRefused):
        sign_in(str(path), "petr", "heslo-petr-1")
    # everyone else keeps their password; the new recovery key opens the database
    for user, password in (("jana", "heslo-jana-1"), ("admin", "heslo-spravce")):
        database, actor = sign_in(str(path), user, password)
        assert database.key == new_key
        assert sorted(_persons(database)) == ["Malá", "Nováková"]
        database.close()
    open_with_recovery(str(path), result.recovery_key).close()
    # the audit trail has the block and the re-key, and its chain still verifies
    database, _ = sign_in(str(path), "admin", "heslo-spravce")
    from app.audit import verify_chain
    with database.reading() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.detail)
                           .order_by(AuditEvent.seq)).all()
        assert verify_chain(s) is None
    database.close()
    rekeyed = [json.loads(d) for a, d in events if a == "rekey"]
    assert rekeyed == [{"blocked": "petr", "slots": 2, "lost": []}]


def test_unblocking_needs_a_new_password(office):
    path, db, admin, ids, _ = office
    set_active(db, admin, ids["jana"], False)
    assert set_active(db, admin, ids["jana"], True) is None       # no re-key for unblocking
    set_password(db, admin, ids["jana"], "nove-heslo-jany", "nove-heslo-jany")
    key = db.key
    db.close()
    database, _ = sign_in(str(path), "jana", "nove-heslo-jany")
    assert database.key == key
    database.close()


def test_first_release_slots_cannot_take_the_new_key_and_are_named(office):
    """A slot written before the two-level form cannot be re-sealed without
    its password: it is dropped and reported (an administrator sets a new one)."""
    path, db, admin, ids, _ = office
    keys = KeyFile.load(path)
    slot = keys.slot("jana")
    for field in ("seal", "mac", "pub"):
        slot.pop(field)
    keys.save()
    result = set_active(db, admin, ids["petr"], False)
    assert result.lost == ("jana",)
    db.close()
    assert KeyFile.load(path).usernames() == ["admin"]


def test_a_planted_public_key_gets_no_new_key(office):
    """Someone who can write the key file but lacks the database key cannot
    swap a colleague's public key for their own."""
    path, db, admin, ids, _ = office
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from app.keyslots import _b64, _raw_public
    data = json.loads(path.with_name("kmb.sqlite.keys").read_text())
    jana = next(s for s in data["slots"] if s["user"] == "jana")
    jana["pub"] = _b64(_raw_public(X25519PrivateKey.generate().public_key()))
    path.with_name("kmb.sqlite.keys").write_text(json.dumps(data))
    result = set_active(db, admin, ids["petr"], False)
    assert result.lost == ("jana",)


_CRASH = """
import os, sys
from app import keyslots, rekey
from app.auth import set_active
from app.signin import sign_in
path, step, victim = sys.argv[1:4]
die = lambda *a, **k: os._exit(9)          # the power goes: no finally, nothing closed
if step == "keys":
    keyslots.KeyFile.resealed = die
elif step == "commit":
    real_replace = os.replace
    def replace(src, dst):
        real_replace(src, dst)
        if str(dst) == path:
            die()
    os.replace = replace
elif step == "verified":
    real_verify = rekey._verify
    rekey._verify = lambda *a: (real_verify(*a), die())
else:
    setattr(rekey, "_" + step, die)
db, actor = sign_in(path, "admin", "heslo-spravce")
set_active(db, actor, victim, False)
"""


@pytest.mark.parametrize("crash_at", ["copy", "switch_key", "verified", "keys", "commit",
                                      "finish"])
def test_a_crash_at_any_step_leaves_a_database_that_opens(office, crash_at):
    """The re-key runs in another process that dies (os._exit) at each step."""
    import subprocess
    import sys
    path, db, _, ids, _ = office
    old_key = db.key
    db.close()
    run = subprocess.run([sys.executable, "-c", _CRASH, str(path), crash_at, ids["petr"]],
                         capture_output=True, text=True)
    assert run.returncode == 9, run.stderr
    database, _ = sign_in(str(path), "jana", "heslo-jana-1")
    assert _persons(database) == ["Nováková"]
    after_commit = crash_at in ("commit", "finish")
    assert (database.key != old_key) == after_commit
    database.close()
    assert [p.name for p in path.parent.iterdir() if rekey.PENDING in p.name] == []
    with pytest.raises(SignInRefused):        # the block itself was committed first
        sign_in(str(path), "petr", "heslo-petr-1")
    database, _ = sign_in(str(path), "admin", "heslo-spravce")
    database.close()


def test_a_failed_rekey_leaves_the_open_database_usable(office, monkeypatch):
    path, db, admin, ids, _ = office
    old_key = db.key

    def broken(*args):
        raise DatabaseProblem("Přešifrovaná kopie databáze nesouhlasí s původní; "
                              "databáze zůstala beze změny.")
    monkeypatch.setattr(rekey, "_verify", broken)
    with pytest.raises(DatabaseProblem, match="zablokovaný.*beze změny.*Nový klíč databáze"):
        set_active(db, admin, ids["petr"], False)
    assert db.key == old_key and _persons(db) == ["Nováková"]
    assert [p.name for p in path.parent.iterdir() if rekey.PENDING in p.name] == []
    monkeypatch.undo()
    from app.rekey import new_database_key            # the retry the message names
    assert parse_recovery(new_database_key(db, admin).recovery_key) == db.key != old_key


def test_another_writer_holding_the_database_is_waited_for_then_refused(office, monkeypatch):
    """A re-key needs the write lock: another process in the middle of a write
    makes it wait, then give up with the database unchanged."""
    from app.db import connect_raw
    path, db, admin, ids, _ = office
    old_key = db.key
    other = connect_raw(path, old_key)
    other.isolation_level = None
    real_close = rekey._close_connections

    def close_then_someone_writes(database):
        real_close(database)
        other.execute("BEGIN IMMEDIATE")          # another program starts writing
    monkeypatch.setattr(rekey, "_close_connections", close_then_someone_writes)
    monkeypatch.setattr(rekey, "connect_raw",
                        lambda p, k, **kw: _short_timeout(connect_raw(p, k, **kw)))
    try:
        with pytest.raises(DatabaseProblem, match="nový klíč nedostala.*jiný program"):
            set_active(db, admin, ids["petr"], False)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert db.key == old_key and _persons(db) == ["Nováková"]
    assert [p.name for p in path.parent.iterdir() if rekey.PENDING in p.name] == []


def _short_timeout(con):
    con.execute("PRAGMA busy_timeout = 300")
    return con


def test_new_key_on_request(office):
    path, db, admin, _, _ = office
    from app.rekey import new_database_key
    first = new_database_key(db, admin)
    second = new_database_key(db, admin)
    assert first.recovery_key != second.recovery_key
    assert parse_recovery(second.recovery_key) == db.key
    db.close()
    sign_in(str(path), "jana", "heslo-jana-1")[0].close()


def test_a_first_release_slot_opens_and_is_rewritten_at_sign_in(office):
    """Key files written before the two-level slots keep working; the owner's
    sign-in turns the slot into one that a later re-key can re-seal."""
    import secrets as _secrets
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from app.keyslots import _b64, derive
    path, db, _, _, _ = office
    key = db.key
    db.close()
    keys = KeyFile.load(path)
    kdf = keys.slot("jana")["kdf"]
    nonce = _secrets.token_bytes(12)
    wrapped = AESGCM(derive("heslo-jana-1", kdf)).encrypt(nonce, key, keys._aad("jana", kdf))
    keys.remove_slot("jana")
    keys.data["slots"].append({"user": "jana", "kdf": kdf, "nonce": _b64(nonce),
                               "wrapped": _b64(wrapped), "legacy": False})
    keys.save()
    assert KeyFile.load(path).needs_upgrade("jana")
    database, actor = sign_in(str(path), "jana", "heslo-jana-1")
    assert database.key == key and actor.name == "Jana Dvořáková"
    database.close()
    slot = KeyFile.load(path).slot("jana")
    assert "seal" in slot and not KeyFile.load(path).needs_upgrade("jana")
    sign_in(str(path), "jana", "heslo-jana-1")[0].close()


def test_a_blocked_person_cannot_restore_an_old_backup_to_get_back_in(office, tmp_path):
    """The backup made before the block still holds Petr's slot and the old
    key; restoring it over today's database needs today's right to open it."""
    from app.backups import create_backup, restore_backup
    path, db, admin, ids, old_recovery = office
    backup = create_backup(db, admin, tmp_path / "pred-blokaci.kmbbak").path
    set_active(db, admin, ids["petr"], False)
    with db.transaction() as s:
        add_person(s, admin, PersonInput(given_name="Po", surname="Blokaci"))
    db.close()
    before = path.read_bytes()
    with pytest.raises(SignInRefused, match="současné databázi"):
        restore_backup(path, backup, username="petr", password="heslo-petr-1")
    with pytest.raises(SignInRefused, match="současné databázi"):
        restore_backup(path, backup, recovery=old_recovery)
    assert path.read_bytes() == before
    # the administrator, who signs in today, may still restore it
    restore_backup(path, backup, username="admin", password="heslo-spravce")
    db, _ = sign_in(str(path), "admin", "heslo-spravce")
    try:
        assert _persons(db) == ["Nováková"]
    finally:
        db.close()
