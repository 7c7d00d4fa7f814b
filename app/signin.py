"""Signing in opens the database (DESIGN.md "Security and data protection").

Every entry point — the GUI login, each CLI command, the demo — goes through
here: the user's key slot gives the SQLCipher key, the database opens, the
account must exist and be active, and the sign-in (and the failed attempts
before it, which could not be written while the database was locked) goes
into the audit trail. A plaintext database of an earlier release is
encrypted on its first sign-in (``app.upgrade``).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from models.base import utcnow
from models.staff import User

from . import audit, config
from .db import SEARCH_PAGE_CACHE_KIB, SQLITE_HEADER, Database, open_database
from .errors import DatabaseProblem, KmbError, PermissionDenied, ValidationError
from .keyslots import (KdfCost, KeyFile, SignInRefused, new_key, parse_recovery,
                       recovery_text)
from .security import Actor, actor_from_user, hash_password
from .i18n import N_, _

WRONG = N_("Nesprávné uživatelské jméno nebo heslo.")


@dataclass(frozen=True)
class NewInstallation:
    db: Database
    actor: Actor
    recovery_key: str


def _normal(username: str | None) -> str:
    name = (username or "").strip().lower()
    if not name:
        raise SignInRefused(_("Zadejte uživatelské jméno (v příkazové řádce --user JMÉNO)."))
    return name


def _existing_path(db_spec: str | None) -> tuple[str, Path | None]:
    url = config.database_url(db_spec)
    path = config.sqlite_path(url)
    if path is not None:
        from . import rekey, upgrade
        upgrade.recover_interrupted(path)
        rekey.recover_interrupted(path)
    if path is not None and not path.exists():
        open_database(url)          # raises the usual "does not exist" message
    return url, path


def sign_in(db_spec: str | None, username: str | None, password: str | None,
            *, demo: bool = False, page_cache_kib: int | None = None) -> tuple[Database, Actor]:
    """Open the database as ``username``; SignInRefused (exit 3) otherwise.
    ``page_cache_kib``: a file's page cache (app.db; None: the GUI's)."""
    name = _normal(username)
    password = password or ""
    url, path = _existing_path(db_spec)
    if path is None:                         # a server database: no SQLCipher
        return _sign_in_server(url, name, password, demo=demo)
    try:
        keys = KeyFile.load(path)
    except DatabaseProblem:
        if _is_plaintext(path):
            from .upgrade import encrypt_in_place
            encrypt_in_place(path, name, password)
            keys = KeyFile.load(path)
        else:
            raise
    if demo and not keys.demo:
        raise DatabaseProblem(_("Soubor {path} není ukázková databáze; bez přihlášení ho neotevřu.")
            .format(path=path))
    wait = keys.wait_seconds()
    if wait > 0:
        raise SignInRefused(_("Příliš mnoho neúspěšných pokusů o přihlášení. Další pokus je možný "
                              "za {ceil} s.").format(ceil=math.ceil(wait)))
    # One Argon2 run (the slot's own cost) both unlocks the key and proves the
    # password: the user's slot opens only if the AES-GCM tag over the wrapped
    # private key verifies, under a key derived from this password, with the
    # user name and KDF parameters as associated data (a slot renamed or
    # copied to another user fails), and the key it yields must match the
    # file's check value. Verifying user.password_hash as well would cost a
    # second Argon2 run and prove nothing more; a lost laptop still costs an
    # attacker one slot-cost derivation per guess, and a wrong password is
    # refused and audited as before (tests/test_cli_startup.py).
    key = keys.unwrap(name, password)
    if key is None:
        keys.note_failure(name)
        keys.save()
        raise SignInRefused(_(WRONG))
    db = open_database(url, key=key, page_cache_kib=page_cache_kib or SEARCH_PAGE_CACHE_KIB)
    try:
        actor = _finish(db, keys, name, password, key, demo=demo)
    except BaseException:
        db.close()
        raise
    return db, actor


def _sign_in_server(url: str, name: str, password: str, *, demo: bool) -> tuple[Database, Actor]:
    """PostgreSQL: the server's own role opens the database (its URL); the
    person is checked against the Argon2 hash in the user table, with the same
    audit events and the same roles as in a file."""
    if demo:
        raise DatabaseProblem(_("Ukázka běží jen v souboru; databázi na serveru otevřete "
                              "přihlášením."))
    from .keyslots import MAX_FAILURES_FREE
    db = open_database(url)
    try:
        wait, failures = _server_wait(db, name)
        if wait > 0:
            raise SignInRefused(_("Příliš mnoho neúspěšných pokusů o přihlášení. Další pokus je "
                                  "možný za {ceil} s.").format(ceil=math.ceil(wait)))
        # the same audit fields as a file's failures (kept in its key file)
        attempt = failures + 1
        failure = {"at": utcnow().isoformat(timespec="seconds"), "attempt": attempt,
                   "backoff": attempt >= MAX_FAILURES_FREE}
        try:
            from .auth import authenticate      # account services: not needed by a file's sign-in
            return db, authenticate(db, name, password, failure_detail=failure)
        except PermissionDenied:
            raise SignInRefused(_(WRONG)) from None
    except BaseException:
        db.close()
        raise


def _server_wait(db: Database, name: str) -> tuple[float, int]:
    """The same back-off as the key file's (after 5 failures 2, 4, 8 … s),
    counted from the audit trail: the failures of this user name since its
    last sign-in. Returns the wait and the number of those failures."""
    from models.audit import AuditEvent
    from .keyslots import MAX_BACKOFF, MAX_FAILURES_FREE
    with db.reading() as s:
        last_ok = s.scalar(select(func.max(User.last_login_at)).where(User.username == name))
        q = select(AuditEvent.at).where(
            AuditEvent.action == "login_failed",
            AuditEvent.detail.contains(json.dumps({"username": name[:40]}, ensure_ascii=False)[1:-1],
                                      autoescape=True))
        if last_ok is not None:
            q = q.where(AuditEvent.at > last_ok)
        failures = list(s.scalars(q.order_by(AuditEvent.at.desc()).limit(50)))
    if len(failures) < MAX_FAILURES_FREE:
        return 0.0, len(failures)
    delay = min(MAX_BACKOFF, 2.0 ** (len(failures) - MAX_FAILURES_FREE + 1))
    return max(0.0, delay - (utcnow() - failures[0]).total_seconds()), len(failures)


def _is_plaintext(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _finish(db: Database, keys: KeyFile, name: str, password: str, key: bytes,
            *, demo: bool) -> Actor:
    """The account behind the slot; the audit trail gets the sign-in and the
    failed attempts since the last one (kept in the key file meanwhile)."""
    untouched = not keys.data["failures"]["count"] and not keys.data["failures"]["pending"]
    pending = keys.take_failures()
    with db.transaction() as s:
        if demo:
            _require_demo(s, db)
        _audit_failures(s, pending)
        user = s.scalars(select(User).where(User.username == name,
                                            User.deleted_at.is_(None))).first()
        if user is None or not user.active:
            audit.record(s, None, "login_failed", "user", user.id if user else None,
                         {"username": name, "inactive": user is not None})
            actor = None
        else:
            user.last_login_at = utcnow()
            actor = actor_from_user(user)
            audit.record(s, actor, "login", "user", user.id)
    if actor is not None and keys.needs_upgrade(name):
        # fresh salt (a legacy slot's hash was in plaintext) and the two-level form
        keys.set_slot(name, password, key)
        untouched = False
    if not untouched:           # else the file says what it said: no rewrite, no fsync
        keys.save()
    if actor is None:
        raise SignInRefused(_(WRONG))
    return actor


def _audit_failures(s, pending: list[dict]) -> None:
    for f in pending:
        when = dt.datetime.fromtimestamp(f["at"], dt.timezone.utc).isoformat(timespec="seconds")
        audit.record(s, None, "login_failed", "user", None, _failure_detail(f, when))


def _failure_detail(failure: dict, when: str) -> dict:
    if failure.get("recovery"):          # a wrong recovery key (no back-off for those)
        return {"username": failure["username"], "at": when, "recovery_key": True}
    return {"username": failure["username"], "at": when, "attempt": failure["attempt"],
            "backoff": failure["attempt"] >= 5}


def _require_demo(session, db: Database) -> None:
    from models.sync import Installation
    from .demo import INSTALLATION_NAME
    inst = session.scalars(select(Installation)).first()
    if inst is None or inst.name not in INSTALLATION_NAME.values():
        raise DatabaseProblem(_("Soubor {path} není ukázková databáze; bez přihlášení ho neotevřu.")
            .format(path=db.path))


def create_installation(db_spec: str | None, name: str | None, username: str, password: str,
                        *, password_again: str | None = None,
                        cost: KdfCost | None = None, key: bytes | None = None,
                        series: str | None = None) -> NewInstallation:
    """``kmb init`` and the first start: a new encrypted database, its
    identity and administrator, the administrator's key slot and the
    recovery key (returned once; never stored). ``key`` is for tests (a
    fixed key); otherwise a random one."""
    from .installation import initialise
    username = _normal(username)
    from .auth import MIN_PASSWORD
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(_("Heslo musí mít alespoň {MIN_PASSWORD} znaků.")
            .format(MIN_PASSWORD=MIN_PASSWORD), field="password")
    if password_again is not None and password != password_again:
        raise ValidationError(_("Hesla se neshodují – napište je znovu."), field="password_again")
    url = config.database_url(db_spec)
    path = config.sqlite_path(url)
    if path is not None and path.exists():
        raise DatabaseProblem(_("Databáze {path} už existuje; přihlaste se k ní.")
            .format(path=path))
    key = (key or new_key()) if path is not None else None
    db = open_database(url, create=True, key=key)
    try:
        if path is None:
            _require_empty_server(db)
        info = initialise(db, name, admin_username=username, series=series)
        with db.transaction() as s:
            admin = s.get(User, info.admin_user_id)
            admin.password_hash = hash_password(password)
            actor = actor_from_user(admin)
            if path is not None:
                keys = KeyFile.create(path, key)
                keys.set_slot(username, password, key, cost)
                keys.save()
    except BaseException:
        db.close()
        raise
    return NewInstallation(db, actor, recovery_text(key) if key else "")


def server_has_installation(db_spec: str | None) -> bool:
    """``kmb init`` on a server looks at the target before asking for a new
    password (as for an existing file): an installation there means signing
    in to it. Read only: no migration, nothing written."""
    from sqlalchemy import inspect
    db = open_database(config.database_url(db_spec), migrate=False)
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("installation"):
                return False
        return _installed(db)
    finally:
        db.close()


def _installed(db: Database) -> bool:
    from models.sync import Installation
    with db.reading() as s:
        return bool(s.scalar(select(func.count()).select_from(Installation)))


def _require_empty_server(db: Database) -> None:
    """``kmb init`` on a server: only into an empty database (or one whose
    schema exists but whose installation was never set up)."""
    if _installed(db):
        raise DatabaseProblem(_("V databázi {where} už je instalace KMB Desk; přihlaste se k "
                                "ní.").format(where=db.where))


def open_with_recovery(db_spec: str | None, recovery: str) -> Database:
    """The office safe's recovery key opens the database without a password."""
    key = parse_recovery(recovery)
    url, path = _existing_path(db_spec)
    require_file_for_recovery(url)
    try:
        keys = KeyFile.load(path)
        if not keys.key_matches(key):
            raise SignInRefused(_("Klíč pro obnovu nepatří k této databázi."))
    except DatabaseProblem:
        pass                      # the key file is lost: the database itself decides
    try:
        return open_database(url, key=key)
    except DatabaseProblem as exc:
        if "odemknout" in exc.message:
            raise SignInRefused(_("Klíč pro obnovu nepatří k této databázi.")) from None
        raise


def require_file_for_recovery(db_spec: str | None) -> None:
    """A server has no key file: said before anything is asked for."""
    if config.sqlite_path(config.database_url(db_spec)) is None:
        raise KmbError(_("Klíč pro obnovu patří jen k databázi v souboru."))


def check_recovery(db_spec: str | None, recovery: str, username: str | None = None) -> None:
    """Refuse a wrong recovery key before a new password is asked for (the
    CLI and the forgotten-password dialog); a failure is kept for the audit."""
    _recovery_db(db_spec, recovery, username).close()


def _recovery_db(db_spec: str | None, recovery: str, username: str | None) -> Database:
    try:
        return open_with_recovery(db_spec, recovery)
    except SignInRefused:
        _note_recovery_failure(db_spec, username)
        raise


def _note_recovery_failure(db_spec: str | None, username: str | None) -> None:
    """A wrong recovery key cannot be audited while the database is locked: the
    key file keeps it until the next sign-in writes it to the audit trail."""
    path = config.sqlite_path(config.database_url(db_spec))
    try:
        keys = KeyFile.load(path)
    except (DatabaseProblem, TypeError):
        return
    keys.note_failure(username or "", recovery=True)
    keys.save()


def reset_password_with_recovery(db_spec: str | None, recovery: str, username: str,
                                 password: str, *, again: str | None = None) -> Actor:
    """A forgotten password (or a lost key file): the recovery key sets a new
    password for ``username`` and writes a fresh key file if needed."""
    name = _normal(username)
    from .auth import MIN_PASSWORD
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(_("Heslo musí mít alespoň {MIN_PASSWORD} znaků.")
            .format(MIN_PASSWORD=MIN_PASSWORD), field="password")
    if again is not None and password != again:
        raise ValidationError(_("Hesla se neshodují – napište je znovu."), field="password_again")
    db = _recovery_db(db_spec, recovery, name)
    try:
        try:
            keys = KeyFile.load(db.path)
        except DatabaseProblem:
            keys = KeyFile.create(db.path, db.key)
        with db.transaction() as s:
            user = s.scalars(select(User).where(User.username == name,
                                                User.deleted_at.is_(None))).first()
            if user is None or not user.active or name.startswith("~"):
                # "~<id>": a worker from another installation, without a login here
                raise SignInRefused(_("Aktivní uživatel „{name}“ neexistuje.").format(name=name))
            _audit_failures(s, keys.take_failures())
            user.password_hash = hash_password(password)
            actor = actor_from_user(user)
            audit.record(s, actor, "password_recovery", "user", user.id)
            keys.set_slot(name, password, db.key)
            keys.save()
        return actor
    finally:
        db.close()
