"""The main window and the Klienti screen, used as a person at the desk would."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.people import Person
from ui.persons.form import PersonDialog

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section, section_titles


@pytest.fixture
def ctx(town_db, town_worker, tmp_path):
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def test_sidebar_lists_only_working_areas(qtbot, ctx):
    window = open_window(qtbot, ctx)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Přehled", "Úkoly", "Příjem", "Případy", "Klienti", "Sociální šetření", "Byty",
                      "Žádosti o byt", "Kontroly bytů", "Smlouvy", "Pronajímatelé",
                      "Krizový fond", "Statistiky", "Programy a dotace", "Synchronizace",
                      "Nastavení"]


def test_type_novak_see_novak_rows_open_one(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("persons")
    type_text(qtbot, page.search, "novak")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0
                    and all("Novák" in page.model.index(r, 0).data()
                            for r in range(page.model.rowCount())), timeout=3000)
    assert "Nalezeno osob" in page.count_label.text()
    # open the first row by clicking it
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    name = page.model.index(0, 0).data()
    surname, given = name.split(" ", 1)
    assert page.detail.title.text().endswith(f"{given} {surname}")
    assert "Domácnost" in page.detail.households.text()
    with ctx.db.reading() as s:   # opening a person's record is audited
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "open")).all()
        assert ev and ev[-1].user_id == ctx.actor.user_id


def test_enter_in_search_opens_the_first_match(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("persons")
    type_text(qtbot, page.search, "sťastn")
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert page.detail.detail is not None
    assert "Šťastn" in page.detail.detail.surname


def test_list_loads_lazily_one_page_at_a_time(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("persons")
    from app.people.search import count_persons
    total = count_persons(ctx.db, ctx.actor, "")
    assert total > 400          # KMB clients and the tenants of the town's flats
    from app.people.search import PAGE_SIZE
    assert page.model.rowCount() == PAGE_SIZE and page.model.pages_loaded == 1
    assert f"Celkem osob: {total}" in page.count_label.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE, timeout=15000)
    assert page.model.pages_loaded == 2


def test_new_person_with_a_bad_birth_number_is_not_saved(qtbot, ctx):
    with ctx.db.reading() as s:
        before = s.scalar(select(func.count()).where(Person.given_name == "Řehoř",
                                                     Person.surname == "Šťastný"))
    dlg = PersonDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.form.given_name, "Řehoř")
    type_text(qtbot, dlg.form.surname, "Šťastný")
    type_text(qtbot, dlg.form.birth_number, "850312/1235")
    save = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Save)
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dlg.isVisible()
    assert "kontrolní číslici" in dlg.form.errors.message("birth_number")
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).where(Person.given_name == "Řehoř",
                                                   Person.surname == "Šťastný")) == before
    dlg.form.birth_number.clear()
    type_text(qtbot, dlg.form.birth_date, "12. 3. 1985")
    type_text(qtbot, dlg.form.street, "Žluťoučká")
    type_text(qtbot, dlg.form.house_number, "12")
    type_text(qtbot, dlg.form.city, "Trutnov")
    qtbot.mouseClick(save, Qt.LeftButton)
    assert not dlg.isVisible()
    with ctx.db.reading() as s:
        p = s.scalars(select(Person).where(Person.surname == "Šťastný",
                                           Person.given_name == "Řehoř",
                                           Person.birth_date == dt.date(1985, 3, 12))).one()
        assert p.birth_date.isoformat() == "1985-03-12"
        assert p.permanent_address.one_line() == "Žluťoučká 12, Trutnov"


def test_window_state_is_remembered(qtbot, ctx):
    window = open_window(qtbot, ctx)
    window.resize(700, 520)          # fits the offscreen 800×600 screen
    window.show_area("flats")
    window.close()
    again = open_window(qtbot, ctx)
    qtbot.waitUntil(lambda: "flats" in again.pages)     # the first page is built after show
    assert again.stack.currentWidget() is again.pages["flats"]
    assert (again.size().width(), again.size().height()) == (700, 520)


def test_settings_show_this_installation(qtbot, ctx):
    window = open_window(qtbot, ctx)
    assert section_titles(window)[-1] == "O instalaci"
    about = open_section(window, "O instalaci")
    values = [lbl.text() for lbl in about.findChildren(QLabel)]
    assert ctx.installation.name in values and ctx.actor.name in values


def test_flats_filter_by_category(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")
    qtbot.waitUntil(page.loader.ready)            # the list is read off the GUI thread
    assert page.model.rowCount() == 700
    page.category.setCurrentIndex(page.category.findText("sociální"))
    qtbot.waitUntil(page.loader.ready)
    assert page.model.rowCount() == 15
    assert "Bytů: 15" in page.summary.text()


def test_english_is_the_second_language(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    i18n.install(QApplication.instance(), "en")
    try:
        window = open_window(qtbot, ctx)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert titles == ["Overview", "Tasks", "Intake", "Cases", "Clients", "Social assessments",
                          "Flats", "Flat applications", "Flat inspections", "Leases",
                          "Landlords", "Crisis fund", "Statistics", "Programmes and grants",
                          "Synchronisation", "Settings"]
        page = window.show_area("persons")
        assert page.new_button.text() == "New person"
    finally:
        i18n.install(QApplication.instance(), "cs")


def test_editing_a_person_keeps_titles_and_citizenship(qtbot, ctx):
    """The edit form shows every field it saves: a phone change must not
    clear the academic title or the citizenship (eligibility depends on it)."""
    from app.people.detail import person_detail
    with ctx.db.transaction() as s:
        person = s.scalars(select(Person).where(Person.deleted_at.is_(None))
                           .order_by(Person.id).limit(1)).one()
        person.title_before, person.title_after, person.citizenship = "Mgr.", "Ph.D.", "Slovensko"
        pid = person.id
    dlg = PersonDialog(ctx, person_detail(ctx.db, ctx.actor, pid))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.form.title_before.text() == "Mgr."
    assert dlg.form.citizenship.text() == "Slovensko"
    dlg.form.phone.clear()
    type_text(qtbot, dlg.form.phone, "+420 603 123 456")
    type_text(qtbot, dlg.form.title_after, "")
    qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Save),
                     Qt.LeftButton)
    assert not dlg.isVisible()
    with ctx.db.reading() as s:
        p = s.get(Person, pid)
        assert (p.title_before, p.title_after, p.citizenship) == ("Mgr.", "Ph.D.", "Slovensko")
