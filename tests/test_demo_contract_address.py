"""Issue 15: the demo's signed contracts are frozen after its last change of an
address (the address step gives the town's houses their RÚIAN postcodes), so a
printed demo contract shows the flat's and the tenant's current address."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.leases.common import flat_address
from models.housing import Building, Flat
from models.leases import Lease
from models.people import Person


def _frozen_contracts(db):
    with db.reading() as s:
        rows = s.execute(select(Lease, Flat, Building, Person)
                         .join(Flat, Flat.id == Lease.flat_id)
                         .join(Building, Building.id == Flat.building_id)
                         .join(Person, Person.id == Lease.tenant_id)
                         .where(Lease.contract_snapshot_json.is_not(None))).all()
        return [(json.loads(lease.contract_snapshot_json)["values"], flat_address(flat, b),
                 (b.street, b.house_number, b.postcode), _home(p)) for lease, flat, b, p in rows]


def _home(p: Person):
    a = p.permanent_address
    return (a.one_line(), (a.street, a.house_number, a.postcode)) if a else ("—", None)


def test_demo_contract_shows_the_current_addresses(town_db):
    contracts = _frozen_contracts(town_db)
    assert len(contracts) > 100
    at_home = 0
    for values, flat_now, house, (home_line, home) in contracts:
        assert values["byt_adresa"] == flat_now
        assert values["najemce_adresa"] == home_line
        if home and home[:2] == house[:2]:
            at_home += 1       # the tenant lives in the flat: one house, one postcode
            assert home[2] == house[2]
            assert values["byt_adresa"].startswith(values["najemce_adresa"] + ", byt č.")
    assert at_home > 100
