"""What a worker's laptop receives (data minimisation): the households and
persons of the cases assigned to the worker, every record about them, the
tasks the worker owns, and the reference data (staff, flats, partners, rule
sets, settings …). Rows referenced by what is sent travel too, so that the
laptop's database keeps its foreign keys whole.

A household that enters the scope later (a case newly assigned) is sent in
full, whatever its rows' age; the peer remembers which households it has had.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case
from models.housing import Building
from models.people import HouseholdMember

from .codec import codecs

REFERENCE = frozenset({"user", "setting", "partner_organisation", "building", "flat", "meter",
                       "rule_set", "checklist_template", "fund_budget"})


@dataclass
class Scope:
    worker_id: str
    households: set[str]
    ids: dict[str, set[str]] = field(default_factory=dict)       # in scope
    fresh: dict[str, set[str]] = field(default_factory=dict)     # must go regardless of age
    seqs: dict[str, dict[str, int]] = field(default_factory=dict)

    def wanted(self, table: str, since: int) -> set[str] | None:
        """None: reference data (send what changed); else the ids to send."""
        if table in REFERENCE:
            return None
        seqs = self.seqs.get(table, {})
        return ({i for i in self.ids.get(table, set()) if seqs.get(i, 0) > since}
                | self.fresh.get(table, set()))


def _fk_map() -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, referenced table)] for references between synced tables."""
    out = {}
    for name, codec in codecs().items():
        out[name] = [(fk.parent.name, fk.column.table.name)
                     for fk in codec.table.foreign_keys if fk.column.table.name in codecs()]
    return out


def compute_scope(s: Session, scope: str, sent_households: list[str]) -> Scope:
    worker_id = scope.split(":", 1)[1]
    households, persons = _worker_roots(s, worker_id)
    result = Scope(worker_id, households)
    rows = _load_keys(s)
    result.seqs = {t: {i: r["sync_seq"] for i, r in table_rows.items()}
                   for t, table_rows in rows.items()}
    result.ids = _include(rows, households, persons, worker_id)
    # buildings are reference data; their addresses must travel with them
    building_addresses = set(s.scalars(select(Building.address_id).where(
        Building.address_id.is_not(None))))
    result.ids["address"] |= building_addresses
    new_households = households - set(sent_households)
    fresh = _include(rows, new_households, set(), None) if new_households else {}
    # keep references whole: whatever an included row points to goes too
    closure = _close(rows, result.ids)
    for table, ids in closure.items():
        fresh.setdefault(table, set()).update(ids)
        result.ids.setdefault(table, set()).update(ids)
    result.fresh = fresh
    return result


def _worker_roots(s: Session, worker_id: str) -> tuple[set[str], set[str]]:
    """(households, persons) of the worker's open cases and their households' members."""
    cases = s.execute(select(Case.person_id, Case.household_id).where(
        Case.assigned_worker_id == worker_id, Case.deleted_at.is_(None))).all()
    persons = {c.person_id for c in cases}
    households = {c.household_id for c in cases if c.household_id}
    households |= set(s.scalars(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id.in_(persons), HouseholdMember.deleted_at.is_(None))))
    return households, persons


def writable_ids(s: Session, scope: str) -> dict[str, set[str]]:
    """What a worker's laptop may change: its households, their persons and every
    record hanging off them, and the worker's own tasks (never what is merely
    referenced from there, never reference data)."""
    worker_id = scope.split(":", 1)[1]
    households, persons = _worker_roots(s, worker_id)
    return _include(_load_keys(s), households, persons, worker_id)


def _load_keys(s: Session) -> dict[str, dict[str, dict]]:
    """id, sync_seq and reference columns of every scoped row (no payload)."""
    fks = _fk_map()
    out: dict[str, dict[str, dict]] = {}
    for name, codec in codecs().items():
        if name in REFERENCE:
            continue
        t = codec.table
        cols = [t.c.id, t.c.sync_seq] + [t.c[c] for c, _ in fks[name]]
        extra = {"attachment": ["owner_table", "owner_id"],
                 "sync_conflict": ["table_name", "row_id"]}.get(name, [])
        cols += [t.c[c] for c in extra]
        out[name] = {r["id"]: dict(r) for r in s.execute(select(*cols)).mappings()}
    return out


def _include(rows, households: set[str], persons: set[str], worker_id: str | None):
    fks = _fk_map()
    members = [r for r in rows["household_member"].values() if r["household_id"] in households]
    persons = set(persons) | {r["person_id"] for r in members}
    ids: dict[str, set[str]] = {"household": set(households) & set(rows["household"]),
                                "person": persons & set(rows["person"])}
    for name in codecs():
        if name in REFERENCE or name in ("person", "household"):
            continue
        chosen = set()
        for rid, r in rows[name].items():
            if name == "attachment":
                ok = r["owner_id"] in ids.get(r["owner_table"], ())
            elif name == "sync_conflict":
                ok = r["table_name"] in REFERENCE or r["row_id"] in ids.get(r["table_name"], ())
            elif name == "possible_duplicate":
                ok = r["person_a_id"] in ids["person"] and r["person_b_id"] in ids["person"]
            elif name == "task" and worker_id and r.get("owner_id") == worker_id:
                ok = True
            else:
                ok = any(r[col] in ids.get(target, ()) for col, target in fks[name]
                         if target not in REFERENCE and r[col] is not None)
            if ok:
                chosen.add(rid)
        ids[name] = chosen
    # addresses of the persons and households in scope (buildings' go as reference)
    ids["address"] = ({rows["person"][p].get("permanent_address_id") for p in ids["person"]}
                      | {rows["person"][p].get("contact_address_id") for p in ids["person"]}
                      | {rows["household"][h].get("address_id") for h in ids["household"]}) - {None}
    return ids


def _close(rows, ids: dict[str, set[str]]) -> dict[str, set[str]]:
    """Rows referenced by included rows but not included yet (repeated to a fixed point)."""
    fks = _fk_map()
    added: dict[str, set[str]] = {}
    changed = True
    while changed:
        changed = False
        for name, chosen in list(ids.items()):
            for rid in list(chosen):
                row = rows.get(name, {}).get(rid)
                if row is None:
                    continue
                for col, target in fks[name]:
                    value = row.get(col)
                    if value is None or target in REFERENCE or value in ids.get(target, ()):
                        continue
                    ids.setdefault(target, set()).add(value)
                    added.setdefault(target, set()).add(value)
                    changed = True
    return added
