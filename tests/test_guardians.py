"""Guardians and legal representatives (issue 16): kept on a person with the
decision and validity, refused when incomplete (nothing stored), printed on
the lease contract beside the tenant when valid on the contract's date, part
of the subject access package, and edited on the person's detail as a person
would."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.leases.documents import contract_pdf
from app.leases.records import (LeaseInput, ServiceLine, create_lease, list_leases,
                                sign_lease)
from app.people import guardians
from app.people.guardians import GuardianInput
from app.privacy import subject_access
from app.security import actor_from_user, find_user
from models.audit import AuditEvent
from models.guardians import Guardian, GuardianKind
from models.leases import ServiceKind
from ui.persons.guardians import GuardiansPanel

from .conftest import DEMO_TODAY
from .lease_data import TODAY, add_flat, add_household
from .ui_helpers import make_context, type_text


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _lease(db, actor):
    """A demo lease whose tenant has no guardian yet."""
    with db.reading() as s:
        guarded = set(s.scalars(select(Guardian.person_id)))
    return next(r for r in list_leases(db, actor, today=DEMO_TODAY)
                if r.tenant_id not in guarded)


def test_a_guardian_valid_on_the_signing_day_signs_the_contract(db, admin):
    flat = add_flat(db)
    hh, people = add_household(db)
    lid = create_lease(db, admin, LeaseInput(
        flat_id=flat, household_id=hh, tenant_id=people[0], starts_on=dt.date(2027, 1, 1),
        term_months=12, rent_hal=500_000, deposit_hal=1_000_000,
        services=[ServiceLine(ServiceKind.HEATING, 120_000)]), today=TODAY)
    assert "opatrovník" not in _text(contract_pdf(db, admin, lid)[0])
    guardians.save_guardian(db, admin, people[0], GuardianInput(
        GuardianKind.GUARDIAN, "Bc. Alena Šírová", "rozsudek OS Trutnov č. j. 14 P 7/2024-3",
        valid_from=dt.date(2024, 5, 1)))
    # one whose power ended before the contract is signed is not printed
    guardians.save_guardian(db, admin, people[0], GuardianInput(
        GuardianKind.ATTORNEY, "Zbyněk Dlouhý", None, valid_from=dt.date(2024, 1, 1),
        valid_to=dt.date(2026, 12, 1)))
    sign_lease(db, admin, lid, dt.date(2026, 12, 15))
    text = " ".join(_text(contract_pdf(db, admin, lid)[0]).split())
    assert "Bc. Alena Šírová" in text and "Řehoř Šťastný" in text
    assert "opatrovník nájemce (rozsudek OS Trutnov č. j. 14 P 7/2024-3)" in text
    assert "Zbyněk Dlouhý" not in text
    # the signed contract is frozen: a guardian appointed later does not rewrite it
    guardians.save_guardian(db, admin, people[0], GuardianInput(
        GuardianKind.SUPPORTER, "Marie Kubátová", None, valid_from=dt.date(2026, 12, 20)))
    assert "Marie Kubátová" not in _text(contract_pdf(db, admin, lid)[0])


def test_incomplete_or_backwards_input_is_refused_and_nothing_stored(town_db, town_worker):
    lease = _lease(town_db, town_worker)
    with pytest.raises(ValidationError) as err:
        guardians.save_guardian(town_db, town_worker, lease.tenant_id, GuardianInput(
            GuardianKind.GUARDIAN, "  ", None, dt.date(2026, 5, 1), dt.date(2026, 4, 1)))
    assert set(err.value.errors) == {"name", "valid_to"}
    with pytest.raises(PermissionDenied):
        guardians.save_guardian(town_db, _actor(town_db, "tomas.krejci"), lease.tenant_id,
                                GuardianInput(GuardianKind.GUARDIAN, "X"))
    with town_db.reading() as s:
        assert s.scalars(select(Guardian).where(Guardian.person_id == lease.tenant_id)).all() == []


def test_subject_access_package_holds_the_guardian(town_db, town_worker):
    lease = _lease(town_db, town_worker)
    gid = guardians.save_guardian(town_db, town_worker, lease.tenant_id, GuardianInput(
        GuardianKind.SUPPORTER, "Marie Kubátová", "9 Nc 1204/2025-12"))
    pkg = subject_access.build_package(town_db, _actor(town_db, "petr.horak"), lease.tenant_id)
    rows = pkg.tables["guardian"]
    assert [r["id"] for r in rows] == [gid] and rows[0]["name"] == "Marie Kubátová"


def test_the_demo_prints_a_guardian_on_a_contract(town_db, town_worker):
    with town_db.reading() as s:
        tenants = set(s.scalars(select(Guardian.person_id).where(Guardian.valid_to.is_(None))))
    lease = next(r for r in list_leases(town_db, town_worker, today=DEMO_TODAY)
                 if r.tenant_id in tenants)
    assert "opatrovník nájemce" in " ".join(
        _text(contract_pdf(town_db, town_worker, lease.id)[0]).split()) or \
        "podpůrce nájemce" in " ".join(_text(contract_pdf(town_db, town_worker,
                                                           lease.id)[0]).split())


def test_person_detail_adds_changes_and_removes_a_guardian(qtbot, town_db, town_worker,
                                                          tmp_path):
    lease = _lease(town_db, town_worker)
    panel = GuardiansPanel.create(make_context(town_db, town_worker, tmp_path / "ui.ini"))
    qtbot.addWidget(panel)
    panel.show_person(lease.tenant_id, lease.tenant)
    panel.show()
    assert panel.empty.isVisible()
    qtbot.mouseClick(panel.save_button, Qt.LeftButton)          # nothing typed
    assert "Vyplňte jméno" in panel.errors.message("name")
    panel.kind.setCurrentIndex(panel.kind.findText("zákonný zástupce"))
    type_text(qtbot, panel.name, "Jiří Šťastný")
    type_text(qtbot, panel.decision, "usnesení OS Trutnov č. j. 3 P 5/2026")
    type_text(qtbot, panel.valid_from, "1. 3. 2026")
    qtbot.mouseClick(panel.save_button, Qt.LeftButton)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "zákonný zástupce"
    assert panel.model.index(0, 3).data() == "od 1. 3. 2026"
    with town_db.reading() as s:
        g = s.scalars(select(Guardian).where(Guardian.person_id == lease.tenant_id)).one()
        assert (g.name, g.kind, g.valid_from) == ("Jiří Šťastný",
                                                  GuardianKind.LEGAL_REPRESENTATIVE,
                                                  dt.date(2026, 3, 1))
        assert s.scalars(select(AuditEvent).where(AuditEvent.entity_id == g.id)).first()
    # change: click the row, set an end, save
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert panel.name.text() == "Jiří Šťastný"
    type_text(qtbot, panel.valid_to, "31. 12. 2026")
    qtbot.mouseClick(panel.save_button, Qt.LeftButton)
    assert panel.model.index(0, 3).data() == "1. 3. 2026 – 31. 12. 2026"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
