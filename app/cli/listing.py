"""``kmb list KIND``: one lister per kind. Each area registers its kinds in
LISTERS (persons, households, flats here; contacts, cases, … by later areas).
A lister returns dict rows with stable keys and the table's columns."""
from __future__ import annotations

from typing import Callable

from ..assessments.listing import assessment_rows
from ..db import Database
from ..cases.listing import list_cases_rows
from ..housing.flats import list_flats
from ..inspections.listing import inspection_rows
from ..intake.listing import list_contacts_rows
from ..formatting import format_area, format_money
from ..fund.listing import list_fund_requests_rows
from ..labels import label
from ..leases.listing import list_leases_rows
from ..people.households import list_households
from ..people.search import search_persons
from ..security import Actor
from .output import Column

Lister = Callable[[Database, Actor, str], tuple[list[dict], list[Column]]]


def list_persons(db: Database, actor: Actor, text: str):
    rows, after = [], None
    while True:   # the CLI wants every match: walk the pages
        page = search_persons(db, actor, text, after=after, limit=1000)
        rows.extend(dict(id=p.id, name=f"{p.given_name} {p.surname}", surname=p.surname,
                         given_name=p.given_name, birth_date=p.birth_date, address=p.address)
                    for p in page)
        if len(page) < 1000:
            break
        after = (page[-1].sort_key, page[-1].id)
    return rows, [("surname", "Příjmení"), ("given_name", "Jméno"),
                  ("birth_date", "Narozen(a)"), ("address", "Adresa"), ("id", "ID")]


def list_households_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=h.id, name=h.name, head=h.head, members=h.members, address=h.address)
            for h in list_households(db, actor, text, limit=10**9)]
    return rows, [("name", "Domácnost"), ("head", "Žadatel"), ("members", "Členů"),
                  ("address", "Adresa"), ("id", "ID")]


def list_flats_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=f.id, name=f"{f.address}, byt č. {f.number}", address=f.address,
                 number=f.number, floor=f.floor, layout=f.layout, rooms=f.rooms,
                 floor_area_m2=f.floor_area_m2, category=f.category,
                 category_label=label(f.category), status=f.status,
                 rent_czk=f.rent_hal / 100, barrier_free=f.barrier_free)
            for f in list_flats(db, actor, text)]
    return rows, [("address", "Adresa"), ("number", "Byt"), ("layout", "Dispozice"),
                  ("floor_area_m2", "m²", format_area), ("category", "Kategorie"),
                  ("status", "Stav"),
                  ("rent_czk", "Nájem", lambda v: format_money(round(v * 100), nbsp=False)),
                  ("id", "ID")]


def list_applications_rows(db: Database, actor: Actor, text: str):
    from ..allocation.applications import list_applications
    rows = [dict(id=a.id, number=a.number, household_id=a.household_id, household=a.household,
                 applicant=a.applicant, filed_on=a.filed_on, category=a.requested_category,
                 category_label=label(a.requested_category), state=a.state,
                 state_label=label(a.state), valid_until=a.valid_until,
                 household_size=a.household_size, ethos=a.ethos_category,
                 refusals=a.refusals, points=a.points)
            for a in list_applications(db, actor, text)]
    return rows, [("number", "Žádost"), ("household", "Domácnost"), ("filed_on", "Podána"),
                  ("category", "Kategorie"), ("state", "Stav"), ("household_size", "Osob"),
                  ("points", "Body"), ("refusals", "Odmítnutí"), ("id", "ID")]


LISTERS: dict[str, Lister] = {
    "persons": list_persons,
    "households": list_households_rows,
    "flats": list_flats_rows,
    "leases": list_leases_rows,
    "fund-requests": list_fund_requests_rows,
    "assessments": assessment_rows,
    "inspections": inspection_rows,
    "applications": list_applications_rows,
    "contacts": list_contacts_rows,
    "cases": list_cases_rows,
}
