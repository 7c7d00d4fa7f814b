"""Lease records: create by hand or from an accepted offer, the civil-code
rules, numbering, signing and ending, and ``kmb list leases``."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app import settings
from app.cli.main import main as _kmb
from app.errors import PermissionDenied, ValidationError
from app.leases import config
from app.leases.numbering import next_number, validate_pattern
from app.leases.records import (LeaseInput, ServiceLine, cancel_draft, create_lease,
                                end_lease, input_from_offer, lease_detail, list_leases,
                                sign_lease, update_lease)
from models.allocation import OfferResponse
from models.housing import Flat, FlatStatus
from models.leases import EndReason, Lease, LeaseService, LeaseState, ServiceKind
from models.staff import Role

from .lease_data import TODAY, add_accepted_offer, add_flat, add_household, add_user


pytestmark = pytest.mark.usefixtures("demo_password")   # KMB_PASSWORD for the CLI


def cli(argv):
    """``kmb`` signed in as the demo's administrator."""
    return _kmb(argv + ["--user", "admin"])


@pytest.fixture
def base(db, admin):
    flat = add_flat(db)
    hh, people = add_household(db)
    return dict(flat=flat, hh=hh, tenant=people[0], partner=people[1])


def _input(base, **kw) -> LeaseInput:
    data = dict(flat_id=base["flat"], household_id=base["hh"], tenant_id=base["tenant"],
                starts_on=dt.date(2027, 1, 1), term_months=12, rent_hal=500_000,
                deposit_hal=1_000_000,
                services=[ServiceLine(ServiceKind.HEATING, 120_000),
                          ServiceLine(ServiceKind.WATER, 60_000)])
    data.update(kw)
    return LeaseInput(**data)


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Lease))


def test_lease_by_hand_is_numbered_from_the_town_sequence(db, admin, base):
    lid = create_lease(db, admin, _input(base), today=TODAY)
    d = lease_detail(db, admin, lid)
    assert d.row.number == "NS/2026/0001" and d.row.state == LeaseState.DRAFT
    assert d.row.ends_on == dt.date(2027, 12, 31)           # one year, last day included
    assert d.row.tenant == "Řehoř Šťastný" and d.row.household == "Šťastní"
    assert {(x.kind, x.advance_hal) for x in d.services} == {
        (ServiceKind.HEATING, 120_000), (ServiceKind.WATER, 60_000)}
    assert d.row.services_hal == 180_000
    other = add_flat(db, number="4")
    lid2 = create_lease(db, admin, _input(base, flat_id=other), today=TODAY)
    assert lease_detail(db, admin, lid2).row.number == "NS/2026/0002"
    # a new year starts again at 1
    third = add_flat(db, number="5")
    lid3 = create_lease(db, admin, _input(base, flat_id=third), today=dt.date(2027, 1, 4))
    assert lease_detail(db, admin, lid3).row.number == "NS/2027/0001"


def test_series_code_keeps_two_installations_apart(db, admin, base):
    with db.transaction() as s:
        settings.put(s, admin, config.NUMBER_PATTERN, "NS/{year}/{series}{n:04d}")
        settings.put(s, admin, config.series_key(s), "N")
        # a lease numbered on the office PC arrived by a bundle
        assert next_number(s, Lease.number, "NS/{year}/{series}{n:04d}", 2026, "T") \
            == "NS/2026/T0001"
    lid = create_lease(db, admin, _input(base), today=TODAY)
    assert lease_detail(db, admin, lid).row.number == "NS/2026/N0001"


@pytest.mark.parametrize("pattern, message", [
    ("", "Vyplňte vzor"),
    ("NS/{year}", "právě jednou"),
    ("NS/{rok}/{n}", "Neznámý zástupný symbol {rok}"),
    ("NS/{year}/{n:04d", "neuzavřenou"),
    ("NS/{n}/{n}", "právě jednou"),
])
def test_bad_number_patterns_are_refused(pattern, message):
    with pytest.raises(ValidationError) as exc:
        validate_pattern(pattern)
    assert message in exc.value.message


def test_deposit_is_capped_at_three_months_rent(db, admin, base):
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, deposit_hal=1_500_001), today=TODAY)
    assert exc.value.field == "deposit_hal"
    assert "trojnásobek" in exc.value.message and "15\u00a0000\u00a0Kč" in exc.value.message
    assert "§ 2254" in exc.value.message
    assert _count(db) == 0
    create_lease(db, admin, _input(base, deposit_hal=1_500_000), today=TODAY)   # exactly 3×
    assert _count(db) == 1


def test_end_before_start_and_negative_amounts_are_refused_nothing_saved(db, admin, base):
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, ends_on=dt.date(2026, 12, 31)), today=TODAY)
    assert exc.value.errors == {"ends_on": "Konec nájmu nemůže být před jeho začátkem."}
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, rent_hal=-1, services=[
            ServiceLine(ServiceKind.HEATING, -100)]), today=TODAY)
    assert set(exc.value.errors) >= {"rent_hal", "service_heating"}
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, deposit_hal=-5), today=TODAY)
    assert exc.value.field == "deposit_hal"
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, term_months=0), today=TODAY)
    assert exc.value.field == "term_months"
    assert _count(db) == 0
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(LeaseService)) == 0


def test_overlapping_leases_on_one_flat_are_refused(db, admin, base):
    first = create_lease(db, admin, _input(base), today=TODAY)       # 1. 1. – 31. 12. 2027
    hh2, people2 = add_household(db, "Černí", (("Adam", "Černý"),))
    overlapping = _input(base, household_id=hh2, tenant_id=people2[0],
                         starts_on=dt.date(2027, 12, 1))
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, overlapping, today=TODAY)
    assert exc.value.field == "flat_id"
    assert "NS/2026/0001" in exc.value.message and "Řehoř Šťastný" in exc.value.message
    # right after the first one ends it is fine
    create_lease(db, admin, _input(base, household_id=hh2, tenant_id=people2[0],
                                   starts_on=dt.date(2028, 1, 1)), today=TODAY)
    # an indefinite lease overlaps everything after its start
    with pytest.raises(ValidationError):
        create_lease(db, admin, _input(base, household_id=hh2, tenant_id=people2[0],
                                       starts_on=dt.date(2026, 6, 1), term_months=None),
                     today=TODAY)
    # ending the first lease early frees the flat from that day on
    sign_lease(db, admin, first, dt.date(2026, 12, 20))
    end_lease(db, admin, first, dt.date(2027, 5, 31), EndReason.AGREEMENT)
    create_lease(db, admin, _input(base, household_id=hh2, tenant_id=people2[0],
                                   starts_on=dt.date(2027, 6, 1),
                                   ends_on=dt.date(2027, 12, 31)), today=TODAY)


def test_tenant_must_belong_to_the_household(db, admin, base):
    _, stranger = add_household(db, "Novákovi", (("Jan", "Novák"),))
    with pytest.raises(ValidationError) as exc:
        create_lease(db, admin, _input(base, tenant_id=stranger[0]), today=TODAY)
    assert exc.value.field == "tenant_id"


def test_sign_end_and_states(db, admin, base):
    lid = create_lease(db, admin, _input(base), today=TODAY)
    with pytest.raises(ValidationError):
        end_lease(db, admin, lid, dt.date(2027, 6, 30), EndReason.NOTICE)   # a draft
    sign_lease(db, admin, lid, dt.date(2026, 12, 15))
    with db.reading() as s:
        assert s.get(Flat, base["flat"]).status == FlatStatus.OCCUPIED
    d = lease_detail(db, admin, lid)
    assert d.row.state == LeaseState.ACTIVE and d.row.moved_in_on == dt.date(2027, 1, 1)
    with pytest.raises(ValidationError) as exc:
        end_lease(db, admin, lid, dt.date(2026, 12, 1), EndReason.NOTICE)
    assert exc.value.field == "ended_on"
    with pytest.raises(ValidationError) as exc:
        end_lease(db, admin, lid, dt.date(2027, 6, 30), None)
    assert exc.value.field == "end_reason"
    end_lease(db, admin, lid, dt.date(2027, 6, 30), EndReason.DEATH, "Nájemce zemřel.")
    d = lease_detail(db, admin, lid)
    assert (d.row.state, d.row.end_reason, d.row.ended_on) == (
        LeaseState.ENDED, EndReason.DEATH, dt.date(2027, 6, 30))
    with db.reading() as s:
        assert s.get(Flat, base["flat"]).status == FlatStatus.VACANT
    with pytest.raises(ValidationError):
        update_lease(db, admin, lid, _input(base))


def test_edit_and_cancel_a_draft(db, admin, base):
    lid = create_lease(db, admin, _input(base), today=TODAY)
    update_lease(db, admin, lid, _input(base, rent_hal=450_000, deposit_hal=900_000,
                                        services=[ServiceLine(ServiceKind.WASTE, 9_000)]))
    d = lease_detail(db, admin, lid)
    assert d.row.rent_hal == 450_000 and [x.kind for x in d.services] == [ServiceKind.WASTE]
    cancel_draft(db, admin, lid)
    assert list_leases(db, admin, today=TODAY) == []
    with db.reading() as s:       # a tombstone, never a hard delete
        assert s.get(Lease, lid).deleted_at is not None


def test_lease_from_an_accepted_offer(db, admin, base):
    offer = add_accepted_offer(db, base["hh"], base["partner"], base["flat"])
    data = input_from_offer(db, admin, offer, today=TODAY)
    assert (data.flat_id, data.household_id, data.tenant_id) == (
        base["flat"], base["hh"], base["partner"])
    assert data.starts_on == dt.date(2026, 12, 1) and data.term_months == 12
    assert data.rent_hal == 500_000 and data.deposit_hal == 1_000_000 and data.via_kmb
    assert sum(x.advance_hal for x in data.services) == 200_000        # the flat's advances
    assert ServiceKind.LIFT in {x.kind for x in data.services}        # the house has a lift
    lid = create_lease(db, admin, data, today=TODAY)
    assert lease_detail(db, admin, lid).offer_id == offer
    with pytest.raises(ValidationError) as exc:     # one lease per offer
        create_lease(db, admin, input_from_offer(db, admin, offer, today=TODAY), today=TODAY)
    assert "NS/2026/0001" in exc.value.message


def test_only_an_accepted_offer_makes_a_lease(db, admin, base):
    offer = add_accepted_offer(db, base["hh"], base["tenant"], base["flat"],
                               response=OfferResponse.PENDING)
    with pytest.raises(ValidationError) as exc:
        input_from_offer(db, admin, offer, today=TODAY)
    assert "přijaté nabídky" in exc.value.message


def test_social_worker_sees_but_does_not_write_leases(db, admin, base):
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    create_lease(db, admin, _input(base), today=TODAY)
    assert len(list_leases(db, worker, today=TODAY)) == 1
    with pytest.raises(PermissionDenied):
        create_lease(db, worker, _input(base, starts_on=dt.date(2029, 1, 1)), today=TODAY)


def test_cli_lists_leases_as_json(capsys, town_path):
    assert cli(["list", "leases", "--format", "json", "--db", str(town_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) > 650
    r = next(r for r in rows if r["arrears_czk"])
    assert set(r) >= {"id", "number", "tenant", "flat", "starts_on", "ends_on", "state",
                      "rent_czk", "deposit_czk", "services_czk", "arrears_czk", "via_kmb"}
    assert r["state"] in {"active", "renewed"} and r["starts_on"][4] == "-"
    assert any(ch in "".join(x["tenant"] for x in rows) for ch in "ěščřžýáíéůú")
    assert {x["state"] for x in rows} >= {"active", "renewed", "ended"}
    assert cli(["list", "leases", "--search", r["number"], "--db", str(town_path)]) == 0
    out = capsys.readouterr().out
    assert r["number"] in out and "(1 záznam)" in out
