"""What happens to a revoked installation's later edits that we already hold.

A partner can hold edits a lost laptop made after its revocation: it took
them before the revocation reached it. Kept, they would make every later
bundle of the partner refused by the office (trust.py refuses them on any
path). When a revocation is learned, each of them is therefore

- rolled back: the column keeps its value for now but loses its stamp (a
  zero stamp, "never written"), so the last value from a trusted origin wins
  again; the trusted peers (offices, partners) are asked for a full resend,
  which brings that value back at the next exchange;
- kept in the conflict list (the revoked value, who wrote it, when), so that a
  person decides: "obnovit" writes it again as their own, trusted edit.

A row the revoked installation created after its revocation never existed
for a trusted origin: it is removed (its values stay readable in the conflict
list), unless rows of trusted origins point at it; then it stays with zero
stamps (docs/architecture.md, "Revocation").

What an office would expect: a stolen laptop's words are not taken as the
office's record, but nothing a worker may really have written is destroyed
without a person seeing it.
"""
from __future__ import annotations

import json
import uuid

from sqlalchemy import Connection, delete, select, update

from models.base import Base, utcnow

from .codec import codecs
from .stamps import RowMeta, format_stamp, initial_meta

ZERO = (0, "")
# the same namespace as the importer's conflicts: replicas derive the same ids
CONFLICT_NS = uuid.UUID("0b8f4c52-51b4-4a4c-9a40-5f0f2f7e4c11")
QUIET_COLUMNS = frozenset({"created_at", "updated_at"})   # bookkeeping, not a decision
NO_CONFLICT_TABLES = frozenset({"sync_conflict", "possible_duplicate"})
CHUNK = 500


def roll_back_revoked(conn: Connection, origin: str, from_hlc: int, seq: int,
                      my_origin: str) -> tuple[int, int]:
    """Roll back every stamp ``(hlc >= from_hlc, origin)`` we hold; returns
    (columns rolled back, rows removed). Runs inside the caller's transaction."""
    def revoked(stamp) -> bool:
        return stamp[1] == origin and stamp[0] >= from_hlc

    conflicts: list[dict] = []
    whole: dict[str, dict[str, tuple]] = {}     # table -> id -> (encoded row, meta)
    columns = 0
    for codec in codecs().values():
        t = codec.table
        # a cheap prefilter: the origin tag appears in the row's stamps
        for row in conn.execute(select(t).where(t.c.sync_meta.like(f'%"{origin}"%'))).mappings():
            meta = RowMeta.loads(row["sync_meta"])
            if meta is None:
                continue
            bad = [c for c in codec.columns if revoked(meta.stamp(c))]
            seen_bad = meta.seen.get(origin, -1) >= from_hlc
            if not bad and not seen_bad:
                continue
            values = codec.encode(dict(row))
            if bad and len(bad) == len(codec.columns):
                whole.setdefault(codec.name, {})[row["id"]] = (values, meta)
                continue
            for col in bad:
                if codec.name not in NO_CONFLICT_TABLES and col not in QUIET_COLUMNS:
                    conflicts.append(_conflict(codec.name, row["id"], col, values[col],
                                               meta.stamp(col), seq, my_origin))
            columns += len(bad)
            conn.execute(update(t).where(t.c.id == row["id"]).values(
                sync_meta=_rolled_back(meta, codec.columns, bad, origin, from_hlc).dumps(),
                sync_seq=seq))
    removed = _remove_rows(conn, whole, conflicts, seq, my_origin, origin, from_hlc)
    _write_conflicts(conn, conflicts)
    return columns, removed


def _rolled_back(meta: RowMeta, columns: list[str], bad: list[str], origin: str,
                 from_hlc: int) -> RowMeta:
    stamps = {c: (ZERO if c in bad else meta.stamp(c)) for c in columns}
    seen = dict(meta.seen)
    kept = [s[0] for s in stamps.values() if s[1] == origin]
    if kept:
        seen[origin] = max(kept)             # what is left of it: before the revocation
    elif seen.get(origin, -1) >= from_hlc:
        del seen[origin]
    out = RowMeta(ZERO, {c: s for c, s in stamps.items() if s != ZERO}, seen)
    out.compact(columns)
    return out


def _remove_rows(conn: Connection, whole: dict[str, dict[str, tuple]], conflicts: list[dict],
                 seq: int, my_origin: str, origin: str, from_hlc: int) -> int:
    """Rows created after the revocation: removed (children first) unless a row
    that stays points at one; then that one keeps its values with zero stamps."""
    keep = _pointed_at(conn, whole)
    removed = 0
    for name in reversed(list(codecs())):
        codec = codecs()[name]
        rows = whole.get(name, {})
        for rid, (values, meta) in rows.items():
            if name not in NO_CONFLICT_TABLES:
                for col in codec.columns:
                    if col not in QUIET_COLUMNS and col != "id" and values[col] is not None:
                        conflicts.append(_conflict(name, rid, col, values[col],
                                                   meta.stamp(col), seq, my_origin))
            if rid in keep.get(name, ()):
                conn.execute(update(codec.table).where(codec.table.c.id == rid).values(
                    sync_meta=RowMeta(ZERO, {}, {}).dumps(), sync_seq=seq))
        gone = [rid for rid in rows if rid not in keep.get(name, ())]
        for i in range(0, len(gone), CHUNK):
            conn.execute(delete(codec.table).where(codec.table.c.id.in_(gone[i:i + CHUNK])))
        removed += len(gone)
    return removed


def _pointed_at(conn: Connection, whole: dict[str, dict[str, tuple]]) -> dict[str, set[str]]:
    """Ids among ``whole`` that a row outside ``whole`` references (it must stay)."""
    keep: dict[str, set[str]] = {}
    if not whole:
        return keep
    for codec in codecs().values():
        for col, target in codec.references:
            ids = list(whole.get(target, {}))
            for i in range(0, len(ids), CHUNK):
                t = codec.table
                for child, parent in conn.execute(select(t.c.id, t.c[col]).where(
                        t.c[col].in_(ids[i:i + CHUNK]))):
                    if child not in whole.get(codec.name, {}):
                        keep.setdefault(target, set()).add(parent)
    return keep


def _conflict(table: str, row_id: str, column: str, value, stamp, seq: int,
              my_origin: str) -> dict:
    now = utcnow()
    cid = str(uuid.uuid5(CONFLICT_NS, f"{table}|{row_id}|{column}|{format_stamp(stamp)}"))
    return dict(id=cid, table_name=table, row_id=row_id, column=column,
                kept_json=json.dumps(None), kept_stamp=format_stamp(ZERO),
                lost_json=json.dumps(value if not isinstance(value, dict) or "$blob" not in value
                                     else {"$bytes": 0}, ensure_ascii=False),
                lost_stamp=format_stamp(stamp), detected_at=now, resolved_at=None,
                resolved_by_id=None, resolution=None,
                created_at=now, updated_at=now, deleted_at=None,
                sync_meta=initial_meta(seq, my_origin), sync_seq=seq)


def _write_conflicts(conn: Connection, rows: list[dict]) -> None:
    if not rows:
        return
    t = Base.metadata.tables["sync_conflict"]
    unique = {r["id"]: r for r in rows}
    have = set()
    ids = list(unique)
    for i in range(0, len(ids), CHUNK):
        have |= set(conn.scalars(select(t.c.id).where(t.c.id.in_(ids[i:i + CHUNK]))))
    fresh = [r for cid, r in unique.items() if cid not in have]
    if fresh:
        conn.execute(t.insert(), fresh)
