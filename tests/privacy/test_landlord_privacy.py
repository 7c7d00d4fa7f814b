"""Private landlords as data subjects (issue 16.2), tried as an auditor would:
a landlord who is a natural person gets their own subject access package
(card, leases, guarantees, claims, fund payments to them – but not what the
office wrote about the tenant's household), only the roles that may export
do so and each export is audited; the retention run anonymises the landlord
(of a company only the contact person) after the landlord period, leaves a
landlord with a running lease alone, never makes a tenant with a running
private lease due, and wipes the claims under a tenant's guarantee with the
tenant. Afterwards the landlord's name is nowhere in the decrypted file."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.config import sqlite_path
from app.errors import PermissionDenied
from app.fund.service import (RequestInput, close_request, decide_request, file_request,
                              record_payment, set_budget)
from app.landlords.guarantees import create_guarantee, record_claim
from app.landlords.private_leases import (PrivateLeaseInput, create_private_lease,
                                          end_private_lease)
from app.landlords.register import LandlordInput, create_landlord
from app.privacy import retention
from app.privacy.landlord_access import build_landlord_package, export_landlord
from app.privacy.subject_access import WITHHELD
from models.audit import AuditEvent
from models.fund import FundPayment, FundPurpose
from models.landlords import GuaranteeClaim, Landlord, LandlordKind, PrivateLease
from models.people import Person
from models.staff import Role

from ..keys import TEST_KEY, TEST_PASSWORD, as_user
from ..lease_data import add_household, add_user
from .pages import decrypted_content

TODAY = dt.date(2026, 11, 27)
HOUSEHOLD_NOTE = "Domácnost má dluhy u SENTINEL-DOMACNOST"


@pytest.fixture
def office(db, admin):
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    prop = add_user(db, "tomas", "Tomáš Krejčí", Role.PROPERTY)
    ro = add_user(db, "lucie", "Lucie Marková", Role.READONLY)
    hh, people = add_household(db)
    hh2, people2 = add_household(db, "Novákovi", (("Jan", "Novák"),))
    # a natural person who let a flat 2012–2013 with the town's guarantee
    person = create_landlord(db, worker, LandlordInput(
        kind=LandlordKind.PERSON, name="Vít Sentinelský", phone="+420 603 111 222",
        email="vit.sentinelsky@example.cz", address="Sentinelská 7, Trutnov",
        bank_account="2000145399/0800", note="Volat odpoledne (Sentinelský)"))
    lease = create_private_lease(db, worker, PrivateLeaseInput(
        landlord_id=person, household_id=hh, tenant_id=people[0],
        address="Horská 12, byt č. 3, Trutnov", rent_hal=800_000, deposit_hal=1_600_000,
        starts_on=dt.date(2012, 1, 1), ends_on=dt.date(2012, 12, 31), note=HOUSEHOLD_NOTE))
    guarantee = create_guarantee(db, worker, lease, 4_800_000, dt.date(2012, 1, 1),
                                 dt.date(2012, 12, 31), note="Ručení do výše šesti nájmů.")
    record_claim(db, worker, guarantee, 800_000, dt.date(2012, 6, 10),
                 "Dlužné nájemné za květen 2012 – SENTINEL-PLNENI")
    end_private_lease(db, worker, lease, dt.date(2013, 3, 31), "Odstěhování – SENTINEL-KONEC")
    set_budget(db, lead, 2012, 10_000_000)
    rid = file_request(db, worker, RequestInput(
        person_id=people[0], household_id=hh, purpose=FundPurpose.DEPOSIT,
        amount_hal=1_600_000, justification="Jistota u soukromého pronajímatele.",
        filed_on=dt.date(2012, 1, 2)), today=dt.date(2012, 1, 2))
    decide_request(db, lead, rid, True, reason="Bydlení s ručením.",
                   decided_on=dt.date(2012, 1, 3))
    record_payment(db, worker, rid, 1_600_000, dt.date(2012, 1, 5), landlord_id=person,
                   note="Jistota za Šťastné – SENTINEL-PLATBA")
    close_request(db, lead, rid, "Vyplaceno.")
    # a company whose lease ended long ago: only its contact person is personal data
    company = create_landlord(db, worker, LandlordInput(
        kind=LandlordKind.COMPANY, name="Krkonošská bytová s.r.o.", ico="00064581",
        contact_person="Ing. Radek Vávra", phone="+420 499 123 456",
        bank_account="19-2000145399/0800"))
    old = create_private_lease(db, worker, PrivateLeaseInput(
        landlord_id=company, household_id=hh, tenant_id=people[0], address="Palackého 3",
        rent_hal=700_000, deposit_hal=0, starts_on=dt.date(2010, 1, 1)))
    end_private_lease(db, worker, old, dt.date(2011, 12, 31))
    # a natural person whose lease (since 2011) still runs: neither they nor the tenant is due
    running = create_landlord(db, worker, LandlordInput(
        kind=LandlordKind.PERSON, name="Marie Běžná", bank_account="2000145399/0800"))
    create_private_lease(db, worker, PrivateLeaseInput(
        landlord_id=running, household_id=hh2, tenant_id=people2[0], address="Nádražní 5",
        rent_hal=600_000, deposit_hal=0, starts_on=dt.date(2011, 5, 1)))
    # registered today, never used: its period has not run yet
    fresh = create_landlord(db, worker, LandlordInput(
        kind=LandlordKind.PERSON, name="Nový Pronajímatel", bank_account="2000145399/0800"))
    return dict(worker=worker, lead=lead, prop=prop, ro=ro, admin=admin, person=person,
                company=company, running=running, fresh=fresh, lease=lease, tenant=people[0],
                running_tenant=people2[0], request=rid)


def _exports(db) -> list[tuple[str, dict]]:
    with db.reading() as s:
        return [(e.entity_id, json.loads(e.detail)) for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.entity == "landlord"))]


def test_the_landlords_package_holds_their_records_and_not_the_households(db, office,
                                                                          tmp_path):
    pkg = build_landlord_package(db, office["lead"], office["person"])
    assert set(pkg.tables) == {"landlord", "private_lease", "guarantee", "guarantee_claim",
                               "fund_payment"}
    card = pkg.tables["landlord"][0]
    assert (card["name"], card["bank_account"], card["kind"]) == (
        "Vít Sentinelský", "2000145399/0800", "person")
    [lease] = pkg.tables["private_lease"]
    assert lease["tenant"] == "Řehoř Šťastný"            # the other party of the lease
    assert lease["address"] == "Horská 12, byt č. 3, Trutnov"
    assert lease["note"] == WITHHELD and lease["end_note"] == WITHHELD
    assert "household_id" not in lease and "worker_id" not in lease
    assert [g["amount_hal"] for g in pkg.tables["guarantee"]] == [4_800_000]
    assert pkg.tables["guarantee_claim"][0]["reason"].startswith("Dlužné nájemné za květen")
    [payment] = pkg.tables["fund_payment"]
    assert (payment["amount_hal"], payment["paid_on"]) == (1_600_000, "2012-01-05")
    assert payment["request_id"] == WITHHELD and payment["note"] == WITHHELD
    # another landlord's records are not in it
    assert all(r["landlord_id"] == office["person"] for r in pkg.tables["private_lease"])
    # the file handed out: summary PDF, workbook, JSON
    out = tmp_path / "pronajimatel.zip"
    export_landlord(db, office["lead"], office["person"], out)
    with zipfile.ZipFile(out) as z:
        assert {"PRECTETE.txt", "souhrn.pdf", "udaje.xlsx", "udaje.json"} <= set(z.namelist())
        data = z.read("udaje.json").decode()
        pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(z.read("souhrn.pdf")))
                        .pages)
    assert "Vít Sentinelský" in data and "SENTINEL-DOMACNOST" not in data
    assert "SENTINEL-PLATBA" not in data and office["request"] not in data
    assert json.loads(data)["tables"]["landlord"]["label"] == "Pronajímatel"
    assert "Vít Sentinelský" in pdf and "bydlení s ručením" in pdf
    assert "10 let od skončení posledního nájmu" in pdf
    events = _exports(db)
    assert len(events) == 2 and {e for e, _ in events} == {office["person"]}
    assert all(d["what"] == "subject_access" and "fund_payment" in d["tables"]
               for _, d in events)


@pytest.mark.parametrize("who", ["worker", "prop", "ro"])
def test_only_roles_with_subject_access_export_a_landlord(db, office, who):
    with pytest.raises(PermissionDenied):
        build_landlord_package(db, office[who], office["person"])
    assert _exports(db) == []


def test_kmb_landlord_export(db, office, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    out = tmp_path / "p.zip"
    assert main(as_user(["landlord", "export", office["person"], "-o", str(out),
                         "--db", db.url])) == 0
    assert "Uloženo" in capsys.readouterr().out and zipfile.is_zipfile(out)
    code = main(as_user(["landlord", "export", "neni-takove-id", "-o", str(tmp_path / "x.zip"),
                         "--db", db.url]))
    err = capsys.readouterr().err
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.zip").exists()


def test_retention_covers_landlords_and_private_leases(db, office, db_url, monkeypatch):
    due = {d.person_id: d for d in retention.due_persons(db, office["lead"], TODAY)}
    assert due[office["person"]].kind == "landlord"
    assert due[office["person"]].rule == "pronajímatel – fyzická osoba"
    assert due[office["person"]].last_activity == dt.date(2013, 3, 31)
    assert due[office["person"]].due_on == dt.date(2023, 3, 31)
    assert due[office["company"]].name == "Ing. Radek Vávra (Krkonošská bytová s.r.o.)"
    assert due[office["company"]].rule == "kontaktní osoba pronajímatele (firma)"
    assert office["running"] not in due and office["fresh"] not in due
    assert office["running_tenant"] not in due       # a running private lease houses him
    assert due[office["tenant"]].last_activity == dt.date(2013, 3, 31)   # the lease's end
    # the landlord period is a setting of its own, stated next to the others
    retention.set_periods(db, office["admin"], 10, 5, 20)
    assert retention.periods(db, office["lead"]).landlord_years == 20
    due20 = {d.person_id for d in retention.due_persons(db, office["lead"], TODAY)}
    assert office["person"] not in due20 and office["company"] not in due20
    retention.set_periods(db, office["admin"], 10, 5, 10)

    path = sqlite_path(db_url)
    if path is not None:                     # the check below can fail
        assert "sentinelsk".encode() in decrypted_content(path, TEST_KEY).lower()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(as_user(["retention", "run", "--db", db.url])) == 0
    with db.reading() as s:
        gone = s.get(Landlord, office["person"])
        assert (gone.name, gone.ico, gone.phone, gone.email, gone.address, gone.bank_account,
                gone.note, gone.active) == (retention.ANON_NAME, None, None, None, None, None,
                                            None, False)
        company = s.get(Landlord, office["company"])
        assert (company.name, company.ico, company.bank_account) == (
            "Krkonošská bytová s.r.o.", "00064581", "19-2000145399/0800")
        assert (company.contact_person, company.phone) == (None, None)
        assert s.get(Landlord, office["running"]).name == "Marie Běžná"
        assert s.get(Landlord, office["fresh"]).name == "Nový Pronajímatel"
        # the tenant went with the private lease's text and the claims under its guarantee
        assert s.get(Person, office["tenant"]).surname == retention.ANON_NAME
        assert s.get(Person, office["running_tenant"]).surname == "Novák"
        lease = s.get(PrivateLease, office["lease"])
        assert (lease.address, lease.note, lease.end_note) == ("", None, None)
        assert lease.rent_hal == 800_000                 # amounts stay for statistics
        claim = s.scalars(select(GuaranteeClaim)).one()
        assert claim.reason is None and claim.amount_hal == 800_000
        payment = s.scalars(select(FundPayment)).one()
        assert payment.landlord_id == office["person"] and payment.amount_hal == 1_600_000
        assert payment.recipient in (None, retention.ANON_NAME)
        events = {(e.entity, e.entity_id) for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "anonymise"))}
    assert ("landlord", office["person"]) in events and ("landlord", office["company"]) in events
    assert ("landlord", office["running"]) not in events
    assert ("person", office["tenant"]) in events
    # nothing left to do: a second run finds no one
    assert office["person"] not in {d.person_id for d in retention.due_persons(
        db, office["lead"], TODAY)}
    if path is not None:                     # and the file holds the old text nowhere
        content = decrypted_content(path, TEST_KEY).lower()
        for needle in ("sentinelsk".encode(), b"603 111 222", b"vit.sentinelsky",
                       "radek vávra".encode(), b"sentinel-plneni", b"sentinel-domacnost"):
            assert needle not in content, needle


def test_the_landlord_period_in_settings_and_anonymising_from_there(qtbot, db, office,
                                                                    tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.privacy.retention_tab import RetentionTab

    from ..ui_helpers import make_context
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    tab = RetentionTab(make_context(db, office["admin"], tmp_path / "ui.ini"))
    qtbot.addWidget(tab)
    tab.show()
    names = [r.name for r in tab.model.rows]
    assert "Vít Sentinelský" in names and "Marie Běžná" not in names
    row = next(r for r in tab.model.rows if r.name == "Vít Sentinelský")
    assert row.rule == "pronajímatel – fyzická osoba"
    assert tab.landlord_years.value() == 10
    tab.landlord_years.selectAll()
    qtbot.keyClicks(tab.landlord_years, "30")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert retention.periods(db, office["lead"]).landlord_years == 30
    assert "Vít Sentinelský" not in [r.name for r in tab.model.rows]
    tab.landlord_years.selectAll()
    qtbot.keyClicks(tab.landlord_years, "10")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "Vít Sentinelský" in [r.name for r in tab.model.rows]
    qtbot.mouseClick(tab.anonymise_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Anonymizováno"), timeout=30000)
    with db.reading() as s:
        assert s.get(Landlord, office["person"]).name == retention.ANON_NAME
        assert s.get(Landlord, office["company"]).name == "Krkonošská bytová s.r.o."
    assert tab.model.rows == []
