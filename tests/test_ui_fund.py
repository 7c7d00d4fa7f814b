"""Krizový fond used as the KMB lead and a social worker would: a request,
the decision, a payment refused above the approved sum, the repayment plan
and a repayment; the budget figures follow."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.formatting import format_money
from app.fund.service import fund_summary
from app.security import actor_from_user, find_user
from models.fund import FundDecision, FundRequest, FundRequestState
from models.people import Household
from ui.fund.dialogs import (DecisionDialog, PaymentDialog, PlanDialog, RepaymentDialog,
                             RequestDialog)

from .test_ui_leases import click, when_dialog
from .ui_helpers import make_context, open_window, type_text

WAIT = 20000      # background reads on a loaded machine

TODAY = dt.date.today()


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


@pytest.fixture
def lead_ctx(town_db, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return make_context(town_db, _actor(town_db, "petr.horak"), tmp_path / "ui.ini")


def _household(db) -> tuple[str, str]:
    with db.reading() as s:
        hh = s.scalars(select(Household).where(Household.name == "Šťastní")).first() \
            or s.scalars(select(Household).order_by(Household.id)).first()
        return hh.id, hh.name


def test_request_decision_payment_plan_repayment(qtbot, lead_ctx):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    page = window.show_area("fund")
    year = TODAY.year
    assert page.year.currentData() == year
    before = fund_summary(ctx.db, ctx.actor, year)
    qtbot.waitUntil(page.loader.ready, timeout=WAIT)     # read off the GUI thread
    assert page.figures["budget"].text() == format_money(before.budget_hal)
    hh_id, hh_name = _household(ctx.db)
    errors: list = []

    def fill(dlg: RequestDialog):
        dlg.household.select_data(hh_id)
        assert dlg.person.count() >= 1
        dlg.purpose.setCurrentIndex(dlg.purpose.findText("jistota"))
        type_text(qtbot, dlg.amount, "12 000")
        type_text(qtbot, dlg.justification, "Jistota k bytu v Horské ulici; nemá úspory.")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, RequestDialog, fill, errors)
    click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: page.detail.row is not None or bool(errors), timeout=WAIT)
    assert not errors, errors
    request_id = page.detail.row.id
    assert page.detail.row.state == FundRequestState.FILED
    # the name, with the applicant's birth year if another household bears it
    assert page.detail.row.household.split(" (nar. ")[0] == hh_name
    assert page.detail.buttons["decide"].isEnabled()

    def decide(dlg: DecisionDialog):
        assert dlg.override.isVisibleTo(dlg)               # the lead may override
        dlg.amount.clear()
        type_text(qtbot, dlg.amount, "10 000")
        click(qtbot, dlg.ok_button)
        assert "Uveďte důvod" in dlg.errors.message("reason")
        type_text(qtbot, dlg.reason, "Schváleno ve výši dvou nájmů.")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, DecisionDialog, decide, errors)
    click(qtbot, page.detail.buttons["decide"])
    qtbot.waitUntil(lambda: page.detail.row.state == FundRequestState.APPROVED or bool(errors),
                    timeout=WAIT)
    assert not errors, errors
    assert "Petr Horák" in page.detail.info.text()
    qtbot.waitUntil(lambda: page.figures["reserved"].text()
                    == format_money(before.reserved_hal + 1_000_000), timeout=WAIT)

    def pay(dlg: PaymentDialog):
        dlg.amount.clear()
        type_text(qtbot, dlg.amount, "10 000,01")
        click(qtbot, dlg.ok_button)
        assert "převyšuje schválenou částku" in dlg.errors.message("amount_hal")
        dlg.amount.clear()
        type_text(qtbot, dlg.amount, "10 000")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, PaymentDialog, pay, errors)
    click(qtbot, page.detail.buttons["pay"])
    qtbot.waitUntil(lambda: page.detail.row.state == FundRequestState.PAID or bool(errors),
                    timeout=WAIT)
    assert not errors, errors
    after = fund_summary(ctx.db, ctx.actor, year)
    assert after.paid_hal == before.paid_hal + 1_000_000
    qtbot.waitUntil(lambda: page.figures["balance"].text()
                    == format_money(before.balance_hal - 1_000_000), timeout=WAIT)

    def plan(dlg: PlanDialog):
        dlg.installment.clear()
        type_text(qtbot, dlg.installment, "1 000")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, PlanDialog, plan, errors)
    click(qtbot, page.detail.buttons["plan"])
    qtbot.waitUntil(lambda: page.detail.row.state == FundRequestState.REPAYING or bool(errors),
                    timeout=WAIT)

    def repay(dlg: RepaymentDialog):
        type_text(qtbot, dlg.amount, "1 000")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, RepaymentDialog, repay, errors)
    click(qtbot, page.detail.buttons["repay"])
    qtbot.waitUntil(lambda: page.detail.row.repaid_hal == 100_000 or bool(errors), timeout=WAIT)
    assert not errors, errors
    qtbot.waitUntil(lambda: page.figures["balance"].text()
                    == format_money(before.balance_hal - 900_000), timeout=WAIT)
    with ctx.db.reading() as s:
        d = s.scalars(select(FundDecision).where(FundDecision.request_id == request_id)).one()
        assert d.approved_hal == 1_000_000 and d.reason == "Schváleno ve výši dvou nájmů."
        assert s.get(FundRequest, request_id).state == FundRequestState.REPAYING


def test_social_worker_files_but_does_not_decide(qtbot, town_db, town_worker, tmp_path):
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("fund")
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.ready(), timeout=WAIT)
    assert page.new_button.isVisible() and not page.budget_button.isVisible()
    assert not page.detail.buttons["decide"].isVisible()
    assert page.detail.buttons["pay"].isVisible()
    filed = next(i for i, r in enumerate(page.model.rows) if r.state == FundRequestState.FILED)
    rect = page.view.visualRect(page.model.index(filed, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.detail.title.text().startswith("Žádost KF/")
    dlg = RequestDialog(ctx, page)
    qtbot.addWidget(dlg)
    assert not dlg.override.isVisibleTo(dlg)
