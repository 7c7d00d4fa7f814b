"""Pronajímatelé used as people would: the KMB lead registers a landlord (a
wrong IČO is shown at its field), places a household with a private lease,
records the town's guarantee and a claim paid under it, pays the deposit from
the crisis fund to that landlord and finds the payment on the landlord's
card; the card saves itself and refuses a wrong account number; the property
department sees the leases but not the fund; read-only changes nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.fund.service import RequestInput, decide_request, file_request
from app.security import actor_from_user, find_user
from models.fund import FundPayment, FundPurpose
from models.landlords import Guarantee, GuaranteeClaim, Landlord, PrivateLease
from models.people import Household
from models.staff import Role
from ui.fund.dialogs import PaymentDialog
from ui.landlords.dialogs import ClaimDialog, GuaranteeDialog, LandlordDialog, PrivateLeaseDialog

from .lease_data import add_user
from .test_ui_leases import click, when_dialog
from .ui_helpers import make_context, open_window, type_text

TODAY = dt.date.today()


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


@pytest.fixture(autouse=True)
def _yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)


def _free_household(db) -> tuple[str, str]:
    """A household with no private lease yet: (id, name)."""
    with db.reading() as s:
        taken = select(PrivateLease.household_id).where(PrivateLease.household_id.is_not(None))
        hh = s.scalars(select(Household).where(Household.id.not_in(taken))
                       .order_by(Household.id)).first()
        return hh.id, hh.name


def _open_row(qtbot, page, name: str) -> None:
    qtbot.waitUntil(lambda: page.loader.ready() and any(r.name == name for r in page.model.rows),
                    timeout=30000)
    row = next(i for i, r in enumerate(page.model.rows) if r.name == name)
    page.table.scrollTo(page.model.index(row, 0))
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    assert page.editor.detail.name == name


def test_private_lease_with_guarantee_and_fund_payment_to_its_landlord(qtbot, town_db,
                                                                          tmp_path):
    ctx = make_context(town_db, _actor(town_db, "petr.horak"), tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("landlords")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    assert len(page.model.rows) == 7                      # the demo's active landlords
    errors: list = []

    def new_landlord(dlg: LandlordDialog):
        dlg.kind.setCurrentIndex(dlg.kind.findText("právnická osoba"))
        type_text(qtbot, dlg.name, "Správa domů Šťastný s.r.o.")
        type_text(qtbot, dlg.ico, "00064582")
        type_text(qtbot, dlg.account, "19-2000145399/0800")
        click(qtbot, dlg.ok_button)
        assert "kontrolní číslici" in dlg.errors.message("ico")
        dlg.ico.clear()
        type_text(qtbot, dlg.ico, "00064581")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, LandlordDialog, new_landlord, errors)
    click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor or bool(errors),
                    timeout=5000)
    assert not errors, errors
    editor = page.editor
    assert editor.title.text() == "Správa domů Šťastný s.r.o."
    assert "IČO 00064581" in editor.subtitle.text()
    landlord_id = editor.detail.id
    editor.tabs.setCurrentIndex(1)
    assert editor.lease_info.text() == "Pronajímatel zatím nemá žádný nájem."

    hh_id, hh_name = _free_household(ctx.db)

    def new_lease(dlg: PrivateLeaseDialog):
        dlg.household.select_data(hh_id)
        assert dlg.tenant.count() >= 1
        type_text(qtbot, dlg.address, "Horská 12, byt č. 3, Trutnov")
        type_text(qtbot, dlg.rent, "8 000")
        type_text(qtbot, dlg.deposit, "30 000")
        dlg.starts_on.clear()
        type_text(qtbot, dlg.starts_on, "1. 2. 2026")
        type_text(qtbot, dlg.ends_on, "31. 1. 2027")
        click(qtbot, dlg.ok_button)
        assert "trojnásobek" in dlg.errors.message("deposit_hal")
        dlg.deposit.clear()
        type_text(qtbot, dlg.deposit, "16 000")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, PrivateLeaseDialog, new_lease, errors)
    click(qtbot, editor.new_lease_button)
    qtbot.waitUntil(lambda: editor.lease_model.rowCount() == 1 or bool(errors), timeout=5000)
    assert not errors, errors
    lease = editor.lease_model.rows[0]
    assert lease.address == "Horská 12, byt č. 3, Trutnov" and lease.rent_hal == 800_000
    assert "ručení obce zatím není zapsané" in editor.lease_info.text()
    assert editor.guarantee_button.isEnabled()

    def guarantee(dlg: GuaranteeDialog):
        assert dlg.amount.text() == "48 000 Kč"              # six rents, as proposed
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, GuaranteeDialog, guarantee, errors)
    click(qtbot, editor.guarantee_button)
    qtbot.waitUntil(lambda: editor.guarantee_model.rowCount() == 1 or bool(errors),
                    timeout=5000)
    assert not errors, errors
    number = editor.guarantee_model.rows[0].number
    assert number.startswith("RU/2026/")

    def claim(dlg: ClaimDialog):
        type_text(qtbot, dlg.amount, "60 000")
        type_text(qtbot, dlg.reason, "Dlužné nájemné za březen 2026.")
        click(qtbot, dlg.ok_button)
        assert "zbývá 48 000 Kč" in dlg.errors.message("amount_hal")
        dlg.amount.clear()
        type_text(qtbot, dlg.amount, "8 000")
        dlg.paid_on.clear()
        type_text(qtbot, dlg.paid_on, "10. 4. 2026")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, ClaimDialog, claim, errors)
    click(qtbot, editor.claim_button)
    qtbot.waitUntil(lambda: editor.claim_model.rowCount() == 1 or bool(errors), timeout=5000)
    assert not errors, errors
    shown = editor.guarantee_table.model()
    assert shown.index(0, 5).data() == "40\u00a0000\u00a0Kč"        # zbývá
    assert "ručí se celkem 48\u00a0000\u00a0Kč, plněno 8\u00a0000\u00a0Kč" in \
        editor.subtitle.text()

    def edit_lease(dlg: PrivateLeaseDialog):
        assert dlg.address.text() == "Horská 12, byt č. 3, Trutnov"    # as stored
        assert dlg.tenant.currentData() == lease.tenant_id
        type_text(qtbot, dlg.contract_ref, "NS 14/2026")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, PrivateLeaseDialog, edit_lease, errors)
    click(qtbot, editor.edit_lease_button)
    qtbot.waitUntil(lambda: "NS 14/2026" in editor.lease_info.text() or bool(errors),
                    timeout=5000)
    assert not errors, errors
    assert editor.lease_model.rowCount() == 1

    # the fund pays the deposit to this landlord
    with ctx.db.reading() as s:
        tenant_id = s.get(PrivateLease, lease.id).tenant_id
    rid = file_request(ctx.db, ctx.actor, RequestInput(
        person_id=tenant_id, household_id=hh_id, purpose=FundPurpose.DEPOSIT,
        amount_hal=1_600_000, justification="Jistota u soukromého pronajímatele.",
        filed_on=TODAY), override=True)
    decide_request(ctx.db, ctx.actor, rid, True, reason="Bydlení s ručením.", override=True)
    fund = window.show_area("fund")
    qtbot.waitUntil(lambda: any(r.id == rid for r in fund.model.rows), timeout=20000)
    row = next(i for i, r in enumerate(fund.model.rows) if r.id == rid)
    rect = fund.view.visualRect(fund.model.index(row, 0))
    qtbot.mouseClick(fund.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: fund.detail.row is not None and fund.detail.row.id == rid)

    def pay(dlg: PaymentDialog):
        assert dlg.landlord.select_data(landlord_id)
        assert dlg.recipient.toPlainText() == "Správa domů Šťastný s.r.o."
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, PaymentDialog, pay, errors)
    click(qtbot, fund.detail.buttons["pay"])
    qtbot.waitUntil(lambda: fund.detail.row.paid_hal == 1_600_000 or bool(errors),
                    timeout=5000)
    assert not errors, errors

    page = window.show_area("landlords")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    page.which.setCurrentIndex(1)
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    if page.stack.currentWidget() is page.editor:
        page.editor.go_back()
    _open_row(qtbot, page, "Správa domů Šťastný s.r.o.")
    editor = page.editor
    assert editor.tabs.isTabVisible(editor.payments_index)
    editor.tabs.setCurrentIndex(editor.payments_index)
    assert editor.payment_model.rowCount() == 1
    assert editor.payment_model.index(0, 1).data() == "16\u00a0000\u00a0Kč"
    assert "16\u00a0000\u00a0Kč" in editor.payment_sum.text()
    with ctx.db.reading() as s:
        stored = s.scalars(select(PrivateLease).where(
            PrivateLease.landlord_id == landlord_id)).one()
        assert (stored.household_id, stored.deposit_hal) == (hh_id, 1_600_000)
        g = s.scalars(select(Guarantee).where(Guarantee.private_lease_id == stored.id)).one()
        assert (g.number, g.amount_hal) == (number, 4_800_000)
        c = s.scalars(select(GuaranteeClaim).where(GuaranteeClaim.guarantee_id == g.id)).one()
        assert (c.amount_hal, c.paid_on) == (800_000, dt.date(2026, 4, 10))
        p = s.scalars(select(FundPayment).where(FundPayment.request_id == rid)).one()
        assert p.landlord_id == landlord_id and p.recipient == "Správa domů Šťastný s.r.o."


def test_the_card_saves_itself_and_refuses_a_wrong_account(qtbot, town_db, town_worker,
                                                          tmp_path):
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("landlords")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    name = page.model.rows[0].name
    _open_row(qtbot, page, name)
    editor = page.editor
    editor.saver.set_delay(10)
    editor.account.clear()
    type_text(qtbot, editor.account, "19-2000145398/0800")
    qtbot.waitUntil(lambda: "Neuloženo" in editor.status.text(), timeout=3000)
    assert "kontrolní součet" in editor.errors.message("bank_account")
    editor.account.clear()
    type_text(qtbot, editor.account, "2000145399/0800")
    editor.phone.clear()
    type_text(qtbot, editor.phone, "+420 777 123 456")
    qtbot.waitUntil(lambda: editor.status.text().startswith("Uloženo"), timeout=3000)
    with ctx.db.reading() as s:
        row = s.scalars(select(Landlord).where(Landlord.name == name)).one()
        assert (row.bank_account, row.phone) == ("2000145399/0800", "+420 777 123 456")


def test_property_sees_leases_not_the_fund_and_read_only_changes_nothing(qtbot, town_db,
                                                                         tmp_path):
    prop = _actor(town_db, "tomas.krejci")
    ctx = make_context(town_db, prop, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("landlords")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    assert page.new_button.isVisible()
    with ctx.db.reading() as s:
        paid_id, paid_name = s.execute(select(Landlord.id, Landlord.name).join(
            FundPayment, FundPayment.landlord_id == Landlord.id).where(Landlord.active)).first()
    _open_row(qtbot, page, paid_name)
    assert page.editor.lease_model.rowCount() >= 1
    assert not page.editor.tabs.isTabVisible(page.editor.payments_index)
    page.editor.tabs.setCurrentIndex(1)
    assert page.editor.new_lease_button.isVisible()
    window.close()

    reader = add_user(town_db, "cteni", "Čtenář Úřadu", Role.READONLY)
    ctx = make_context(town_db, reader, tmp_path / "ro.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("landlords")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    assert not page.new_button.isVisible()
    _open_row(qtbot, page, paid_name)
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    assert editor.lease_model.rowCount() >= 1
    assert editor.name.isReadOnly() and not editor.new_lease_button.isVisible()
    assert not editor.claim_button.isVisible()
    type_text(qtbot, editor.name, "X")                   # read-only: nothing typed, nothing saved
    assert editor.save_draft()
    with ctx.db.reading() as s:
        assert s.get(Landlord, paid_id).name == paid_name
