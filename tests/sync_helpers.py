"""Helpers for the sync tests: installations linked as peers, table snapshots."""
from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text

from models.base import SYNC_BOOKKEEPING

from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, initialise
from app.numbering import auto_tag
from app.sync.identity import add_peer, contact_card
from app.keyslots import KeyFile

from .keys import TEST_KEY, TEST_PASSWORD

_TEMPLATE: dict[str, Path] = {}


def empty_database(path: Path):
    """A migrated, empty database file (copied from a template: migrations run once)."""
    if "empty" not in _TEMPLATE or not _TEMPLATE["empty"].exists():
        tmpl = Path(tempfile.mkdtemp(prefix="kmb-template-")) / "empty.sqlite"
        db = open_database(sqlite_url(tmpl), create=True, key=TEST_KEY)
        db.close()
        _TEMPLATE["empty"] = tmpl
    shutil.copy(_TEMPLATE["empty"], path)
    return open_database(sqlite_url(path), key=TEST_KEY)


def installation(path: Path, name: str, series: str | None = None):
    """An initialised installation; its administrator signs in with TEST_PASSWORD.
    It gets a series tag of its own (a second installation must: pairing two of
    one series is refused) unless ``series`` is given."""
    fresh = not path.exists()
    db = empty_database(path) if fresh else open_database(sqlite_url(path), key=TEST_KEY)
    initialise(db, name, series=auto_tag(secrets.token_hex(6)) if series is None else series)
    if fresh:
        keys = KeyFile.create(path, TEST_KEY)
        keys.set_slot("admin", TEST_PASSWORD, TEST_KEY)
        keys.save()
    return db, admin_actor(db)


def link(a, a_actor, b, b_actor, *, scope_on_a: str | None = None) -> None:
    """Exchange contact cards both ways (as two offices would by e-mail)."""
    add_peer(a, a_actor, contact_card(b, b_actor), scope=scope_on_a)
    add_peer(b, b_actor, contact_card(a, a_actor))


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table (to prove that a refused import changed nothing)."""
    out = {}
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        for t in sorted(tables):
            out[t] = sorted(tuple(map(repr, r)) for r in conn.execute(text(f'SELECT * FROM "{t}"')))
    return out


def data_rows(db, table: str) -> list[tuple]:
    """A synced table's data (without sync bookkeeping), for convergence checks."""
    with db.engine.connect() as conn:
        cols = [r[1] for r in conn.execute(text(f'PRAGMA table_info("{table}")'))
                if r[1] not in SYNC_BOOKKEEPING]      # row_version is local too
        q = ", ".join(f'"{c}"' for c in cols)
        return sorted(tuple(r) for r in conn.execute(text(f'SELECT {q} FROM "{table}"')))


# -- refusals: the database unchanged but for one audit event -------------------------

# The audit trail: its events, and the chain head and signed anchors that move with them.
# the refusal's audit event commits, and each commit takes a number
# (commit_counter, app/changes.py): those tables may change, no other
AUDIT = {"audit_event", "audit_anchor", "commit_counter"}


def audit_actions(db) -> list[tuple[str, str | None]]:
    with db.engine.connect() as conn:
        return [(a, d) for a, d in conn.execute(text(
            "SELECT action, detail FROM audit_event ORDER BY seq"))]


def assert_refused(db, actor, path, match: str) -> str:
    """Import ``path`` expecting a one-line refusal matching ``match``: every table
    (the whole file, bookkeeping included) as before, except one new audit event
    ``refuse`` that names the reason. Returns the message."""
    import re

    import pytest

    from app.sync.container import BundleRefused
    from app.sync.importer import import_bundle

    before = snapshot(db)
    audit_before = audit_actions(db)
    with pytest.raises(BundleRefused) as err:
        import_bundle(db, actor, path)
    message = err.value.message
    assert re.search(match, message), message
    assert "\n" not in message
    after = snapshot(db)
    assert {t: rows for t, rows in after.items() if t not in AUDIT} == \
        {t: rows for t, rows in before.items() if t not in AUDIT}
    audit_after = audit_actions(db)
    assert audit_after[:len(audit_before)] == audit_before
    new = audit_after[len(audit_before):]
    assert [a for a, _ in new] == ["refuse"], new
    return message


# -- a malicious peer: genuine, paired keys, crafted content ---------------------------

class MaliciousPeer:
    """Signs bundles of its own making with ``db``'s genuine signing key, addressed
    to ``target`` (which has ``db`` as a peer). Rows are given as
    (table, {column: value}, meta dict); stamps default to the sender's origin."""

    def __init__(self, db, target):
        from app.installation import current
        from models.sync import Installation

        with db.reading() as s:
            inst = s.query(Installation).one()
            self.id, self.name, self.origin = inst.id, inst.name, inst.origin
            self.signing_key, self.hlc = inst.signing_key, inst.hlc
        from app.installation import public_keys
        with target.reading() as s:
            self.target_recipient, _ = public_keys(s)
        self.target_id = current(target).id
        self.target = target

    def now(self, ahead_ms: int = 0) -> int:
        from app.sync.stamps import physical_now
        return physical_now() + (ahead_ms << 16)

    def stamp(self, hlc: int | None = None, origin: str | None = None) -> list:
        return [self.now() if hlc is None else hlc, origin or self.origin]

    def meta(self, hlc: int | None = None, origin: str | None = None) -> dict:
        s = self.stamp(hlc, origin)
        return {"s": s, "v": {s[1]: s[0]}}

    def local_row(self, db, table: str, row_id: str) -> tuple[dict, dict]:
        """A row as ``db`` would send it (encoded values, meta dict)."""
        import json as _json

        from sqlalchemy import select

        from app.sync.codec import codecs
        codec = codecs()[table]
        with db.engine.connect() as conn:
            row = conn.execute(select(codec.table).where(codec.table.c.id == row_id)
                               ).mappings().one()
        return codec.encode(dict(row)), _json.loads(row["sync_meta"])

    def bundle(self, path: Path, rows: list[tuple[str, dict, dict]] = (), *,
               manifest: dict | None = None, blobs: dict[str, bytes] | None = None,
               parts_override=None, seq_to: int | None = None) -> Path:
        """Write a signed, encrypted bundle. ``manifest`` entries override the
        computed ones (to make it lie)."""
        from app.db import head_revision
        from app.sync import container
        from app.sync.codec import codecs
        from models.base import new_id

        writer = container.PartWriter()
        order = list(codecs())
        by_table: dict[str, list] = {}
        for table, values, meta in rows:
            by_table.setdefault(table, []).append((values, meta))
        stamps = []
        for table in sorted(by_table, key=lambda t: order.index(t) if t in order else 999):
            cols = codecs()[table].columns if table in codecs() else sorted(
                by_table[table][0][0])
            writer.table(table, cols)
            for values, meta in by_table[table]:
                from app.sync.stamps import dumps_meta
                writer.row(table, [values.get(c) for c in cols], dumps_meta(meta))
                stamps.append(meta["s"][0])
                stamps += [v[0] for v in meta.get("c", {}).values()]
        for sha, data in (blobs or {}).items():
            writer.blob(sha, data)
        parts = writer.close()
        top = max([self.now(), *[s for s in stamps if isinstance(s, int)]])
        m = {
            "format": container.FORMAT, "bundle_id": new_id(),
            "created_at": "2026-12-01T10:00:00",
            "sender": {"id": self.id, "name": self.name, "origin": self.origin},
            "recipients": [self.target_id], "recipient_keys": [self.target_recipient],
            "schema_revision": head_revision(), "seq_from": 0,
            "seq_to": top if seq_to is None else seq_to,
            "acks": {}, "scope": None, "full": False, "ask_full": False,
            "revocations": [], "counts": {},
            "tables": [[n, c] for n, c in writer.tables.items()],
            "rows": writer.rows, "parts": parts_override or parts,
        }
        m.update(manifest or {})
        container.seal(writer, m, self.signing_key, self.id, [self.target_recipient], path)
        return path
