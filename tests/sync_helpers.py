"""Helpers for the sync tests: installations linked as peers, table snapshots."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text

from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, initialise
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


def installation(path: Path, name: str):
    """An initialised installation; its administrator signs in with TEST_PASSWORD."""
    fresh = not path.exists()
    db = empty_database(path) if fresh else open_database(sqlite_url(path), key=TEST_KEY)
    initialise(db, name)
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
                if r[1] not in ("sync_meta", "sync_seq")]
        q = ", ".join(f'"{c}"' for c in cols)
        return sorted(tuple(r) for r in conn.execute(text(f'SELECT {q} FROM "{table}"')))
