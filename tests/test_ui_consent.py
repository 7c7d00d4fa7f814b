"""The client's consents on the case detail, used as a social worker would:
record a consent (a mistyped date is refused at the field), see it listed,
withdraw it and see the history."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.formatting import format_date
from models.cases import Case, CaseStatus
from models.consent import CaseConsent, ConsentPurpose
from ui.cases.consents import ConsentDialog, WithdrawDialog

from .ui_helpers import make_context, open_window, type_text
from .ui_modal import when_modal


@pytest.fixture
def ctx(town_db, town_worker, tmp_path):
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def _case(ctx) -> str:
    """One of the worker's cases whose client has given no consent yet."""
    with ctx.db.reading() as s:
        taken = set(s.scalars(select(CaseConsent.case_id)))
        ids = s.scalars(select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS,
                                              Case.assigned_worker_id == ctx.actor.user_id)
                        .order_by(Case.number))
        return next(i for i in ids if i not in taken)


def _ok(dlg) -> None:
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()


def test_a_worker_records_and_withdraws_a_consent(qtbot, ctx):
    cid = _case(ctx)
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    page.open_case(cid)
    section = page.detail.consents
    assert section.empty.isVisible() and not section.withdraw_button.isEnabled()

    seen = {}

    def fill(dlg):
        assert isinstance(dlg, ConsentDialog)
        # sharing needs a partner set to chosen cases: none here, and the dialog says so
        dlg.purpose.setCurrentIndex(dlg.purpose.findData(ConsentPurpose.PARTNER_SHARING))
        seen["partner_hint"] = dlg.no_partner.isVisible()
        seen["partner_enabled"] = dlg.recipient.isEnabled()
        dlg.purpose.setCurrentIndex(dlg.purpose.findData(ConsentPurpose.CONTACT_RELATIVES))
        dlg.given_on.clear()
        type_text(qtbot, dlg.given_on, "31. 2. 2026")
        _ok(dlg)
        seen["error"] = dlg.errors._fields["given_on"][1].text()
        seen["open_after_error"] = dlg.isVisible()
        dlg.given_on.clear()
        type_text(qtbot, dlg.given_on, "3. 11. 2026")
        dlg.form_combo.setCurrentIndex(dlg.form_combo.findData("písemně"))
        type_text(qtbot, dlg.note, "dcera Šárka, tel. 604 000 111")
        _ok(dlg)

    state = when_modal(fill)
    qtbot.mouseClick(section.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None, state["error"]
    assert seen["partner_hint"] and not seen["partner_enabled"]
    assert seen["open_after_error"] and "datum" in seen["error"].lower()
    with ctx.db.reading() as s:
        row = s.scalars(select(CaseConsent).where(CaseConsent.case_id == cid)).one()
        assert (row.purpose, row.form, row.note) == (
            ConsentPurpose.CONTACT_RELATIVES, "písemně", "dcera Šárka, tel. 604 000 111")
    assert section.table.isVisible()
    assert section.model.data(section.model.index(0, 0)) == \
        "kontaktování příbuzných a blízkých osob"
    assert section.model.data(section.model.index(0, 2)) == "3. 11. 2026, písemně"

    rect = section.table.visualRect(section.model.index(0, 0))
    qtbot.mouseClick(section.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert section.withdraw_button.isEnabled()

    def withdraw(dlg):
        assert isinstance(dlg, WithdrawDialog)
        _ok(dlg)

    state = when_modal(withdraw)
    qtbot.mouseClick(section.withdraw_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: state["done"])
    assert state["error"] is None, state["error"]
    with ctx.db.reading() as s:
        assert s.scalars(select(CaseConsent).where(CaseConsent.case_id == cid)).one() \
            .withdrawn_on is not None
    shown = section.model.data(section.model.index(0, 3))
    assert shown and shown == format_date(section.model.rows[0].withdrawn_on)
    assert not section.withdraw_button.isEnabled()     # the row stays, as history
