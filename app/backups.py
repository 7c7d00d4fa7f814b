"""Encrypted backups: ``kmb backup create/restore``, the copies made before a
schema change and the daily automatic backup (DESIGN.md "Security").

A backup is one file: a short header, the key slots of the database (so the
same people open it with their passwords, or anyone with the recovery key)
and a consistent SQLCipher copy of the database. Nothing in it is plaintext;
every backup is checked (cipher and SQLite integrity) when it is written and
again before it replaces anything.
"""
from __future__ import annotations

import datetime as dt
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import audit, settings
from .db import (DRIVER_ERRORS, Database, connect_raw, copy_database, head_revision,
                 make_private, private_dir)
from .errors import DatabaseProblem, KmbError
from .keyslots import KeyFile, SignInRefused, keys_path, parse_recovery
from .security import Actor, Permission
from .i18n import _

settings.register_defaults({"backup.keep_daily": 7})   # daily backups kept in zalohy/

MAGIC = b"KMB-ZALOHA-1\n"
SUFFIX = ".kmbbak"
AUTO_LABEL = "denni"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int


def _verify_copy(path: Path, key: bytes) -> str | None:
    """The schema revision of a verified copy; refuses a damaged one."""
    try:
        con = connect_raw(path, key)
        try:
            if con.execute("PRAGMA cipher_integrity_check").fetchall():
                raise DatabaseProblem(_("Záloha je poškozená (nesouhlasí kontrolní součty stránek)."))
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseProblem(_("Záloha je poškozená (kontrola databáze selhala)."))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except DRIVER_ERRORS:
        raise DatabaseProblem(_("Zálohu nelze otevřít: klíč k ní nepatří, nebo je poškozená.")) from None
    return row[0] if row else None


def write_backup(db_path: Path, key: bytes, target: Path, keys: KeyFile | None = None) -> Path:
    """Write ``target`` (atomically, owner-only) from the database at ``db_path``
    with its key slots (or ``keys``)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise KmbError(_("Složka {folder} neexistuje.").format(folder=folder))
    try:
        slots = (keys or KeyFile.load(db_path)).to_json(with_failures=False).encode("utf-8")
    except DatabaseProblem:
        slots = b"null"           # only the recovery key will open it
    fd, tmp_db = tempfile.mkstemp(prefix=".kmb-zaloha-", dir=folder)
    os.close(fd)
    fd, tmp_out = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        Path(tmp_db).unlink()
        copy_database(db_path, key, Path(tmp_db))
        _verify_copy(Path(tmp_db), key)
        with os.fdopen(fd, "wb") as out, open(tmp_db, "rb") as src:
            out.write(MAGIC + struct.pack(">Q", len(slots)) + slots)
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_out, target)
    except OSError as exc:
        Path(tmp_out).unlink(missing_ok=True)
        raise KmbError(_("Zálohu {target} nelze zapsat: {strerror}.")
            .format(target=target, strerror=exc.strerror)) from None
    finally:
        Path(tmp_db).unlink(missing_ok=True)
        Path(tmp_out).unlink(missing_ok=True)
    make_private(target)
    return target


def create_backup(db: Database, actor: Actor, target: str | Path) -> BackupInfo:
    """``kmb backup create -o FILE``: an encrypted copy, audited."""
    actor.require(Permission.SETTINGS)
    if db.path is None or db.key is None:
        raise KmbError(_("Zálohovat takto lze jen databázi v souboru; u serveru zálohuje správce serveru."))
    path = write_backup(db.path, db.key, Path(target))
    with db.transaction() as s:
        audit.record(s, actor, "backup", "database", None, {"file": path.name})
    return BackupInfo(path, path.stat().st_size)


def _read(file: Path) -> tuple[KeyFile | None, int]:
    """The backup's key slots and where the database starts in the file."""
    try:
        with open(file, "rb") as fh:
            head = fh.read(len(MAGIC) + 8)
            if len(head) < len(MAGIC) + 8 or not head.startswith(MAGIC):
                raise DatabaseProblem(_("Soubor {file} není záloha KMB Desk.").format(file=file))
            (length,) = struct.unpack(">Q", head[len(MAGIC):])
            if length > 10_000_000:
                raise DatabaseProblem(_("Soubor {file} není záloha KMB Desk.").format(file=file))
            text = fh.read(length)
    except OSError as exc:
        raise DatabaseProblem(_("Zálohu {file} nelze číst: {strerror}.")
            .format(file=file, strerror=exc.strerror)) from None
    try:
        slots = None if text == b"null" else KeyFile.from_json(file, text.decode("utf-8"))
    except (ValueError, DatabaseProblem):
        raise DatabaseProblem(_("Záloha {file} je poškozená (soubor klíčů).")
            .format(file=file)) from None
    return slots, len(MAGIC) + 8 + length


def backup_key(file: Path, *, username: str | None = None, password: str | None = None,
               recovery: str | None = None) -> tuple[bytes, KeyFile | None]:
    """Unlock a backup with a user's password (its own slots) or the recovery key."""
    slots, _offset = _read(Path(file))
    if recovery:
        key = parse_recovery(recovery)
        if slots is not None and not slots.key_matches(key):
            raise SignInRefused(_("Klíč pro obnovu nepatří k této záloze."))
        return key, slots
    key = slots.unwrap((username or "").strip().lower(), password or "") if slots else None
    if key is None:
        raise SignInRefused(_("Nesprávné uživatelské jméno nebo heslo (k této záloze)."))
    return key, slots


def extract(file: Path, key: bytes, target: Path) -> str | None:
    """Write the backup's database to ``target`` and verify it; its revision."""
    _slots, offset = _read(Path(file))
    with open(file, "rb") as src, open(target, "wb") as out:
        src.seek(offset)
        while chunk := src.read(1 << 20):
            out.write(chunk)
    make_private(target)
    revision = _verify_copy(target, key)
    if revision is None:
        raise DatabaseProblem(_("Záloha neobsahuje databázi KMB Desk."))
    return revision


def restore_backup(db_path: Path, file: str | Path, *, username: str | None = None,
                   password: str | None = None, recovery: str | None = None,
                   tell: Callable[[str], None] | None = None) -> Path:
    """Replace the database at ``db_path`` by a verified backup.

    The current database (if any) is kept as a raw encrypted copy in
    ``zalohy/`` first. The key slots of the backup come with it unless the
    database key is unchanged, in which case today's passwords stay valid.
    The restored installation asks its peers for a full resend at the next
    exchange (``tell`` gets the line saying so). Returns where the previous
    database was put (or the target itself)."""
    file = Path(file)
    _check_todays_holder(db_path, username, password, recovery)
    key, slots = backup_key(file, username=username, password=password, recovery=recovery)
    private_dir(db_path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".kmb-obnova-", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp)
    try:
        revision = extract(file, key, tmp)
        from alembic.script import ScriptDirectory
        from .db import alembic_config
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(revision)
        except Exception:
            raise DatabaseProblem(_("Zálohu vytvořila novější verze KMB Desk; obnovit ji nelze.")) \
                from None
        restorer = _restorer(tmp, key, username if not recovery else None)
        replaced = _replaced_clock(db_path, key)
        kept = _keep_current(db_path)
        current_keys = None
        try:
            current_keys = KeyFile.load(db_path) if db_path.exists() else None
        except DatabaseProblem:
            pass
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        if current_keys is None or not current_keys.key_matches(key):
            if slots is None:
                slots = KeyFile.create(db_path, key)
            slots.path = keys_path(db_path)
            slots.save()
    finally:
        tmp.unlink(missing_ok=True)
    line = _audit_restore(db_path, key, restorer, file.name, replaced)
    if line and tell is not None:
        tell(line)
    return kept or db_path


def _check_todays_holder(db_path: Path, username: str | None, password: str | None,
                         recovery: str | None) -> None:
    """Restoring over an existing database needs the right to open it today.
    A blocked person's slot is gone from today's key file (and the database
    re-keyed), but an older backup still holds it: without this check the
    restore would hand them the office back. With no readable key file (the
    office's disk failed) the backup's own accounts decide."""
    if not db_path.exists():
        return
    try:
        current = KeyFile.load(db_path)
    except DatabaseProblem:
        return
    if recovery:
        if not current.key_matches(parse_recovery(recovery)):
            raise SignInRefused(
                _("Klíč pro obnovu nepatří k současné databázi. Zálohu přes ni obnoví jen "
                "ten, kdo ji dnes smí otevřít: použijte současný klíč pro obnovu nebo své heslo."))
        return
    if current.unwrap((username or "").strip().lower(), password or "") is None:
        raise SignInRefused(
            _("Nesprávné uživatelské jméno nebo heslo k současné databázi (nebo zablokovaný "
            "účet): zálohu přes ni obnoví jen ten, kdo se k ní dnes přihlásí. Nic se nezměnilo."))


def _restorer(path: Path, key: bytes, username: str | None) -> Actor | None:
    """Who restores: an active account of the backup allowed to change
    settings (with the recovery key from the safe: the office itself)."""
    from .config import sqlite_url
    from .db import open_database
    from models.staff import User
    from sqlalchemy import select
    from .security import actor_from_user
    if username is None:
        return None
    db = open_database(sqlite_url(path), key=key, migrate=False)
    try:
        with db.reading() as s:
            user = s.scalars(select(User).where(User.username == username.strip().lower(),
                                                User.deleted_at.is_(None))).first()
            if user is None or not user.active:
                raise SignInRefused(_("Nesprávné uživatelské jméno nebo heslo (k této záloze)."))
            actor = actor_from_user(user)
    finally:
        db.close()
    actor.require(Permission.SETTINGS)
    return actor


def _replaced_clock(db_path: Path, key: bytes) -> tuple[str, int] | None:
    """The clock of the database about to be replaced (same key), if it still reads:
    it bounds which of our own stamps the restore lost (app/sync/restored.py)."""
    from .sync.restored import replaced_clock
    if not db_path.exists():
        return None
    try:
        con = connect_raw(db_path, key)
        try:
            return replaced_clock(con)
        finally:
            con.close()
    except DRIVER_ERRORS:
        return None           # another key, or damaged: the restore bounds it by time


def _audit_restore(db_path: Path, key: bytes, actor: Actor | None, name: str,
                   replaced: tuple[str, int] | None) -> str | None:
    """Audit the restore and prepare the resync (one transaction); the line for the user."""
    from .config import sqlite_url
    from .db import open_database
    from .sync.restored import after_restore, resync_line
    db = open_database(sqlite_url(db_path), key=key)
    try:
        with db.transaction() as s:
            peers = after_restore(s, replaced)
            audit.record(s, actor, "restore", "database", None,
                         {"file": name, "recovery_key": actor is None, "resync_peers": peers})
    finally:
        db.close()
    return resync_line(peers)


def _keep_current(db_path: Path) -> Path | None:
    """The database being replaced goes to zalohy/ as it is (encrypted files)."""
    if not db_path.exists():
        return None
    folder = db_path.parent / "zalohy"
    private_dir(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = folder / f"{db_path.stem}-{stamp}-pred-obnovou.sqlite"
    import shutil
    for suffix in ("", "-wal", SUFFIX_KEYS):
        src = Path(f"{db_path}{suffix}")
        if src.exists():
            shutil.copy2(src, f"{kept}{suffix}")
            make_private(Path(f"{kept}{suffix}"))
    return kept


SUFFIX_KEYS = ".keys"


# -- the daily automatic backup ----------------------------------------------------------
def daily_backup(db: Database) -> Path | None:
    """At the GUI's start: one encrypted backup a day in zalohy/, the newest
    ``backup.keep_daily`` kept. A full disk must not stop the office working."""
    with db.reading() as s:
        keep = int(settings.get(s, "backup.keep_daily") or 0)
    try:
        return automatic_backup(db, keep)
    except (KmbError, OSError):
        return None


def automatic_backup(db: Database, keep: int, *, today: dt.date | None = None) -> Path | None:
    """At most one backup a day in ``zalohy/``; only the newest ``keep`` are kept."""
    if db.path is None or db.key is None or keep <= 0:
        return None
    folder = db.path.parent / "zalohy"
    day = (today or dt.date.today()).strftime("%Y%m%d")
    existing = sorted(folder.glob(f"{db.path.stem}-*-{AUTO_LABEL}{SUFFIX}")) if folder.exists() else []
    made = None
    if not any(p.name.startswith(f"{db.path.stem}-{day}") for p in existing):
        from .db import backup_database
        made = backup_database(db.path, db.key, AUTO_LABEL)
        existing = sorted(folder.glob(f"{db.path.stem}-*-{AUTO_LABEL}{SUFFIX}"))
    for old in existing[:-keep]:
        old.unlink(missing_ok=True)
    return made


__all__ = ["create_backup", "restore_backup", "automatic_backup", "write_backup", "extract",
           "backup_key", "head_revision"]
