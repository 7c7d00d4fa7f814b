"""``kmb list persons`` on a database file through the bare SQLCipher driver
(issue 10: a whole process well under 0.6 s on a slow machine).

Importing SQLAlchemy, declaring the models and configuring the mappers cost
some three quarters of the command's CPU; this path imports none of them. It
does what ``signin.sign_in`` and ``people.search.iter_persons`` do, statement
for statement (tests/test_cli_fast_persons.py compares them): the key slot
proves the password (one Argon2 run), the sign-in moves the installation's
clock and writes the user row (last login, ``updated_at``, row version: a
login-local column, so no sync stamp) and its audit event, the role must
grant VIEW_PERSONS, the listing is audited as one event, then the rows stream.

It takes only the common case. ``run`` returns None before anything is
written or derived when it does not apply (a server, a missing or plaintext
file, an interrupted upgrade or re-key, failures or back-off in the key file,
a legacy slot, a date or birth number in the query, an old schema): the usual
path then runs. After the password was proved, anything unusual (no such or
a blocked account, the day's first audit event, a wrong key) continues on
the usual path with the unwrapped key (``_usual``): one Argon2 run either way.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import time
from pathlib import Path

from ..i18n import N_, _
from .persons_sql import PERSON_SQL

WRONG = N_("Nesprávné uživatelské jméno nebo heslo.")      # signin.WRONG (a test checks)
# app.db's page caches (KiB) and models.settings' id of the role table (tests check)
SEARCH_PAGE_CACHE_KIB = 32 * 1024
STREAM_PAGE_CACHE_KIB = 4 * 1024
ROLES_SETTING_ID = "7c89a2fc-8739-560f-b635-2592f7bf1639"     # setting_id(ROLES_SETTING)
HEAD_ID = "head"
_EVENT_COLUMNS = ("id", "seq", "at", "user_id", "user_name", "action", "entity", "entity_id",
                  "detail", "prev_hash", "hash")
_INSERT_EVENT = ('INSERT INTO "audit_event" (' + ", ".join(f'"{c}"' for c in _EVENT_COLUMNS)
                 + ") VALUES (" + ", ".join("?" * len(_EVENT_COLUMNS)) + ")")   # audit._sqlite_insert
_HEAD_AND_LAST = (                                       # audit._SQLITE_HEAD_AND_LAST
    "SELECT a.seq, a.hash, l.seq, l.hash, k.key, EXISTS (SELECT 1 FROM audit_anchor d "
    "WHERE d.kind = 'daily' AND d.at >= ?) FROM audit_anchor a "
    "JOIN audit_secret k ON k.id = 1 "
    "LEFT JOIN (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) l ON 1 "
    "WHERE a.id = ?")
_MOVE_HEAD = "UPDATE audit_anchor SET seq = ?, hash = ?, at = ?, signature = ? WHERE id = ?"


class _Usual(Exception):
    """The rest goes the usual way (the key is already proved)."""


def run(args) -> int | None:
    """The listing's exit code, or None: the usual path is to run."""
    from ..config import database_url, sqlite_path
    if args.kind != "persons" or getattr(args, "mine", False) or getattr(args, "queue", None):
        return None
    path = sqlite_path(database_url(args.db))
    if path is None or not _plain_case(path):
        return None
    from ..people.search_text import _tokens
    try:
        conds, names = _tokens(args.search)
    except Exception:       # noqa: BLE001 – the usual path says what is wrong, after signing in
        return None
    if conds or len(names) not in PERSON_SQL:
        return None
    from .cmd_basic import read_password, username
    name = username(args)
    password = read_password(args, _("Heslo uživatele {name}: ").format(name=name))
    name = name.lower()
    from ..errors import DatabaseProblem
    from ..keyslots import KeyFile, SignInRefused
    try:
        keys = KeyFile.load(path)
    except DatabaseProblem:
        return None
    f = keys.data["failures"]
    if f["count"] or f["pending"] or keys.wait_seconds() > 0 or keys.needs_upgrade(name):
        return None
    key = keys.unwrap(name, password)            # the one Argon2 run: as signin.sign_in
    if key is None:
        keys.note_failure(name)
        keys.save()
        raise SignInRefused(_(WRONG))
    return _list(args, keys, name, password, key, names)


def _list(args, keys, name: str, password: str, key: bytes, names: list[str]) -> int:
    """Signed in with the proved key, the listing audited and printed."""
    import sqlcipher3
    cache = SEARCH_PAGE_CACHE_KIB if args.search else STREAM_PAGE_CACHE_KIB
    try:
        con = _connect(_path(args), key, cache)
    except _Usual:
        return _usual(args, keys, name, password, key, cache)
    try:
        try:
            user = _sign_in(con, name)
        except _Usual:
            con.close()
            return _usual(args, keys, name, password, key, cache)
        from .startup import done
        done()          # start-up over (as open_for)
        if not _may_view_persons(con, user["role"]):
            _require(con, user)
        _audit_listing(con, args, key, user)
        _emit(con, names, args.format)
    except sqlcipher3.Error as exc:       # told as the usual path tells a database error
        from sqlalchemy.exc import DBAPIError
        raise DBAPIError.instance(None, None, exc, sqlcipher3.Error) from None
    finally:
        con.close()
    return 0


def _path(args) -> Path:
    from ..config import database_url, sqlite_path
    return sqlite_path(database_url(args.db))


def _plain_case(path: Path) -> bool:
    """An encrypted file with its key file, nothing interrupted beside it."""
    from ..keyslots import keys_path
    if not path.is_file() or not keys_path(path).is_file():
        return False
    leftovers = (f"{path}.nesifrovana", f"{path}.novy-klic", f"{keys_path(path)}.novy-klic")
    if any(Path(p).exists() for p in leftovers):        # upgrade / rekey recover these
        return False
    try:
        with path.open("rb") as fh:
            return fh.read(16) != b"SQLite format 3\x00"
    except OSError:
        return False


def _connect(path: Path, key: bytes, cache_kib: int):
    """app.db's connection: the key first, then its pragmas; _Usual when the
    key does not open the file or the schema is not the newest."""
    import sqlcipher3
    con = sqlcipher3.connect(str(path), timeout=10, isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA busy_timeout=10000")
        try:
            con.execute("PRAGMA journal_mode=WAL")
        except sqlcipher3.DatabaseError:
            pass
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != _head_revision():
            raise _Usual
    except sqlcipher3.DatabaseError:
        con.close()
        raise _Usual from None
    except _Usual:
        con.close()
        raise
    return con


def _head_revision() -> str | None:
    """The newest migration (as app.db.head_revision); None when unclear."""
    import re
    pattern = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*[\'"]?([^\'"\s]*)[\'"]?',
                         re.MULTILINE)
    folder = Path(__file__).resolve().parents[2] / "models" / "migrations" / "versions"
    revisions, parents = set(), set()
    for script in folder.glob("*.py"):
        found = dict(m.groups() for m in pattern.finditer(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            if found.get("down_revision") not in (None, "", "None"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)        # models.base.utcnow


def _stored(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")              # SQLAlchemy's DateTime on SQLite


def _sign_in(con, name: str) -> dict:
    """signin._finish's writes in one IMMEDIATE transaction; _Usual (rolled
    back) for an unknown or blocked account or when the audit needs the
    general write."""
    con.execute("BEGIN IMMEDIATE")
    try:
        row = con.execute('SELECT id, full_name, role, active, row_version FROM "user" '
                          "WHERE username = ? AND deleted_at IS NULL", (name,)).fetchone()
        if row is None or not row[3]:
            raise _Usual
        user = dict(id=row[0], name=row[1], role=row[2])
        # the ORM flush: the clock ticks (a dirty synced row), the row's version moves
        if con.execute("UPDATE installation SET hlc = max(hlc + 1, ?) RETURNING hlc, origin",
                       (int(time.time() * 1000) << 16,)).fetchone() is None:
            raise _Usual
        login = _utcnow()
        done = con.execute('UPDATE "user" SET last_login_at=?, updated_at=?, row_version=? '
                           'WHERE "user".id = ? AND "user".row_version = ?',
                           (_stored(login), _stored(_utcnow()), row[4] + 1, row[0], row[4]))
        if done.rowcount != 1:
            raise _Usual
        if not _append_event(con, user, "login", "user", user["id"], None):
            raise _Usual
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return user


def _append_event(con, user: dict, action: str, entity: str, entity_id: str | None,
                  detail: dict | None) -> bool:
    """audit._append_sqlite: the event chained to the head, the head moved.
    False: the general write is needed (no head yet, the day's anchor due)."""
    today = dt.datetime.combine(_utcnow().date(), dt.time())
    row = con.execute(_HEAD_AND_LAST, (_stored(today), HEAD_ID)).fetchone()
    if row is None or not row[0] or not row[5]:
        return False
    head_seq, head_hash, last_seq, last_hash, key, _anchored = row
    key = bytes(key)
    if last_seq is None or head_seq >= last_seq:
        seq, prev = head_seq + 1, head_hash
    else:
        seq, prev = last_seq + 1, last_hash
    at = _utcnow()
    ev = dict(id=_new_id(), seq=seq, at=at, user_id=user["id"], user_name=user["name"],
              action=action, entity=entity, entity_id=entity_id,
              detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
              prev_hash=prev)
    body = json.dumps([ev["id"], seq, at.isoformat(), ev["user_id"], ev["user_name"], action,
                       entity, entity_id, ev["detail"], prev], ensure_ascii=False).encode()
    ev["hash"] = hmac.new(key, body, hashlib.sha256).hexdigest()     # audit.event_body
    ev["at"] = _stored(at)
    con.execute(_INSERT_EVENT, tuple(ev[c] for c in _EVENT_COLUMNS))
    mac = hmac.new(key, f"head|{seq}|{ev['hash']}".encode(), hashlib.sha256).hexdigest()
    con.execute(_MOVE_HEAD, (seq, ev["hash"], ev["at"], mac, HEAD_ID))
    return True


_last_ms = 0


def _new_id() -> str:
    """models.base.new_id (uuid6.uuid7: the milliseconds, moved on within the
    process, and 76 random bits) without importing uuid6, uuid and secrets."""
    global _last_ms
    ms = max(time.time_ns() // 10**6, _last_ms + 1)
    _last_ms = ms
    value = (ms & 0xFFFFFFFFFFFF) << 80 | int.from_bytes(os.urandom(10), "big") >> 4
    value = value & ~(0xF << 76) | 7 << 76            # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62          # RFC 9562 variant
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _may_view_persons(con, role: str) -> bool:
    """security.Actor.can(VIEW_PERSONS) with the office's role table, for the
    roles whose defaults hold it; anything else goes to ``_refuse``."""
    row = con.execute("SELECT value_json, deleted_at FROM setting WHERE id = ?",
                      (ROLES_SETTING_ID,)).fetchone()
    if row is None or row[1] is not None:
        return role in DEFAULT_VIEWERS
    table = json.loads(row[0])
    stored = table.get(role)
    if stored is None:
        return role in DEFAULT_VIEWERS
    # security.stored_permissions: what the table holds, and the defaults it did not know
    known = table.get("_known")
    unknown = known is not None and "view_persons" not in known
    return "view_persons" in stored or (unknown and role in DEFAULT_VIEWERS)


# the roles whose default permissions hold VIEW_PERSONS (security.ROLE_PERMISSIONS; tested)
DEFAULT_VIEWERS = frozenset({"social_worker", "lead", "property", "admin", "readonly"})


def _require(con, user: dict) -> None:
    """security.Actor's own check and refusal (rare: may be slow); should it
    grant what ``_may_view_persons`` did not, the listing goes on."""
    from ..security import Actor, Permission, stored_permissions
    from models.staff import Role
    role = Role(user["role"])
    row = con.execute("SELECT value_json, deleted_at FROM setting WHERE id = ?",
                      (ROLES_SETTING_ID,)).fetchone()
    perms = (stored_permissions(json.loads(row[0]), role)
             if row is not None and row[1] is None else None)
    Actor(user["id"], user["name"], role, perms).require(Permission.VIEW_PERSONS)


def _audit_listing(con, args, key: bytes, user: dict) -> None:
    """iter_persons' event: one per listing, in its own write transaction;
    the general write when it is needed (the day turned since the sign-in)."""
    text = args.search
    action, detail = "list" if not text else "search", {"query": (text or "")[:60], "export": True}
    con.execute("BEGIN IMMEDIATE")
    try:
        ok = _append_event(con, user, action, "person", None, detail)
        con.execute("COMMIT" if ok else "ROLLBACK")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    if not ok:
        import models
        models.map_on_demand()
        from .. import audit
        from ..db import open_database
        from ..security import Actor
        from models.staff import Role
        from ..config import database_url
        db = open_database(database_url(args.db), key=key)
        try:
            with db.transaction() as s:
                audit.record(s, Actor(user["id"], user["name"], Role(user["role"])), action,
                             "person", None, detail)
        finally:
            db.close()


def _emit(con, names: list[str], fmt: str) -> None:
    import sys
    from .listing import PERSON_COLUMNS, _person_dict
    from .output import emit
    from ..people.search_text import _values
    sql, order = PERSON_SQL[len(names)]
    values = _values([], names)
    con.execute("BEGIN")
    try:
        cur = con.execute(sql, tuple(values[n] for n in order))
        emit(_rows(cur, _person_dict), PERSON_COLUMNS, fmt, sys.stdout)
    finally:
        con.execute("ROLLBACK")


def _rows(cur, make):
    fromiso = dt.date.fromisoformat
    # 500 rows a fetch: the same CPU as 2,000, 2.5 MB less at the peak of a city's listing
    while batch := cur.fetchmany(500):
        for r in batch:
            yield make((*r[:3], fromiso(r[3]) if r[3] is not None else None, *r[4:]))


def _usual(args, keys, name: str, password: str, key: bytes, cache_kib: int) -> int:
    """The rest of the usual path with the proved key (signin.sign_in after unwrap)."""
    import models
    models.map_on_demand()
    from ..db import open_database
    from ..config import database_url
    from ..signin import _finish
    from .listing import list_persons
    from .output import emit
    import sys
    db = open_database(database_url(args.db), key=key, page_cache_kib=cache_kib)
    try:
        actor = _finish(db, keys, name, password, key, demo=False)
        args.signed_in = actor
        from .startup import done
        done()
        rows, columns = list_persons(db, actor, args.search)
        emit(rows, columns, args.format, sys.stdout)
    finally:
        db.close()
    return 0
