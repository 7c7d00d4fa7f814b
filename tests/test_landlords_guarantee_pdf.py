"""Potvrzení o ručení (issue 16.2): the town's guarantee for a private lease as a
document – landlord, household, flat, amount, term, conditions, what was paid,
signatures with the tenant's guardian beside the tenant; printing is audited
and needs the print permission; the KMB lead prints it from the guarantee on
the landlord's card and sees it in the preview."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.errors import PermissionDenied
from app.landlords.guarantee_print import guarantee_pdf
from app.landlords.guarantees import create_guarantee, record_claim
from app.landlords.private_leases import PrivateLeaseInput, create_private_lease
from app.landlords.register import LandlordInput, create_landlord
from app.people.guardians import GuardianInput, save_guardian
from models.audit import AuditEvent
from models.guardians import GuardianKind
from models.landlords import Guarantee, LandlordKind
from models.staff import Role

from .lease_data import add_household, add_user

TODAY = dt.date(2026, 3, 2)


def _text(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())           # lines wrap where the page width says


@pytest.fixture
def guarantee(db, admin):
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    hh, people = add_household(db)
    landlord = create_landlord(db, worker, LandlordInput(
        kind=LandlordKind.PERSON, name="Vít Čermák", address="Nádražní 5, 541 01 Trutnov",
        bank_account="2000145399/0800"))
    lease = create_private_lease(db, worker, PrivateLeaseInput(
        landlord_id=landlord, household_id=hh, tenant_id=people[0],
        address="Horská 12, byt č. 3, Trutnov", rent_hal=800_000, deposit_hal=1_600_000,
        starts_on=dt.date(2026, 2, 1), ends_on=dt.date(2027, 1, 31), contract_ref="NS 14/2026"))
    gid = create_guarantee(db, worker, lease, 4_800_000, dt.date(2026, 2, 1),
                           dt.date(2027, 1, 31), note="Ručení se sjednává na jeden rok.")
    record_claim(db, worker, gid, 800_000, dt.date(2026, 2, 20), "Dlužné nájemné za únor 2026.")
    # the tenant has a court-appointed guardian: they sign beside the tenant
    save_guardian(db, admin, people[0], GuardianInput(
        GuardianKind.GUARDIAN, "Mgr. Alena Poručníková", "0 P 123/2025",
        valid_from=dt.date(2025, 6, 1)))
    return dict(id=gid, worker=worker, tenant=people[0])


def test_the_guarantee_document_says_who_guarantees_what_to_whom(db, guarantee):
    pdf, name = guarantee_pdf(db, guarantee["worker"], guarantee["id"], today=TODAY)
    assert name == "ruceni-RU-2026-001.pdf"
    text = _text(pdf)
    for expected in ("Potvrzení o ručení", "č. RU/2026/001",
                     "Vít Čermák", "2000145399/0800", "Nádražní 5, 541 01 Trutnov",
                     "Řehoř Šťastný", "Žofie Šťastná (nar. 12. 3. 1981)",
                     "Horská 12, byt č. 3, Trutnov", "nájem",
                     "NS 14/2026", "8 000 Kč", "16 000 Kč",
                     "do výše 48 000 Kč", "1. 2. 2026 – 31. 1. 2027",
                     "Dosud plněno", "20. 2. 2026", "Dlužné nájemné za únor 2026.",
                     "40 000 Kč", "Ručení se sjednává na jeden rok.",
                     "do 30 dnů", "pronajímatele 2000145399/0800",
                     "pronajímatel", "nájemce", "Mgr. Alena Poručníková",
                     "opatrovník nájemce (0 P 123/2025)"):
        assert expected in text, expected
    with db.reading() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "print",
                                                   AuditEvent.entity == "guarantee")).one()
        assert event.entity_id == guarantee["id"] and "guarantee" in event.detail


def test_a_guardian_no_longer_valid_does_not_sign(db, guarantee, admin):
    from app.people.guardians import list_guardians
    g = list_guardians(db, admin, guarantee["tenant"])[0]
    save_guardian(db, admin, guarantee["tenant"], GuardianInput(
        GuardianKind.GUARDIAN, g.name, g.decision_ref, g.valid_from, dt.date(2026, 1, 31)),
        guardian_id=g.id)
    text = _text(guarantee_pdf(db, admin, guarantee["id"], today=TODAY)[0])
    assert "Poručníková" not in text and "Řehoř Šťastný" in text


def test_printing_needs_the_print_permission(db, guarantee):
    ro = add_user(db, "lucie", "Lucie Marková", Role.READONLY)
    with pytest.raises(PermissionDenied):
        guarantee_pdf(db, ro, guarantee["id"])
    prop = add_user(db, "tomas", "Tomáš Krejčí", Role.PROPERTY)
    assert guarantee_pdf(db, prop, guarantee["id"])[0].startswith(b"%PDF")


def test_the_lead_prints_it_from_the_guarantee_on_the_landlords_card(qtbot, town_db, tmp_path,
                                                                     monkeypatch):
    from app.security import actor_from_user, find_user
    from ui.widgets.pdf_preview import PdfPreviewDialog

    from .test_ui_leases import click
    from .ui_helpers import make_context, open_window
    with town_db.reading() as s:
        actor = actor_from_user(find_user(s, "petr.horak"))
        g = s.scalars(select(Guarantee).order_by(Guarantee.number)).first()
        number, gid = g.number, g.id
    seen = {}

    def preview_exec(dialog):
        seen["text"] = _text(dialog.pdf_bytes)
        seen["name"] = dialog.filename
        return 0
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview_exec)
    ctx = make_context(town_db, actor, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("landlords")
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=20000)
    from app.landlords.detail import landlord_detail
    target = next(r for r in page.model.rows if any(
        x.number == number for gs in landlord_detail(town_db, actor, r.id).guarantees.values()
        for x in gs))
    row = page.model.rows.index(target)
    page.table.selectRow(row)
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=20000)
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    lease_row = next(i for i, r in enumerate(editor.lease_model.rows)
                     if any(x.number == number for x in editor.detail.guarantees.get(r.id, [])))
    editor.lease_table.selectRow(lease_row)
    qtbot.waitUntil(lambda: editor.guarantee_model.rowCount() >= 1, timeout=20000)
    gi = next(i for i, x in enumerate(editor.guarantee_model.rows) if x.number == number)
    editor.guarantee_table.selectRow(gi)
    assert editor.print_guarantee_button.isVisible() and editor.print_guarantee_button.isEnabled()
    click(qtbot, editor.print_guarantee_button)
    qtbot.waitUntil(lambda: "text" in seen, timeout=30000)
    assert seen["name"] == f"ruceni-{number.replace('/', '-')}.pdf"
    assert f"č. {number}" in seen["text"] and target.name in seen["text"]
    assert "Podmínky" in seen["text"]
    # the demo's first guarantee is for a tenant under public guardianship
    assert "veřejný opatrovník (Bc. Alena Šírová)" in seen["text"]
    assert "opatrovník nájemce (rozsudek OS Trutnov č. j. 14 P 97/2024-33)" in seen["text"]
    with town_db.reading() as s:
        assert s.scalars(select(AuditEvent).where(
            AuditEvent.action == "print", AuditEvent.entity == "guarantee",
            AuditEvent.entity_id == gid)).first() is not None
