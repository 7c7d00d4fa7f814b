"""A new database key after an account is blocked (DESIGN.md "Security").

Removing a blocked person's key slot is not enough: whoever kept a copy of
the key file and knows their old password still holds the database key. So
the database gets a new random key, the remaining slots get it sealed to
their public keys (``KeyFile.resealed``), and the new recovery key is shown
and printed once.

The live file is never rewritten in place. Order (a crash at any point leaves
a database that opens, with a key file that fits it):

1. our connections are closed; a write lock on the live file keeps other
   writers out while
2. a consistent copy is made (online backup API, WAL included), switched to
   the new key with ``PRAGMA rekey`` (a crash here harms only the copy) and
   verified: cipher and SQLite integrity, every table's rows equal;
3. the new key file is written beside the old one (``….keys.novy-klic``);
4. commit point: the copy replaces the database; the old WAL is removed;
5. the new key file replaces the old one.

``recover_interrupted`` finishes or undoes an interrupted run at the next
sign-in: a copy still present means step 4 never happened (both new files
go); a new key file without a copy means step 5 is left to do.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import audit
from .db import DRIVER_ERRORS, Database, connect_raw, key_pragma, make_engine, make_private
from .errors import DatabaseProblem
from .keyslots import KeyFile, keys_path, new_key, recovery_text
from .security import Actor, Permission
from .i18n import _

PENDING = ".novy-klic"


@dataclass(frozen=True)
class Rekeyed:
    recovery_key: str                 # shown and printed once
    lost: tuple[str, ...] = ()        # accounts whose slot could not take the new key


def encrypted(db: Database) -> bool:
    """A database in an SQLCipher file (a server database has no key to change)."""
    return db.path is not None and db.key is not None


def new_database_key(db: Database, actor: Actor) -> Rekeyed:
    """A new key on request (a lost recovery sheet, an interrupted re-key)."""
    actor.require(Permission.MANAGE_USERS)
    # czech-on-purpose: a reason stored in the audit trail
    return rekey_database(db, actor, {"reason": "na žádost"})


def _pending(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}{PENDING}"), Path(f"{keys_path(path)}{PENDING}")


def rekey_database(db: Database, by: Actor, reason: dict) -> Rekeyed:
    """Give the open database ``db`` a new key (it stays usable: its engine is
    rebuilt with the new key). The caller has checked ``by``'s permission;
    ``reason`` goes into the audit event."""
    path, old = db.path, db.key
    if path is None or old is None:
        raise DatabaseProblem(_("Nový klíč lze dát jen zašifrované databázi v souboru."))
    keys = KeyFile.load(path)
    key = new_key()
    copy, keys_new = _pending(path)
    for leftover in (copy, keys_new):
        leftover.unlink(missing_ok=True)
    _close_connections(db)
    try:
        new_keys, lost = _prepare(path, old, key, keys, copy, keys_new)
    except BaseException:
        copy.unlink(missing_ok=True)
        keys_new.unlink(missing_ok=True)
        _reopen(db, old)
        raise
    _commit(path, copy, keys_new)
    _reopen(db, key)
    with db.transaction() as s:
        audit.record(s, by, "rekey", "installation", None,
                     dict(reason, slots=len(new_keys.usernames()), lost=sorted(lost)))
    return Rekeyed(recovery_text(key), tuple(sorted(lost)))


def _prepare(path: Path, old: bytes, key: bytes, keys: KeyFile, copy: Path,
             keys_new: Path) -> tuple[KeyFile, list[str]]:
    lock = connect_raw(path, old)
    try:
        lock.isolation_level = None
        lock.execute("BEGIN IMMEDIATE")        # other writers wait (busy timeout)
        _copy(path, old, copy)
        _switch_key(copy, old, key)
        _verify(lock, copy, key)
        new_keys, lost = keys.resealed(old, key)
        new_keys.save(keys_new)
        lock.execute("ROLLBACK")
    except DRIVER_ERRORS as exc:
        why = (_("do databáze právě zapisuje jiný program – zavřete ho") if "locked" in str(exc)
               else str(exc))
        raise DatabaseProblem(_("Databázi nelze přešifrovat ({why}); zůstala beze změny.")
            .format(why=why)) \
            from None
    finally:
        lock.close()        # before the rename: Windows cannot replace an open file
    return new_keys, lost


def _copy(path: Path, old: bytes, copy: Path) -> None:
    src = connect_raw(path, old)
    try:
        dst = connect_raw(copy, old)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")     # the copy gets no WAL of its own
        finally:
            dst.close()
    finally:
        src.close()
    make_private(copy)


def _switch_key(copy: Path, old: bytes, key: bytes) -> None:
    con = connect_raw(copy, old)
    try:
        con.execute(key_pragma(key).replace("PRAGMA key", "PRAGMA rekey"))
    finally:
        con.close()


def _verify(live, copy: Path, key: bytes) -> None:
    from .upgrade import _table_digests
    con = connect_raw(copy, key)
    try:
        if con.execute("PRAGMA cipher_integrity_check").fetchall() \
                or con.execute("PRAGMA integrity_check").fetchone()[0] != "ok" \
                or _table_digests(con) != _table_digests(live):
            raise DatabaseProblem(_("Přešifrovaná kopie databáze nesouhlasí s původní; "
                                  "databáze zůstala beze změny."))
    finally:
        con.close()


def _commit(path: Path, copy: Path, keys_new: Path) -> None:
    os.replace(copy, path)                   # the commit point
    _finish(path, keys_new)


def _finish(path: Path, keys_new: Path) -> None:
    for suffix in ("-wal", "-shm"):          # the old file's; the new one was never opened here
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(keys_new, keys_path(path))


def recover_interrupted(path: Path) -> None:
    """Undo (before the commit point) or finish (after it) an interrupted re-key."""
    copy, keys_new = _pending(Path(path))
    if copy.exists():
        copy.unlink()
        keys_new.unlink(missing_ok=True)
    elif keys_new.exists():
        _finish(Path(path), keys_new)


def _close_connections(db: Database) -> None:
    db._stop_change_stream()
    db.engine.dispose()


def _reopen(db: Database, key: bytes) -> None:
    """The same Database object on the new key: screens keep their observers."""
    from .changes import ExternalWrites
    db.key = key
    db.engine = make_engine(db.url, key)
    db.Session.configure(bind=db.engine)
    try:
        db._external = ExternalWrites(db.path, db._watch_connection())
    except Exception:       # noqa: BLE001 – no watch, no harm (as at open)
        db._external = None
    else:
        db._watch_engine()
