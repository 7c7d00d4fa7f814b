"""Případy used as a worker would: find a case, change its status, write a
note, add and complete tasks, record whether a referred client arrived."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.cases.service import list_cases
from app.cases.tasks import list_tasks
from app.intake.service import IntakeInput, ReferralInput, save_intake
from models.cases import Case, CaseStatus, CaseStatusChange, Note, Task
from models.intake import PartnerOrganisation, Referral
from ui.cases.dialogs import NoteDialog, StatusDialog, TaskDialog

from .ui_helpers import make_context, open_window, type_text
from .ui_modal import when_modal

WAIT = 20000      # background reads on a loaded machine


@pytest.fixture
def ctx(town_db, town_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def ok(dlg) -> None:
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()


def read(qtbot, page) -> None:
    """Wait until the list is read (off the GUI thread) and its names told apart."""
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.ready(), timeout=WAIT)


def test_the_list_shows_what_kmb_list_cases_prints(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    read(qtbot, page)
    open_rows = list_cases(ctx.db, ctx.actor, open_only=True)
    assert [r.id for r in page.model.all] == [r.id for r in open_rows]
    assert page.count.text() == f"Případů: {len(open_rows)}"
    page.status.setCurrentIndex(page.status.findData("all"))
    read(qtbot, page)
    assert len(page.model.all) == len(list_cases(ctx.db, ctx.actor))
    page.worker.setCurrentIndex(1)          # Moje případy
    read(qtbot, page)
    assert {r.worker_id for r in page.model.all} == {ctx.actor.user_id}
    first = page.model.rows[0]
    type_text(qtbot, page.search, first.number)
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.loader.ready() and [r.id for r in page.model.rows] == [first.id]
                    and page.detail.detail is not None, timeout=WAIT)
    assert page.detail.detail.id == first.id
    assert page.detail.title.text() == first.person_name


def test_work_on_a_case(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    read(qtbot, page)
    row = next(r for r in page.model.rows if r.status == CaseStatus.IN_PROGRESS)
    index = page.model.rows.index(row)
    rect = page.table.visualRect(page.model.index(index, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    detail = page.detail
    assert detail.detail.id == row.id
    assert row.number in detail.subtitle.text() and "v řešení" in detail.subtitle.text()
    assert detail.timeline.toPlainText()

    # status → zabydlen, with a note
    def housed(dlg):
        assert isinstance(dlg, StatusDialog)
        dlg.status.setCurrentIndex(dlg.status.findData(CaseStatus.HOUSED))
        type_text(qtbot, dlg.note, "Podepsána smlouva na byt 2+1")
        ok(dlg)
    state = when_modal(housed)
    qtbot.mouseClick(detail.status_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: "zabydlen" in detail.subtitle.text())   # the change stream
    assert "Podepsána smlouva na byt 2+1" in detail.timeline.toPlainText()

    # a note; an empty one is refused at the field
    def empty_then_text(dlg):
        assert isinstance(dlg, NoteDialog)
        ok(dlg)
        assert dlg.isVisible() and "Napište text" in dlg.errors.message("text")
        type_text(qtbot, dlg.text, "Volala paní z bytového odboru.")
        ok(dlg)
    state = when_modal(empty_then_text)
    qtbot.mouseClick(detail.note_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: "Volala paní z bytového odboru." in detail.timeline.toPlainText())

    # a task for Lucie; a date in the past is refused
    def task(dlg):
        assert isinstance(dlg, TaskDialog)
        type_text(qtbot, dlg.title, "Předat klíče od bytu")
        dlg.owner.setCurrentIndex(dlg.owner.findText("Lucie Marková"))
        dlg.due.clear()
        type_text(qtbot, dlg.due, "1. 1. 2020")
        ok(dlg)
        assert "minulosti" in dlg.errors.message("due_on")
        dlg.due.set_value(dt.date.today() + dt.timedelta(days=3))
        ok(dlg)
    state = when_modal(task)
    qtbot.mouseClick(detail.task_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: any(detail.task_list.item(i).text().startswith("Předat klíče")
                                for i in range(detail.task_list.count())))
    items = [detail.task_list.item(i) for i in range(detail.task_list.count())]
    new = next(i for i in items if i.text().startswith("Předat klíče od bytu"))
    assert "Lucie Marková" in new.text()

    # ticking it completes it
    new.setCheckState(Qt.Checked)
    qtbot.waitUntil(lambda: all(not detail.task_list.item(i).text().startswith("Předat klíče")
                                for i in range(detail.task_list.count())))
    with ctx.db.reading() as s:
        t = s.scalars(select(Task).where(Task.title == "Předat klíče od bytu")).one()
        assert t.done_at is not None and t.done_by_id == ctx.actor.user_id
        changes = s.scalars(select(CaseStatusChange).where(CaseStatusChange.case_id == row.id)
                            .order_by(CaseStatusChange.changed_at.desc())).first()
        assert changes.status == CaseStatus.HOUSED
        assert s.scalars(select(Note).where(Note.case_id == row.id,
                                            Note.text == "Volala paní z bytového odboru.")).one()
    # the list above shows the new status too
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.rows[
        page.table.currentIndex().row()].status == CaseStatus.HOUSED, timeout=WAIT)


def test_referral_follow_up_from_the_case(qtbot, ctx):
    with ctx.db.reading() as s:
        case = s.scalars(select(Case).where(Case.status == CaseStatus.IN_PROGRESS,
                                            Case.assigned_worker_id == ctx.actor.user_id)
                         .order_by(Case.number)).first()
        s.expunge(case)
        partner = s.scalars(select(PartnerOrganisation).order_by(PartnerOrganisation.name)
                            ).first()
        s.expunge(partner)
    result = save_intake(ctx.db, ctx.actor, IntakeInput(
        person_id=case.person_id, reason="Dluhy", referrals=[ReferralInput(partner.id)]))
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    page.open_case(case.id)
    detail = page.detail
    refs = detail.referral_model.rows
    index = next(i for i, r in enumerate(refs) if r.id == result.referral_ids[0])
    detail.referrals.selectRow(index)
    qtbot.mouseClick(detail.not_arrived_button, Qt.LeftButton)
    ref_id = result.referral_ids[0]
    with ctx.db.reading() as s:
        ref = s.get(Referral, ref_id)
        assert ref.arrived is False
        assert s.get(Task, ref.follow_up_task_id).done_at is not None
    qtbot.waitUntil(lambda: any(r.arrived is False and r.id == ref_id
                                for r in detail.referral_model.rows), timeout=WAIT)
    # a follow-up task ticked in the task list asks whether the client arrived
    second = save_intake(ctx.db, ctx.actor, IntakeInput(
        person_id=case.person_id, reason="Dluhy 2", referrals=[ReferralInput(partner.id)]))
    task_id = next(t.id for t in list_tasks(ctx.db, ctx.actor, case_id=case.id)
                   if t.source_ref == second.referral_ids[0])
    qtbot.waitUntil(lambda: any(detail.task_list.item(i).data(Qt.UserRole) == task_id
                                for i in range(detail.task_list.count())))
    item = next(detail.task_list.item(i) for i in range(detail.task_list.count())
                if detail.task_list.item(i).data(Qt.UserRole) == task_id)
    state = when_modal(lambda box: next(b for b in box.buttons()
                                        if b.text() == "Dorazil(a)").click())
    item.setCheckState(Qt.Checked)
    assert state["done"] and state["error"] is None
    with ctx.db.reading() as s:
        assert s.get(Referral, second.referral_ids[0]).arrived is True
        assert s.get(Task, task_id).done_at is not None


def test_property_department_has_no_cases_area(qtbot, town_db, tmp_path):
    from app.security import actor_from_user, find_user
    with town_db.reading() as s:
        prop = actor_from_user(find_user(s, "tomas.krejci"))
    ctx = make_context(town_db, prop, tmp_path / "p.ini")
    window = open_window(qtbot, ctx)
    keys = [a.key for a in window.areas]
    assert "cases" not in keys and "intake" not in keys and "dashboard" in keys
    cards = window.show_area("dashboard").cards
    # the property department sees lease cards and its own task inbox (issue 13),
    # none about cases
    assert cards and all(type(c).__module__.startswith("ui.leases")
                         or type(c).__name__ == "MyTasksCard" for c in cards)


def test_finishing_the_housing_assessment_from_the_case(qtbot, ctx):
    from app.intake.need import latest_need
    from app.intake.service import NeedInput
    from models.intake import DistrictLink, NeedState
    with ctx.db.reading() as s:
        case = s.scalars(select(Case).where(Case.status == CaseStatus.IN_PROGRESS)
                         .order_by(Case.number.desc())).first()
        s.expunge(case)
    save_intake(ctx.db, ctx.actor, IntakeInput(person_id=case.person_id, reason="Šetření",
                                               need=NeedInput(start_assessment=True)))
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    page.open_case(case.id)
    detail = page.detail
    assert detail.need_button.isVisibleTo(detail) and "šetření probíhá" in detail.subtitle.text()

    def fill(dlg):
        dlg.income.clear()
        type_text(qtbot, dlg.income, "7 000")
        dlg.subsistence.clear()
        type_text(qtbot, dlg.subsistence, "4 860")
        dlg.link.setCurrentIndex(dlg.link.findData(DistrictLink.LIVING_2Y))
        assert "splněny" in dlg.verdict.text()
        dlg.register_button.click()
    state = when_modal(fill)
    qtbot.mouseClick(detail.need_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    need = latest_need(ctx.db, ctx.actor, case.person_id)
    assert need.state == NeedState.REGISTERED and need.household_income_hal == 700_000
    qtbot.waitUntil(lambda: not detail.need_button.isVisibleTo(detail))
    assert "zapsán jako potřebný do" in detail.subtitle.text()
