"""The contract as the law wants it in 2026 (issue 14): bank account and a
numeric variable symbol, deposit interest, no exclusion of § 2285, the
council resolution (§ 41 zákona o obcích), land register data, "narozena";
Czech typography; a signed contract is frozen and reprints byte for byte."""
from __future__ import annotations

import datetime as dt
import decimal
import io

import pytest
from pypdf import PdfReader

from app import settings
from app.errors import ValidationError
from app.leases import config
from app.leases.config import settings_input, save_settings, valid_bank_account
from app.leases.documents import contract_pdf, variable_symbol
from app.leases.records import (LeaseInput, ServiceLine, create_lease, lease_input, sign_lease,
                                update_lease)
from models.allocation import AllocationDecision, DecisionOutcome
from models.housing import Building, Flat
from models.leases import ServiceKind
from models.people import Person, Sex
from reports.typography import NBSP, czech_nbsp

from .lease_data import TODAY, add_accepted_offer, add_flat, add_household


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _plain(pdf: bytes) -> str:
    return " ".join(_text(pdf).replace(NBSP, " ").split())


@pytest.fixture
def signed(db, admin):
    """A lease from an offer the council approved, tenant a woman, in a building
    with its land register data; signed."""
    flat = add_flat(db)
    hh, people = add_household(db, people=(("Žofie", "Šťastná"), ("Řehoř", "Šťastný")))
    offer = add_accepted_offer(db, hh, people[0], flat)
    with db.transaction() as s:
        s.get(Person, people[0]).sex = Sex.FEMALE
        f = s.get(Flat, flat)
        f.appurtenances = "sklep č. 3 (4,2 m²)"
        b = s.get(Building, f.building_id)
        b.cadastral_area, b.parcel = "Trutnov [771511]", "st. 1284"
        s.add(AllocationDecision(flat_id=flat, offer_id=offer, decided_on=dt.date(2026, 11, 20),
                                 resolution_number="RM 2026/512",
                                 outcome=DecisionOutcome.APPROVED))
        settings.put(s, admin, config.LANDLORD_BANK_ACCOUNT, "19-2000145399/0800")
    lease_id = create_lease(db, admin, LeaseInput(
        flat_id=flat, household_id=hh, tenant_id=people[0], starts_on=dt.date(2027, 1, 1),
        term_months=12, rent_hal=512_300, deposit_hal=1_000_000, offer_id=offer,
        services=[ServiceLine(ServiceKind.HEATING, 120_000)]), today=TODAY)
    return dict(lease=lease_id, flat=flat, tenant=people[0])


def test_contract_text_holds_what_the_law_asks(db, admin, signed):
    sign_lease(db, admin, signed["lease"], TODAY)
    text = _plain(contract_pdf(db, admin, signed["lease"])[0])
    assert "19-2000145399/0800" in text
    assert "variabilní symbol 20260001" in text                     # NS/2026/0001, digits
    assert "úroky" in text and "zákonné sazby" in text and "§ 2254 odst. 2" in text
    assert "vylučují použití" not in text and "výzva k vyklizení" in text
    assert "usnesením č. RM 2026/512 ze dne 20. 11. 2026" in text and "§ 41" in text
    assert "katastrálním území Trutnov [771511]" in text and "parc. č. st. 1284" in text
    assert "sklep č. 3" in text and "ve 2. patře" in text
    assert "narozena 12. 3. 1980" in text and "narozen(a)" not in text
    assert "5 123 Kč" in text


def test_no_resolution_leaves_a_blank_to_fill(db, admin):
    flat = add_flat(db)
    hh, people = add_household(db)
    lid = create_lease(db, admin, LeaseInput(flat_id=flat, household_id=hh,
                                             tenant_id=people[0], starts_on=TODAY,
                                             rent_hal=400_000), today=TODAY)
    text = _plain(contract_pdf(db, admin, lid)[0])
    assert "usnesením č. ………………… ze dne …………………" in text
    assert "narozen(a)" in text                                   # sex unknown


def test_signed_contract_reprints_byte_for_byte_after_edits(db, admin, signed):
    draft_1 = contract_pdf(db, admin, signed["lease"])[0]
    draft_2 = contract_pdf(db, admin, signed["lease"])[0]
    assert "otisk" not in _plain(draft_1)
    sign_lease(db, admin, signed["lease"], TODAY)
    first, _ = contract_pdf(db, admin, signed["lease"])
    assert "otisk" in _plain(first)
    # the lease, the flat and the tenant change afterwards
    data = lease_input(db, admin, signed["lease"])
    data.rent_hal, data.note = 600_000, "interní poznámka: nepsat do smlouvy"
    update_lease(db, admin, signed["lease"], data)
    with db.transaction() as s:
        f = s.get(Flat, signed["flat"])
        f.floor, f.floor_area_m2, f.appurtenances = 3, decimal.Decimal("60.1"), None
        s.get(Person, signed["tenant"]).surname = "Nováková"
        settings.put(s, admin, config.LANDLORD_BANK_ACCOUNT, "2000145399/0800")
    again, _ = contract_pdf(db, admin, signed["lease"])
    assert again == first
    text = _plain(again)
    assert "Šťastná" in text and "5 123 Kč" in text and "interní poznámka" not in text
    assert draft_1 != first and len(draft_2) > 0


def test_bank_account_and_variable_symbol():
    assert valid_bank_account("19-2000145399/0800") and valid_bank_account("2000145399/0800")
    assert not valid_bank_account("1234567890/0100") and not valid_bank_account("abc/0800")
    assert variable_symbol("NS/2026/0012") == "20260012"
    assert variable_symbol("NS/2026/N0012") == "20260012"
    assert variable_symbol("X-12345678901234") == "5678901234"          # ten digits at most


def test_bank_account_is_checked_in_the_settings(db, admin):
    data = settings_input(db)
    data.landlord_bank_account = "123456/0100"
    with pytest.raises(ValidationError) as err:
        save_settings(db, admin, data)
    assert "landlord_bank_account" in err.value.errors
    data.landlord_bank_account = "19-2000145399/0800"
    save_settings(db, admin, data)
    assert settings_input(db).landlord_bank_account == "19-2000145399/0800"


def test_czech_typography():
    n = NBSP
    assert czech_nbsp("byt v domě a k tomu sklep") == f"byt v{n}domě a{n}k{n}tomu sklep"
    assert czech_nbsp("dne 1. 7. 2026") == f"dne 1.{n}7.{n}2026"
    assert czech_nbsp("tel. +420 499 803 111") == f"tel.{n}+420{n}499{n}803{n}111"
    assert czech_nbsp("platí 12 345 Kč") == f"platí 12{n}345{n}Kč"
    assert czech_nbsp("podle § 2254 odst. 2") == f"podle §{n}2254 odst.{n}2"


def test_non_renewal_notice_is_a_vyzva_k_vyklizeni(db, admin):
    from app.leases.arrears import enter_balance
    from app.leases.documents import renewal_pdf
    from app.leases.records import lease_detail
    from app.leases.renewals import decide_renewal, propose_renewals
    from models.staff import Role

    from .lease_data import add_user
    from .test_renewals import CHECK, _lease
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    lid = _lease(db, admin, tenant=("Žofie", "Čermáková"))
    with db.transaction() as s:
        tenant = s.get(Person, lease_detail(db, admin, lid).row.tenant_id)
        tenant.sex = Sex.FEMALE
    enter_balance(db, admin, lid, dt.date(2026, 11, 1), 730_000, today=CHECK)
    propose_renewals(db, admin, today=CHECK)
    rid = lease_detail(db, admin, lid).renewals[0].id
    decide_renewal(db, lead, rid, False, "Dluh 7 300 Kč, splátky nedodržela.", today=CHECK)
    text = _plain(renewal_pdf(db, admin, rid)[0])
    assert "výzva k vyklizení" in text.lower()
    assert "abyste byt vyklidila a předala pronajímateli nejpozději dne" in text
    assert "§ 2285" in text
