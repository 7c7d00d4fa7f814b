"""A big import cancelled half-way leaves no trace (issue 17): chunks were
already written inside the transaction when the person cancels, yet no
record, no audit event, no move of the exchange clock, no remembered mapping
and no scratch file of the file's keys stay; the same file then imports
whole."""
from __future__ import annotations

import tempfile

import pytest
from sqlalchemy import func, select

from app.audit import verify_chain
from app.errors import Cancelled
from app.imports import engine, mapping, service
from app.imports.fields import kind as kind_of
from models.audit import AuditAnchor, AuditEvent
from models.people import Address, Person, PersonContact
from models.sync import Installation

from .import_data import big_persons_csv

ROWS = 2400


def _state(db) -> dict:
    with db.reading() as s:
        out = {m.__name__: s.scalar(select(func.count()).select_from(m))
               for m in (Person, Address, PersonContact, AuditEvent)}
        head = s.get(AuditAnchor, "head")
        out["head"] = (head.seq, head.hash) if head else None
        out["hlc"] = s.scalar(select(Installation.hlc))
        return out


def test_a_big_import_cancelled_half_way_leaves_no_trace(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK", 300)            # several chunks written before 50 %
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = big_persons_csv(tmp_path / "osoby.csv", ROWS)
    before = _state(db)
    written, seen = [], []
    stamp = engine.stamp_new_rows

    def counted(session, rows):               # the rows each chunk's bulk insert writes
        written.extend(r for r in rows if "search_surname" in r)
        stamp(session, rows)

    monkeypatch.setattr(engine, "stamp_new_rows", counted)
    with pytest.raises(Cancelled, match="nic se neuložilo"):
        service.run_import(db, admin, "persons", path,
                           progress=lambda _text, pct: seen.append(pct),
                           cancelled=lambda: bool(seen) and seen[-1] >= 50)
    monkeypatch.setattr(engine, "stamp_new_rows", stamp)
    assert len(written) >= ROWS // 3          # it was cancelled after writing, not before
    assert 50 <= seen[-1] < 100
    assert _state(db) == before               # nothing stored, the chain and the clock as they were
    with db.reading() as s:
        assert verify_chain(s) is None
        table = service._table(path, kind_of("persons"), None)
        assert mapping.remembered(s, kind_of("persons"), table.headers) is None
    assert list(scratch.iterdir()) == []      # the keys' scratch file is gone

    done = service.run_import(db, admin, "persons", path)
    assert done.created == ROWS and done.skipped == []
    after = _state(db)
    assert after["Person"] == before["Person"] + ROWS
    with db.reading() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "import", AuditEvent.entity == "person"))
        assert audited == ROWS and verify_chain(s) is None     # each row, chained
    assert list(scratch.iterdir()) == []
