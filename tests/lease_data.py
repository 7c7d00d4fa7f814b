"""Small records for the lease and fund tests (an empty office + ORM rows)."""
from __future__ import annotations

import datetime as dt
import decimal

from models.allocation import Application, Offer, OfferResponse
from models.cases import Case, CaseStatus
from models.housing import Building, Flat, FlatCategory, FlatStatus
from models.people import Household, HouseholdMember, Person, Relation
from models.staff import Role, User

from app.security import actor_from_user

TODAY = dt.date(2026, 11, 27)


def add_user(db, username: str, full_name: str, role: Role):
    with db.transaction() as s:
        u = User(username=username, full_name=full_name, role=role, active=True)
        s.add(u)
        s.flush()
        return actor_from_user(u)


def add_flat(db, *, rent_hal=500_000, services_hal=200_000, category=FlatCategory.SOCIAL,
             status=FlatStatus.VACANT, number="3", street="Horská", house="12") -> str:
    with db.transaction() as s:
        b = Building(street=street, house_number=house, city="Trutnov", postcode="541 01",
                     has_lift=True, floors=4)
        s.add(b)
        s.flush()
        f = Flat(building_id=b.id, number=number, floor=2, rooms=2, layout="2+1",
                 floor_area_m2=decimal.Decimal("54.3"), category=category, status=status,
                 rent_hal=rent_hal, services_hal=services_hal)
        s.add(f)
        s.flush()
        return f.id


def add_household(db, name="Šťastní", people=(("Řehoř", "Šťastný"), ("Žofie", "Šťastná"))):
    """(household id, [person ids]) – the first person is the head."""
    with db.transaction() as s:
        hh = Household(name=name)
        s.add(hh)
        s.flush()
        ids = []
        for i, (given, surname) in enumerate(people):
            p = Person(given_name=given, surname=surname, birth_date=dt.date(1980 + i, 3, 12))
            s.add(p)
            s.flush()
            s.add(HouseholdMember(household_id=hh.id, person_id=p.id,
                                  relation=Relation.HEAD if i == 0 else Relation.PARTNER))
            ids.append(p.id)
        return hh.id, ids


def add_case(db, household_id: str, person_id: str, worker_id: str,
             status=CaseStatus.IN_PROGRESS) -> str:
    with db.transaction() as s:
        c = Case(person_id=person_id, household_id=household_id, assigned_worker_id=worker_id,
                 status=status, opened_on=TODAY - dt.timedelta(days=100))
        s.add(c)
        s.flush()
        return c.id


def add_accepted_offer(db, household_id: str, applicant_id: str, flat_id: str,
                       response=OfferResponse.ACCEPTED) -> str:
    """The allocation helper's workflow ends with an accepted offer; here it is
    created directly as that row."""
    from models.housing import FlatCategory as Cat
    with db.transaction() as s:
        app_ = Application(household_id=household_id, applicant_id=applicant_id,
                           filed_on=TODAY - dt.timedelta(days=200), requested_category=Cat.SOCIAL)
        s.add(app_)
        s.flush()
        offer = Offer(application_id=app_.id, flat_id=flat_id,
                      offered_on=TODAY - dt.timedelta(days=20), response=response,
                      responded_on=TODAY - dt.timedelta(days=10))
        s.add(offer)
        s.flush()
        return offer.id
