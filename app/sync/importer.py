"""Import: decrypt with our identity, verify a known peer's signature before
parsing anything, check the schema, then apply every row state in ONE
transaction (all or nothing, also when the process is killed) with the merge
rule of merge.py. Importing the same bundle again changes nothing.
"""
from __future__ import annotations

import contextlib
import functools
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection, and_, bindparam, func, or_, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from models.base import Base, utcnow
from models.sync import BundleLog, Installation, Peer

from .. import audit, settings
from ..changes import Changes
from ..czech_text import fold, person_sort_key, sort_key
from ..db import Database, alembic_config
from ..errors import Cancelled, KmbError
from ..intake.duplicates import REASON_BIRTH_NUMBER, REASON_NAME_BIRTH_DATE, pair_id
from ..security import Actor, Permission
from . import container
from .codec import TableCodec, codecs, local_on_insert
from .container import BundleRefused
from .merge import merge_row
from .received import add_range
from .restored import close_windows
from .revocation import roll_back_revoked
from .trust import OFFICE, RELAYING, Guard
from .stamps import RowMeta, dumps_meta, format_stamp, initial_meta, physical_now
from ..i18n import _

Progress = Callable[[str, int], None]
CHUNK = 500
BATCH_BYTES = 1 << 20      # row lines applied at once, at most (one longer row alone)
# SQLite page cache while a bundle is applied (the connections' own is 32 MB, for
# searching): a city's import fills any cache with the pages it writes, so the
# import's memory follows this bound. 16 MB: measured on the city's full bundle,
# 18 MB less at the peak for about 5 % more CPU time (8 MB: 30 % more).
IMPORT_CACHE_KB = 16 << 10
# Rows whose concurrent versions are merged silently: a conflict about a conflict
# record (both sides detected it, each at its own time) is noise, never a decision.
NO_CONFLICT_TABLES = frozenset({"sync_conflict", "possible_duplicate"})
_CONFLICT_NS = uuid.UUID("0b8f4c52-51b4-4a4c-9a40-5f0f2f7e4c11")


class ImportCancelled(Cancelled):
    pass


@dataclass
class ImportSummary:
    bundle_id: str
    sender_id: str
    sender_name: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    duplicates: int = 0
    already_imported: bool = False
    restored: bool = False        # this installation was found restored from a backup
    rolled_back: int = 0          # revoked installation's later edits rolled back here
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def line(self) -> str:
        if self.already_imported:
            return _("Balíček od „{sender}“ už byl načten dříve; nic se nezměnilo.") \
                .format(sender=self.sender_name)
        return _("Načteno od „{sender}“: nových záznamů {new}, změněných {changed}, beze změny "
                 "{unchanged}, konfliktů k posouzení {conflicts}, možných duplicit osob "
                 "{duplicates}.").format(
            sender=self.sender_name, new=self.new, changed=self.changed,
            unchanged=self.unchanged, conflicts=self.conflicts, duplicates=self.duplicates)


def import_bundle(db: Database, actor: Actor, path: str | Path, *,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportSummary:
    actor.require(Permission.SYNC)
    sender: list[str | None] = [None]
    try:
        return _import(db, actor, Path(path), progress or (lambda text, pct: None),
                       cancelled or (lambda: False), sender)
    except BundleRefused as exc:
        _audit_refusal(db, actor, sender[0], str(exc))
        raise


def _audit_refusal(db: Database, actor: Actor, sender_id: str | None, reason: str) -> None:
    """A refused bundle leaves an audit event (its own transaction: the data stays as it was)."""
    with db.transaction() as s:
        audit.record(s, actor, "refuse", "peer", sender_id, {"reason": reason})


def _import(db: Database, actor: Actor, path: Path, report: Progress,
            stop: Callable[[], bool], sender: list) -> ImportSummary:
    with db.reading() as s:
        inst = s.scalars(select(Installation)).first()
        if inst is None:
            raise KmbError(_("Databáze ještě není založená. Použijte „kmb init --name NÁZEV“."))
        identity, my_id, my_origin = inst.age_identity, inst.id, inst.origin
        my_clock = int(inst.hlc or 0)
        limit = max_bundle_bytes(s)
    report(_("rozšifrovávám"), 2)
    bundle = container.OpenedBundle(container.decrypt_spooled(path, identity, limit))
    try:
        sender[0] = bundle.sender_id
        with db.reading() as s:
            peer = s.get(Peer, bundle.sender_id)
            if peer is None:
                sender[0] = None        # not a peer: its claimed id means nothing
                raise BundleRefused(_("Balíček poslala neznámá instalace; nejdřív přidejte "
                                    "její kartu (kmb peers add)."))
            if peer.revoked_at is not None:
                raise BundleRefused(_("Balíček poslala odvolaná instalace „{name}“; nic se nenačte.")
                    .format(name=peer.name))
            verify_key, peer_name = peer.verify_key, peer.name
        manifest = bundle.verify(verify_key)
        _check_manifest(manifest, my_id, bundle.sender_id)
        summary = ImportSummary(manifest["bundle_id"], bundle.sender_id, peer_name)
        with db.reading() as s:
            if s.get(BundleLog, manifest["bundle_id"]) is not None:
                summary.already_imported = True
                return summary
            guard = Guard.for_peer(s, s.get(Peer, bundle.sender_id), my_origin, my_id,
                                   my_clock)
        guard.check_manifest(manifest)
        revocations = guard.check_revocations(manifest.get("revocations"))
        report(_("ověřuji části"), 5)
        bundle.extract_parts()
        _apply(db, actor, bundle, manifest, summary, report, stop, guard, revocations)
        return summary
    finally:
        bundle.close()


def max_bundle_bytes(s) -> int:
    """The size limit of a decrypted bundle (setting sync.max_bundle_mb)."""
    mb = settings.get(s, "sync.max_bundle_mb", container.DEFAULT_MAX_MB)
    if not isinstance(mb, (int, float)) or isinstance(mb, bool) or mb <= 0:
        mb = container.DEFAULT_MAX_MB
    return int(mb * (1 << 20))


def _check_manifest(manifest: dict, my_id: str, sender_id: str) -> None:
    if manifest.get("sender", {}).get("id") != sender_id:
        raise BundleRefused(_("Odesílatel v balíčku nesouhlasí s podpisem."))
    if my_id not in manifest.get("recipients", []):
        raise BundleRefused(_("Balíček byl vytvořen pro jinou instalaci "
                            "(znovu zašifrovaný cizí balíček); nic se nenačte."))
    revision = manifest.get("schema_revision")
    if not (isinstance(revision, str) and _known_revision(revision)):
        raise BundleRefused(_("Balíček vytvořila novější verze KMB Desk (schéma {revision}); "
                              "nejdřív aktualizujte aplikaci.").format(revision=revision))


@functools.lru_cache(maxsize=64)
def _known_revision(revision: str) -> bool:
    """A schema revision of this version's migrations (the scripts are read once:
    reading them cost a fifth of a small import)."""
    try:
        # Alembic (~0.3 s to import) loads only when a bundle is checked, not with the Sync page
        from alembic.script import ScriptDirectory
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 – alembic raises several kinds for unknown ids
        return False


# -- applying ---------------------------------------------------------------------

def _apply(db: Database, actor: Actor, bundle, manifest: dict, summary: ImportSummary,
           report: Progress, stop: Callable[[], bool], guard: Guard,
           revocations: list[dict]) -> None:
    try:
        _apply_in_transaction(db, actor, bundle, manifest, summary, report, stop, guard,
                              revocations)
    except IntegrityError:
        raise BundleRefused(_("Balíček odkazuje na záznamy, které tato instalace nemá; nic se "
                            "nenačte. Požádejte odesílatele o úplný balíček (--full).")) from None
    # committed (bulk Core writes bypass the session events): tell the screens what changed
    db.publish(Changes.of(*summary.per_table, "sync_conflict", "possible_duplicate", "peer",
                          "bundle_log", "audit_event"))
    report("hotovo", 100)


def _apply_in_transaction(db: Database, actor: Actor, bundle, manifest: dict,
                          summary: ImportSummary, report: Progress,
                          stop: Callable[[], bool], guard: Guard,
                          revocations: list[dict]) -> None:
    """Everything in one transaction; foreign keys are checked at its commit."""
    total = max(int(manifest.get("rows", 0)), 1)
    done = 0
    with db.engine.begin() as conn, _page_cache(conn):
        if conn.dialect.name == "sqlite":
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))
        else:   # PostgreSQL: the foreign keys are DEFERRABLE (app.db)
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        remote_max = _max_hlc(manifest)
        clock_before = int(conn.scalar(text("SELECT hlc FROM installation")) or 0)
        greatest = "greatest" if conn.dialect.name == "postgresql" else "max"
        row = conn.execute(text(
            f"UPDATE installation SET hlc = {greatest}(hlc + 1, :now, :remote + 1) "
            "RETURNING hlc, origin"), {"now": physical_now(), "remote": remote_max}).first()
        seq, origin = int(row[0]), str(row[1])
        # two local clock values: rows now exactly as the sender has them ("echo", never
        # sent back to it) and rows merged with something of ours (sent back as usual)
        mixed = int(conn.execute(text(
            "UPDATE installation SET hlc = hlc + 1 RETURNING hlc")).scalar())
        state = _ApplyState(conn, seq, origin, bundle.blob, mixed, guard)
        # tables sent with exactly our columns in our order (a sender of this version)
        state.ordered = {name for name, cols in manifest.get("tables", [])
                         if name in codecs() and list(cols) == codecs()[name].columns}
        batch: list[tuple[dict, dict]] = []
        batch_bytes = 0
        current: str | None = None
        for table, values, meta in bundle.rows():
            if table not in codecs():
                raise BundleRefused(_("Balíček obsahuje neznámou tabulku „{table}“.")
                    .format(table=table))
            # a new table, or a row longer than a batch (a frozen ranking): applied alone
            if batch and (table != current or bundle.line_bytes >= BATCH_BYTES):
                state.apply_chunk(codecs()[current], batch, summary)
                done += len(batch)
                batch, batch_bytes = [], 0
            current = table
            batch.append((values, meta))
            values = meta = None     # held by the batch only: freed with it
            batch_bytes += bundle.line_bytes
            # bounded by rows and by bytes: 500 frozen contracts weigh 6 MB of JSON,
            # 500 frozen rankings could weigh a gigabyte
            if len(batch) >= CHUNK or batch_bytes >= BATCH_BYTES:
                state.apply_chunk(codecs()[current], batch, summary)
                done += len(batch)
                batch, batch_bytes = [], 0
                report(_("ukládám {table}").format(table=current), 10 + int(85 * done / total))
                if stop():
                    raise ImportCancelled(_("Import byl zrušen; nic se neuložilo."))
        if batch:
            state.apply_chunk(codecs()[current], batch, summary)
        if stop():
            raise ImportCancelled(_("Import byl zrušen; nic se neuložilo."))
        state.write_conflicts(summary)
        summary.duplicates = state.flag_duplicates()
        _book(conn, manifest, summary, state.seq, clock_before)
        summary.rolled_back = _adopt_revocations(conn, revocations, summary.sender_id,
                                                 state.mixed_seq, origin,
                                                 roll_back=guard.kind == OFFICE)
        if manifest.get("full"):
            close_windows(conn, summary.sender_id)   # everything it held of ours is back
        detail = {"bundle_id": summary.bundle_id, "new": summary.new,
                  "changed": summary.changed, "conflicts": summary.conflicts}
        if guard.returned:
            detail["returned_own"] = guard.returned  # our stamps lost with a restore
        if summary.rolled_back:
            detail["revoked_rolled_back"] = summary.rolled_back
        with Session(bind=conn) as session:     # the audit event commits with the data
            audit.record(session, actor, "import", "peer", summary.sender_id, detail)
            session.flush()


@contextlib.contextmanager
def _page_cache(conn: Connection):
    """SQLite: the connection's page cache held to IMPORT_CACHE_KB while a bundle
    is applied, then set back (see IMPORT_CACHE_KB)."""
    before = (int(conn.exec_driver_sql("PRAGMA cache_size").scalar())
              if conn.dialect.name == "sqlite" else 0)
    kb = -before if before < 0 else 4 * before      # negative: KiB; positive: 4 KiB pages
    if kb <= IMPORT_CACHE_KB:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
        except DBAPIError:
            pass       # a broken connection: the pool does not keep it


def _max_hlc(manifest: dict) -> int:
    return int(manifest.get("seq_to") or 0)


class _ApplyState:
    def __init__(self, conn: Connection, seq: int, origin: str, blob, mixed_seq: int,
                 guard: Guard):
        self.conn = conn
        self.guard = guard
        self.seq = seq                 # echo: the row is as the sender has it
        self.mixed_seq = mixed_seq     # merged with local data, or made here
        self.origin = origin
        self.blob = blob
        self.lost: list[dict] = []
        self.new_persons = _CompactIds()
        self.max_seen = 0
        self.fast = conn.dialect.name == "sqlite"
        self.ordered: set[str] = set()

    def apply_chunk(self, codec: TableCodec, batch: list[tuple[dict, dict]],
                    summary: ImportSummary) -> None:
        t = codec.table
        ids = [v["id"] for v, _ in batch if isinstance(v.get("id"), str)]
        if self.fast:        # most rows of a first import are new: ask only which exist
            ids = self._existing(codec.name, ids)
        local = {r["id"]: r for r in self.conn.execute(
            select(t).where(t.c.id.in_(ids))).mappings()} if ids else {}
        inserts, updates = [], []
        stats = summary.per_table.setdefault(codec.name, {"new": 0, "changed": 0, "unchanged": 0})
        parse_meta, check_row, guard = self.guard.parse_meta, self.guard.check_row, self.guard
        ordered = codec.name in self.ordered
        for values, meta_d in batch:
            in_meta = parse_meta(meta_d)
            rid = values["id"]
            existing = local.get(rid) if type(rid) is str else None   # else refused below
            if existing is None:
                check_row(codec, values, in_meta, None, None)
                # a new row is taken as sent (its derived columns came with it)
                if self.fast:
                    inserts.append(codec.sqlite_row(values, dumps_meta(meta_d), self.seq,
                                                    self.blob, ordered))
                else:
                    inserts.append(self._row_raw(codec, values, meta_d))
                continue
            local_meta = RowMeta.loads(existing["sync_meta"]) or RowMeta((0, ""), {}, {})
            guard.check_row(codec, values, in_meta, existing, local_meta)
            local_values = codec.encode(existing)
            result = merge_row(local_values, local_meta, values, in_meta, codec.columns)
            if codec.name not in NO_CONFLICT_TABLES:
                for lost in result.lost:
                    self.lost.append(dict(table=codec.name, row_id=values["id"], lost=lost))
            if result.changed_values or result.changed_meta:
                _derive(codec.name, result.values)
                echo = _same_state(codec, result, values, in_meta)
                updates.append(self._row(codec, result.values, result.meta,
                                         self.seq if echo else self.mixed_seq))
                if result.changed_values:
                    stats["changed"] += 1
                    summary.changed += 1
                else:
                    stats["unchanged"] += 1
                    summary.unchanged += 1
            else:
                stats["unchanged"] += 1
                summary.unchanged += 1
        stats["new"] += len(inserts)
        summary.new += len(inserts)
        if codec.name == "person":
            for v, _meta in batch:
                if v["id"] not in local:
                    self.new_persons.add(v["id"])
        if inserts and self.fast:
            self.conn.exec_driver_sql(codec.sqlite_insert(), inserts)
        elif inserts:
            self.conn.execute(t.insert(), _uniform(codec, inserts))
        if updates:
            cols = [c for c in codec.columns if c != "id"] + ["sync_meta", "sync_seq"]
            stmt = t.update().where(t.c.id == bindparam("_id")).values(
                {c: bindparam(c) for c in cols}
                | {"row_version": t.c.row_version + 1})   # a screen holding the row is warned
            self.conn.execute(stmt, [dict(u, _id=u["id"]) for u in _uniform(codec, updates)])

    def _existing(self, table: str, ids: list[str]) -> list[str]:
        """Which of ``ids`` this database holds (plain SQL: one statement per size)."""
        if not ids:
            return []
        sql = f'SELECT id FROM "{table}" WHERE id IN ({",".join("?" * len(ids))})'
        return [r[0] for r in self.conn.exec_driver_sql(sql, tuple(ids))]

    def _row_raw(self, codec: TableCodec, values: dict, meta_d: dict) -> dict:
        row = codec.decode_fast(values, self.blob)
        row.update(local_on_insert(codec.name, values))
        row["sync_meta"] = dumps_meta(meta_d)
        row["sync_seq"] = self.seq
        return row

    def _row(self, codec: TableCodec, values: dict, meta: RowMeta, seq: int) -> dict:
        row = codec.decode_fast(values, self.blob)
        row["sync_meta"] = meta.dumps()
        row["sync_seq"] = seq
        return row

    def write_conflicts(self, summary: ImportSummary) -> None:
        if not self.lost:
            return
        t = Base.metadata.tables["sync_conflict"]
        rows = {}
        now = utcnow()
        for item in self.lost:
            lost = item["lost"]
            cid = str(uuid.uuid5(_CONFLICT_NS, f"{item['table']}|{item['row_id']}|"
                                               f"{lost.column}|{format_stamp(lost.lost_stamp)}"))
            rows[cid] = dict(
                id=cid, table_name=item["table"], row_id=item["row_id"], column=lost.column,
                kept_json=json.dumps(_blobless(lost.kept_value), ensure_ascii=False),
                kept_stamp=format_stamp(lost.kept_stamp),
                lost_json=json.dumps(_blobless(lost.lost_value), ensure_ascii=False),
                lost_stamp=format_stamp(lost.lost_stamp), detected_at=now, resolved_at=None,
                resolved_by_id=None, resolution=None, created_at=now, updated_at=now,
                deleted_at=None, sync_meta=initial_meta(self.mixed_seq, self.origin),
                sync_seq=self.mixed_seq)
        existing = set(self.conn.scalars(select(t.c.id).where(t.c.id.in_(list(rows)))))
        fresh = [r for cid, r in rows.items() if cid not in existing]
        if fresh:
            self.conn.execute(t.insert(), fresh)
        summary.conflicts += len(fresh)

    def flag_duplicates(self) -> int:
        """Persons new in this import that match an existing one (OpenCRVS lesson)."""
        if not self.new_persons:
            return 0
        p = Base.metadata.tables["person"]
        dup = Base.metadata.tables["possible_duplicate"]
        other = p.alias("other")
        found = 0
        for chunk in self.new_persons.chunks(CHUNK):
            stmt = (select(p.c.id.label("a"), other.c.id.label("b"),
                           func.iif(and_(p.c.birth_number.is_not(None),
                                         p.c.birth_number == other.c.birth_number),
                                    REASON_BIRTH_NUMBER, REASON_NAME_BIRTH_DATE).label("reason"))
                    .join(other, and_(other.c.id != p.c.id, other.c.deleted_at.is_(None),
                                      or_(and_(p.c.birth_number.is_not(None),
                                               other.c.birth_number == p.c.birth_number),
                                          and_(p.c.birth_date.is_not(None),
                                               other.c.birth_date == p.c.birth_date,
                                               other.c.search_surname == p.c.search_surname,
                                               other.c.search_given == p.c.search_given))))
                    .where(p.c.id.in_(chunk), p.c.deleted_at.is_(None)))
            for a, b, reason in self.conn.execute(stmt):
                first, second = sorted((a, b))
                did = pair_id(first, second)      # the same id as a flag raised at intake
                if self.conn.scalar(select(dup.c.id).where(dup.c.id == did)):
                    continue
                now = utcnow()
                self.conn.execute(dup.insert(), [dict(
                    id=did, person_a_id=first, person_b_id=second, reason=reason,
                    resolution=None, resolved_by_id=None, created_at=now, updated_at=now,
                    deleted_at=None, sync_meta=initial_meta(self.mixed_seq, self.origin),
                    sync_seq=self.mixed_seq)])
                found += 1
        return found


class _CompactIds:
    """Row ids held for a whole import, 16 bytes each (a UUID's text kept as its
    bytes; any other id as text): the persons new in a city-sized import take
    2 MB, where a set of strings took 13 MB."""

    def __init__(self):
        self._uuids = bytearray()
        self._other: list[str] = []

    def add(self, rid: str) -> None:
        try:
            u = uuid.UUID(rid)
        except (ValueError, TypeError, AttributeError):
            u = None
        if u is not None and str(u) == rid:
            self._uuids += u.bytes
        else:
            self._other.append(rid)

    def __bool__(self) -> bool:
        return bool(self._uuids or self._other)

    def chunks(self, size: int):
        """The ids, ``size`` at a time, as text (each id once: an id is added once)."""
        raw = self._uuids
        for i in range(0, len(raw), 16 * size):
            yield [str(uuid.UUID(bytes=bytes(raw[j:j + 16])))
                   for j in range(i, min(i + 16 * size, len(raw)), 16)]
        for i in range(0, len(self._other), size):
            yield self._other[i:i + size]


def _same_state(codec: TableCodec, result, values: dict, in_meta: RowMeta) -> bool:
    """True when the merged row is exactly the sender's row (values and stamps)."""
    if result.meta.seen != in_meta.seen:
        return False
    for col in codec.columns:
        if col in values and (result.values.get(col) != values[col]
                              or result.meta.stamp(col) != in_meta.stamp(col)):
            return False
    return True


def _uniform(codec: TableCodec, rows: list[dict]) -> list[dict]:
    """executemany needs the same keys in every row (an older sender may lack columns)."""
    keys = set(codec.columns) | {"sync_meta", "sync_seq"}
    for r in rows:
        for k in keys - set(r):
            col = codec.table.c[k]
            r[k] = col.default.arg if col.default is not None and not callable(
                col.default.arg) else None
    return rows


def _derive(table: str, values: dict) -> None:
    """Recompute columns derived from others, so that replicas agree on them."""
    if table == "person":
        values["search_surname"] = fold(values.get("surname"))
        values["search_given"] = fold(values.get("given_name"))
        values["sort_key"] = person_sort_key(values.get("surname") or "",
                                             values.get("given_name") or "")
    elif table == "building":
        values["sort_key"] = sort_key(
            f"{values.get('street') or values.get('name') or ''} "
            f"{(values.get('house_number') or '').zfill(6)}")


def _blobless(value):
    return value if not isinstance(value, (bytes, bytearray)) else {"$bytes": len(value)}


def _book(conn: Connection, manifest: dict, summary: ImportSummary, echo_seq: int,
          clock_before: int) -> None:
    """Remember the bundle, the peer's range we now hold, what it confirmed of ours,
    and notice a restore from backup: the peer confirms more of ours than we hold."""
    peers = Base.metadata.tables["peer"]
    inst_id = conn.scalar(select(Base.metadata.tables["installation"].c.id))
    row = conn.execute(select(peers.c.received_json, peers.c.acked_seq, peers.c.last_clock)
                       .where(peers.c.id == summary.sender_id)).first()
    ranges = add_range(json.loads(row.received_json or "[]"), int(manifest.get("seq_from", 0)),
                       int(manifest.get("seq_to", 0)))
    their_ack = int(manifest.get("acks", {}).get(inst_id, 0))
    changes = dict(received_json=json.dumps(ranges),
                   acked_seq=max(int(row.acked_seq or 0), their_ack),
                   last_clock=max(int(row.last_clock or 0), int(manifest.get("seq_to", 0))))
    series = manifest.get("sender", {}).get("series")
    if isinstance(series, str) and len(series) <= 16:
        changes["series"] = series           # signed: what it numbers with now
    if manifest.get("full"):
        changes["ask_full"] = False          # we got everything we asked for
    if manifest.get("ask_full"):
        changes["send_full"] = True          # the peer was restored: send it everything
    conn.execute(peers.update().where(peers.c.id == summary.sender_id).values(**changes))
    if their_ack > clock_before:
        # restored from an older copy: ask every peer for everything again, and
        # stop trusting what they confirmed of ours (we lost some of it)
        conn.execute(peers.update().values(ask_full=True, acked_seq=0))
        summary.restored = True
    conn.execute(Base.metadata.tables["bundle_log"].insert(), [dict(
        id=manifest["bundle_id"], peer_id=summary.sender_id, direction="in", at=utcnow(),
        seq_from=int(manifest.get("seq_from", 0)), seq_to=int(manifest.get("seq_to", 0)),
        sha256=None, summary_json=json.dumps({"new": summary.new, "changed": summary.changed,
                                              "conflicts": summary.conflicts,
                                              "echo_seq": echo_seq}))])


def _own_installations(conn: Connection) -> set[str]:
    """This installation and the peers it holds as its own (offices, laptops)."""
    peers = Base.metadata.tables["peer"]
    inst = Base.metadata.tables["installation"]
    return set(conn.scalars(select(inst.c.id))) | set(conn.scalars(
        select(peers.c.id).where(peers.c.kind.in_(("office", "laptop")))))


def _adopt_revocations(conn: Connection, records: list[dict], sender_id: str, seq: int,
                       my_origin: str, roll_back: bool) -> int:
    """Revocations relayed by an office: remember them, revoke the peer here too, and
    roll back its later edits we already hold (revocation.py) when an own office
    sent them: a partner's word may stop future edits, never undo held ones
    (its record could name any installation and any time). How many were."""
    revs = Base.metadata.tables["sync_revocation"]
    peers = Base.metadata.tables["peer"]
    # a partner's word never revokes an installation of our own office (a genuine
    # revocation of those comes from our own office; one naming us is refused in trust.py)
    own = set() if roll_back else _own_installations(conn)
    rolled = 0
    for r in records:
        if r["installation_id"] in own:
            continue
        if conn.scalar(select(revs.c.installation_id).where(
                revs.c.installation_id == r["installation_id"])) is not None:
            continue
        conn.execute(revs.insert(), [dict(
            installation_id=r["installation_id"], origin=r["origin"],
            revoked_hlc=r["revoked_hlc"], revoked_by=r["revoked_by"],
            received_from=sender_id, at=utcnow())])
        conn.execute(peers.update().where(peers.c.id == r["installation_id"],
                                          peers.c.revoked_at.is_(None))
                     .values(revoked_at=utcnow()))
        if roll_back:
            columns, rows = roll_back_revoked(conn, r["origin"], r["revoked_hlc"], seq,
                                              my_origin)
            rolled += columns + rows
    if rolled:
        # the trusted values come back with a full resend from offices and partners
        conn.execute(peers.update().where(peers.c.kind.in_(RELAYING),
                                          peers.c.revoked_at.is_(None)).values(ask_full=True))
    return rolled
