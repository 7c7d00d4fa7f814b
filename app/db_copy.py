"""Moving an office between backends: ``kmb db copy --to TARGET`` (an SQLite
file → a PostgreSQL server when the office gets several workstations, and
back to a file).

What moves, and why it is complete:
- every table, in foreign-key order, every column as stored (tables and
  columns come from the ORM metadata, tables that only a migration knows are
  reflected from the source), read in one consistent snapshot of the source
  and written in batches (``executemany``, never a query per row);
- attachments (photos: ``attachment.data``) and the office logo (a setting)
  live in the database, so they move with their rows; there is no files folder;
- the installation's identity (age and Ed25519 keys), the audit secret, the
  chain and its anchors are rows too: the chain verifies on the target with
  the same key, and its signed anchors with the same signing key.

The whole copy is one transaction on the target: a failure (a dropped
connection, a constraint, a failed check) leaves the target without rows.
The target must be empty. Afterwards, still inside that transaction, the rows
per table are counted against the source and the audit chain is checked;
then a ``db_copy`` event is written on both sides.

Keys of a file target: a new random SQLCipher key (shown once as the
recovery key), a key slot for the signing-in administrator (from the password
just checked), and for every other active account a slot derived from its
Argon2id password hash — the same mechanism as the upgrade of a plaintext
database (``app/upgrade.py``): the person signs in with the same password and
the slot is re-wrapped with a fresh salt at that first sign-in. An account
without a usable hash gets no slot; the administrator sets its password again
(Nastavení → Uživatelé), which creates the slot. A server target needs no
slots: sign-in there checks the same hashes.
"""
from __future__ import annotations

import functools
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import (Enum, LargeBinary, MetaData, String, Table, func, select, type_coerce,
                        update)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.base import Base
from models.staff import Role, User

from . import audit, config
from .db import DRIVER_ERRORS, Database, describe_db_error, open_database
from .errors import DatabaseProblem, KmbError, PermissionDenied
from .keyslots import KeyFile, SignInRefused, keys_path, new_key, recovery_text
from .security import Actor, hash_password, verify_password
from .i18n import _

# Bookkeeping of the database itself, not of the office: each side has its own.
_NOT_COPIED = {"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4",
               "commit_counter"}
BATCH_ROWS = 2000
BATCH_ROWS_BINARY = 100          # photos: a batch stays a few MB

Progress = Callable[[str, int, int, int, int], None]   # table, done, of, all done, of all


class TargetNotEmpty(KmbError):
    """The target already holds an office (or anything): nothing is copied."""


@dataclass(frozen=True)
class CopyResult:
    target: str                        # where, for people (no password)
    rows: dict[str, int]               # table → rows copied (and counted on the target)
    recovery_key: str = ""             # a file target: its new key, shown once
    signs_in: list[str] = field(default_factory=list)       # accounts that can sign in there
    needs_password: list[str] = field(default_factory=list)  # the admin sets theirs again
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_database(db: Database, actor: Actor, target: str, password: str,
                  *, progress: Progress | None = None) -> CopyResult:
    """Copy the whole office in ``db`` into the empty database ``target``
    (a file path or a postgresql:// URL). ``password`` is the administrator's
    own, checked again: it wraps the key of a file target."""
    if actor.role != Role.ADMIN:
        raise PermissionDenied(_("Přesun databáze smí spustit jen správce (role „správce“)."))
    url = config.database_url(target)
    path = config.sqlite_path(url)
    if url == db.url or (path is not None and path == db.path):
        raise KmbError(_("Cíl kopie je tatáž databáze jako zdroj; zadejte jinou."))
    username, hash_ok = _check_password(db, actor, password)
    started = time.monotonic()
    key = None
    if path is not None:
        _check_new_file(path)
        key = new_key()
    try:
        target_db = open_database(url, create=True, key=key)
    except BaseException:
        if path is not None:
            _remove_file(path)
        raise
    try:
        new_hash = None if hash_ok else hash_password(password)
        rows = _copy_all(db, target_db, actor, new_hash, progress or (lambda *a: None))
        if path is not None:
            signs_in, needs = _write_slots(target_db, path, key, username, password)
        else:
            signs_in, needs = _server_accounts(target_db)
    except BaseException:
        target_db.close()
        if path is not None:
            _remove_file(path)
        raise
    _analyze(target_db)
    target_db.close()
    with db.transaction() as s:     # the source says where the whole office went
        audit.record(s, actor, "db_copy", "database", None,
                     {"to": config.display_url(url), "rows": sum(rows.values())})
    return CopyResult(config.display_url(url) if path is None else str(path), rows,
                      recovery_text(key) if key else "", signs_in, needs,
                      time.monotonic() - started)


def _analyze(target: Database) -> None:
    """After a bulk load a server has no statistics and no visibility map yet:
    the first searches would plan blind and read the table behind every index
    entry. VACUUM cannot run in a transaction, hence after the commit."""
    if not target.server:
        return
    with target.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")


def _check_password(db: Database, actor: Actor, password: str) -> tuple[str, bool]:
    """The administrator's user name after checking the password once more
    (a file: against the key slot, which is what signed in; a server: the
    hash), and whether the stored hash already matches it."""
    with db.reading() as s:
        user = s.get(User, actor.user_id)
        hash_ok = bool(user and verify_password(user.password_hash, password))
        ok = hash_ok
        if user is not None and db.key is not None and not ok:
            ok = KeyFile.load(db.path).unwrap(user.username, password) == db.key
        if user is None or not user.active or not ok:
            raise SignInRefused(_("Heslo správce nesouhlasí; databázi nekopíruji."))
        return user.username, hash_ok


def _check_new_file(path: Path) -> None:
    if path.exists() or keys_path(path).exists():
        raise TargetNotEmpty(_("Cílový soubor {path} už existuje; kopíruji jen do nového souboru "
                               "(nic se nezměnilo).").format(path=path))
    if not path.parent.is_dir():
        raise KmbError(_("Složka {parent} neexistuje; založte ji, nebo zvolte jinou.")
            .format(parent=path.parent))


def _remove_file(path: Path) -> None:
    """A failed copy into a new file leaves no file behind."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    keys_path(path).unlink(missing_ok=True)


# -- the copy ---------------------------------------------------------------------------
def copy_plan(conn: Connection) -> list[Table]:
    """Every table of the database in foreign-key order: the ORM's tables,
    then any a migration made without a model (reflected, so that nothing is
    left behind)."""
    present = set(sa_inspect(conn).get_table_names()) - _NOT_COPIED
    known = [t for t in Base.metadata.sorted_tables if t.name in present]
    extra = sorted(present - {t.name for t in known})
    if not extra:
        return known
    reflected = MetaData()
    reflected.reflect(conn, only=extra)
    return known + [t for t in reflected.sorted_tables]


def _readable(table: Table) -> list:
    """The columns as stored: an enum column is read as its text, so that a
    value this version does not know still moves unchanged."""
    return [type_coerce(c, String()).label(c.name) if isinstance(c.type, Enum) else c
            for c in table.columns]


def _batch(table: Table) -> int:
    binary = any(isinstance(c.type, LargeBinary) for c in table.columns)
    return BATCH_ROWS_BINARY if binary else BATCH_ROWS


def _copy_all(src: Database, dst: Database, actor: Actor, new_hash: str | None,
              progress: Progress) -> dict[str, int]:
    with src.engine.connect() as sconn:
        if src.server:        # one snapshot of a server that others keep writing to
            sconn = sconn.execution_options(isolation_level="REPEATABLE READ")
        with sconn.begin(), dst.engine.connect() as dconn:
            try:
                with dconn.begin():
                    plan = copy_plan(sconn)
                    _same_schema(sconn, dconn, plan, dst.where)
                    _lock_and_require_empty(dconn, plan, dst.where)
                    for t in plan:
                        if t.name in seeded_by_migrations():
                            dconn.execute(t.delete())
                    _defer_foreign_keys(dconn)
                    counts = {t.name: sconn.scalar(select(func.count()).select_from(t))
                              for t in plan}
                    _copy_rows(sconn, dconn, plan, counts, progress)
                    _reset_sequences(dconn, plan)
                    _verify(dconn, plan, counts, dst.where)
                    _record_arrival(dconn, actor, src.where, sum(counts.values()), new_hash)
            except (DBAPIError, *DRIVER_ERRORS) as exc:
                raise DatabaseProblem(
                    _("Kopie se nepodařila, cílová databáze zůstala bez dat: ")
                    + describe_db_error(dst.where, exc)) from None
    return counts


def _same_schema(sconn: Connection, dconn: Connection, plan: list[Table], where: str) -> None:
    """Both sides are at the same revision (each was migrated on opening); a
    difference means a table or column would be lost, so nothing is copied."""
    target = set(sa_inspect(dconn).get_table_names()) - _NOT_COPIED
    if target != {t.name for t in plan}:
        raise DatabaseProblem(_("Schéma databáze {where} se liší od zdrojové (tabulky {join}); nic "
                                "se nezkopírovalo.")
                                    .format(where=where, join=', '.join(sorted(target ^ {t.name for t in plan}))))
    for t in plan:
        cols = {c.name for c in t.columns}
        for conn in (sconn, dconn):
            found = {c["name"] for c in sa_inspect(conn).get_columns(t.name)}
            if found != cols:
                raise DatabaseProblem(
                    _("Tabulka {name} má ve zdroji a v cíli jiné sloupce ({join}); nic se "
                      "nezkopírovalo.").format(name=t.name, join=', '.join(sorted(found ^ cols))))


def _lock_and_require_empty(dconn: Connection, plan: list[Table], where: str) -> None:
    """On a server, nobody writes into the target until the copy commits.
    "Empty" means: nothing but what the migrations themselves put into a new
    database (the starting departments); the source's rows replace those."""
    if dconn.dialect.name == "postgresql":
        names = ", ".join(dconn.dialect.identifier_preparer.quote(t.name) for t in plan)
        dconn.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
    seeded = seeded_by_migrations()
    for t in plan:
        allowed = seeded.get(t.name, frozenset())
        rows = dconn.execute(select(*_readable(t)).limit(len(allowed) + 1)).all()
        if not {tuple(r) for r in rows} <= allowed:
            raise TargetNotEmpty(
                _("Cílová databáze {where} není prázdná (tabulka {name} má záznamy); kopíruji jen "
                  "do prázdné databáze. Nic se nezměnilo.").format(where=where, name=t.name))


@functools.cache
def seeded_by_migrations() -> dict[str, frozenset[tuple]]:
    """The rows a freshly migrated database holds, per table, found by
    migrating a throw-away database once: a later migration that seeds a
    table is then known here without anyone listing it."""
    with tempfile.TemporaryDirectory(prefix="kmb-fresh-") as folder:
        fresh = open_database(str(Path(folder) / "fresh.sqlite"), create=True, key=new_key())
        try:
            with fresh.engine.connect() as conn:
                found = {t.name: frozenset(tuple(r) for r in conn.execute(select(*_readable(t))))
                         for t in copy_plan(conn)}
        finally:
            fresh.close()
    return {name: rows for name, rows in found.items() if rows}


def _defer_foreign_keys(dconn: Connection) -> None:
    """Rows that point at rows of the same table (a merged person) may come
    in any order; keys are checked at commit."""
    if dconn.dialect.name == "postgresql":
        dconn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        dconn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _copy_rows(sconn: Connection, dconn: Connection, plan: list[Table],
               counts: dict[str, int], progress: Progress) -> None:
    overall, all_rows = 0, sum(counts.values())
    for t in plan:
        done, size = 0, _batch(t)
        progress(t.name, 0, counts[t.name], overall, all_rows)
        result = sconn.execution_options(stream_results=True, yield_per=size).execute(
            select(*_readable(t)))
        insert = t.insert()
        for part in result.partitions(size):
            dconn.execute(insert, [row._asdict() for row in part])
            done += len(part)
            overall += len(part)
            progress(t.name, done, counts[t.name], overall, all_rows)
        counts[t.name] = done


def _reset_sequences(dconn: Connection, plan: list[Table]) -> None:
    """Copied integer keys on a server: its sequences continue after them."""
    if dconn.dialect.name != "postgresql":
        return
    for t in plan:
        for c in t.primary_key.columns:
            seq = dconn.scalar(select(func.pg_get_serial_sequence(t.name, c.name)))
            if seq is not None:
                top = dconn.scalar(select(func.max(c)))
                if top is not None:
                    dconn.execute(select(func.setval(seq, top)))


def _verify(dconn: Connection, plan: list[Table], counts: dict[str, int], where: str) -> None:
    for t in plan:
        there = dconn.scalar(select(func.count()).select_from(t))
        if there != counts[t.name]:
            raise DatabaseProblem(_("Po kopii nesouhlasí počet záznamů v tabulce {name} ({v3} → "
                                    "{there}); cílová databáze {where} zůstala bez dat.")
                                        .format(name=t.name, v3=counts[t.name], there=there, where=where))
    with Session(bind=dconn) as s:
        problems = audit.check(s)
    if problems:
        raise DatabaseProblem(_("Auditní řetězec v kopii se neověřil ({text}); cílová databáze "
                                "{where} zůstala bez dat.")
                                    .format(text=problems[0].text, where=where))


def _record_arrival(dconn: Connection, actor: Actor, source: str, rows: int,
                    new_hash: str | None) -> None:
    """The first events of the copy's own history: where it came from, and
    the administrator's password hash where the source kept only a key slot
    (the demo's administrator, a file's first account): on a server the hash
    is what signs in."""
    with Session(bind=dconn) as s:
        audit.record(s, actor, "db_copy", "database", None, {"from": source, "rows": rows})
        if new_hash is not None:
            s.execute(update(User).where(User.id == actor.user_id)
                      .values(password_hash=new_hash))
            audit.record(s, actor, "password", "user", actor.user_id, {"db_copy": True})
        s.flush()
        if audit.check(s):
            raise DatabaseProblem(_("Auditní řetězec v kopii se neověřil; nic se nezkopírovalo."))


# -- who signs in on the target -----------------------------------------------------------
def _active_users(target: Database) -> list[tuple[str, str | None]]:
    with target.reading() as s:
        return sorted(s.execute(select(User.username, User.password_hash).where(
            User.active.is_(True), User.deleted_at.is_(None))).all())


def _server_accounts(target: Database) -> tuple[list[str], list[str]]:
    """On a server the password hash signs in: an account without one waits
    for the administrator to set its password."""
    users = _active_users(target)
    return [n for n, h in users if h], [n for n, h in users if not h]


# -- key slots of a file target -----------------------------------------------------------
def _write_slots(target: Database, path: Path, key: bytes, admin: str,
                 password: str) -> tuple[list[str], list[str]]:
    keys = KeyFile.create(path, key)
    keys.set_slot(admin, password, key)
    slots, without = [admin], []
    for name, phc in _active_users(target):
        if name == admin:
            continue
        if phc and keys.set_legacy_slot(name, phc, key):
            slots.append(name)
        else:
            without.append(name)
    keys.save()
    return slots, without
