"""People and households told apart where their names repeat.

Three households called "Malí" in one ranking, or two "Lubomír Šimek" on one
PDF, must not be confused (a flat was once offered to the wrong one). Every
list, dialog and document that names people passes its shown set through
``told_apart``: a name that is unique stays as it is; a repeated one gets the
first detail that tells its group apart — birth year, then address, then
application number — or all of them when none does alone."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from models.allocation import Application
from models.people import Address, Household, HouseholdMember, Person, Relation

from ..czech_text import fold
from ..i18n import _


@dataclass(frozen=True)
class Named:
    name: str
    birth_year: int | None = None
    address: str | None = None
    number: str | None = None       # application (or case) number


def _details(n: Named) -> list[str | None]:
    return [_("nar. {year}").format(year=n.birth_year) if n.birth_year else None,
            n.address or None,
            _("žádost {number}").format(number=n.number) if n.number else None]


def told_apart(items: Sequence[Named]) -> list[str]:
    """The shown names, in the order given: "Malí (nar. 1984)", "Malí (nar. 1991)"."""
    groups: dict[str, list[int]] = defaultdict(list)
    folded: dict[str, str] = {}         # names repeat: each folded once
    for i, n in enumerate(items):
        key = folded.get(n.name)
        if key is None:
            key = folded[n.name] = fold(n.name)
        groups[key].append(i)
    out = [n.name for n in items]
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        details = [_details(items[i]) for i in indexes]
        for kind in range(3):
            values = [d[kind] for d in details]
            if all(values) and len(set(values)) == len(values):
                for i, value in zip(indexes, values):
                    out[i] = f"{items[i].name} ({value})"
                break
        else:
            for i, d in zip(indexes, details):
                extra = ", ".join(x for x in d if x)
                out[i] = f"{items[i].name} ({extra})" if extra else items[i].name
    return out


# -- query-level: a page of rows, a fixed number of queries ------------------------------
#
# A list shows one page of rows; asking per row would cost a query each. These
# take the ids shown and answer with a few queries in all. A name counts as
# repeated when another live record in the database bears it, not only on the
# page: a dashboard line "Šimek Lubomír" is ambiguous though the other Šimek
# has no task today.

def person_labels(session: Session, person_ids, *, given_first: bool = False) -> dict[str, str]:
    """person id → "Surname Given (nar. 1984)" ("Given Surname …" with
    ``given_first``) for the people whose name repeats; the others are left
    out (the caller shows its own name).

    A few queries per call whatever the number of namesakes (a city repeats
    each name ~20×): the shown people's names, then every bearer of those names
    with birth date and address in one read, and application numbers only where
    neither tells a group apart. Lists call this for the rows they show."""
    ids = [i for i in dict.fromkeys(person_ids) if i]
    if not ids:
        return {}
    keys = {(s, g) for part in _chunks(ids) for s, g in session.execute(
        select(Person.search_surname, Person.search_given).where(Person.id.in_(part)))}
    if not keys:
        return {}
    wanted = set(ids)
    bearers: dict[tuple, list[str]] = defaultdict(list)
    born: dict[str, tuple] = {}
    lines: dict[str, str] = {}
    for part in _chunks(sorted(keys)):
        for (pid, s, g, surname, given, birth, deleted, merged,
             street, house, postcode, city) in session.execute(_bearers(session, part)):
            if pid in wanted or (deleted is None and merged is None):
                bearers[(s, g)].append(pid)
                born[pid] = (surname, given, birth.year if birth else None)
                line = Address.one_line(SimpleNamespace(street=street, house_number=house,
                                                        postcode=postcode, city=city))
                if line:
                    lines[pid] = line
    groups = [group for group in bearers.values() if len(group) > 1]
    # application numbers only where neither birth years nor addresses tell a
    # group apart (the third detail, rarely needed)
    rest = [pid for group in groups if not _distinct([born[p][2] for p in group])
            and not _distinct([lines.get(p) for p in group]) for pid in group]
    numbers = _application_numbers(session, rest)
    rows = sorted(pid for group in groups for pid in group)
    named = [Named(f"{born[i][1]} {born[i][0]}" if given_first else f"{born[i][0]} {born[i][1]}",
                   born[i][2], lines.get(i), numbers.get(i)) for i in rows]
    shown = {i: (label, n.name) for i, n, label in zip(rows, named, told_apart(named))}
    return {i: shown[i][0] for i in ids if i in shown and shown[i][0] != shown[i][1]}


def _bearers(session: Session, keys):
    """Every person bearing one of the (folded surname, folded given name)
    ``keys``, with birth date and permanent address, as one statement: each
    key is one seek in the (search_surname, search_given, …) index (0019), so
    a person row is read only for a real namesake."""
    return (select(Person.id, Person.search_surname, Person.search_given, Person.surname,
                   Person.given_name, Person.birth_date, Person.deleted_at,
                   Person.merged_into_id, Address.street, Address.house_number,
                   Address.postcode, Address.city)
            .outerjoin(Address, Address.id == Person.permanent_address_id)
            .where(tuple_(Person.search_surname, Person.search_given).in_(list(keys))))




def _distinct(values) -> bool:
    """Every value known and none twice (``told_apart``'s test for one detail)."""
    return all(values) and len(set(values)) == len(values)


def _address_lines(session: Session, address_fk, owner_id, ids) -> dict[str, str]:
    """owner id → its address on one line, read as plain columns (no ORM objects)."""
    out: dict[str, str] = {}
    for part in _chunks(ids):
        for oid, street, house, postcode, city in session.execute(
                select(owner_id, Address.street, Address.house_number, Address.postcode,
                       Address.city)
                .join(Address, Address.id == address_fk).where(owner_id.in_(part))):
            line = Address.one_line(SimpleNamespace(street=street, house_number=house,
                                                    postcode=postcode, city=city))
            if line:
                out[oid] = line
    return out


def _chunks(values, size: int = 500):
    """Bounded IN lists (SQLite caps the number of bound parameters)."""
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _application_numbers(session, person_ids) -> dict[str, str]:
    """The latest application number where the person is the applicant."""
    if not person_ids:
        return {}
    out: dict[str, str] = {}
    for part in _chunks(person_ids, 5000):
        for pid, number in session.execute(
                select(Application.applicant_id, Application.number)
                .where(Application.applicant_id.in_(part),
                       Application.deleted_at.is_(None), Application.number.is_not(None))
                .order_by(Application.filed_on, Application.id)):
            out[pid] = number
    return out


def household_labels(session: Session, household_ids) -> dict[str, str]:
    """household id → "Malí (nar. 1984)" for the households whose name another
    live household bears (applicant's birth year, address, application
    number); the others are left out."""
    ids = [i for i in dict.fromkeys(household_ids) if i]
    if not ids:
        return {}
    names = {n for part in _chunks(ids)
             for n in session.scalars(select(Household.name).where(Household.id.in_(part)))}
    wanted = set(ids)
    # ids and names first; addresses only of the households whose name repeats
    bearers: dict[str, list[str]] = defaultdict(list)
    for part in _chunks(sorted(names)):
        for hid, name, deleted in session.execute(
                select(Household.id, Household.name, Household.deleted_at)
                .where(Household.name.in_(part))):
            if hid in wanted or deleted is None:
                bearers[fold(name)].append(hid)
    groups = [group for group in bearers.values() if len(group) > 1]
    rows = []
    for part in _chunks([hid for group in groups for hid in group]):
        rows += session.execute(select(Household.id, Household.name)
                                .where(Household.id.in_(part))).all()
    rows.sort(key=lambda r: r[0])
    apps: dict[str, tuple[str | None, int | None]] = {}
    for part in _chunks([r[0] for r in rows]):
        for hh, number, born in session.execute(
                select(Application.household_id, Application.number, Person.birth_date)
                .outerjoin(Person, Person.id == Application.applicant_id)
                .where(Application.household_id.in_(part), Application.deleted_at.is_(None))
                .order_by(Application.filed_on, Application.id)):
            apps[hh] = (number, born.year if born else None)
    heads = _head_births(session, [r[0] for r in rows if apps.get(r[0], (0, None))[1] is None])
    for hh, year in heads.items():
        apps[hh] = (apps.get(hh, (None, None))[0], year)
    # addresses only where birth years do not tell a group apart
    rest = [hid for group in groups
            if not _distinct([apps.get(h, (None, None))[1] for h in group]) for hid in group]
    lines = _address_lines(session, Household.address_id, Household.id, rest)
    named = [Named(r[1], apps.get(r[0], (None, None))[1], lines.get(r[0]),
                   apps.get(r[0], (None, None))[0]) for r in rows]
    shown = {r[0]: (label, n.name) for r, n, label in zip(rows, named, told_apart(named))}
    return {i: shown[i][0] for i in ids if i in shown and shown[i][0] != shown[i][1]}


def _head_births(session: Session, household_ids) -> dict[str, int]:
    """The head member's birth year of households without an applicant's."""
    out: dict[str, int] = {}
    for part in _chunks(household_ids):
        for hh, born in session.execute(
                select(HouseholdMember.household_id, Person.birth_date)
                .join(Person, Person.id == HouseholdMember.person_id)
                .where(HouseholdMember.household_id.in_(part),
                       HouseholdMember.relation == Relation.HEAD,
                       HouseholdMember.deleted_at.is_(None), Person.birth_date.is_not(None))
                .order_by(HouseholdMember.since, HouseholdMember.id)):
            out[hh] = born.year
    return out
