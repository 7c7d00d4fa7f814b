"""What a worker's laptop receives (data minimisation): the households and
persons of the cases assigned to the worker, every record about them, the
tasks the worker owns, and the reference data (staff, flats, partners, rule
sets, settings …).

A scope is a promise: of any other household the laptop gets at most a stub —
a person's or household's id and display name, with zero stamps so that it
never wins a merge. A reference from a sent row to another household's record
(a case, a contact, an assessment …) is cut (the column travels empty) or, when
the column cannot be empty, the row stays home. ``Scope.shape`` is the one place
that decides which columns of which rows go.

A partner office set to "chosen cases" (scope ``cases``) gets the same cut,
rooted in the cases whose client consented to sharing with that partner
(app/cases/consent.py), valid on the day of the bundle.

A household that enters the scope later (a case newly assigned) is sent in
full, whatever its rows' age; the peer remembers which households it has had.
Otherwise only rows changed since the peer's acknowledgement go.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case
from models.housing import Building
from models.people import HouseholdMember

from .codec import codecs

# the landlord register is reference data: a laptop needs it for its households'
# private leases and fund payments, and writes it never (the office keeps it)
REFERENCE = frozenset({"user", "setting", "partner_organisation", "building", "flat", "meter",
                       "rule_set", "checklist_template", "fund_budget", "landlord",
                       "programme", "flat_funding",     # programmes and funding (16.3)
                       "department"})     # the office's departments: names of task queues


# A household outside the scope travels at most as a stub: its id and display name.
STUB_COLUMNS = {
    "person": frozenset({"id", "given_name", "surname", "search_surname", "search_given",
                         "sort_key", "created_at", "updated_at", "deleted_at"}),
    "household": frozenset({"id", "name", "created_at", "updated_at", "deleted_at"}),
}
# A stub's stamps: zero, below every real write (RowMeta.knows treats a zero stamp
# as known everywhere, so a real row arriving later replaces it without a conflict).
STUB_META = '{"s":[0,""],"v":{}}'


@dataclass
class Scope:
    worker_id: str
    households: set[str]
    ids: dict[str, set[str]] = field(default_factory=dict)       # the worker's own rows
    fresh: dict[str, set[str]] = field(default_factory=dict)     # must go regardless of age
    seqs: dict[str, dict[str, int]] = field(default_factory=dict)
    stubs: dict[str, set[str]] = field(default_factory=dict)     # foreign rows, as stubs
    cut: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # columns sent empty
    # stub table -> {(table, row id): stub ids that row references}
    stub_refs: dict[str, dict[tuple[str, str], set[str]]] = field(default_factory=dict)
    _send: dict[str, set[str]] | None = None

    def wanted(self, table: str, since: int) -> set[str] | None:
        """None: reference data (send what changed); else the ids to send: own rows
        changed since the acknowledgement or new to the scope, and the stubs that
        those rows reference."""
        if table in REFERENCE:
            return None
        if self._send is None:
            self._send = self._plan(since)
        return self._send.get(table, set())

    def _plan(self, since: int) -> dict[str, set[str]]:
        send = {}
        for table, ids in self.ids.items():
            seqs = self.seqs.get(table, {})
            send[table] = ({i for i in ids if seqs.get(i, 0) > since}
                           | (self.fresh.get(table, set()) & ids))
        for table, refs in self.stub_refs.items():
            for (src_table, src_id), stub_ids in refs.items():
                if src_id in send.get(src_table, ()):
                    send.setdefault(table, set()).update(stub_ids)
        return send

    def shape(self, table: str, columns: list[str], values: list) -> tuple[list, str | None]:
        """The values of a row as this laptop may see them, and a replacement meta
        (a stub's) or None. The one place deciding which columns of which rows go."""
        row_id = values[0]
        if row_id in self.stubs.get(table, ()) and row_id not in self.ids.get(table, ()):
            keep = STUB_COLUMNS[table]
            return [v if c in keep else None for c, v in zip(columns, values)], STUB_META
        cut = self.cut.get(table, {}).get(row_id)
        if cut:
            values = [None if c in cut else v for c, v in zip(columns, values)]
        return values, None


def _fk_map() -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, referenced table)] for references between synced tables."""
    return {name: codec.references for name, codec in codecs().items()}


def _nullable() -> dict[str, set[str]]:
    return {name: {c.name for c in codec.table.columns if c.nullable}
            for name, codec in codecs().items()}


CASES_SCOPE = "cases"       # a partner office: the cases shared with it by consent


def valid_scope(scope: str | None) -> bool:
    return scope is None or scope == CASES_SCOPE or (
        scope.startswith("worker:") and len(scope) > len("worker:"))


def compute_scope(s: Session, scope: str, sent_households: list[str],
                  peer_id: str | None = None, today: dt.date | None = None) -> Scope:
    worker_id = _worker_of(scope)
    households, persons = _roots(s, scope, peer_id, today)
    result = Scope(worker_id, households)
    rows = _load_keys(s)
    result.seqs = {t: {i: r["sync_seq"] for i, r in table_rows.items()}
                   for t, table_rows in rows.items()}
    result.ids = _include(rows, households, persons, worker_id)
    # buildings are reference data; their addresses must travel with them
    result.ids["address"] |= set(s.scalars(select(Building.address_id).where(
        Building.address_id.is_not(None))))
    new_households = households - set(sent_households)
    result.fresh = _include(rows, new_households, set(), None) if new_households else {}
    _cut_foreign(rows, result)
    return result


def _worker_of(scope: str) -> str:
    """The worker whose own tasks travel ("" for a partner's chosen cases)."""
    return scope.split(":", 1)[1] if scope.startswith("worker:") else ""


def _roots(s: Session, scope: str, peer_id: str | None,
           today: dt.date | None) -> tuple[set[str], set[str]]:
    """(households, persons) of the cases in scope and their households' members:
    the worker's cases, or the cases shared with the partner by consent."""
    if scope == CASES_SCOPE:
        from ..cases.consent import shared_case_ids
        ids = shared_case_ids(s, peer_id or "", today or dt.date.today())
        where = Case.id.in_(ids)
    else:
        where = Case.assigned_worker_id == _worker_of(scope)
    cases = s.execute(select(Case.person_id, Case.household_id).where(
        where, Case.deleted_at.is_(None))).all()
    persons = {c.person_id for c in cases}
    households = {c.household_id for c in cases if c.household_id}
    households |= set(s.scalars(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id.in_(persons), HouseholdMember.deleted_at.is_(None))))
    return households, persons


def writable_ids(s: Session, scope: str, peer_id: str | None = None,
                 today: dt.date | None = None) -> dict[str, set[str]]:
    """What a worker's laptop (or a partner with chosen cases) may change: its
    households, their persons and every record hanging off them, and the
    worker's own tasks (never what is merely referenced from there, never
    reference data)."""
    households, persons = _roots(s, scope, peer_id, today)
    return _include(_load_keys(s), households, persons, _worker_of(scope) or None)


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
    # records about other records (attachments, conflicts) last: they follow
    # whatever the other tables include
    later = ("attachment", "sync_conflict")
    for name in [n for n in codecs() if n not in later] + list(later):
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
            elif any(r[col] is not None and r[col] not in ids[target]
                     for col, target in fks[name] if target in ("person", "household")):
                ok = False        # about another household's person: never whole
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


def _cut_foreign(rows, scope: Scope) -> None:
    """References from the worker's rows to other households' records: a person or
    household becomes a stub; any other reference is cut (sent empty) or, when the
    column cannot be empty, the row stays home (repeated: a row that stays home
    may itself be referenced)."""
    fks, nullable = _fk_map(), _nullable()
    ids = scope.ids
    changed = True
    while changed:
        changed = False
        for name, chosen in list(ids.items()):
            for rid in sorted(chosen):
                row = rows.get(name, {}).get(rid)
                if row is None:
                    continue
                for col, target in fks[name]:
                    value = row.get(col)
                    if value is None or target in REFERENCE or value in ids.get(target, ()):
                        continue
                    if target in STUB_COLUMNS and value in rows.get(target, {}):
                        scope.stubs.setdefault(target, set()).add(value)
                        scope.stub_refs.setdefault(target, {}).setdefault(
                            (name, rid), set()).add(value)
                    elif col in nullable[name]:
                        scope.cut.setdefault(name, {}).setdefault(rid, set()).add(col)
                    else:
                        chosen.discard(rid)       # cannot travel without a foreign record
                        changed = True
                        break
