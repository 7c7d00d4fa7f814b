"""The demo office: deterministic, realistic, valid."""
from __future__ import annotations


from sqlalchemy import func, select

from app import rodne_cislo
from app.demo import build_demo, build_demo_on_server
from models.housing import Flat, FlatCategory, FlatStatus
from models.leases import Lease, LeaseState
from models.people import Household, HouseholdMember, Person
from models.staff import User

from . import backends
from .conftest import DEMO_TODAY


def test_town_has_the_size_of_trutnov(town_db):
    with town_db.reading() as s:
        # Tenants of the town's flats who came by an ordinary lease (not via the
        # KMB) are not KMB clients; the KMB client base is the other households.
        tenant_households = select(Lease.household_id).where(Lease.via_kmb.is_(False))
        clients = s.scalar(select(func.count()).select_from(HouseholdMember).where(
            HouseholdMember.household_id.not_in(tenant_households)))
        assert clients == 300
        client_households = s.scalar(select(func.count()).select_from(Household).where(
            Household.id.not_in(tenant_households)))
        assert 100 <= client_households <= 200
        # every occupied flat has its tenant household
        occupied = s.scalar(select(func.count()).where(Flat.status == FlatStatus.OCCUPIED))
        tenants = s.scalar(select(func.count(func.distinct(Lease.tenant_id))).where(
            Lease.state != LeaseState.ENDED))
        assert 650 <= occupied == tenants
        assert s.scalar(select(func.count()).select_from(Person)) == clients + s.scalar(
            select(func.count()).select_from(HouseholdMember).where(
                HouseholdMember.household_id.in_(tenant_households)))
        assert s.scalar(select(func.count()).select_from(Flat)) == 700
        social = s.scalar(select(func.count()).where(Flat.category == FlatCategory.SOCIAL))
        assert social == 15
        for category in FlatCategory:   # every category has a vacant flat
            assert s.scalar(select(func.count()).where(
                Flat.category == category, Flat.status == FlatStatus.VACANT)) >= 1
        assert s.scalar(select(func.count()).select_from(User)) >= 5


def test_names_have_diacritics_and_birth_numbers_validate(town_db):
    with town_db.reading() as s:
        people = s.execute(select(Person.surname, Person.given_name, Person.birth_number,
                                  Person.birth_date)).all()
    assert any(ch in "".join(p.surname for p in people) for ch in "ěščřžýáíéůú")
    numbers = [p for p in people if p.birth_number]
    assert len(numbers) > 150
    for p in numbers:
        rc = rodne_cislo.parse(p.birth_number, today=DEMO_TODAY)
        assert rc.birth_date == p.birth_date


def test_demo_is_deterministic(tmp_path, request):
    """Two builds give the same people: two files, or on a server the test
    template's copy and a new build into an empty database."""
    day = DEMO_TODAY
    if backends.on_postgres():
        a = request.getfixturevalue("town_db")
        b = build_demo_on_server(request.getfixturevalue("db_url"), "town", today=day)
    else:
        a = build_demo(tmp_path / "a.sqlite", "town", today=day)
        b = build_demo(tmp_path / "b.sqlite", "town", today=day)
    q = select(Person.id, Person.surname, Person.given_name, Person.birth_number).order_by(Person.id)
    with a.reading() as sa, b.reading() as sb:
        rows = sa.execute(q).all()
        assert rows == sb.execute(q).all() and len(rows) > 300
    if not backends.on_postgres():
        a.close()
    b.close()
