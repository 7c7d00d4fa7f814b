"""The Příjem screen played as a front-desk visit: search, duplicate warning,
household, ETHOS, referral, case assigned — then what is stored and what the
dashboard shows."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from app.cases import dashboard
from app.czech_text import fold
from app.formatting import format_date
from models.cases import Case, CaseStatus, Task
from models.intake import (ContactRecord, DistrictLink, HousingNeedRecord, NeedState, Outcome,
                           PartnerKind, PartnerOrganisation, Referral, Urgency)
from models.people import HouseholdMember, Person, PossibleDuplicate, Relation
from ui.intake.duplicate_dialog import DuplicateDialog
from ui.intake.household_section import MemberDialog

from .ui_helpers import make_context, open_window, type_text
from .ui_modal import when_modal


@pytest.fixture
def ctx(town_db, town_worker, tmp_path, monkeypatch):
    # closing the window at teardown must not wait for an answer about unsaved work
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Discard))
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def head_without_case(db) -> dict:
    """A household head with a birth date, members and no open case."""
    with db.reading() as s:
        busy = select(Case.person_id).where(Case.status != CaseStatus.CLOSED)
        members = (select(HouseholdMember.household_id, func.count().label("n"))
                   .group_by(HouseholdMember.household_id).subquery())
        p = s.execute(
            select(Person.id, Person.given_name, Person.surname, Person.birth_date,
                   HouseholdMember.household_id)
            .join(HouseholdMember, HouseholdMember.person_id == Person.id)
            .join(members, members.c.household_id == HouseholdMember.household_id)
            .where(HouseholdMember.relation == Relation.HEAD, members.c.n >= 2,
                   Person.id.not_in(busy), Person.birth_date.is_not(None))
            .order_by(Person.sort_key)).first()
        return dict(id=p.id, given=p.given_name, surname=p.surname, born=p.birth_date,
                    household=p.household_id)


def focused(widget) -> bool:
    """The widget has the keyboard focus of its window (offscreen windows are
    never "active", so hasFocus() would always be False)."""
    return widget.window().focusWidget() is widget


def tick(qtbot, box) -> None:
    """Click a check box on its box (not somewhere right of its text)."""
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))


def count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def intake(window):
    return window.show_area("intake").form


def test_front_desk_visit_end_to_end(qtbot, ctx, monkeypatch):
    db = ctx.db
    target = head_without_case(db)
    window = open_window(qtbot, ctx)
    before_week = dashboard.new_contacts(db, ctx.actor).count
    dash = window.show_area("dashboard")
    form = intake(window)
    persons_before = count(db, Person)

    # 1. search without diacritics, Enter
    type_text(qtbot, form.person.search, fold(target["surname"]))
    qtbot.keyClick(form.person.search, Qt.Key_Return)
    names = [r.name for r in form.person.model.rows]
    assert f"{target['surname']} {target['given']}" in names
    assert focused(form.person.results)

    # 2. the worker does not see them at once and starts a new person (Ctrl+N):
    #    the search text is already in the form; the birth date makes the warning
    qtbot.keyClick(form.person.search, Qt.Key_N, Qt.ControlModifier)
    assert form.person.mode == "new"
    assert fold(form.person.new_form.surname.text()) == fold(target["surname"])
    form.person.new_form.surname.clear()                 # written properly, with diacritics
    type_text(qtbot, form.person.new_form.surname, target["surname"])
    type_text(qtbot, form.person.new_form.given_name, target["given"])
    type_text(qtbot, form.person.new_form.birth_date, format_date(target["born"]))
    qtbot.waitUntil(lambda: form.person.dup_box.isVisible(), timeout=3000)
    assert target["surname"] in form.person.dup_text.text()

    # 3. household: a grandchild, in the member dialog
    def fill_member(dlg):
        assert isinstance(dlg, MemberDialog)
        type_text(qtbot, dlg.given_name, "Ema")
        type_text(qtbot, dlg.birth_date, "3. 5. 2017")
        dlg.relation.setCurrentIndex(dlg.relation.findData(Relation.GRANDCHILD))
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    answered = when_modal(fill_member)
    qtbot.mouseClick(form.household.add_button, Qt.LeftButton)
    assert answered["done"] and answered["error"] is None
    assert [m.name for m in form.household.new] == [f"{target['surname']} Ema"]

    # 4. contact, ETHOS (typing "9" in the category picks category 9), floor area
    type_text(qtbot, form.contact.reason, "Výpověď z nájmu, dluh na nájemném 18 000 Kč")
    form.ethos.category.setFocus()
    qtbot.keyClicks(form.ethos.category, "9")
    assert form.ethos.category.currentData() == 9
    assert form.ethos.group.currentData() == "insecure"
    type_text(qtbot, form.ethos.area, "24,5")
    form.ethos.persons.clear()
    type_text(qtbot, form.ethos.persons.lineEdit(), "3")
    assert "přelidněné" in form.ethos.result.text() and "8,2" in form.ethos.result.text()

    # 5. a referral with a reason but no partner: error at the field, nothing saved
    #    (a row left wholly empty is ignored)
    qtbot.mouseClick(form.outcome.add_referral_button, Qt.LeftButton)
    type_text(qtbot, form.outcome.rows[0].reason, "splátkový kalendář")
    qtbot.mouseClick(form.outcome.urgency_buttons[Urgency.ACUTE], Qt.LeftButton)
    qtbot.mouseClick(form.outcome.outcome_buttons[Outcome.CASE_OPENED], Qt.LeftButton)
    contacts_before = count(db, ContactRecord)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    row = form.outcome.rows[0]
    qtbot.waitUntil(row.error.isVisible, timeout=2000)
    assert "Vyberte službu" in row.error.text()
    assert count(db, ContactRecord) == contacts_before and count(db, Person) == persons_before
    with db.reading() as s:
        debt = s.scalars(select(PartnerOrganisation.id).where(
            PartnerOrganisation.kind == PartnerKind.DEBT_COUNSELLING)).first()
    row.partner.setFocus()
    row.partner.setCurrentIndex(row.partner.findData(debt))
    assert form.outcome.worker.currentData() == ctx.actor.user_id      # worker = me

    # 6. save: the duplicate dialog offers the existing record; the worker takes it
    def use_existing(dlg):
        assert isinstance(dlg, DuplicateDialog)
        assert dlg.selected().id == target["id"]
        qtbot.mouseClick(dlg.use_button, Qt.LeftButton)
    answered = when_modal(use_existing)
    qtbot.keyClick(form.contact.reason, Qt.Key_S, Qt.ControlModifier)
    assert answered["done"] and answered["error"] is None
    assert form.banner.isVisible(), form.problem.text()
    assert "Otevřen případ KMB-" in form.banner_text.text()
    assert not form.is_dirty and form.person.mode == "none"

    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == persons_before + 1  # Ema
        c = s.scalars(select(ContactRecord).order_by(ContactRecord.created_at.desc())).first()
        assert c.person_id == target["id"] and c.ethos_category == 9
        assert c.urgency == Urgency.ACUTE and c.outcome == Outcome.CASE_OPENED
        assert str(c.dwelling_area_m2) in ("24.5", "24.50") and c.dwelling_persons == 3
        assert c.minutes_spent and c.minutes_spent >= 1 and c.counselling_given
        case = s.get(Case, c.case_id)
        assert case.assigned_worker_id == ctx.actor.user_id and case.status == CaseStatus.NEW
        ref = s.scalars(select(Referral).where(Referral.contact_id == c.id)).one()
        assert ref.partner_id == debt and ref.reason == "splátkový kalendář"
        ema = s.scalars(select(HouseholdMember).join(Person).where(
            Person.given_name == "Ema", HouseholdMember.household_id == target["household"])
        ).one()
        assert ema.relation == Relation.GRANDCHILD
        first_step = s.scalars(select(Task).where(Task.case_id == case.id,
                                                  Task.title.startswith("Nový případ"))).one()
        assert first_step.due_on == dt.date.today()
        number = case.number

    # 7. the dashboard: the acute case is my task today, one more contact this week
    window.show_area("dashboard")
    my = dash.cards[0]

    def my_texts():
        return [my.list.item(i).text() for i in range(my.list.count())]
    qtbot.waitUntil(lambda: any(number in t for t in my_texts()))   # a turn after the commit
    qtbot.waitUntil(dash.ready)                 # every card reads off the GUI thread
    assert dash.cards[1].number.text() == str(before_week + 1)
    jana = next(r for r in dash.cards[2].model.rows if r.worker_id == ctx.actor.user_id)
    assert jana.by_status[CaseStatus.NEW] >= 1


def test_bad_input_shows_at_the_fields_and_saves_nothing(qtbot, ctx):
    window = open_window(qtbot, ctx)
    form = intake(window)
    before = count(ctx.db, Person), count(ctx.db, ContactRecord)
    form.person.start_new()
    type_text(qtbot, form.person.new_form.given_name, "Řehoř")
    type_text(qtbot, form.person.new_form.surname, "Žlutý")
    type_text(qtbot, form.person.new_form.birth_number, "850312/1235")
    type_text(qtbot, form.contact.reason, "Hledá byt")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    err = form.person.new_form.errors["birth_number"][1]
    assert err.isVisible() and "kontrolní" in err.text()
    assert form.person.new_form.birth_number.property("invalid") is True
    form.person.new_form.birth_number.clear()
    type_text(qtbot, form.person.new_form.birth_date, "1. 1. 2031")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    err = form.person.new_form.errors["birth_date"][1]
    assert "budoucnosti" in err.text()
    assert not form.person.new_form.errors["birth_number"][1].isVisible()
    assert "Zkontrolujte" in form.problem.text()
    assert (count(ctx.db, Person), count(ctx.db, ContactRecord)) == before
    # fixed: saved, as information only
    form.person.new_form.birth_date.clear()
    type_text(qtbot, form.person.new_form.birth_date, "1. 1. 1981")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.banner.isVisible()
    assert (count(ctx.db, Person), count(ctx.db, ContactRecord)) == (before[0] + 1,
                                                                      before[1] + 1)


def test_keyboard_only_intake_of_a_known_client(qtbot, ctx):
    """Search, Enter, Enter, type the reason, Ctrl+S: the quickest visit."""
    target = head_without_case(ctx.db)
    window = open_window(qtbot, ctx)
    form = intake(window)
    assert focused(form.person.search)
    type_text(qtbot, form.person.search, f"{fold(target['surname'])} {format_date(target['born'])}")
    qtbot.keyClick(form.person.search, Qt.Key_Return)
    assert form.person.model.rowCount() == 1
    qtbot.keyClick(form.person.results, Qt.Key_Return)
    assert form.person.mode == "existing" and focused(form.contact.reason)
    assert form.household.model.rowCount() >= 1
    type_text(qtbot, form.contact.reason, "Informace o zákonu o podpoře bydlení")
    qtbot.keyClick(form.contact.reason, Qt.Key_S, Qt.ControlModifier)
    assert form.banner.isVisible()
    with ctx.db.reading() as s:
        c = s.scalars(select(ContactRecord).order_by(ContactRecord.created_at.desc())).first()
        assert c.person_id == target["id"] and c.outcome == Outcome.INFORMATION
        assert c.worker_id == ctx.actor.user_id and c.channel.value == "in_person"
    assert focused(form.person.search)          # ready for the next visitor


def test_registering_a_person_in_housing_need(qtbot, ctx):
    target = head_without_case(ctx.db)
    window = open_window(qtbot, ctx)
    form = intake(window)
    form.person.use_existing(target["id"])
    type_text(qtbot, form.contact.reason, "Žádost o zápis potřebného")
    tick(qtbot, form.law.assessment)
    qtbot.waitUntil(form.law.details.isVisible, timeout=2000)
    tick(qtbot, form.law.register)
    assert form.law.register.isChecked()
    assert "Kč" in form.law.subsistence.placeholderText()
    type_text(qtbot, form.law.income, "999 000")
    form.law.link.setCurrentIndex(form.law.link.findData(DistrictLink.PERMANENT_RESIDENCE))
    assert "nad limitem" in form.law.verdict.text()
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    err = form.law.errors["need.register"][1]
    assert err.isVisible() and "není nižší" in err.text()
    form.law.income.clear()
    type_text(qtbot, form.law.income, "9 500")
    assert "pod limitem" in form.law.verdict.text() and "zápis platí do" in form.law.verdict.text()
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.banner.isVisible()
    with ctx.db.reading() as s:
        rec = s.scalars(select(HousingNeedRecord).where(
            HousingNeedRecord.person_id == target["id"])
            .order_by(HousingNeedRecord.created_at.desc())).first()
        assert rec.state == NeedState.REGISTERED and rec.household_income_hal == 950_000
        assert rec.valid_until is not None and rec.income_eligible


def test_closing_with_an_unsaved_intake_asks_first(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    form = intake(window)
    asked = []

    def answer(result):
        def question(*args, **kwargs):
            asked.append(args[2] if len(args) > 2 else "")
            return result
        return question
    window.close()                        # nothing typed: closes without a question
    assert not asked
    window = open_window(qtbot, ctx)
    form = intake(window)
    type_text(qtbot, form.contact.reason, "Rozepsáno")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.Cancel)))
    window.close()
    assert window.isVisible() and "není uložený" in asked[-1]
    # switching to another screen keeps the intake as it was
    window.show_area("cases")
    window.show_area("intake")
    assert form.contact.reason.toPlainText() == "Rozepsáno"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.Discard)))
    qtbot.mouseClick(form.discard_button, Qt.LeftButton)
    assert form.contact.reason.toPlainText() == "" and not form.is_dirty
    type_text(qtbot, form.contact.reason, "Znovu")
    window.close()
    assert not window.isVisible()


def test_new_person_kept_despite_the_warning_is_flagged_then_merged(qtbot, ctx):
    target = head_without_case(ctx.db)
    window = open_window(qtbot, ctx)
    page = window.show_area("intake")
    form = page.form
    form.person.start_new()
    type_text(qtbot, form.person.new_form.given_name, target["given"])
    type_text(qtbot, form.person.new_form.surname, target["surname"])
    type_text(qtbot, form.person.new_form.birth_date, format_date(target["born"]))
    type_text(qtbot, form.contact.reason, "Zapsán podruhé")
    answered = when_modal(lambda dlg: qtbot.mouseClick(dlg.new_button, Qt.LeftButton))
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert answered["done"] and form.banner.isVisible()
    assert "možná duplicita" in form.banner_text.text()
    assert count(ctx.db, PossibleDuplicate) == 1
    # the Možné duplicity tab lists the pair; the worker merges them
    tab = page.duplicates
    qtbot.waitUntil(lambda: page.tabs.tabText(2) == "Možné duplicity (1)", timeout=15000)
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1

    def keep_first(dlg):
        dlg.keep.buttons()[0].setChecked(True)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    answered = when_modal(keep_first)
    qtbot.mouseClick(tab.merge_button, Qt.LeftButton)
    assert answered["done"] and answered["error"] is None
    # the pairs are read again off the GUI thread
    qtbot.waitUntil(lambda: tab.loader.ready() and page.tabs.tabText(2) == "Možné duplicity",
                    timeout=15000)
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()
    with ctx.db.reading() as s:
        live = s.scalars(select(Person).where(Person.surname == target["surname"],
                                              Person.given_name == target["given"],
                                              Person.birth_date == target["born"],
                                              Person.merged_into_id.is_(None))).all()
        assert len(live) == 1
        contacts = s.scalar(select(func.count()).select_from(ContactRecord).where(
            ContactRecord.person_id == live[0].id, ContactRecord.reason == "Zapsán podruhé"))
        assert contacts == 1


def test_contacts_tab_lists_what_was_recorded(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("intake")
    tab = page.contacts
    page.tabs.setCurrentWidget(tab)
    tab.period.setCurrentIndex(tab.period.findData(None))
    from app.intake.contacts import list_contacts
    everything = len(list_contacts(ctx.db, ctx.actor))
    # read off the GUI thread once shown
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.model.rowCount() == everything,
                    timeout=30000)
    first = tab.model.rows[0]
    type_text(qtbot, tab.search, fold(first.person_name.split()[0]))
    qtbot.waitUntil(lambda: not tab.loader.loading and tab.model.rowCount() < everything,
                    timeout=30000)
    assert all(fold(first.person_name.split()[0]) in fold(r.person_name + (r.reason or "")
                                                          + (r.worker_name or ""))
               for r in tab.model.rows)
    assert "Kontaktů:" in tab.summary.text()
