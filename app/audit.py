"""The audit trail: every write (and every print, export, search and opening
of a person's record) leaves an event with who, when, what and which record.

Proof, not just a log:
- every event is chained to the previous one by an HMAC over all its columns
  (``user_name`` included) under a key kept inside the database, so the chain
  cannot be recomputed from a copy of the events alone;
- a separate head (seq and hash of the last event, with its own HMAC) moves
  with every event, so rows deleted at the end are noticed;
- daily and with every bundle export the head is also signed with the
  installation's Ed25519 key (``anchor``), so a rewritten chain no longer
  matches what was signed before.
The sequence is taken under the database's write lock (``Database.transaction``
begins IMMEDIATE; the head row is read FOR UPDATE on PostgreSQL).

Details list changed field names, never their values: the audit log must not
become a second copy of sensitive data.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import func, inspect as sa_inspect, select, text
from sqlalchemy.orm import Session

from models.audit import AuditAnchor, AuditEvent, AuditSecret
from models.base import SYNC_BOOKKEEPING, new_id, utcnow

from . import changes
from .i18n import _
from .security import Actor

GENESIS = "0" * 64
HEAD_ID = "head"


def _key(session: Session) -> bytes:
    row = session.get(AuditSecret, 1)
    if row is None:            # first event of a new installation
        row = AuditSecret(id=1, key=os.urandom(32), created_at=utcnow())
        session.add(row)
        session.flush()
    return row.key


def event_body(ev: AuditEvent) -> bytes:
    """Every column of the event (but its own hash), in a fixed order."""
    at = ev.at.isoformat() if isinstance(ev.at, dt.datetime) else str(ev.at)
    return json.dumps([ev.id, ev.seq, at, ev.user_id, ev.user_name, ev.action, ev.entity,
                       ev.entity_id, ev.detail, ev.prev_hash], ensure_ascii=False).encode()


def _digest(key: bytes, ev: AuditEvent) -> str:
    return hmac.new(key, event_body(ev), hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, hash_: str) -> str:
    return hmac.new(key, f"head|{seq}|{hash_}".encode(), hashlib.sha256).hexdigest()


def changed_fields(obj) -> list[str]:
    """Names of the column attributes changed on ``obj`` since it was loaded."""
    state = sa_inspect(obj)
    return sorted(a.key for a in state.mapper.column_attrs
                  if a.key not in SYNC_BOOKKEEPING and state.attrs[a.key].history.has_changes())


def record(session: Session, actor: Actor | None, action: str, entity: str,
           entity_id: str | None = None, detail: dict | None = None, *,
           at: dt.datetime | None = None) -> AuditEvent:
    """Append one event to the chain (in the caller's transaction). ``at``:
    when it happened, if that was before now (a search's event written
    behind it, app/audit_behind.py)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        ev = _record_server(session, actor, action, entity, entity_id, detail, at)
        if ev is not None:
            return ev
    elif dialect == "sqlite":
        ev = _record_sqlite(session, actor, action, entity, entity_id, detail, at)
        if ev is not None:
            return ev
    return _record_locked(session, actor, action, entity, entity_id, detail, at)


def _record_locked(session: Session, actor: Actor | None, action: str, entity: str,
                   entity_id: str | None = None, detail: dict | None = None,
                   at: dt.datetime | None = None) -> AuditEvent:
    """The general write: the head locked (SQLite: the write lock taken at
    BEGIN), the daily anchor if due, the event and the head's move."""
    key = _key(session)
    head = session.get(AuditAnchor, HEAD_ID, with_for_update=True)
    if head is not None and not _anchored_today(session, utcnow().date()):
        anchor(session, "daily")      # the chain as it stood before today, signed
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    if head is not None and head.seq and (last is None or head.seq >= last[0]):
        # continue from the head, not from the table: rows cut off the end stay a gap
        seq, prev = head.seq + 1, head.hash
    else:
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    ev = _chained_event(key, seq, prev, actor, action, entity, entity_id, detail, at)
    session.add(ev)
    if head is None:
        head = AuditAnchor(id=HEAD_ID, kind="head")
        session.add(head)
    head.seq, head.hash, head.at = seq, ev.hash, ev.at
    head.signature = _head_mac(key, seq, ev.hash)
    return ev


def _chained_event(key: bytes, seq: int, prev: str, actor: Actor | None, action: str,
                   entity: str, entity_id: str | None, detail: dict | None,
                   at: dt.datetime | None = None) -> AuditEvent:
    """The next event of the chain, its hash over ``prev`` (both write paths)."""
    ev = AuditEvent(
        id=new_id(), seq=seq, at=at or utcnow(),
        user_id=actor.user_id if actor else None,
        user_name=actor.name if actor else None,
        action=action, entity=entity, entity_id=entity_id,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
        prev_hash=prev,
    )
    ev.hash = _digest(key, ev)
    return ev


# SQLite, under the write lock taken at BEGIN IMMEDIATE: the head, the table's
# last event, the chain's key and whether today is anchored, in one statement.
_SQLITE_HEAD_AND_LAST = (
    "SELECT a.seq, a.hash, l.seq, l.hash, k.key, EXISTS (SELECT 1 FROM audit_anchor d "
    "WHERE d.kind = 'daily' AND d.at >= ?) FROM audit_anchor a "
    "JOIN audit_secret k ON k.id = 1 "
    "LEFT JOIN (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) l ON 1 "
    "WHERE a.id = ?")
_SQLITE_MOVE_HEAD = "UPDATE audit_anchor SET seq = ?, hash = ?, at = ?, signature = ? WHERE id = ?"


def _record_sqlite(session: Session, actor: Actor | None, action: str, entity: str,
                   entity_id: str | None, detail: dict | None,
                   at: dt.datetime | None = None) -> AuditEvent | None:
    """SQLite with a head and today's anchor: the chain of ``_record_locked``
    in three driver statements (``_append_sqlite``). A search writes an event
    per keystroke: the ORM's unit of work and four separate reads cost ten
    times the write itself. None: the general write is needed (first event,
    the daily anchor due)."""
    session.flush()              # pending events of this transaction are in the table
    ev = _append_sqlite(session.connection(), actor, action, entity, entity_id, detail, at)
    if ev is None:
        return None
    changes.note_write(session, "audit_event", ev.id)   # the screens hear of it as of any event
    changes.note_write(session, "audit_anchor", HEAD_ID)
    loaded = session.identity_map.get(session.identity_key(AuditAnchor, HEAD_ID))
    if loaded is not None:       # a head read earlier in this session is now stale
        session.expire(loaded)
    return ev


def _append_sqlite(conn, actor: Actor | None, action: str, entity: str,
                   entity_id: str | None, detail: dict | None,
                   at: dt.datetime | None = None) -> AuditEvent | None:
    """The event appended on ``conn`` (a Connection in a write transaction):
    read everything, insert the event, move the head. None: the general
    write is needed."""
    today = dt.datetime.combine(utcnow().date(), dt.time())
    row = conn.exec_driver_sql(_SQLITE_HEAD_AND_LAST,
                               (_stored_time(conn.dialect, today), HEAD_ID)).first()
    if row is None or not row[0] or not row[5]:
        return None
    head_seq, head_hash, last_seq, last_hash, key, _anchored = row
    key = bytes(key)
    if last_seq is None or head_seq >= last_seq:
        seq, prev = head_seq + 1, head_hash   # rows cut off the end stay a gap
    else:
        seq, prev = last_seq + 1, last_hash
    ev = _chained_event(key, seq, prev, actor, action, entity, entity_id, detail, at)
    stored = _stored_time(conn.dialect, ev.at)
    conn.exec_driver_sql(_sqlite_insert(), tuple(stored if c == "at" else getattr(ev, c)
                                                 for c in _EVENT_COLUMNS))
    conn.exec_driver_sql(_SQLITE_MOVE_HEAD,
                         (seq, ev.hash, stored, _head_mac(key, seq, ev.hash), HEAD_ID))
    return ev


def _read_event_sqlite(db, actor: Actor | None, action: str, entity: str,
                       entity_id: str | None, detail: dict | None,
                       at: dt.datetime | None = None) -> bool:
    """SQLite: a read's event in a write transaction of its own on a bare
    connection (BEGIN IMMEDIATE, ``_append_sqlite``, COMMIT), the screens told
    after the commit as a session's commit tells them. A session's set-up,
    flush and commit cost twice the event's three statements. False: the
    general write is needed."""
    with db.engine.connect() as conn:
        conn.execution_options(kmb_write=True)      # BEGIN IMMEDIATE (app/db.py)
        with conn.begin():
            ev = _append_sqlite(conn, actor, action, entity, entity_id, detail, at)
    if ev is None:
        return False
    db.publish(changes.Changes(
        frozenset({"audit_event", "audit_anchor"}),
        MappingProxyType({"audit_event": frozenset({ev.id}),
                          "audit_anchor": frozenset({HEAD_ID})})))
    return True


# PostgreSQL: the whole append in one statement. The head row is locked
# (under READ COMMITTED its newest version), the next seq and previous hash
# chosen as in ``_record_locked``, the event's HMAC computed by the server
# from the body's parts around them (HMAC-SHA256 written out over the built-in
# sha256, its key pads made from the stored key: the key never leaves the
# database, nor shows in a server log's parameters), the event inserted and
# the head moved. The last event is from the statement's snapshot: it can only
# be behind by events whose writers moved the head too (so the head decides
# then). No row (no key or head yet, today not anchored): the general write
# is needed.
_APPEND_SQL = """
WITH k AS MATERIALIZED (
  SELECT decode(string_agg(lpad(to_hex(b # 54), 2, '0'), '' ORDER BY i), 'hex') AS ipad,
         decode(string_agg(lpad(to_hex(b # 92), 2, '0'), '' ORDER BY i), 'hex') AS opad
  FROM (SELECT i, CASE WHEN i < length(s.key) THEN get_byte(s.key, i) ELSE 0 END AS b
        FROM audit_secret s CROSS JOIN generate_series(0, 63) AS i
        WHERE s.id = 1 AND length(s.key) <= 64) padded
  HAVING count(*) = 64),
h AS MATERIALIZED (
  SELECT a.seq AS head_seq, a.hash AS head_hash, l.seq AS last_seq, l.hash AS last_hash
  FROM audit_anchor a
  LEFT JOIN LATERAL (SELECT e.seq, e.hash FROM audit_event e ORDER BY e.seq DESC LIMIT 1) l
    ON true
  WHERE a.id = :head AND a.seq > 0 AND EXISTS (
    SELECT 1 FROM audit_anchor d WHERE d.kind = 'daily' AND d.at >= :today)
  FOR UPDATE OF a),
n AS MATERIALIZED (
  SELECT CASE WHEN last_seq IS NULL OR head_seq >= last_seq THEN head_seq + 1
              ELSE last_seq + 1 END AS seq,
         CASE WHEN last_seq IS NULL OR head_seq >= last_seq THEN head_hash
              ELSE last_hash END AS prev
  FROM h),
e AS MATERIALIZED (
  SELECT seq, prev, ipad, opad, encode(sha256(opad || sha256(ipad || convert_to(
    CAST(:before AS text) || seq || CAST(:middle AS text) || prev || '"]', 'UTF8'))), 'hex')
    AS hash
  FROM n CROSS JOIN k),
moved AS (
  UPDATE audit_anchor SET seq = e.seq, hash = e.hash, at = :at,
    signature = encode(sha256(e.opad || sha256(e.ipad || convert_to(
      'head|' || e.seq || '|' || e.hash, 'UTF8'))), 'hex')
  FROM e WHERE audit_anchor.id = :head)
INSERT INTO audit_event (id, seq, at, user_id, user_name, action, entity, entity_id, detail,
                         prev_hash, hash)
SELECT :id, seq, :at, :user_id, :user_name, :action, :entity, :entity_id, :detail, prev, hash
FROM e
RETURNING seq, prev_hash, hash"""
_APPEND = text(_APPEND_SQL)
# the same, with the NOTIFY that tells the other workstations (sent at the commit)
_APPEND_NOTIFY = text(_APPEND_SQL + ", pg_notify(:channel, :payload)")
_APPEND_TEXT: dict[bool, str] = {}    # the statements as the driver takes them, compiled once


def _append(conn, actor: Actor | None, action: str, entity: str, entity_id: str | None,
            detail: dict | None, notification=None,
            at: dt.datetime | None = None) -> dict | None:
    """The one-statement append on ``conn`` (a Connection); the event's
    columns, or None: the general write is needed. ``event_body`` goes to the
    server split around the seq and the previous hash. ``notification``:
    Changes → (channel, payload) of a NOTIFY to send with it."""
    ev = dict(id=new_id(), at=at or utcnow(), user_id=actor.user_id if actor else None,
              user_name=actor.name if actor else None, action=action, entity=entity,
              entity_id=entity_id,
              detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None)
    before = json.dumps([ev["id"]], ensure_ascii=False)[:-1] + ", "
    middle = ", " + json.dumps([ev["at"].isoformat(), ev["user_id"], ev["user_name"], action,
                                entity, entity_id, ev["detail"]], ensure_ascii=False)[1:-1] + ', "'
    params = dict(ev, head=HEAD_ID, before=before, middle=middle,
                  today=dt.datetime.combine(utcnow().date(), dt.time()))
    sent = notification(_event_changes(ev["id"])) if notification is not None else None
    if sent is not None:
        params["channel"], params["payload"] = sent
    notify = sent is not None
    if notify not in _APPEND_TEXT:
        _APPEND_TEXT[notify] = str((_APPEND_NOTIFY if notify else _APPEND)
                                   .compile(dialect=conn.dialect))
    row = conn.exec_driver_sql(_APPEND_TEXT[notify], params).first()
    if row is None:
        return None
    ev["seq"], ev["prev_hash"], ev["hash"] = row[:3]
    return ev


def record_read(conn, db, actor: Actor | None, action: str, entity: str,
                entity_id: str | None = None, detail: dict | None = None, *,
                at: dt.datetime | None = None) -> None:
    """A read's event (a search, an opened record) written on its own. On
    PostgreSQL one statement on ``conn`` (``db.statements()``: it commits as
    it runs), so the chain head is locked only while the server executes it —
    no round trip to this workstation falls under the lock, however busy the
    processors — and the NOTIFY telling the other workstations goes with it.
    Otherwise (SQLite, the first event, the daily anchor due) the general
    write in a transaction of its own. ``at``: as for ``record``."""
    if db.server:
        ev = _append(conn, actor, action, entity, entity_id, detail, db.notification, at)
        if ev is not None:
            db.publish(_event_changes(ev["id"]), sent=True)
            return
    elif db.engine.dialect.name == "sqlite" and _read_event_sqlite(
            db, actor, action, entity, entity_id, detail, at):
        return
    with db.transaction() as s:
        record(s, actor, action, entity, entity_id, detail, at=at)


def _event_changes(event_id: str) -> changes.Changes:
    table = AuditEvent.__tablename__
    return changes.Changes(frozenset({table}), MappingProxyType({table: frozenset({event_id})}))


def _record_server(session: Session, actor: Actor | None, action: str, entity: str,
                   entity_id: str | None, detail: dict | None,
                   at: dt.datetime | None = None) -> AuditEvent | None:
    """PostgreSQL with a head and today's anchor: the same chain as
    ``_record_locked``, with the head's row lock held for less. Every
    workstation's audited action waits for it in turn, and on a busy server
    each statement costs a wait for the processor: the transaction's own
    pending writes go out before the lock, and under it there is one statement
    (``_APPEND``) and the commit. None: the general write is needed (first
    event, the daily anchor due)."""
    session.flush()              # the caller's own changes go out before the lock
    ev = _append(session.connection(), actor, action, entity, entity_id, detail, at=at)
    if ev is None:
        return None
    changes.note_write(session, AuditEvent.__tablename__, ev["id"])   # the screens hear of it
    loaded = session.identity_map.get(session.identity_key(AuditAnchor, HEAD_ID))
    if loaded is not None:       # a head read earlier in this session is now stale
        session.expire(loaded)
    return AuditEvent(**ev)


_JSON = json.JSONEncoder(ensure_ascii=False)              # what json.dumps(…, ensure_ascii=False)
_JSON_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True)   # writes, built once
_EVENT_COLUMNS = ("id", "seq", "at", "user_id", "user_name", "action", "entity", "entity_id",
                  "detail", "prev_hash", "hash")


def record_many(session: Session, actor: Actor | None, action: str,
                items: list[tuple[str, str | None, dict | None]], *,
                make_id=new_id) -> None:
    """Events of one action in one go — (entity, entity_id, detail) each — for bulk
    work such as an import: the same chain as ``record`` (one insert of all rows,
    one head update at the end). The events of one call share their time (one
    write); bodies are encoded and chained in a tight loop, the same bytes as
    ``event_body`` (``check`` verifies them like any event)."""
    if not items:
        return
    record(session, actor, action, *items[0])
    session.flush()
    key = _key(session)
    head = session.get(AuditAnchor, HEAD_ID)
    seq, prev, rows = head.seq, head.hash, []
    user_id, user_name = (actor.user_id, actor.name) if actor else (None, None)
    at = utcnow()
    encode, encode_detail, mac = _JSON.encode, _JSON_SORTED.encode, hmac.digest
    at_text, sqlite = at.isoformat(), session.get_bind().dialect.name == "sqlite"
    stored_at = _sqlite_time(session, at) if sqlite else at
    for entity, entity_id, detail in items[1:]:
        seq += 1
        event_id = make_id()
        text = encode_detail(detail) if detail else None
        body = encode([event_id, seq, at_text, user_id, user_name, action, entity, entity_id,
                       text, prev])
        digest = mac(key, body.encode(), "sha256").hex()
        rows.append((event_id, seq, stored_at, user_id, user_name, action, entity, entity_id, text,
                     prev, digest))
        prev = digest
    if rows:
        _insert_events(session, rows, sqlite)
        head.seq, head.hash, head.at = seq, prev, at
        head.signature = _head_mac(key, seq, prev)


def _sqlite_time(session: Session, at: dt.datetime) -> str:
    """``at`` as SQLAlchemy stores a DateTime on SQLite."""
    return _stored_time(session.get_bind().dialect, at)


def _stored_time(dialect, at: dt.datetime) -> str:
    convert = AuditEvent.__table__.c.at.type._cached_bind_processor(dialect)
    return convert(at) if convert else at


def _sqlite_insert() -> str:
    names = ", ".join(f'"{c}"' for c in _EVENT_COLUMNS)
    marks = ", ".join("?" * len(_EVENT_COLUMNS))
    return f'INSERT INTO "{AuditEvent.__tablename__}" ({names}) VALUES ({marks})'


def _insert_events(session: Session, rows: list[tuple], sqlite: bool) -> None:
    """One executemany; on SQLite by the driver (SQLAlchemy's per-row parameter
    handling cost more than the insert itself)."""
    if not sqlite:
        session.execute(AuditEvent.__table__.insert(),
                        [dict(zip(_EVENT_COLUMNS, r)) for r in rows])
        return
    session.connection().exec_driver_sql(_sqlite_insert(), rows)


def _anchored_today(session: Session, day: dt.date) -> bool:
    start = dt.datetime.combine(day, dt.time())
    return session.scalar(select(func.count()).select_from(AuditAnchor).where(
        AuditAnchor.kind == "daily", AuditAnchor.at >= start)) > 0


def _anchor_message(a: AuditAnchor) -> bytes:
    return f"{a.kind}|{a.seq}|{a.hash}|{a.at.isoformat()}|{a.note or ''}".encode()


def _signing_key(session: Session):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from models.sync import Installation
    inst = session.scalars(select(Installation)).first()
    if inst is None or not inst.signing_key:
        return None
    return Ed25519PrivateKey.from_private_bytes(inst.signing_key)


def anchor(session: Session, kind: str, note: str | None = None) -> AuditAnchor | None:
    """Sign the current chain head with the installation's key and keep it
    ("daily", "export" with the bundle id as ``note``)."""
    session.flush()
    head = session.get(AuditAnchor, HEAD_ID)
    signer = _signing_key(session)
    if head is None or signer is None:
        return None           # nothing to anchor yet, or no installation identity
    a = AuditAnchor(id=new_id(), kind=kind, seq=head.seq, hash=head.hash, at=utcnow(),
                    note=(note or "")[:200] or None, signature="")
    a.signature = signer.sign(_anchor_message(a)).hex()
    session.add(a)
    return a


@dataclass(frozen=True)
class Problem:
    seq: int | None
    text: str


def check(session: Session) -> list[Problem]:
    """Everything wrong with the trail (empty: intact). Finds an edited column
    of any event, a missing or inserted event, events deleted at the end, and
    anchors that no longer match the chain."""
    problems: list[Problem] = []
    secret = session.get(AuditSecret, 1)
    if secret is None:
        if session.scalar(select(func.count()).select_from(AuditEvent)):
            problems.append(Problem(None, _("Chybí klíč auditního řetězce.")))
        return problems
    key = secret.key
    prev, expected, hashes = GENESIS, 1, {}
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if ev.seq != expected:
            problems.append(Problem(expected, _("Chybí záznamy č. {first}–{last}.").format(
                first=expected, last=ev.seq - 1)))
        elif ev.prev_hash != prev:
            problems.append(Problem(ev.seq, _("Záznam č. {seq} nenavazuje na předchozí.")
                                    .format(seq=ev.seq)))
        if _digest(key, ev) != ev.hash:
            problems.append(Problem(ev.seq, _("Záznam č. {seq} byl změněn.").format(seq=ev.seq)))
        hashes[ev.seq] = ev.hash
        prev, expected = ev.hash, ev.seq + 1
    last = expected - 1
    head = session.get(AuditAnchor, HEAD_ID)
    if head is None:
        if last:
            problems.append(Problem(None, _("Chybí hlava auditního řetězce.")))
    elif head.signature != _head_mac(key, head.seq, head.hash):
        problems.append(Problem(head.seq, _("Hlava auditního řetězce byla změněna.")))
    elif head.seq > last:
        problems.append(Problem(last + 1, _("Na konci chybí záznamy č. {first}–{last}.")
                                .format(first=last + 1, last=head.seq)))
    elif head.seq < last or hashes.get(head.seq) != head.hash:
        problems.append(Problem(head.seq, _("Hlava auditního řetězce nesouhlasí se záznamy.")))
    problems += _check_anchors(session, hashes, last)
    return problems


def _check_anchors(session: Session, hashes: dict[int, str], last: int) -> list[Problem]:
    signer = _signing_key(session)
    verify = signer.public_key() if signer is not None else None
    out = []
    for a in session.scalars(select(AuditAnchor).where(AuditAnchor.kind.in_(("daily",
                                                                             "export")))
                             .order_by(AuditAnchor.seq)):
        try:
            if verify is not None:
                verify.verify(bytes.fromhex(a.signature), _anchor_message(a))
        except Exception:      # noqa: BLE001 – any failure means: not signed by us
            out.append(Problem(a.seq, _("Podpis kotvy ze dne {day} nesouhlasí.")
                               .format(day=f"{a.at:%d. %m. %Y}")))
            continue
        if a.seq > last:
            out.append(Problem(a.seq, _("Podepsaná kotva zná záznam č. {seq}, ten v řetězci "
                                        "chybí.").format(seq=a.seq)))
        elif hashes.get(a.seq) != a.hash:
            out.append(Problem(a.seq, _("Záznam č. {seq} se liší od podepsané kotvy.")
                               .format(seq=a.seq)))
    return out


def verify_chain(session: Session) -> int | None:
    """The seq of the first problem, or None if the trail is intact."""
    problems = check(session)
    if not problems:
        return None
    return min((p.seq for p in problems if p.seq is not None), default=0)
