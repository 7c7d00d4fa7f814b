"""A scope is a promise of data minimisation: a worker's laptop gets its worker's
households whole and, of any other household, at most a stub (id and display
name). Checked on the ``town`` demo by enumerating every synchronised table."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select, text

from app.installation import admin_actor, current
from app.sync.codec import codecs
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from app.sync.scope import REFERENCE, STUB_COLUMNS
from models.cases import Case
from models.people import HouseholdMember, Person

from .sync_helpers import installation, link


def _own(db, worker_id):
    """(households, persons) the worker's laptop may hold whole (computed here,
    independently of app/sync/scope.py)."""
    with db.reading() as s:
        cases = s.execute(select(Case.person_id, Case.household_id).where(
            Case.assigned_worker_id == worker_id, Case.deleted_at.is_(None))).all()
        households = {c.household_id for c in cases if c.household_id}
        persons = {c.person_id for c in cases}
        households |= set(s.scalars(select(HouseholdMember.household_id).where(
            HouseholdMember.person_id.in_(persons))))
        persons |= set(s.scalars(select(HouseholdMember.person_id).where(
            HouseholdMember.household_id.in_(households))))
    return households, persons


def _rows(db, table):
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(f'SELECT * FROM "{table}"')).mappings()]


def _busiest_worker(db) -> str:
    with db.reading() as s:
        counts = Counter(s.scalars(select(Case.assigned_worker_id).where(
            Case.assigned_worker_id.is_not(None))))
    return counts.most_common(1)[0][0]


def test_laptop_holds_no_record_of_another_workers_household(town_db, tmp_path):
    check_laptop_scope(town_db, tmp_path)   # the office: a SQLite file or a PostgreSQL server


def check_laptop_scope(office, tmp_path) -> dict[str, int]:
    """Export the busiest worker's laptop bundle from ``office`` and check every
    synchronised table of what arrived; returns how many rows of each kind the
    laptop holds (own and foreign), for the report of a larger sample."""
    oa = admin_actor(office)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    worker = _busiest_worker(office)
    link(office, oa, laptop, la, scope_on_a=f"worker:{worker}")
    export_bundle(office, oa, current(laptop).id, tmp_path / "1.kmbx")
    import_bundle(laptop, la, tmp_path / "1.kmbx")
    households, persons = _own(office, worker)
    assert households and persons

    # foreign: persons and households outside the scope, and (transitively) every row
    # that references a foreign row
    foreign: dict[str, set[str]] = {
        "person": {r["id"] for r in _rows(laptop, "person")} - persons,
        "household": {r["id"] for r in _rows(laptop, "household")} - households,
    }
    tables = {name: _rows(laptop, name) for name in codecs() if name not in REFERENCE}
    changed = True
    while changed:
        changed = False
        for name, rows in tables.items():
            if name in ("person", "household"):
                continue
            for row in rows:
                if row["id"] in foreign.get(name, ()) or (
                        name == "task" and row["owner_id"] == worker):
                    continue      # the worker's own task may name a stub; it is not foreign
                refs = [(col, target) for col, target in codecs()[name].references]
                if any(row[col] in foreign.get(target, ()) for col, target in refs):
                    foreign.setdefault(name, set()).add(row["id"])
                    changed = True

    assert foreign["person"] or foreign["household"]     # the stub path is exercised
    # every synchronised table: which columns of a foreign row may be filled
    for name, rows in tables.items():
        allowed = STUB_COLUMNS.get(name)
        for row in rows:
            if row["id"] not in foreign.get(name, ()):
                continue
            if name == "task" and row["owner_id"] == worker:
                continue      # the worker's own task: it may name a stub
            assert allowed is not None, (name, "a foreign household's record reached "
                                         "the laptop")
            filled = {c for c in codecs()[name].columns if row[c] is not None}
            assert filled <= allowed, (name, filled - allowed)
            assert row["sync_meta"] == '{"s":[0,""],"v":{}}'
    # spelled out: no assessment, note or contact of another household
    for name in ("assessment", "assessment_debt", "assessment_income", "note",
                 "person_contact", "contact_record", "housing_need_record", "fund_request",
                 "case", "household_member", "inspection", "lease"):
        assert not foreign.get(name), name
    with laptop.reading() as s:
        for p in s.scalars(select(Person).where(Person.id.not_in(persons))):
            assert p.birth_number is None and p.note is None and p.birth_date is None
    laptop.close()
    return {"own households": len(households), "own persons": len(persons),
            **{f"foreign {name}": len(ids) for name, ids in sorted(foreign.items()) if ids},
            **{f"rows {name}": len(rows) for name, rows in sorted(tables.items()) if rows}}


def test_only_what_changed_is_sent_again(town_db, tmp_path):
    office = town_db
    oa = admin_actor(office)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    worker = _busiest_worker(office)
    link(office, oa, laptop, la, scope_on_a=f"worker:{worker}")
    first = export_bundle(office, oa, current(laptop).id, tmp_path / "1.kmbx")
    import_bundle(laptop, la, tmp_path / "1.kmbx")
    export_bundle(laptop, la, current(office).id, tmp_path / "ack.kmbx")
    import_bundle(office, oa, tmp_path / "ack.kmbx")
    again = export_bundle(office, oa, current(laptop).id, tmp_path / "2.kmbx")
    assert first.rows > 100
    assert again.rows == 0, again.counts
    import_bundle(laptop, la, tmp_path / "2.kmbx")
    _, persons = _own(office, worker)
    pid = sorted(persons)[0]
    with office.transaction() as s:
        s.get(Person, pid).note = "změna v kanceláři"
    one = export_bundle(office, oa, current(laptop).id, tmp_path / "3.kmbx")
    assert one.counts == {"person": 1}, one.counts
    import_bundle(laptop, la, tmp_path / "3.kmbx")
    with laptop.reading() as s:
        assert s.get(Person, pid).note == "změna v kanceláři"
    laptop.close()
