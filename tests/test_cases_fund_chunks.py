"""Případy and Krizový fond read off the GUI thread and tell namesakes apart
only in the rows being shown (issue 10, item 5): the first chunk comes told
apart with the read, the next as the person scrolls to it, each with a fixed
number of queries however many people bear the name."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.cases.service import list_cases, tell_cases_apart
from app.czech_text import fold, sort_key
from app.fund.service import list_requests, tell_requests_apart
from app.security import actor_from_user, find_user
from models.people import Person

import ui.cases.page as cases_page
import ui.fund.page as fund_page

from .ui_helpers import make_context, open_window
from .statements import counted

WAIT = 20000      # background reads on a loaded machine


def _actor(db, login):
    with db.reading() as s:
        return actor_from_user(find_user(s, login))


def _rename(db, person_ids, years) -> None:
    """The people become "Lubomír Šimek", born in the given years."""
    with db.transaction() as s:
        for pid, year in zip(person_ids, years):
            p = s.get(Person, pid)
            p.given_name, p.surname, p.title_before = "Lubomír", "Šimek", None
            p.birth_date = dt.date(year, 5, 1)
            p.search_given, p.search_surname = fold("Lubomír"), fold("Šimek")
            p.sort_key = sort_key("Šimek Lubomír")


def test_a_chunk_costs_the_same_queries_however_many_namesakes(town_db):
    lead = _actor(town_db, "jana.dvorakova")
    rows = list_cases(town_db, lead, told_apart=0)
    chunk = rows[:20]
    with town_db.reading() as s:
        others = [pid for pid in s.scalars(select(Person.id).order_by(Person.id))
                  if pid not in {r.person_id for r in chunk}][:40]
    _rename(town_db, [chunk[0].person_id, others[0]], (1961, 1984))
    with counted(town_db) as few:
        told = tell_cases_apart(town_db, lead, chunk)
    assert told[0].person_name == "Šimek Lubomír (nar. 1961)"
    assert [r.id for r in told] == [r.id for r in chunk]
    _rename(town_db, others[1:40], range(1900, 1939))       # 41 bearers of the name now
    with counted(town_db) as many:
        told = tell_cases_apart(town_db, lead, chunk)
    assert told[0].person_name == "Šimek Lubomír (nar. 1961)"
    assert len(many) == len(few) <= 6, (few, many)
    # the list's first chunk is told apart with the read, the rest left plain
    first = list_cases(town_db, lead, told_apart=1)
    assert first[0].person_name == "Šimek Lubomír (nar. 1961)"


def test_cases_beyond_the_first_chunk_are_told_apart_when_scrolled_to(qtbot, town_db, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(cases_page, "FIRST_CHUNK", 10)
    lead = _actor(town_db, "jana.dvorakova")
    rows = list_cases(town_db, lead, open_only=True, told_apart=0)
    far = next(i for i in range(len(rows) - 1, 0, -1) if rows[i].person_id != rows[0].person_id)
    _rename(town_db, [rows[0].person_id, rows[far].person_id], (1961, 1984))
    window = open_window(qtbot, make_context(town_db, lead, tmp_path / "ui.ini"))
    page = window.show_area("cases")
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.ready(), timeout=WAIT)
    # the view asks for as many chunks as fill it, not for the whole list
    assert 10 <= page.model.rowCount() <= far and len(page.model.all) == len(rows)
    assert page.model.index(0, 1).data() == "Šimek Lubomír (nar. 1961)"
    # scrolled down as a person would: the next chunks appear and are told apart
    for _ in range(20):
        if page.model.rowCount() > far:
            break
        page.table.scrollToBottom()
        qtbot.wait(20)
    assert page.model.rowCount() > far
    qtbot.waitUntil(lambda: page.model.ready()
                    and page.model.index(far, 1).data() == "Šimek Lubomír (nar. 1984)",
                    timeout=WAIT)
    # the row opens its case
    page.table.scrollTo(page.model.index(far, 1))
    rect = page.table.visualRect(page.model.index(far, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.id == rows[far].id, timeout=WAIT)
    assert page.detail.title.text() == "Šimek Lubomír (nar. 1984)"


def test_fund_requests_tell_namesakes_apart_in_each_chunk(qtbot, town_db, town_worker, tmp_path,
                                                          monkeypatch):
    monkeypatch.setattr(fund_page, "FIRST_CHUNK", 3)
    window = open_window(qtbot, make_context(town_db, town_worker, tmp_path / "ui.ini"))
    page = window.show_area("fund")
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.ready(), timeout=WAIT)
    rows = page.model.all
    assert [r.id for r in rows] == [r.id for r in list_requests(
        town_db, town_worker, year=page.year.currentData())]
    far = next((i for i in range(len(rows) - 1, 2, -1) if rows[i].person_id != rows[0].person_id),
               None)
    assert far is not None, "the town demo has too few fund requests this year"
    # renamed meanwhile (another workstation): the list reads again by itself
    _rename(town_db, [rows[0].person_id, rows[far].person_id], (1961, 1984))
    qtbot.waitUntil(lambda: page.loader.ready() and page.model.ready()
                    and page.model.index(0, 2).data() == "Lubomír Šimek (nar. 1961)",
                    timeout=WAIT)
    page.model.show_up_to(far)            # what scrolling to the row asks of the model
    qtbot.waitUntil(lambda: page.model.ready()
                    and page.model.index(far, 2).data() == "Lubomír Šimek (nar. 1984)",
                    timeout=WAIT)
    page.view.scrollTo(page.model.index(far, 0))
    rect = page.view.visualRect(page.model.index(far, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.row is not None and page.detail.row.id == rows[far].id,
                    timeout=WAIT)
    assert "Lubomír Šimek (nar. 1984)" in page.detail.subtitle.text()
    # a chunk told apart through the service says the same
    assert tell_requests_apart(town_db, town_worker, [rows[far]])[0].person == \
        "Lubomír Šimek (nar. 1984)"
