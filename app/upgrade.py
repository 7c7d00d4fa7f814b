"""Upgrade in place: a plaintext database of release 0.1 is encrypted at the
first sign-in after the update.

Order (a crash at any point leaves a database that opens):
1. the person signs in against the plaintext accounts (Argon2 hashes);
2. an encrypted copy is written beside it (``sqlcipher_export``) and
   verified: cipher and SQLite integrity, and every table's rows equal;
3. key slots: the signing-in user gets a fresh one; every other account a
   slot derived from its existing hash (same password; re-wrapped with a
   fresh salt at that person's first sign-in);
4. the plaintext file is moved aside, the encrypted one takes its name, and
   the plaintext (with its WAL and old ``zalohy/`` copies) is overwritten
   before it is deleted.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from .db import DRIVER_ERRORS, SQLITE_HEADER, connect_raw, key_pragma, make_private
from .errors import DatabaseProblem
from .keyslots import KeyFile, SignInRefused, new_key
from .security import hash_password, verify_password
from .i18n import N_, _

ASIDE = ".nesifrovana"
WRONG = N_("Nesprávné uživatelské jméno nebo heslo.")


def recover_interrupted(path: Path) -> None:
    """A crash between the two renames of step 4: put the plaintext back."""
    aside = Path(f"{path}{ASIDE}")
    if aside.exists() and not path.exists():
        os.replace(aside, path)


def encrypt_in_place(path: Path, username: str, password: str) -> bytes:
    """Encrypt the plaintext database at ``path``; the new key."""
    from .auth import MIN_PASSWORD      # account services: not loaded by every sign-in
    path = Path(path)
    plain = sqlite3.connect(path)
    try:
        users, admin_id = _accounts(plain, path)
        user = users.get(username)
        first_password = not any(u["hash"] for u in users.values())
        if first_password:      # a 0.1 office that never set a password: the admin sets it now
            if user is None or user["id"] != admin_id or len(password) < MIN_PASSWORD:
                raise SignInRefused(
                    _("Databáze ze starší verze nemá hesla: přihlaste se jako správce a zvolte "
                      "heslo (alespoň {MIN_PASSWORD} znaků).").format(MIN_PASSWORD=MIN_PASSWORD))
        elif user is None or not user["active"] or not verify_password(user["hash"], password):
            raise SignInRefused(_(WRONG))
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = new_key()
        target = Path(f"{path}.sifrovani")
        target.unlink(missing_ok=True)
        plain.close()
        _export(path, target, key)
        _verify(path, target, key)
        if first_password:
            con = connect_raw(target, key)
            with con:
                con.execute("UPDATE \"user\" SET password_hash = ? WHERE id = ?",
                            (hash_password(password), admin_id))
            con.close()
        keys = KeyFile.create(path, key)
        keys.set_slot(username, password, key)
        for name, u in users.items():
            if name != username and u["active"] and u["hash"]:
                keys.set_legacy_slot(name, u["hash"], key)
        _swap(path, target, keys)
        _encrypt_old_copies(path, key)
        return key
    finally:
        try:
            plain.close()
        except sqlite3.Error:
            pass


def _accounts(con: sqlite3.Connection, path: Path) -> tuple[dict[str, dict], str | None]:
    try:
        rows = con.execute("SELECT id, username, active, password_hash FROM \"user\" "
                           "WHERE deleted_at IS NULL").fetchall()
        admin = con.execute("SELECT admin_user_id FROM installation").fetchone()
    except sqlite3.DatabaseError:
        raise DatabaseProblem(_("Soubor {path} je databáze SQLite, ale ne databáze KMB Desk.")
            .format(path=path)) \
            from None
    users = {r[1]: {"id": r[0], "active": bool(r[2]), "hash": r[3]} for r in rows}
    return users, admin[0] if admin else None


def _export(plain: Path, target: Path, key: bytes) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher
    con = sqlcipher.connect(str(plain))
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
        con.execute("SELECT sqlcipher_export('enc')")
        con.execute(f"PRAGMA enc.user_version = {int(version)}")
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()
    make_private(target)
    enc = connect_raw(target, key)
    try:
        enc.execute("PRAGMA journal_mode=WAL")
    finally:
        enc.close()


def _table_digests(con) -> dict[str, tuple[int, str]]:
    out = {}
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for name in sorted(names):
        h = hashlib.sha256()
        count = 0
        for row in sorted(map(repr, con.execute(f'SELECT * FROM "{name}"'))):
            h.update(row.encode())
            count += 1
        out[name] = (count, h.hexdigest())
    return out


def _verify(plain: Path, target: Path, key: bytes) -> None:
    src = sqlite3.connect(plain)
    try:
        enc = connect_raw(target, key)
        try:
            if enc.execute("PRAGMA cipher_integrity_check").fetchall() \
                    or enc.execute("PRAGMA integrity_check").fetchone()[0] != "ok" \
                    or _table_digests(src) != _table_digests(enc):
                raise DatabaseProblem(_("Zašifrovaná kopie databáze nesouhlasí s původní; "
                                      "databáze zůstala beze změny."))
        finally:
            enc.close()
    except DRIVER_ERRORS as exc:
        target.unlink(missing_ok=True)
        raise DatabaseProblem(_("Databázi nelze zašifrovat ({exc}); zůstala beze změny.")
            .format(exc=exc)) from None
    finally:
        src.close()


def _swap(path: Path, target: Path, keys: KeyFile) -> None:
    aside = Path(f"{path}{ASIDE}")
    keys.save()
    os.replace(path, aside)
    os.replace(target, path)
    for suffix in ("", "-wal", "-shm"):
        shred(Path(f"{aside}{suffix}"))
    for suffix in ("-wal", "-shm"):
        shred(Path(f"{path}{suffix}"))


def shred(path: Path) -> None:
    """Overwrite a file before deleting it (best effort: SSDs and copy-on-write
    file systems may keep old blocks; the encrypted database is the real guard)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b") as fh:
            remaining = size
            while remaining > 0:
                n = min(remaining, 1 << 20)
                fh.write(os.urandom(n))
                remaining -= n
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        path.unlink(missing_ok=True)


def _encrypt_old_copies(path: Path, key: bytes) -> None:
    """Plaintext copies made before schema changes by 0.1 become encrypted backups."""
    from .backups import write_backup
    folder = path.parent / "zalohy"
    if not folder.is_dir():
        return
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite")):
        try:
            with old.open("rb") as fh:
                if fh.read(16) != SQLITE_HEADER:
                    continue
        except OSError:
            continue
        enc = old.with_name(old.name + ".sifrovani")
        enc.unlink(missing_ok=True)
        try:
            _export(old, enc, key)
            _verify(old, enc, key)
            write_backup(enc, key, old.with_suffix(".kmbbak"), KeyFile.load(path))
        except (DatabaseProblem, *DRIVER_ERRORS):
            continue
        finally:
            shred(enc)
            for suffix in ("-wal", "-shm"):
                Path(f"{enc}{suffix}").unlink(missing_ok=True)
        shred(old)


__all__ = ["encrypt_in_place", "recover_interrupted", "shred", "key_pragma"]
