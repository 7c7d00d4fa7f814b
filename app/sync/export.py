"""Export: everything a peer has not acknowledged yet, as a signed and
encrypted bundle. A worker's laptop (peer scope ``worker:USER_ID``) gets that
worker's households and cases plus reference data, nothing else."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import exists, func, literal, select, union_all
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.sync import BundleLog, Peer, Revocation

from .. import audit
from ..db import Database, head_revision
from ..errors import Cancelled, KmbError
from ..installation import get as get_installation
from ..installation import public_keys
from ..security import Actor, Permission
from . import container
from .codec import codecs
from .identity import find_peer
from .received import watermark
from .scope import Scope, compute_scope
from .stamps import physical_now
from .trust import describe_ahead, tolerance_ms
from ..i18n import _

Progress = Callable[[str, int], None]
# (table, column names, encoded values) -> (values to send, replacement meta or None)
Shaper = Callable[[str, list, list], tuple[list, str | None]]


class ExportCancelled(Cancelled):
    pass


@functools.lru_cache(maxsize=1)
def _schema_head() -> str:
    """This version's schema head, read once per process: alembic loads every
    migration script to find it, which cost more than a small export itself."""
    return head_revision()


@dataclass
class ExportSummary:
    bundle_id: str
    peer_id: str
    peer_name: str
    path: Path
    size: int
    rows: int
    counts: dict[str, int]
    seq_from: int
    seq_to: int
    row_ids: set[tuple[str, str]] = field(default_factory=set, repr=False)
    warnings: list[str] = field(default_factory=list)


CHUNK = 2000       # rows between two looks at the cancel button
# PostgreSQL: rows fetched per round trip of the server-side cursor (SQLite steps
# one row at a time anyway); a council decision freezes the whole ranking (MBs)
ROW_BUFFER = 32
ROW_BUFFER_OF = {"allocation_decision": 1}
# Columns read a piece at a time (characters): a city's frozen ranking is 2.5 MB
# of text, 5 MB as a Python string and as much again as JSON
PIECEWISE = {"allocation_decision": "ranking_snapshot_json"}
PIECE = 1 << 18


def export_bundle(db: Database, actor: Actor, peer_ref: str, out_path: str | Path, *,
                  full: bool = False, archive: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  keep_row_ids: bool = False) -> ExportSummary:
    actor.require(Permission.EXPORT_BUNDLES)
    report = progress or (lambda text, pct: None)
    stop = cancelled or (lambda: False)
    out_path = Path(out_path)
    if not out_path.parent.exists():
        raise KmbError(_("Složka {parent} neexistuje.").format(parent=out_path.parent))
    with db.reading() as s:        # one read transaction: one consistent snapshot
        inst = get_installation(s)
        peer = find_peer(s, peer_ref)
        if peer.revoked_at is not None:
            raise KmbError(_("Instalace „{name}“ je odvolaná; nic jí nelze poslat.")
                .format(name=peer.name))
        full = full or peer.send_full
        since = 0 if full else peer.acked_seq
        seq_to = inst.hlc
        scope = compute_scope(s, peer.scope, json.loads(peer.scope_sent_json or "[]"),
                              peer_id=peer.id) if peer.scope else None
        writer = container.PartWriter()
        # a full bundle carries also what the peer sent us: it may have lost it
        echoes = [] if full else _echo_ticks(s, peer.id, since)
        counts, row_ids = _write_rows(s, writer, since, scope, report, stop, keep_row_ids,
                                      echoes, row_shaper(peer, scope))
        parts = writer.close()
        own_recipient, _own_key = public_keys(s)
        recipients = [peer.age_recipient] + ([own_recipient] if archive else [])
        recipient_ids = [peer.id] + ([inst.id] if archive else [])
        manifest = {
            "format": container.FORMAT,
            "bundle_id": new_id(),
            "created_at": utcnow().isoformat(timespec="seconds"),
            "sender": {"id": inst.id, "name": inst.name, "origin": inst.origin,
                       "series": inst.series or ""},
            "recipients": recipient_ids,
            "recipient_keys": recipients,
            "schema_revision": _schema_head(),
            "seq_from": since, "seq_to": seq_to,
            "acks": {peer.id: watermark(json.loads(peer.received_json or "[]"))},
            "scope": peer.scope,
            "full": full,
            "ask_full": peer.ask_full,
            "revocations": _revocations(s),
            "counts": counts,
            "tables": [[name, cols] for name, cols in writer.tables.items()],
            "rows": writer.rows,
            "parts": parts,
        }
        signing_key, sender_id = inst.signing_key, inst.id
        peer_id, peer_name = peer.id, peer.name
        warnings = _clock_warnings(inst.hlc, peer, tolerance_ms(s))
        scope_households = sorted(scope.households) if scope else None
    report(_("šifruji"), 95)
    tmp_out = out_path.with_name(f".{out_path.name}.part")
    container.seal(writer, manifest, signing_key, sender_id, recipients, tmp_out)
    tmp_out.replace(out_path)
    with db.transaction() as s:
        s.add(BundleLog(id=manifest["bundle_id"], peer_id=peer_id, direction="out",
                        seq_from=since, seq_to=seq_to, sha256=container.sha256_file(out_path),
                        summary_json=json.dumps({"counts": counts}, sort_keys=True)))
        stored = s.get(Peer, peer_id)
        if scope_households is not None:
            stored.scope_sent_json = json.dumps(scope_households)
        if full:
            stored.send_full = False
        audit.record(s, actor, "export", "peer", peer_id,
                     {"bundle_id": manifest["bundle_id"], "rows": writer.rows})
        audit.anchor(s, "export", manifest["bundle_id"])   # signed chain head
    report(_("hotovo"), 100)
    return ExportSummary(manifest["bundle_id"], peer_id, peer_name, out_path,
                         out_path.stat().st_size, writer.rows, counts, since, seq_to,
                         row_ids, warnings)


def _revocations(s: Session) -> list[dict]:
    """Every revocation we know, signed with the manifest, so it reaches every peer."""
    return [{"installation_id": r.installation_id, "origin": r.origin,
             "revoked_hlc": r.revoked_hlc, "revoked_by": r.revoked_by}
            for r in s.scalars(select(Revocation).order_by(Revocation.installation_id))]


def _clock_warnings(local_hlc: int, peer: Peer, tolerance: int) -> list[str]:
    """Our clock far from the last clock the peer showed us: one of the two is wrong,
    and a bundle running ahead would be refused."""
    if not peer.last_clock:
        return []
    ours = max(local_hlc, physical_now()) >> 16
    diff = ours - (peer.last_clock >> 16)
    if abs(diff) <= tolerance:
        return []
    text = (_("Hodiny této instalace jdou o {amount} napřed před posledním časem od „{peer}“; "
              "zkontrolujte datum a čas na obou počítačích.") if diff > 0 else
            _("Hodiny této instalace jdou o {amount} pozadu za posledním časem od „{peer}“; "
              "zkontrolujte datum a čas na obou počítačích."))
    return [text.format(amount=describe_ahead(abs(diff)), peer=peer.name)]


def _echo_ticks(s: Session, peer_id: str, since: int) -> list[int]:
    """Local clock values of rows taken over exactly from this peer's bundles:
    the peer has those rows already, so they are not sent back to it."""
    ticks = []
    for summary_json in s.scalars(select(BundleLog.summary_json).where(
            BundleLog.peer_id == peer_id, BundleLog.direction == "in")):
        tick = json.loads(summary_json or "{}").get("echo_seq")
        if tick and tick > since:
            ticks.append(int(tick))
    return ticks


def row_shaper(peer: Peer, scope: Scope | None) -> Shaper | None:
    """The one function deciding which columns of which rows go to ``peer``: None
    sends rows as they are; a worker's laptop gets its scope's shape (stubs of
    other households, references to them cut). Extension point for restricting
    what a partner office receives."""
    from ..privacy.partners import shaper   # special-category data only where the lead allowed it
    return shaper(peer, scope.shape if scope is not None else None)


def _changed_tables(s: Session, tables: list, since: int) -> set[str]:
    """Names of the tables holding a row changed after ``since``: one indexed
    query for all of them, instead of a streamed read of each (most are unchanged
    in a typical bundle)."""
    probes = [select(literal(i)).where(exists().where(c.table.c.sync_seq > since))
              for i, c in enumerate(tables)]
    if not probes:
        return set()
    return {tables[i].name for (i,) in s.execute(union_all(*probes))}


def _pieces(s: Session, column, id_column, rid: str, length: int):
    """The text of one row's column, PIECE characters at a time (same snapshot)."""
    got = 0
    for start in range(1, length + 1, PIECE):
        piece = s.connection().execute(
            select(func.substr(column, start, PIECE)).where(id_column == rid)).scalar()
        got += len(piece or "")
        yield piece or ""
    if got != length:      # never half a value in a bundle
        raise KmbError(_("Řádek {rid} se nepodařilo přečíst celý.").format(rid=rid))


def _write_rows(s: Session, writer: container.PartWriter, since: int, scope: Scope | None,
                report: Progress, stop: Callable[[], bool], keep_ids: bool, echoes: list[int],
                shape: Shaper | None = None):
    counts: dict[str, int] = {}
    row_ids: set[tuple[str, str]] = set()
    tables = list(codecs().values())
    changed = _changed_tables(s, tables, since)
    for i, codec in enumerate(tables):
        if stop():
            raise ExportCancelled(_("Export byl zrušen; žádný balíček nevznikl."))
        report(codec.name, int(90 * i / len(tables)))
        t = codec.table
        # a piecewise column is selected as its length; its text follows in pieces
        piecewise = PIECEWISE.get(codec.name) if shape is None else None
        at = codec.columns.index(piecewise) if piecewise else -1
        stmt = select(*[t.c[c] if c != piecewise else func.length(t.c[c])
                        for c in codec.columns], t.c.sync_meta).order_by(t.c.id)
        if scope is None:
            if codec.name not in changed:
                continue
            stmt = stmt.where(t.c.sync_seq > since)
        else:
            wanted = scope.wanted(codec.name, since)
            if wanted is None:
                if codec.name not in changed:
                    continue
                stmt = stmt.where(t.c.sync_seq > since)       # reference data: all changes
            elif not wanted:
                continue
            else:
                stmt = stmt.where(t.c.id.in_(sorted(wanted)))
        if echoes:
            stmt = stmt.where(t.c.sync_seq.not_in(echoes))
        writer.table(codec.name, codec.columns)
        n = 0
        # rows are streamed (a table of frozen contracts weighs ~100 MB on a city) and
        # the writer keeps a bounded byte buffer: memory follows a row, not a table
        stmt = stmt.execution_options(
            stream_results=True, max_row_buffer=ROW_BUFFER_OF.get(codec.name, ROW_BUFFER))
        for row in s.connection().execute(stmt):
            rid = row[0]
            blobs: dict[str, bytes] = {}
            values = codec.encode_tuple(row[:-1], blobs)
            meta = row[-1]
            if not meta:
                raise KmbError(_("Řádek {name}/{v3} nemá razítka synchronizace.")
                    .format(name=codec.name, v3=rid))
            if shape is not None:
                values, stub_meta = shape(codec.name, codec.columns, values)
                meta = stub_meta or meta
                blobs = {sha: data for sha, data in blobs.items()
                         if {"$blob": sha} in values}
            for sha, data in blobs.items():
                writer.blob(sha, data)
            if at >= 0 and values[at] == 0:
                values[at] = ""                          # an empty text: no pieces
            if at >= 0 and values[at]:
                writer.row_in_pieces(codec.name, values, at,
                                     _pieces(s, t.c[piecewise], t.c.id, rid, values[at]), meta)
            else:
                writer.row(codec.name, values, meta)
            del row, values, blobs, meta      # not held while the next row is read
            if keep_ids:
                row_ids.add((codec.name, rid))
            n += 1
            if n % CHUNK == 0 and stop():
                raise ExportCancelled(_("Export byl zrušen; žádný balíček nevznikl."))
        if n:
            counts[codec.name] = n
    return counts, row_ids
