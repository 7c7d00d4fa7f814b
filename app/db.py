"""Opening the database: checks, pragmas, backup, migrations, session factory.

Every entry point (GUI, CLI, tests, benchmarks) goes through ``open_database``
so that they all get the same checks and the same change capture.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import functools
import re

from sqlalchemy import create_engine, event, inspect as sa_inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

import models

from . import changes as change_stream
from .audit_behind import EventsBehind
from . import config
from .errors import DatabaseProblem
from .people import derived as people_derived
from .sync import capture
from .i18n import _
from .sql_fold import fold_or_none

log = logging.getLogger(__name__)

# Every table is mapped, unless this process asked for only what it imports
# (models.map_on_demand: a short CLI command).
if not models.on_demand():
    models.load_all()

MIGRATIONS_DIR = Path(models.__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class KmbSession(Session):
    """The application's session class; change capture listens on it."""


# Order matters: derived columns first, so that the capture stamps them too.
event.listen(KmbSession, "before_flush", people_derived.before_flush)
event.listen(KmbSession, "before_flush", capture.before_flush)

# -- change stream (app/changes.py): one Changes per committed transaction ----------
change_stream.listen(KmbSession)


# Errors of the DB-API drivers a file can raise (plain sqlite3 and SQLCipher).
DRIVER_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError)


class PlaintextDatabase(DatabaseProblem):
    """An unencrypted database of an earlier release: signing in encrypts it."""


def key_pragma(key: bytes) -> str:
    """SQLCipher raw key (no passphrase KDF: the key is already random)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes, *, check_same_thread: bool = True):
    """A bare SQLCipher connection (backups, upgrade, the change stream's watch,
    tests that read a file)."""
    con = sqlcipher.connect(str(path), timeout=10, check_same_thread=check_same_thread)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(key_pragma(key))
    return con


# Page cache per connection, in KiB. The GUI keeps up to 32 MB (SQLite's
# default is 2 MB): the name indexes of a city stay decrypted in memory between
# keystrokes instead of being read and decrypted again (the cache grows only as
# pages are read). A command that streams rows once (``kmb list``) reads the
# list index once, in order, and looks up each row's address: 4 MB hold a
# city's address index (ix_address_line, 3.5 MB; with 2 MB each lookup decrypted
# pages again, 1.6× the CPU) and keep memory flat however many rows it prints.
SEARCH_PAGE_CACHE_KIB = 32 * 1024
STREAM_PAGE_CACHE_KIB = 4 * 1024


def _keyed(key: bytes, page_cache_kib: int):
    pragmas = _sqlite_pragmas(page_cache_kib)

    def on_connect(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(key_pragma(key))        # first statement on every connection
        cur.close()
        pragmas(dbapi_conn, _record)
    return on_connect


def _sqlite_pragmas(page_cache_kib: int = SEARCH_PAGE_CACHE_KIB):
    def on_connect(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except DRIVER_ERRORS:
            pass  # read-only media: stay in the default journal mode
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA cache_size=-{int(page_cache_kib)}")
        cur.close()
        # app.czech_text.fold for searches filtered in SQL (app/sql_fold.py)
        dbapi_conn.create_function("kmb_fold", 1, fold_or_none, deterministic=True)
    return on_connect


class Database(change_stream.ChangeStream):
    """An open database: the engine, the session factory and its change stream
    (``subscribe``/``publish``/``check_external``, see app/changes.py)."""

    def __init__(self, url: str, engine: Engine, key: bytes | None = None):
        self.url = url
        self.engine = engine
        self.key = key          # the SQLCipher key (None: a server database)
        self.Session = sessionmaker(engine, class_=KmbSession, expire_on_commit=False,
                                    info={change_stream.DATABASE_KEY: self})
        # a server's search events go to the chain behind the search (app/audit_behind.py)
        self.events_behind = EventsBehind(self) if config.is_server(url) else None
        self._start_change_stream()

    @property
    def path(self) -> Path | None:
        return config.sqlite_path(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.
        On SQLite it takes the write lock at the start (BEGIN IMMEDIATE): a
        transaction that read first and wrote later would otherwise fail when
        another process wrote in between, and the audit sequence must be
        taken under the lock."""
        with _server_errors(self), _stale_rows(), self.Session() as session, session.begin():
            session.connection(execution_options={"kmb_write": True})
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing is committed."""
        with _server_errors(self), self.Session() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def statements(self) -> Iterator[Connection]:
        """A connection whose every statement commits as it runs (PostgreSQL:
        no BEGIN or COMMIT round trips, and a lock a statement takes ends with
        it). For a read and its audit event: each statement stands alone."""
        with _server_errors(self), self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    @property
    def server(self) -> bool:
        """A PostgreSQL server database (no file, no SQLCipher, no key slots)."""
        return config.is_server(self.url)

    @property
    def where(self) -> str:
        """The file path or the URL without its password, for people."""
        return str(self.path) if self.path is not None else config.display_url(self.url)

    def flush_audit(self, timeout: float | None = None) -> bool:
        """Every event this workstation queued is in the audit chain (False:
        not within ``timeout``). Whatever shows or checks the trail calls it."""
        return self.events_behind is None or self.events_behind.flush(timeout)

    def close(self) -> None:
        if self.events_behind is not None:
            self.events_behind.close()
        self._stop_change_stream()
        self.engine.dispose()


@contextmanager
def _server_errors(db: "Database") -> Iterator[None]:
    """A server that is down or goes away mid-transaction: PostgreSQL rolls
    the transaction back; the person gets one line instead of a driver error."""
    if not db.server:
        yield
        return
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        raise DatabaseProblem(describe_db_error(db.where, exc, saving=True)) from None


def _lost_connection(context) -> None:
    """Engine hook: a connection that breaks while in use (the server restarts,
    the network drops) ends every path — sessions, bulk imports — in the same
    Czech line. Failures to connect at all keep their own message."""
    if context.is_disconnect and context.connection is not None:
        where = config.display_url(context.engine.url.render_as_string(hide_password=False))
        raise DatabaseProblem(
            _("Spojení se serverem databáze {where} se přerušilo; rozpracovaná změna se neuložila "
              "(vrátila se celá). Zkontrolujte síť a zkuste to znovu.").format(where=where))


@contextmanager
def _stale_rows() -> Iterator[None]:
    """An update of a row someone else saved after we read it (its row_version
    moved on) touched nothing: the transaction is rolled back, the person told."""
    from sqlalchemy.orm.exc import StaleDataError
    try:
        yield
    except StaleDataError:
        from .errors import Conflict
        raise Conflict(_("Záznam mezitím uložil někdo jiný; vaše změna se neuložila. "
                       "Otevřete ho znovu a změnu zopakujte.")) from None


def alembic_config(connection=None):
    from alembic.config import Config   # Alembic loads only when a schema changes (startup cost)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*[\'"]?([^\'"\s]*)[\'"]?',
                       re.MULTILINE)


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration, read from the scripts' own ``revision`` lines
    (importing Alembic to ask would cost every command about a second; a test
    checks that both agree)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(m.groups() for m in _REVISION.finditer(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            if found.get("down_revision") not in (None, "", "None"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseProblem(_("Migrace databáze nemají jedinou poslední revizi: {heads}.")
                              .format(heads=", ".join(sorted(heads)) or "-"))
    return heads.pop()


def current_revision(conn) -> str | None:
    """The schema revision stored in the database (None: no Alembic table yet)."""
    from alembic.runtime.migration import MigrationContext
    return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(conn) -> str | None:
    """Like ``current_revision`` without loading Alembic: one row of its table."""
    if "alembic_version" not in sa_inspect(conn).get_table_names():
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def inspect_file(path: Path) -> str:
    """"missing", "plaintext" (a release-0.1 database) or "encrypted"; raises
    for what is no database at all (cheap: reads the first 16 bytes)."""
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise DatabaseProblem(_("{path} je složka, ne soubor databáze.").format(path=path))
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseProblem(_("Soubor databáze {path} nelze číst: {strerror}.")
            .format(path=path, strerror=exc.strerror)) from None
    if header == SQLITE_HEADER:
        return "plaintext"
    size = path.stat().st_size
    if size and (size < 1024 or size % 1024):
        raise DatabaseProblem(
            _("Soubor {path} není databáze KMB Desk (je zkrácený, poškozený, nebo jde o jiný "
              "soubor). Obnovte ji ze zálohy.").format(path=path))
    return "encrypted"


def _sqlite_own_transactions(dbapi_conn, _record) -> None:
    # pysqlite's implicit BEGIN comes late and is always DEFERRED; we emit our own
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn) -> None:
    write = conn.get_execution_options().get("kmb_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _check_sqlite_file(path: Path, create: bool, key: bytes | None) -> None:
    state = inspect_file(path)
    if state == "missing":
        if not create:
            raise DatabaseProblem(
                _("Databáze {path} neexistuje. Novou založíte příkazem „kmb init“ nebo ukázkovou "
                  "příkazem „kmb demo --db {path}“.").format(path=path))
        if key is None:
            raise DatabaseProblem(_("Databáze {path} se zakládá bez klíče; to nejde.")
                .format(path=path))
        private_dir(path.parent)
        return
    if state == "plaintext":
        raise PlaintextDatabase(
            _("Databáze {path} není zašifrovaná (starší verze KMB Desk); po přihlášení se "
              "zašifruje.").format(path=path))
    if key is None:
        raise DatabaseProblem(_("Databáze {path} je zašifrovaná; otevřete ji přihlášením.")
            .format(path=path))


def private_dir(folder: Path) -> None:
    """Create a folder readable by the owner only (0700 where the OS has modes)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def make_private(path: Path) -> None:
    """Owner-only file mode (a no-op on Windows, whose ACLs follow the profile)."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def make_engine(url: str, key: bytes | None = None,
                page_cache_kib: int = SEARCH_PAGE_CACHE_KIB) -> Engine:
    if url.startswith("sqlite"):
        args = {"check_same_thread": False, "timeout": 10}
        if key is None:
            engine = create_engine(url, connect_args=args)
            event.listen(engine, "connect", _sqlite_pragmas(page_cache_kib))
        else:
            engine = create_engine(url, module=sqlcipher, connect_args=args)
            event.listen(engine, "connect", _keyed(key, page_cache_kib))
        event.listen(engine, "connect", _sqlite_own_transactions)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return _server_engine(url)


def _server_engine(url: str) -> Engine:
    """PostgreSQL through psycopg 3. Short connect timeout (a dead server is a
    message within seconds, not a hung window); the application's name shows
    in pg_stat_activity for the office's administrator."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise DatabaseProblem(
            _("Pro databázi na serveru PostgreSQL chybí ovladač; nainstalujte "
            "„pip install 'kmb-desk[postgres]'“.")) from None
    args = {"connect_timeout": connect_timeout(), "application_name": "KMB Desk",
            "prepare_threshold": PREPARE_THRESHOLD}
    # LIFO: the connection used last is used again (its server process is warm
    # and has prepared the statements in use); the others age out idle
    engine = create_engine(url, pool_use_lifo=True, connect_args=args)
    event.listen(engine, "checkout", functools.partial(_ping_if_idle, engine.dialect))
    event.listen(engine, "checkin", _note_use)
    event.listen(engine, "handle_error", _lost_connection)
    return engine


# psycopg prepares a statement on the server (parsed and planned once per
# connection) after this many uses of its text; 5 is psycopg's default.
PREPARE_THRESHOLD = 5


# A pooled connection is checked (one empty statement) before use only when it
# lay idle this long: a server restart or a dropped network shows there. One
# used moments ago is taken as it is: on a busy server each check is a round
# trip that waits its turn for the processor, on every keystroke's search.
IDLE_PING_SECONDS = 10.0
_USED = "kmb_used"


def _note_use(_dbapi_conn, record) -> None:
    record.info[_USED] = time.monotonic()


def _ping_if_idle(dialect, dbapi_conn, record, _proxy) -> None:
    used = record.info.get(_USED)
    if used is not None and time.monotonic() - used < IDLE_PING_SECONDS:
        return
    try:
        dialect.do_ping(dbapi_conn)      # what pool_pre_ping sends
    except Exception as exc:    # noqa: BLE001 – any failure: the pool takes a new connection
        raise DisconnectionError() from exc


def connect_timeout() -> int:
    """Seconds to wait for the server: 5, or libpq's PGCONNECT_TIMEOUT where an
    office (or a loaded CI machine) needs longer; a read that cannot connect in
    time is reported as a server that does not answer."""
    try:
        return max(2, int(os.environ.get("PGCONNECT_TIMEOUT", "")))
    except ValueError:
        return 5


def _check_url(url: str) -> None:
    if config.sqlite_path(url) is None and not config.is_server(url):
        raise DatabaseProblem(
            _("Databázi „{display_url}“ neumím otevřít: zadejte cestu k souboru nebo adresu "
              "postgresql://uživatel@server/databáze.").format(display_url=config.display_url(url)))


def open_database(db: str | None = None, *, create: bool = False,
                  migrate: bool = True, key: bytes | None = None,
                  page_cache_kib: int = SEARCH_PAGE_CACHE_KIB) -> Database:
    """Open (and upgrade) the database named by ``db`` or the defaults.

    An SQLite file is always SQLCipher-encrypted with ``key`` (the caller
    gets it from a key slot: ``app.signin``). ``create`` allows a missing file
    to be created (first start, ``kmb init``, ``kmb demo``); other commands
    refuse a missing file so that a mistyped path does not silently open an
    empty office. ``page_cache_kib``: see SEARCH_PAGE_CACHE_KIB.
    """
    url = config.database_url(db)
    _check_url(url)
    path = config.sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create, key)
    engine = make_engine(url, key if path is not None else None, page_cache_kib)
    try:
        if path is not None:
            _check_key(engine, path)
            make_private(path)
        if migrate:
            _migrate(engine, path, key, create=create)
        elif path is None:
            _check_server(engine)
    except DatabaseProblem:
        engine.dispose()
        raise
    except (SADatabaseError, *DRIVER_ERRORS) as exc:
        engine.dispose()
        raise DatabaseProblem(describe_db_error(path or config.display_url(url), exc)) from None
    return Database(url, engine, key if path is not None else None)


def _check_server(engine: Engine) -> None:
    """Connect once, so that a dead server or a wrong password is said now."""
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")


def _check_key(engine: Engine, path: Path) -> None:
    """A wrong key and a damaged first page look the same to SQLCipher."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (SADatabaseError, *DRIVER_ERRORS):
        raise DatabaseProblem(
            _("Databázi {path} nelze odemknout: klíč k ní nepatří, nebo je soubor poškozený. "
              "Obnovte ji ze zálohy.").format(path=path)) from None


def describe_db_error(where, exc: Exception, *, saving: bool = False) -> str:
    """One line for a person: what is wrong with the database and what to do."""
    text = (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[0]
    if str(where).startswith("postgresql"):
        return _describe_server_error(where, str(getattr(exc, "orig", exc)), text, saving)
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        return _("Databáze {where} je poškozená ({text}). Obnovte ji ze zálohy.") \
            .format(where=where, text=text)
    if isinstance(exc, OperationalError) and "locked" in text:
        return _("Databáze {where} je zamčená jiným programem. Zkuste to za chvíli znovu.") \
            .format(where=where)
    return _("Databázi {where} nelze otevřít: {text}").format(where=where, text=text)


def _describe_server_error(where, full: str, first: str, saving: bool = False) -> str:
    """psycopg's messages, in Czech, with what the person can do about them."""
    low = full.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return (_("Server databáze {where} odmítl heslo role v adrese; opravte heslo (v adrese "
                  "nebo v ~/.pgpass) nebo se obraťte na správce serveru.").format(where=where))
    if "no pg_hba.conf entry" in low:
        return (_("Server databáze {where} nepovoluje připojení z tohoto počítače nebo této role "
                  "(pg_hba.conf); obraťte se na správce serveru.").format(where=where))
    if "does not exist" in low and "database" in low:
        return (_("Databáze {where} na serveru neexistuje; správce serveru ji založí (viz README, "
                  "PostgreSQL).").format(where=where))
    if "role" in low and "does not exist" in low:
        return _("Role v adrese {where} na serveru neexistuje; opravte adresu.").format(where=where)
    if any(t in low for t in ("connection refused", "timeout expired", "could not translate",
                              "name or service not known", "no route to host",
                              "connection timed out", "network is unreachable")):
        return (_("Server databáze {where} neodpovídá (je vypnutý, nebo je špatná adresa či port). "
                  "Zkuste to za chvíli znovu nebo se obraťte na správce serveru.").format(where=where))
    if "ssl" in low or "certificate" in low:
        return (_("Zabezpečené spojení se serverem {where} se nepodařilo ({first}); zkontrolujte "
                  "certifikát serveru a sslrootcert v adrese.").format(where=where, first=first))
    if "permission denied" in low:
        return (_("Role v adrese {where} nemá k databázi potřebná práva ({first}); obraťte se na "
                  "správce serveru.").format(where=where, first=first))
    if any(t in low for t in ("server closed the connection", "terminating connection",
                              "connection is lost", "consuming input failed")):
        return (_("Spojení se serverem databáze {where} se přerušilo; nic se neuložilo. Zkuste to "
                  "znovu.").format(where=where))
    if saving:
        return _("Databáze na serveru {where} operaci odmítla ({first}); nic se neuložilo.") \
            .format(where=where, first=first)
    return _("Databázi {where} nelze otevřít: {first}").format(where=where, first=first)


def _migrate(engine: Engine, path: Path | None, key: bytes | None,
             *, create: bool = False) -> None:
    head = head_revision()
    with engine.connect() as conn:
        if _stored_revision(conn) == head:
            return
        tables = set(sa_inspect(conn).get_table_names())
        current = current_revision(conn)
    if current == head:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(alembic_config())
    where = path or config.display_url(str(engine.url.render_as_string(hide_password=False)))
    if current is None and tables - {"alembic_version"}:
        kind = _("databáze SQLite") if path is not None else _("databáze na serveru")
        raise DatabaseProblem(_("{v0} {where} je {kind}, ale ne databáze KMB Desk.")
            .format(v0=_('Soubor') if path is not None else _('Databáze'), where=where,
                    kind=kind))
    if current is None and path is None and not create:
        raise DatabaseProblem(
            _("Databáze {where} je prázdná; instalaci v ní založíte příkazem „kmb init --db "
              "{where}“.").format(where=where))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise DatabaseProblem(
                _("Databázi vytvořila novější verze KMB Desk (revize {current}); tato verze ji "
                  "neumí otevřít. Aktualizujte aplikaci.").format(current=current)) from None
        if path is not None and key is not None:
            backup_database(path, key, f"pred-migraci-{current}")
    if path is None:
        _migrate_server(engine)
        return
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


# Any fixed number: the lock that keeps two workstations from migrating at once.
_MIGRATION_LOCK = 0x4B4D4244


def _migrate_server(engine: Engine) -> None:
    """PostgreSQL: the whole upgrade is one transaction (DDL included), so an
    interrupted upgrade leaves the old schema. Workstations starting at the
    same time wait for each other's upgrade instead of running it twice."""
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        if current_revision(conn) != head_revision():
            from alembic import command
            command.upgrade(alembic_config(conn), "head")
        deferrable_foreign_keys(conn)


def deferrable_foreign_keys(conn) -> None:
    """A bundle import inserts rows in the sender's order and checks foreign
    keys at commit (``SET CONSTRAINTS ALL DEFERRED``, SQLite's
    ``defer_foreign_keys``); PostgreSQL can only defer DEFERRABLE constraints.
    Immediate by default, so everything else behaves as before."""
    rows = conn.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
    ).all()
    for table, name in rows:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" '
                             "DEFERRABLE INITIALLY IMMEDIATE")


def backup_database(path: Path, key: bytes, label: str) -> Path:
    """An encrypted, verified copy in ``zalohy/`` beside the database (before
    a schema change, and the daily automatic backup)."""
    from .backups import write_backup
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target_dir = path.parent / "zalohy"
    private_dir(target_dir)
    target = target_dir / f"{path.stem}-{stamp}-{label}.kmbbak"
    write_backup(path, key, target)
    log.info("database backed up to %s", target)
    return target


def copy_database(src_path: Path, key: bytes, target: Path) -> None:
    """A consistent copy (the online backup API, WAL included) under the same key."""
    src = connect_raw(src_path, key)
    try:
        dst = connect_raw(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    make_private(target)
