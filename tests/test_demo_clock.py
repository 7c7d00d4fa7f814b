"""Issue 15: the demo depends on its own reference day, not on the clock. Two
builds with the same ``today`` on different days of the clock give the same
household members, the same frozen documents and the same domain tables."""
from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
import types
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from app import db_copy
from app.demo import build_demo, build_demo_on_server
from models.leases import Lease, Renewal
from models.people import HouseholdMember

from . import backends
from .conftest import DEMO_TODAY
from .keys import TEST_KEY

pytestmark = pytest.mark.slow

# differ by build on purpose: the installation's own id and clock (sync stamps,
# key material, password salts), not the demo's data
NOT_COMPARED_TABLES = {"audit_event", "audit_anchor", "audit_secret", "installation", "user",
                       "sync_peer", "sync_state", "key_slot"}
NOT_COMPARED_COLUMNS = {"sync_meta", "sync_seq", "password_hash"}
# the modules whose clock the builder may read (imported now, so they are patched)
LOADED = ("app.demo", "app.leases.documents", "app.cases.procedure_documents",
          "app.people.households", "app.people.guardians")


def _clock_on(day: dt.date) -> types.ModuleType:
    """``datetime`` whose ``date.today()`` is ``day`` (isinstance unchanged)."""
    real = dt.date

    class _Meta(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, real)

    class _Date(real, metaclass=_Meta):
        @classmethod
        def today(cls):
            return real(day.year, day.month, day.day)

    shim = types.ModuleType("datetime")
    shim.__dict__.update(dt.__dict__)
    shim.date = _Date
    return shim


@contextmanager
def _clock(monkeypatch, day: dt.date):
    """Every loaded app module reads ``day`` from ``dt.date.today()``."""
    for name in LOADED:
        importlib.import_module(name)
    shim = _clock_on(day)
    with monkeypatch.context() as m:
        for name, module in list(sys.modules.items()):
            if name.split(".")[0] in ("app", "models", "reports") \
                    and getattr(module, "dt", None) is dt:
                m.setattr(module, "dt", shim)
        assert dt.date.today() != day or day == DEMO_TODAY
        yield


def _build(tmp_path, name: str, databases: list[str]):
    if backends.on_postgres():
        databases.append(backends.create_database(kind="clock"))
        return build_demo_on_server(backends.url_of(databases[-1]), "town", today=DEMO_TODAY,
                                    persons=120)
    return build_demo(tmp_path / f"{name}.sqlite", "town", today=DEMO_TODAY, key=TEST_KEY,
                      persons=120)


def _members(db) -> tuple[list, list]:
    """Household members, and those the frozen contracts list."""
    with db.reading() as s:
        rows = [tuple(r) for r in s.execute(
            select(HouseholdMember.household_id, HouseholdMember.person_id,
                   HouseholdMember.relation, HouseholdMember.since, HouseholdMember.until)
            .order_by(HouseholdMember.id))]
        listed = [(lease_id, json.loads(snap)["values"]["clenove_domacnosti"])
                  for lease_id, snap in s.execute(
                      select(Lease.id, Lease.contract_snapshot_json)
                      .where(Lease.contract_snapshot_json.is_not(None)).order_by(Lease.id))]
    return rows, listed


def _dump(db) -> dict[str, list[tuple]]:
    """The domain tables (as tests/test_db_copy.py dumps them) without what is
    the installation's own."""
    out = {}
    with db.engine.connect() as conn:
        for t in db_copy.copy_plan(conn):
            if t.name in NOT_COMPARED_TABLES:
                continue
            cols = [c for c in db_copy._readable(t) if c.name not in NOT_COMPARED_COLUMNS]
            out[t.name] = [tuple(r) for r in conn.execute(
                select(*cols).order_by(*t.primary_key.columns))]
    return out


def test_a_demo_built_on_another_day_is_the_same(tmp_path, monkeypatch):
    databases: list[str] = []
    try:
        with _clock(monkeypatch, DEMO_TODAY):
            a = _build(tmp_path, "a", databases)
        # a year and a bit later
        with _clock(monkeypatch, DEMO_TODAY + dt.timedelta(days=400)):
            b = _build(tmp_path, "b", databases)
        try:
            members, listed = _members(a)
            assert len(members) > 100 and len(listed) > 100
            assert any(not text.startswith("nikdo") for _lease, text in listed)
            assert _members(b) == (members, listed)
            with a.reading() as s:
                assert s.scalar(select(Renewal.id).where(
                    Renewal.document_snapshot_json.is_not(None))) is not None
            first, second = _dump(a), _dump(b)
            assert first.keys() == second.keys()
            for table in first:
                assert second[table] == first[table], table
        finally:
            a.close()
            b.close()
    finally:
        for name in databases:
            backends.drop_database(name)
