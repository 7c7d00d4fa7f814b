"""The bulk-insert fast path (SQLite) stores exactly what SQLAlchemy would
store; the general path (PostgreSQL and any other server) decodes a received
row back to exactly the values SQLAlchemy reads."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.people.records import PersonInput, create_person
from app.sync.codec import LOCAL_ON_INSERT, codecs, local_on_insert
from app.sync.stamps import RowMeta
from .keys import raw_connect


def _raw(path, table, columns):
    con = raw_connect(path)
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        return {r[0]: r for r in con.execute(f'SELECT {cols} FROM "{table}"')}
    finally:
        con.close()


@pytest.mark.sqlite_only("the fast path writes SQLite's raw storage; compared with the "
                         "file's raw rows")
def test_fast_path_matches_sqlalchemy_storage(town_db, town_path):
    from app.installation import admin_actor
    create_person(town_db, admin_actor(town_db), PersonInput(
        given_name="Řehoř", surname="Šťastný", note="mikrosekundy v created_at"))
    checked = 0
    with town_db.engine.connect() as conn:
        for name, codec in codecs().items():
            t = codec.table
            rows = conn.execute(select(*[t.c[c] for c in codec.columns], t.c.sync_meta,
                                       t.c.sync_seq).limit(50)).all()
            if not rows:
                continue
            raw = _raw(town_path, name, [*codec.columns, "sync_meta", "sync_seq"])
            for row in rows:
                values = dict(zip(codec.columns, codec.encode_tuple(row[:-2])))
                fast = codec.sqlite_row(values, row[-2], row[-1], blobs=None)
                # local columns a received row gets here (a worker without a login)
                local = LOCAL_ON_INSERT.get(name, {})
                n = len(codec.columns)
                assert fast[n:n + len(local)] == tuple(f(values) for f in local.values())
                fast = fast[:n] + fast[n + len(local):]
                assert fast == raw[row[0]], (name, fast, raw[row[0]])
                assert RowMeta.loads(row[-2]) is not None
                checked += 1
    assert checked > 300


def test_general_path_matches_sqlalchemy_values(town_db):
    """What the importer inserts on a server (``_row_raw``: decode_fast plus the
    local columns) is the row as SQLAlchemy reads it, column by column."""
    from app.installation import admin_actor
    create_person(town_db, admin_actor(town_db), PersonInput(
        given_name="Řehoř", surname="Šťastný", note="mikrosekundy v created_at"))
    checked = 0
    with town_db.engine.connect() as conn:
        for name, codec in codecs().items():
            t = codec.table
            rows = conn.execute(select(*[t.c[c] for c in codec.columns], t.c.sync_meta,
                                       t.c.sync_seq).limit(50)).all()
            for row in rows:
                original = dict(zip(codec.columns, row[:-2]))
                sent = dict(zip(codec.columns, codec.encode_tuple(row[:-2])))
                decoded = codec.decode_fast(sent, blobs=lambda sha: None)
                for col in codec.columns:
                    if col in codec.blob_columns and isinstance(sent[col], dict):
                        continue          # a blob travels by reference
                    assert decoded[col] == original[col], (name, col, decoded[col],
                                                           original[col])
                local = local_on_insert(name, sent)
                assert set(local) == set(LOCAL_ON_INSERT.get(name, {}))
                assert RowMeta.loads(row[-2]) is not None
                checked += 1
    assert checked > 300
