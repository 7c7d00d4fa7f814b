"""Demo staff, persons and households."""
from __future__ import annotations

import datetime as dt

from models.people import Relation, Sex
from models.staff import Role

from ..czech_names import sex_of_full_name
from ..czech_text import fold, person_sort_key
from ..rodne_cislo import make as make_rc
from ..security import hash_password
from .context import DemoContext, DemoPerson
from .names import FEMALE_GIVEN, MALE_GIVEN, SURNAMES

DEMO_PASSWORD = "demo"
STAFF = [
    # username, full name, role
    ("jana.dvorakova", "Jana Dvořáková", Role.SOCIAL_WORKER),
    ("lucie.markova", "Lucie Marková", Role.SOCIAL_WORKER),
    ("petr.horak", "Petr Horák", Role.LEAD),
    ("tomas.krejci", "Tomáš Krejčí", Role.PROPERTY),
]
CITY_EXTRA_STAFF = [
    ("martina.sykorova", "Martina Sýkorová", Role.SOCIAL_WORKER),
    ("ondrej.blazek", "Ondřej Blažek", Role.SOCIAL_WORKER),
    ("katerina.rihova", "Kateřina Říhová", Role.SOCIAL_WORKER),
]


def build_staff(ctx: DemoContext) -> None:
    # One Argon2 hash for all demo accounts: hashing is deliberately slow.
    pw = hash_password(DEMO_PASSWORD)
    staff = STAFF + (CITY_EXTRA_STAFF if ctx.size == "city" else [])
    rows = []
    for username, full_name, role in staff:
        uid = ctx.new_id()
        rows.append(dict(id=uid, username=username, full_name=full_name, role=role,
                         email=f"{username}@example.cz", active=True, password_hash=pw,
                         # confirmed as the office would: the generated names are Czech
                         sex=sex_of_full_name(full_name)))
        ctx.users[username] = uid
        if role == Role.SOCIAL_WORKER:
            ctx.workers.append(uid)
    ctx.insert("user", rows)


def _birth_number(ctx: DemoContext, born: dt.date, female: bool) -> str | None:
    if ctx.rng.random() < 0.3:
        return None      # a birth date can do: rodné číslo only where needed
    if born.year < 1954:
        month = born.month + (50 if female else 0)
        return f"{born.year % 100:02d}{month:02d}{born.day:02d}{ctx.rng.randint(0, 999):03d}"
    for _ in range(20):
        try:
            return make_rc(born, female, ctx.rng.randint(0, 999))
        except ValueError:
            continue
    return None


def _person(ctx: DemoContext, surname_pair, female: bool, born: dt.date) -> DemoPerson:
    given = ctx.rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    surname = surname_pair[1] if female else surname_pair[0]
    return DemoPerson(ctx.new_id(), given, surname, "F" if female else "M", born)


def _born(ctx: DemoContext, age_from: int, age_to: int) -> dt.date:
    start = ctx.today.replace(year=ctx.today.year - age_to - 1) + dt.timedelta(days=1)
    end = ctx.today.replace(year=ctx.today.year - age_from)
    return ctx.date_between(start, end)


def _household_people(ctx: DemoContext) -> list[tuple[DemoPerson, Relation]]:
    rng = ctx.rng
    family = rng.choice(SURNAMES)
    kind = rng.choices(["single", "senior", "couple", "single_parent", "family", "extended"],
                       weights=[30, 14, 12, 20, 20, 4])[0]
    if kind in ("single", "senior"):
        age = (18, 64) if kind == "single" else (65, 92)
        return [(_person(ctx, family, rng.random() < 0.5, _born(ctx, *age)), Relation.HEAD)]
    head_female = kind == "single_parent" and rng.random() < 0.85 or rng.random() < 0.3
    head = _person(ctx, family, head_female, _born(ctx, 20, 55))
    people = [(head, Relation.HEAD)]
    if kind in ("couple", "family", "extended"):
        partner_family = family if rng.random() < 0.7 else rng.choice(SURNAMES)
        partner = _person(ctx, partner_family, not head_female,
                          _born(ctx, max(18, head_age(ctx, head) - 8), head_age(ctx, head) + 6))
        people.append((partner, Relation.PARTNER))
    if kind != "couple":
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            oldest = min(head_age(ctx, head) - 17, 25)
            child = _person(ctx, family, rng.random() < 0.5, _born(ctx, 0, max(oldest, 0)))
            people.append((child, Relation.CHILD))
    if kind == "extended":
        grand = _person(ctx, family, rng.random() < 0.6, _born(ctx, 68, 88))
        people.append((grand, Relation.PARENT))
    return people


def head_age(ctx: DemoContext, p: DemoPerson) -> int:
    b = p.birth_date
    return ctx.today.year - b.year - ((ctx.today.month, ctx.today.day) < (b.month, b.day))


def build_persons(ctx: DemoContext, target: int) -> None:
    """Households until ``target`` persons exist, with addresses and contacts."""
    rng, place = ctx.rng, ctx.place
    persons, households, members, addresses, contacts = [], [], [], [], []
    while len(persons) < target:
        hh_id = ctx.new_id()
        addr_id = ctx.new_id()
        street = rng.choice(place["streets"])
        addresses.append(dict(
            id=addr_id, street=street, house_number=f"{rng.randint(1, 2500)}/{rng.randint(1, 60)}",
            city=place["city"], city_part=rng.choice(place["parts"]),
            postcode=rng.choice(place["postcodes"])))
        people = _household_people(ctx)
        head = people[0][0]
        households.append(dict(id=hh_id, name=_household_name(head, len(people)),
                               address_id=addr_id))
        for p, relation in people:
            p.household_id, p.relation, p.address_id = hh_id, relation.value, addr_id
            persons.append(p)
            members.append(dict(id=ctx.new_id(), household_id=hh_id, person_id=p.id,
                                relation=relation, since=None, until=None))
            if relation in (Relation.HEAD, Relation.PARTNER) and rng.random() < 0.8:
                contacts.append(dict(id=ctx.new_id(), person_id=p.id, kind="phone",
                                     value=f"+420 {rng.choice([603, 604, 731, 737, 776, 605])} "
                                           f"{rng.randint(100, 999)} {rng.randint(100, 999)}"))
    rows = []
    for p in persons:
        female = p.sex == "F"
        rows.append(dict(
            id=p.id, given_name=p.given_name, surname=p.surname, birth_date=p.birth_date,
            birth_number=_birth_number(ctx, p.birth_date, female),
            sex=Sex.FEMALE if female else Sex.MALE, citizenship="ČR",
            permanent_address_id=p.address_id, search_surname=fold(p.surname),
            search_given=fold(p.given_name), sort_key=person_sort_key(p.surname, p.given_name)))
    ctx.insert("address", addresses)
    for chunk in range(0, len(rows), 20000):
        ctx.progress("osoby", int(100 * chunk / max(len(rows), 1)))
        ctx.insert("person", rows[chunk:chunk + 20000])
    ctx.insert("household", households)
    ctx.insert("household_member", members)
    ctx.insert("person_contact", contacts)
    ctx.persons.extend(persons)
    ctx.households.extend(households)


def _household_name(head: DemoPerson, size: int) -> str:
    if size == 1:
        return f"{head.surname} {head.given_name}"
    s = head.surname
    # "Novák" → "Novákovi", "Nováková" → "Novákovi", "Černý" → "Černí"
    if s.endswith("ová"):
        return s[:-3] + "ovi"
    if s.endswith("ý"):
        return s[:-1] + "í"
    if s.endswith("á"):
        return s[:-1] + "í"
    if s.endswith("a"):
        return s[:-1] + "ovi"
    if s.endswith("í"):
        return s           # "Krejčí"
    return s + "ovi"
