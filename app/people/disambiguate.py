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

from sqlalchemy import func, select, tuple_
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
    live: dict[tuple, list[str]] = defaultdict(list)
    gone: list[tuple[tuple, str]] = []      # shown people deleted or merged away
    born: dict[str, tuple] = {}
    lines: dict[str, str] = {}
    for part in _chunks(sorted(keys)):
        for (pid, s, g, surname, given, birth, deleted, merged,
             street, house, postcode, city) in session.execute(_bearers(session, part)):
            if deleted is None and merged is None:
                live[(s, g)].append(pid)
            elif pid in wanted:
                gone.append(((s, g), pid))
            else:
                continue
            born[pid] = (surname, given, birth.year if birth else None)
            line = Address.one_line(SimpleNamespace(street=street, house_number=house,
                                                    postcode=postcode, city=city))
            if line:
                lines[pid] = line
    # Live people are told apart among the live bearers of their name only, so
    # a label does not depend on which other rows are asked about at the same
    # time (lists ask a chunk of rows at a time). A shown deleted or merged
    # person is told apart against the live bearers, as one more of them.
    groups = [(sorted(group), None) for group in live.values() if len(group) > 1]
    groups += [(sorted(live[key] + [pid]), pid) for key, pid in gone if live.get(key)]
    # application numbers only where neither birth years nor addresses tell a
    # group apart (the third detail, rarely needed)
    rest = {pid for group, _only in groups if not _distinct([born[p][2] for p in group])
            and not _distinct([lines.get(p) for p in group]) for pid in group}
    numbers = _application_numbers(session, sorted(rest))

    def name(i: str) -> str:
        return f"{born[i][1]} {born[i][0]}" if given_first else f"{born[i][0]} {born[i][1]}"

    out: dict[str, str] = {}
    for group, only in groups:
        named = [Named(name(i), born[i][2], lines.get(i), numbers.get(i)) for i in group]
        for i, n, label in zip(group, named, told_apart(named)):
            if i in wanted and (only is None or i == only) and label != n.name:
                out[i] = label
    return {i: out[i] for i in ids if i in out}


def _bearers(session: Session, keys):
    """Every person bearing one of the (folded surname, folded given name)
    ``keys``, with birth date and permanent address, as one statement.

    The pair is one row value: on SQLite ``(s, g) IN (VALUES …)`` seeks each
    pair in a name index (~20 bearers each in a city). Joining the bearers of
    each surname with those of each given name read ~50,000 index entries
    for a hundred shown people."""
    found = select(Person.id).where(
        tuple_(Person.search_surname, Person.search_given).in_(list(keys))).subquery()
    return (select(Person.id, Person.search_surname, Person.search_given, Person.surname,
                   Person.given_name, Person.birth_date, Person.deleted_at,
                   Person.merged_into_id, Address.street, Address.house_number,
                   Address.postcode, Address.city)
            .join(found, found.c.id == Person.id)
            .outerjoin(Address, Address.id == Person.permanent_address_id))


def _distinct(values) -> bool:
    """Every value known and none twice (``told_apart``'s test for one detail)."""
    return all(values) and len(set(values)) == len(values)


def _line(parts) -> str | None:
    """street, house number, postcode, city → the address on one line (None: none)."""
    street, house, postcode, city = parts
    return Address.one_line(SimpleNamespace(street=street, house_number=house,
                                            postcode=postcode, city=city)) or None


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
    number); the others are left out.

    A fixed number of statements for a list's rows (one per 5,000 ids), and
    only what decides a label is read: a city repeats a household name up to
    ~450×, and reading the birth year, address and application of every
    bearer took seconds. A group larger than the span of birth years in the
    database cannot have distinct years (its years are not read, only the
    shown households'); addresses only of groups whose years do not tell
    them apart; application numbers only where neither does."""
    ids = [i for i in dict.fromkeys(household_ids) if i]
    if not ids:
        return {}
    wanted = set(ids)
    # every bearer of a shown name with its address, one read per 5,000 shown ids
    named: dict[str, tuple[str, tuple]] = {}      # bearer → (name, address parts)
    gone: list[str] = []                          # shown households deleted since
    for part in _chunks(ids, _MANY):
        shown_names = select(Household.name).where(Household.id.in_(part))
        for hid, name, deleted, *address in session.execute(
                select(Household.id, Household.name, Household.deleted_at, Address.street,
                       Address.house_number, Address.postcode, Address.city)
                .outerjoin(Address, Address.id == Household.address_id)
                .where(Household.name.in_(shown_names))):
            if deleted is None or hid in wanted:
                named[hid] = (name, address)
                if deleted is not None:
                    gone.append(hid)
    folded: dict[str, str] = {}
    live: dict[str, list[str]] = defaultdict(list)
    for hid, (name, _a) in named.items():
        key = folded.get(name)
        if key is None:
            key = folded[name] = fold(name)
        if hid not in gone:
            live[key].append(hid)
    # Live households are told apart among the live bearers of their name only,
    # so a label does not change with which rows are asked with it (lists ask a
    # chunk at a time); a shown deleted one against the live bearers, as one more.
    told = [(group, wanted) for group in live.values() if len(group) > 1]
    told += [(live[folded[named[hid][0]]] + [hid], {hid}) for hid in gone
             if live.get(folded[named[hid][0]])]
    groups = [group for group, _w in told]
    if not groups:
        return {}
    span = _year_span(session)
    shown = {hid for group in groups for hid in group if hid in wanted}
    # birth years: of every bearer where they may tell the group apart, else of the shown
    year_ids = shown | {hid for group in groups if len(group) <= span for hid in group}
    numbers, years = _latest_applications(session, year_ids)
    years.update(_head_births(session, [h for h in year_ids if years.get(h) is None]))
    rest = [g for g in groups if not (len(g) <= span and _distinct([years.get(h) for h in g]))]
    # addresses where the years do not tell the group apart; a group with a
    # missing or a repeated address is not told apart by them (no lines to compare)
    lines = {h: _line(named[h][1]) for h in shown}
    by_number = []
    for group in rest:
        parts = [named[h][1] for h in group]
        if all(any(p) for p in parts) and len(set(map(tuple, parts))) == len(parts):
            lines.update((h, _line(named[h][1])) for h in group)
            if _distinct([lines[h] for h in group]):
                continue
        by_number.append(group)
    numbers.update(_group_numbers(session, by_number, named, year_ids))
    out: dict[str, str] = {}
    for group, labelled in told:
        items = [Named(named[h][0], years.get(h), lines.get(h), numbers.get(h)) for h in group]
        for hid, label in zip(group, _told_apart_group(items, group, labelled)):
            if label is not None and label != named[hid][0]:
                out[hid] = label
    return {i: out[i] for i in ids if i in out}


_MANY = 5000     # ids in one IN list (SQLite allows 32,766 bound parameters)


def _told_apart_group(items: list[Named], group: list[str], wanted: set[str]) -> list:
    """``told_apart`` of one group, labels only for the ``wanted`` ids (None
    for the others): the same first detail that tells the whole group apart,
    else all details of each. A detail that was not read is None (its kind
    cannot tell the group apart: a year of a group larger than the span of
    years, an address of a group with a missing or shared one)."""
    details = [_details(n) if hid in wanted else None for n, hid in zip(items, group)]
    raw = [(n.birth_year, n.address, n.number) for n in items]
    for kind in range(3):
        if _distinct([r[kind] for r in raw]):
            return [f"{n.name} ({d[kind]})" if d is not None else None
                    for n, d in zip(items, details)]
    return [None if d is None else (f"{n.name} ({', '.join(x for x in d if x)})"
                                    if any(d) else n.name) for n, d in zip(items, details)]


def _year_span(session: Session) -> int:
    """How many birth years the database spans (from the birth-date index)."""
    # two scalar subqueries: each is one index seek (min and max in one
    # SELECT would scan the whole index on SQLite)
    low, high = session.execute(select(select(func.min(Person.birth_date)).scalar_subquery(),
                                       select(func.max(Person.birth_date)).scalar_subquery())
                                ).one()
    return high.year - low.year + 1 if low and high else 0


def _latest_applications(session: Session, household_ids
                         ) -> tuple[dict[str, str | None], dict[str, int | None]]:
    """The number and the applicant's birth year of each household's latest
    live application (either may be None)."""
    numbers: dict[str, str | None] = {}
    years: dict[str, int | None] = {}
    for part in _chunks(sorted(household_ids), _MANY):
        for hh, number, born in session.execute(
                select(Application.household_id, Application.number, Person.birth_date)
                .outerjoin(Person, Person.id == Application.applicant_id)
                .where(Application.household_id.in_(part), Application.deleted_at.is_(None))
                .order_by(Application.filed_on, Application.id)):
            numbers[hh], years[hh] = number, born.year if born else None
    return numbers, years


def _group_numbers(session: Session, groups, named, read) -> dict[str, str | None]:
    """The latest application number of each bearer of ``groups`` not in
    ``read``, in one statement by the groups' names (applications are few,
    the bearers of a city's common name are hundreds)."""
    wanted = {h for group in groups for h in group} - set(read)
    if not wanted:
        return {}
    names = sorted({named[h][0] for h in wanted})
    out: dict[str, str | None] = {}
    for part in _chunks(names, _MANY):
        for hh, number in session.execute(
                select(Application.household_id, Application.number)
                .join(Household, Household.id == Application.household_id)
                .where(Household.name.in_(part), Application.deleted_at.is_(None))
                .order_by(Application.filed_on, Application.id)):
            if hh in wanted:
                out[hh] = number
    return out


def _head_births(session: Session, household_ids) -> dict[str, int]:
    """The head member's birth year of households without an applicant's."""
    out: dict[str, int] = {}
    for part in _chunks(household_ids, _MANY):
        for hh, born in session.execute(
                select(HouseholdMember.household_id, Person.birth_date)
                .join(Person, Person.id == HouseholdMember.person_id)
                .where(HouseholdMember.household_id.in_(part),
                       HouseholdMember.relation == Relation.HEAD,
                       HouseholdMember.deleted_at.is_(None), Person.birth_date.is_not(None))
                .order_by(HouseholdMember.since, HouseholdMember.id)):
            out[hh] = born.year
    return out
