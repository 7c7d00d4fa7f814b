"""Příjem, Sociální šetření, Byty and Přehled's stale cases open without work
the person does not see (issue 10, item 5: every area shown in < 0.5 s on a
city): lists read off the GUI thread, a record's editor built when a record is
first opened, the intake form's key filter only while the form is shown, and
the stale cases told apart a chunk at a time, each chunk with a fixed number
of queries however many people bear the name."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.assessments.records import list_assessments
from app.cases import dashboard
from app.czech_text import fold, sort_key
from app.housing.flats import list_flats
from app.intake.duplicates import flag, list_open_pairs
from models.intake import ContactRecord
from models.people import Person
from ui.cases import cards as cards_cases

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, open_window, type_text
from .statements import counted

WAIT = 20000      # background reads on a loaded machine


def _rename(db, person_ids, years) -> None:
    """The people become "Lubomír Šimek", born in the given years."""
    with db.transaction() as s:
        for pid, year in zip(person_ids, years):
            p = s.get(Person, pid)
            p.given_name, p.surname, p.title_before = "Lubomír", "Šimek", None
            p.birth_date = dt.date(year, 5, 1)
            p.search_given, p.search_surname = fold("Lubomír"), fold("Šimek")
            p.sort_key = sort_key("Šimek Lubomír")


def _contacts(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ContactRecord))


# -- Příjem ----------------------------------------------------------------------------
def test_intake_counts_duplicates_read_in_the_background_and_keys_only_while_shown(
        qtbot, town_db, town_worker, tmp_path):
    with town_db.reading() as s:
        a, b = s.scalars(select(Person.id).where(Person.deleted_at.is_(None))
                         .order_by(Person.id).limit(2)).all()
    with town_db.transaction() as s:
        flag(s, town_worker, a, b, "name_birth_date")
    pairs = list_open_pairs(town_db, town_worker)
    window = open_window(qtbot, make_context(town_db, town_worker, tmp_path / "ui.ini"))
    page = window.show_area("intake")
    tab = page.duplicates
    # the tab's title counts the pairs once they are read (the window answers meanwhile)
    qtbot.waitUntil(lambda: tab.loader.ready()
                    and page.tabs.tabText(2) == f"Možné duplicity ({len(pairs)})", timeout=WAIT)
    page.tabs.setCurrentWidget(tab)
    assert [tab.model.row(i).id for i in range(tab.model.rowCount())] == [p.id for p in pairs]
    assert not tab.empty.isVisible()
    # Ctrl+S in the form saves only while the form is on screen
    form = page.form
    assert form._filtering is False            # the Kontakty tab is shown now
    page.tabs.setCurrentWidget(form)
    assert form._filtering is True
    type_text(qtbot, form.contact.reason, "Rozepsáno")
    before = _contacts(town_db)
    persons = window.show_area("persons")
    assert form._filtering is False
    qtbot.keyClick(persons.search, Qt.Key_S, Qt.ControlModifier)
    assert _contacts(town_db) == before and form.is_dirty
    window.show_area("intake")
    assert form._filtering is True and form.contact.reason.toPlainText() == "Rozepsáno"


# -- Sociální šetření --------------------------------------------------------------------
def test_assessments_list_first_the_editor_when_a_record_is_opened(qtbot, town_db, town_worker,
                                                                   tmp_path):
    window = open_window(qtbot, make_context(town_db, town_worker, tmp_path / "ui.ini"))
    page = window.show_area("assessments")
    qtbot.waitUntil(page.loader.ready, timeout=WAIT)
    rows = list_assessments(town_db, town_worker, "", latest_only=True)
    assert rows and page.model.rowCount() == len(rows)
    assert page._editor is None                # nothing opened: no record form built
    assert page.can_close()
    index = page.model.index(0, 0)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key_Return)  # the row chosen and Enter pressed
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor, timeout=WAIT)
    assert page.editor.detail.id == page.model.row(0).id
    assert page.editor.title.text().startswith("Sociální šetření – ")
    page.editor.back_requested.emit()          # "← Zpět" goes back to the list
    assert page.stack.currentWidget() is page.list_view


# -- Byty --------------------------------------------------------------------------------
def test_flats_list_first_the_detail_when_a_flat_is_opened(qtbot, town_db, town_worker, tmp_path):
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")
    qtbot.waitUntil(lambda: page.loader.ready() and page.quotas.ready(), timeout=WAIT)
    flats = list_flats(town_db, town_worker, "")
    assert flats and page.model.rowCount() == len(flats)
    assert page.summary.text().startswith(f"Bytů: {len(flats)}")
    assert page._detail is None                # no flat opened: no detail built
    page.save_state(ctx.settings)              # the layout is saved all the same
    type_text(qtbot, page.search, flats[-1].address)
    found = list_flats(town_db, town_worker, flats[-1].address)
    assert flats[-1].id in {f.id for f in found}
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.rowCount() == len(found),
                    timeout=WAIT)
    row = page.model.row(0)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key_Return)  # the row chosen and Enter pressed
    assert page.stack.currentWidget() is page.detail
    assert page.detail.flat.id == row.id
    assert page.detail.title.text() == f"{row.address}, byt č. {row.number}"
    qtbot.keyClick(page.detail, Qt.Key_Escape)
    assert page.stack.currentIndex() == 0


# -- Přehled: stale cases ------------------------------------------------------------------
def test_a_stale_chunk_costs_the_same_queries_however_many_namesakes(town_db, town_worker):
    stale = dashboard.stale_cases(town_db, town_worker, DEMO_TODAY, told_apart=0)
    assert len(stale) >= 2
    chunk = stale[:20]
    with town_db.reading() as s:
        others = [pid for pid in s.scalars(select(Person.id).order_by(Person.id))
                  if pid not in {r.case.person_id for r in chunk}][:40]
    _rename(town_db, [chunk[0].case.person_id, others[0]], (1961, 1984))
    with counted(town_db) as few:
        told = dashboard.tell_stale_apart(town_db, town_worker, chunk)
    assert told[0].case.person_name == "Šimek Lubomír (nar. 1961)"
    assert [(r.case.id, r.days) for r in told] == [(r.case.id, r.days) for r in chunk]
    _rename(town_db, others[1:40], range(1900, 1939))       # 41 bearers of the name now
    with counted(town_db) as many:
        told = dashboard.tell_stale_apart(town_db, town_worker, chunk)
    assert told[0].case.person_name == "Šimek Lubomír (nar. 1961)"
    assert len(many) == len(few) <= 6, (few, many)
    # with the list read, only the first rows are told apart; all of them by default
    first = dashboard.stale_cases(town_db, town_worker, DEMO_TODAY, told_apart=1)
    assert first[0].case.person_name == "Šimek Lubomír (nar. 1961)"
    assert [r.case.id for r in first] == [r.case.id for r in stale]


def test_stale_cases_card_tells_namesakes_apart_as_scrolled_to(qtbot, town_db, town_worker,
                                                              tmp_path, monkeypatch):
    monkeypatch.setattr(cards_cases, "today", lambda: DEMO_TODAY)
    monkeypatch.setattr(cards_cases.StaleCasesCard, "CHUNK", 1)
    stale = dashboard.stale_cases(town_db, town_worker, DEMO_TODAY, told_apart=0)
    far = next((i for i in range(len(stale) - 1, 0, -1)
                if stale[i].case.person_id != stale[0].case.person_id), None)
    assert far is not None, "the town demo has too few stale cases"
    _rename(town_db, [stale[0].case.person_id, stale[far].case.person_id], (1961, 1984))
    window = open_window(qtbot, make_context(town_db, town_worker, tmp_path / "ui.ini"))
    card = next(c for c in window.pages["dashboard"].cards
                if isinstance(c, cards_cases.StaleCasesCard))
    qtbot.waitUntil(lambda: card.ready() and card.model.ready() and bool(card.model.all),
                    timeout=WAIT)
    assert [s.case_id for s in card.model.all] == [s.case.id for s in stale]
    assert card.summary.text().startswith(f"{len(stale)} případů čeká na ozvání")
    assert "Šimek Lubomír (nar. 1961)" in card.model.index(0, 0).data()
    # scrolled down as a person would: the next chunks appear and are told apart
    for _ in range(40):
        if card.model.rowCount() > far:
            break
        card.list.scrollToBottom()
        qtbot.wait(20)
    card.model.show_up_to(far)
    qtbot.waitUntil(lambda: card.model.ready()
                    and "Šimek Lubomír (nar. 1984)" in card.model.index(far, 0).data(),
                    timeout=WAIT)
    assert card.model.index(far, 0).data().startswith(stale[far].case.number)
    # the chosen row opens the case in Případy
    card.list.scrollTo(card.model.index(far, 0))
    rect = card.list.visualRect(card.model.index(far, 0))
    qtbot.mouseClick(card.list.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(card.list, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get("cases"),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.pages["cases"].detail.detail is not None
                    and window.pages["cases"].detail.detail.id == stale[far].case.id,
                    timeout=WAIT)
