"""``kmb list KIND``: one lister per kind, in the explicit table LISTERS.

A lister returns its rows (a list, or an iterator when the kind can be large,
as persons on a city) and the table's columns. Each lister imports its service
when it runs: building the parser (``kmb --version``) loads none of them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from .output import Column
from ..i18n import N_
from ..i18n import _

if TYPE_CHECKING:
    from ..db import Database
    from ..security import Actor

Lister = Callable[["Database", "Actor", str], tuple[Iterable[dict], list[Column]]]


def list_persons(db: Database, actor: Actor, text: str):
    from ..people.search import iter_persons
    rows = iter_persons(db, actor, text, make=_person_dict)   # streamed: flat memory on a city
    return rows, PERSON_COLUMNS


PERSON_COLUMNS: list[Column] = [("surname", N_("Příjmení")), ("given_name", N_("Jméno")),
                                ("birth_date", N_("Narozen(a)")), ("address", N_("Adresa")),
                                ("id", "ID")]


def _person_dict(r) -> dict:
    """A listed person straight from a row of ``people.search._columns()``, its
    address joined as ``search._person_row`` does (the same fields as a
    PersonRow; a test compares them): no PersonRow to copy on a city's 100k rows."""
    pid, surname, given_name, birth_date, _sort_key, street, house_number, city = r
    street = f"{street} {house_number}" if street and house_number else street or house_number
    address = f"{street}, {city}" if street and city else street or city or ""
    return {"id": pid, "name": f"{given_name} {surname}", "surname": surname,
            "given_name": given_name, "birth_date": birth_date, "address": address}


def list_households_rows(db: Database, actor: Actor, text: str):
    from ..people.households import list_households
    rows = [dict(id=h.id, name=h.name, head=h.head, members=h.members, address=h.address)
            for h in list_households(db, actor, text, limit=10**9)]
    return rows, [("name", N_("Domácnost")), ("head", N_("Žadatel")), ("members", N_("Členů")),
                  ("address", N_("Adresa")), ("id", "ID")]


def list_flats_rows(db: Database, actor: Actor, text: str):
    from ..formatting import format_area, format_money
    from ..housing.flats import list_flats
    from ..labels import label
    rows = [dict(id=f.id, name=_("{address}, byt č. {number}").format(address=f.address, number=f.number),
                 address=f.address,
                 number=f.number, floor=f.floor, layout=f.layout, rooms=f.rooms,
                 floor_area_m2=f.floor_area_m2, category=f.category,
                 category_label=label(f.category), status=f.status,
                 rent_czk=f.rent_hal / 100, barrier_free=f.barrier_free)
            for f in list_flats(db, actor, text)]
    return rows, [("address", N_("Adresa")), ("number", N_("Byt")), ("layout", N_("Dispozice")),
                  ("floor_area_m2", "m²", format_area), ("category", N_("Kategorie")),
                  ("status", N_("Stav")),
                  ("rent_czk", N_("Nájem"), lambda v: format_money(round(v * 100), nbsp=False)),
                  ("id", "ID")]


def list_applications_rows(db: Database, actor: Actor, text: str):
    from ..allocation.applications import list_applications
    from ..labels import label
    rows = [dict(id=a.id, number=a.number, household_id=a.household_id, household=a.household,
                 applicant=a.applicant, filed_on=a.filed_on, category=a.requested_category,
                 category_label=label(a.requested_category), state=a.state,
                 state_label=label(a.state), valid_until=a.valid_until,
                 household_size=a.household_size, ethos=a.ethos_category,
                 refusals=a.refusals, points=a.points)
            for a in list_applications(db, actor, text)]
    return rows, [("number", N_("Žádost")), ("household", N_("Domácnost")), ("filed_on", N_("Podána")),
                  ("category", N_("Kategorie")), ("state", N_("Stav")), ("household_size", N_("Osob")),
                  ("points", N_("Body")), ("refusals", N_("Odmítnutí")), ("id", "ID")]


def list_leases(db: Database, actor: Actor, text: str):
    from ..leases.listing import list_leases_rows
    return list_leases_rows(db, actor, text)


def list_fund_requests(db: Database, actor: Actor, text: str):
    from ..fund.listing import list_fund_requests_rows
    return list_fund_requests_rows(db, actor, text)


def list_assessments(db: Database, actor: Actor, text: str):
    from ..assessments.listing import assessment_rows
    return assessment_rows(db, actor, text)


def list_inspections(db: Database, actor: Actor, text: str):
    from ..inspections.listing import inspection_rows
    return inspection_rows(db, actor, text)


def list_contacts(db: Database, actor: Actor, text: str):
    from ..intake.listing import list_contacts_rows
    return list_contacts_rows(db, actor, text)


def list_cases(db: Database, actor: Actor, text: str):
    from ..cases.listing import list_cases_rows
    return list_cases_rows(db, actor, text)


def list_landlords(db: Database, actor: Actor, text: str):
    from ..landlords.listing import landlord_rows
    return landlord_rows(db, actor, text)
def list_tasks(db: Database, actor: Actor, text: str, *, mine: bool = False,
               queue: str | None = None):
    from ..tasks_queues.listing import task_rows
    return task_rows(db, actor, text, mine=mine, queue_name=queue)


def list_private_leases(db: Database, actor: Actor, text: str):
    from ..landlords.listing import private_lease_rows
    return private_lease_rows(db, actor, text)
def list_programmes(db: Database, actor: Actor, text: str):
    from ..czech_text import fold
    from ..programmes.register import list_programmes as programmes
    wanted = fold(text)
    rows = [dict(id=p.id, code=p.code, name=p.name, funder=p.funder.value,
                 funder_label=p.funder_label, starts_on=p.starts_on, ends_on=p.ends_on,
                 cases=p.cases, leases=p.leases, budgets=p.budgets)
            for p in programmes(db, actor) if wanted in fold(f"{p.name} {p.code}")]
    return rows, [("name", N_("Program / projekt")), ("code", N_("Kód")),
                  ("funder_label", N_("Poskytovatel")), ("starts_on", N_("Od")), ("ends_on", N_("Do")),
                  ("cases", N_("Případů")), ("leases", N_("Smluv")), ("id", "ID")]
list_tasks.options = ("mine", "queue")     # what ``kmb list tasks`` takes besides --search
# Listers whose process maps only the models it imports (models.map_on_demand):
# persons is the list run from scripts on a city; a subprocess test checks it.
list_persons.map_on_demand = True


LISTERS: dict[str, Lister] = {
    "persons": list_persons,
    "households": list_households_rows,
    "flats": list_flats_rows,
    "leases": list_leases,
    "fund-requests": list_fund_requests,
    "assessments": list_assessments,
    "inspections": list_inspections,
    "applications": list_applications_rows,
    "contacts": list_contacts,
    "cases": list_cases,
    "landlords": list_landlords,
    "private-leases": list_private_leases,
    "programmes": list_programmes,
    "tasks": list_tasks,
}
