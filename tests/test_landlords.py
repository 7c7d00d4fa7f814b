"""Private landlords and bydlení s ručením: the register (IČO and account
checked), private leases, guarantees and claims, fund payments to a landlord,
who sees what, the audit trail, retention with private housing and
``kmb list landlords``."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.fund.service import (RequestInput, decide_request, file_request, record_payment,
                              request_detail, set_budget)
from app.landlords.checks import normalise_account, normalise_ico
from app.landlords.detail import landlord_detail
from app.landlords.guarantees import create_guarantee, record_claim
from app.landlords.private_leases import (PrivateLeaseInput, create_private_lease,
                                          end_private_lease, list_private_leases,
                                          update_private_lease)
from app.landlords.register import (LandlordInput, create_landlord, list_landlords,
                                    update_landlord)
from app.leases.retention import PRIVATE, compute
from models.audit import AuditEvent
from models.fund import FundPurpose
from models.landlords import Guarantor, Landlord, LandlordKind, PrivateLease, PrivateLeaseKind
from models.leases import Lease
from models.staff import Role

from .lease_data import add_household, add_user


@pytest.fixture
def office(db, admin):
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    prop = add_user(db, "tomas", "Tomáš Krejčí", Role.PROPERTY)
    ro = add_user(db, "lucie", "Lucie Marková", Role.READONLY)
    hh, people = add_household(db)
    return dict(worker=worker, lead=lead, prop=prop, ro=ro, hh=hh, tenant=people[0],
                partner=people[1])


def _landlord(db, actor, **kw) -> str:
    data = dict(kind=LandlordKind.COMPANY, name="Krkonošská bytová s.r.o.", ico="00064581",
                contact_person="Ing. Radek Vávra", phone="+420 499 123 456",
                bank_account="19-2000145399/0800")
    data.update(kw)
    return create_landlord(db, actor, LandlordInput(**data))


def _lease(db, actor, o, landlord_id, **kw) -> str:
    data = dict(landlord_id=landlord_id, household_id=o["hh"], tenant_id=o["tenant"],
                address="Horská 12, byt č. 3, Trutnov", rent_hal=800_000, deposit_hal=1_600_000,
                starts_on=dt.date(2026, 2, 1), ends_on=dt.date(2027, 1, 31))
    data.update(kw)
    return create_private_lease(db, actor, PrivateLeaseInput(**data))


def test_ico_and_account_checks():
    assert normalise_ico(" 000 645 81 ") == "00064581"
    assert normalise_ico("") is None
    for bad in ("00064582", "1234567", "0006458a"):
        with pytest.raises(ValueError):
            normalise_ico(bad)
    assert normalise_account("000019-2000145399/0800") == "19-2000145399/0800"
    assert normalise_account("2000145399 / 0800") == "2000145399/0800"
    for bad in ("19-2000145398/0800", "18-2000145399/0800", "2000145399", "2000145399/80",
                "0000000001/0800"):
        with pytest.raises(ValueError):
            normalise_account(bad)


def test_register_refuses_bad_input_and_saves_nothing(db, office):
    w = office["worker"]
    with pytest.raises(ValidationError) as exc:
        _landlord(db, w, ico="00064582", bank_account="19-2000145398/0800", email="bez zavinace")
    assert set(exc.value.errors) == {"ico", "bank_account", "email"}
    assert "kontrolní číslici" in exc.value.errors["ico"]
    with pytest.raises(ValidationError) as exc:
        _landlord(db, w, ico=None)                      # a company needs its IČO
    assert exc.value.field == "ico"
    with pytest.raises(ValidationError) as exc:
        _landlord(db, w, name="  ")
    assert exc.value.field == "name"
    with db.reading() as s:
        assert s.scalars(select(Landlord)).all() == []
    first = _landlord(db, w)
    with pytest.raises(ValidationError) as exc:          # the same IČO twice
        _landlord(db, w, name="Jiný název")
    assert "Krkonošská" in exc.value.message
    person = _landlord(db, w, kind=LandlordKind.PERSON, name="Vít Čermák", ico=None,
                       bank_account="2000145399/0800")
    assert [r.name for r in list_landlords(db, w)] == ["Krkonošská bytová s.r.o.", "Vít Čermák"]
    assert [r.id for r in list_landlords(db, w, "cermak")] == [person]
    version = landlord_detail(db, w, first).row_version
    update_landlord(db, w, first, LandlordInput(
        kind=LandlordKind.COMPANY, name="Krkonošská bytová s.r.o.", ico="00064581",
        phone="+420 499 999 999", bank_account="19-2000145399/0800"), expected_version=version)
    assert landlord_detail(db, w, first).phone == "+420 499 999 999"


def test_a_private_lease_with_a_guarantee_and_claims(db, office):
    w = office["worker"]
    lid = _landlord(db, w)
    with pytest.raises(ValidationError) as exc:           # the deposit limit, the term
        _lease(db, w, office, lid, deposit_hal=2_400_001, ends_on=dt.date(2026, 1, 1))
    assert set(exc.value.errors) == {"deposit_hal", "ends_on"}
    with pytest.raises(ValidationError) as exc:           # tenant outside the household
        other_hh, other = add_household(db, "Novákovi", (("Jan", "Novák"),))
        _lease(db, w, office, lid, tenant_id=other[0])
    assert exc.value.field == "tenant_id"
    pl = _lease(db, w, office, lid, kind=PrivateLeaseKind.SUBLEASE)
    g = create_guarantee(db, w, pl, 4_800_000, dt.date(2026, 2, 1), dt.date(2027, 1, 31))
    with pytest.raises(ValidationError):                  # one guarantee at a time
        create_guarantee(db, w, pl, 100_000, dt.date(2026, 6, 1), dt.date(2026, 12, 31))
    record_claim(db, w, g, 800_000, dt.date(2026, 5, 10), "Dlužné nájemné za duben 2026.")
    with pytest.raises(ValidationError) as exc:           # above what is left
        record_claim(db, w, g, 4_000_001, dt.date(2026, 6, 10), "Dlužné nájemné.")
    assert "zbývá 40 000 Kč" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        record_claim(db, w, g, 100_000, dt.date(2026, 6, 10), " ")
    assert exc.value.field == "reason"
    d = landlord_detail(db, w, lid)
    line = d.guarantees[pl][0]
    assert line.number == "RU/2026/001"                   # its own series
    assert (line.claimed_hal, line.remaining_hal) == (800_000, 4_000_000)
    assert d.leases[0].kind == PrivateLeaseKind.SUBLEASE and d.leases[0].tenant == "Řehoř Šťastný"
    with db.reading() as s:                               # never a municipal lease
        assert s.scalars(select(Lease)).all() == []
        assert s.get(PrivateLease, pl).contract_ref is None
    # a lease another person guarantees takes no guarantee of the town
    other = _lease(db, w, office, lid, guarantor=Guarantor.OTHER, guarantor_name="rodiče")
    with pytest.raises(ValidationError) as exc:
        create_guarantee(db, w, other, 100_000, dt.date(2026, 2, 1), dt.date(2026, 12, 31))
    assert exc.value.field == "private_lease_id"
    changed = PrivateLeaseInput(landlord_id=lid, household_id=office["hh"],
                                tenant_id=office["tenant"], address="Horská 12, Trutnov",
                                rent_hal=850_000, deposit_hal=1_600_000,
                                starts_on=dt.date(2026, 2, 1), contract_ref="NS 14/2026")
    update_private_lease(db, w, pl, changed)
    with db.reading() as s:
        row = s.get(PrivateLease, pl)
        assert (row.rent_hal, row.contract_ref, row.ends_on) == (850_000, "NS 14/2026", None)
    end_private_lease(db, w, pl, dt.date(2026, 10, 31), "Přestěhování do obecního bytu.")
    with pytest.raises(ValidationError):
        end_private_lease(db, w, pl, dt.date(2026, 11, 30))
    with pytest.raises(ValidationError):                  # an ended lease stays as it was
        update_private_lease(db, w, pl, changed)
    with db.reading() as s:
        actions = [(e.action, e.entity) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity.in_(
                ("landlord", "private_lease", "guarantee"))).order_by(AuditEvent.seq))]
    assert actions[:4] == [("create", "landlord"), ("create", "private_lease"),
                           ("create", "guarantee"), ("claim", "guarantee")]
    assert ("end", "private_lease") in actions


def test_fund_payment_to_the_landlord_and_who_sees_it(db, office):
    w, lead, prop, ro = office["worker"], office["lead"], office["prop"], office["ro"]
    lid = _landlord(db, w)
    _lease(db, w, office, lid)
    set_budget(db, lead, 2026, 10_000_000)
    rid = file_request(db, w, RequestInput(
        person_id=office["tenant"], household_id=office["hh"], purpose=FundPurpose.DEPOSIT,
        amount_hal=1_600_000, justification="Jistota u soukromého pronajímatele.",
        filed_on=dt.date(2026, 1, 20)), today=dt.date(2026, 11, 27))
    decide_request(db, lead, rid, True, reason="Bydlení s ručením.",
                   decided_on=dt.date(2026, 1, 22))
    with pytest.raises(ValidationError) as exc:
        record_payment(db, w, rid, 1_600_000, dt.date(2026, 1, 25),
                       landlord_id="00000000-0000-7000-8000-000000000000")
    assert exc.value.field == "landlord_id"
    record_payment(db, w, rid, 1_600_000, dt.date(2026, 1, 25), landlord_id=lid)
    payment = request_detail(db, w, rid).payments[0]
    assert payment.landlord_id == lid and payment.recipient == "Krkonošská bytová s.r.o."
    seen = landlord_detail(db, w, lid).fund_payments
    assert [(p.amount_hal, p.person) for p in seen] == [(1_600_000, "Řehoř Šťastný")]
    # the property department sees landlords and leases, never the fund's payments
    d = landlord_detail(db, prop, lid)
    assert d.fund_payments is None and len(d.leases) == 1
    _lease(db, prop, office, lid, address="Palackého 3, Trutnov")     # and it writes them
    assert landlord_detail(db, ro, lid).fund_payments is not None     # read-only sees the fund
    for fn in (lambda: _landlord(db, ro, ico="49240901", name="Jiný"),
               lambda: _lease(db, ro, office, lid)):
        with pytest.raises(PermissionDenied):
            fn()
    assert len(list_private_leases(db, ro)) == 2


def test_retention_counts_private_housing(db, office):
    w = office["worker"]
    lid = _landlord(db, w)
    _lease(db, w, office, lid, starts_on=dt.date(2025, 1, 1), ends_on=None)
    hh2, p2 = add_household(db, "Novákovi", (("Jan", "Novák"),))
    pl2 = _lease(db, w, dict(office, hh=hh2, tenant=p2[0]), lid, starts_on=dt.date(2025, 1, 1))
    end_private_lease(db, w, pl2, dt.date(2025, 3, 31))
    with db.reading() as s:
        r = compute(s, dt.date(2026, 11, 27))
    group = next(g for g in r.by_category if g.key == PRIVATE)
    assert group.households == 2
    assert (group.cells[6].eligible, group.cells[6].housed) == (2, 1)
    assert (r.overall[12].eligible, r.overall[12].housed) == (2, 1)


def test_kmb_list_landlords_and_private_leases(capsys, monkeypatch, town_url):
    from app.cli.main import main
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    code = main(["list", "landlords", "--format", "json", "--db", town_url,
                 "--user", "tomas.krejci"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 8 and {r["kind"] for r in rows} == {"person", "company"}
    assert all(normalise_account(r["bank_account"]) == r["bank_account"] for r in rows)
    assert all(r["ico"] is None or normalise_ico(r["ico"]) == r["ico"] for r in rows)
    code = main(["list", "private-leases", "--db", town_url, "--user", "tomas.krejci"])
    out, _ = capsys.readouterr()
    assert code == 0 and "Pronajímatel" in out and "(14 záznamů)" in out
    code = main(["list", "landlords", "--db", town_url, "--user", "nikdo"])
    _, err = capsys.readouterr()
    assert code != 0 and len(err.strip().splitlines()) == 1
