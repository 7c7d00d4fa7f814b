"""Úkoly and Nastavení → Odbory a zástupy used as a person would: the property
worker completes a defect from the department's queue; the lead sets a deputy
(a wrong period is refused at the field, nothing stored); the deputy's inbox
shows the colleague's task during the period and not after it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from app.cases import tasks as case_tasks
from app.security import actor_from_user, find_user
from models.cases import Case, Task, TaskSource
from models.queues import Deputy
from ui.inbox import page as inbox_page
from ui.inbox.cover_tab import CoverTab
from ui.inbox.page import InboxPage

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, type_text

D = DEMO_TODAY


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def _page(qtbot, ctx) -> InboxPage:
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready, timeout=20000)
    return page


def _titles(page) -> list[str]:
    return [page.model.row(i).task.title for i in range(page.model.rowCount())]


def test_property_worker_completes_a_defect_from_the_inbox(qtbot, town_db, tmp_path,
                                                           monkeypatch):
    monkeypatch.setattr(inbox_page, "today", lambda: D)
    tomas = _actor(town_db, "tomas.krejci")
    page = _page(qtbot, make_context(town_db, tomas, tmp_path / "ui.ini"))
    assert page.view.count() == 1                  # no other department's queue
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    defects = [x for x in rows if x.task.source == TaskSource.INSPECTION]
    assert defects and "Po termínu" in page.summary.text()
    shown = page.model.index(rows.index(defects[0]), 5).data()
    assert shown == "úkol odboru"
    page.table.selectRow(rows.index(defects[0]))
    qtbot.mouseClick(page.done_button, Qt.LeftButton)
    qtbot.waitUntil(page.ready, timeout=20000)
    with town_db.reading() as s:
        task = s.get(Task, defects[0].task.id)
        assert task.done_at is not None and task.done_by_id == tomas.user_id
    assert defects[0].task.id not in {page.model.row(i).task.id
                                      for i in range(page.model.rowCount())}


def test_lead_sets_a_deputy_who_sees_the_colleagues_task_for_the_period(
        qtbot, town_db, town_worker, tmp_path, monkeypatch):
    lead = _actor(town_db, "petr.horak")
    tomas, eva = _actor(town_db, "tomas.krejci"), _actor(town_db, "eva.novotna")
    with town_db.reading() as s:
        case_id = s.scalars(select(Case.id).order_by(Case.number)).first()
    case_tasks.add_case_task(town_db, town_worker, case_id, "Předat klíče paní Malé",
                             owner_id=tomas.user_id, due_on=D, today=D)
    tab = CoverTab.create(make_context(town_db, lead, tmp_path / "lead.ini"))
    qtbot.addWidget(tab)
    tab.show()
    tab.absent.setCurrentIndex(tab.absent.findText("Tomáš Krejčí"))
    tab.deputy.setCurrentIndex(tab.deputy.findText("Eva Novotná"))
    type_text(qtbot, tab.valid_from, "27. 11. 2026")
    type_text(qtbot, tab.valid_to, "20. 11. 2026")            # before the start
    qtbot.mouseClick(tab.findChild(QPushButton, "addDeputy"), Qt.LeftButton)
    assert "před jeho začátkem" in tab.errors.message("valid_to")
    with town_db.reading() as s:
        assert s.scalars(select(Deputy).where(Deputy.deputy_id == eva.user_id)).first() is None
    tab.valid_to.clear()
    type_text(qtbot, tab.valid_to, "29. 11. 2026")
    type_text(qtbot, tab.note, "dovolená")
    qtbot.mouseClick(tab.findChild(QPushButton, "addDeputy"), Qt.LeftButton)
    rows = [tab.cover.row(i) for i in range(tab.cover.rowCount())]
    assert any(r.deputy_name == "Eva Novotná" and r.user_name == "Tomáš Krejčí"
               and r.valid_to == dt.date(2026, 11, 29) and r.note == "dovolená" for r in rows)
    shown = [tab.cover.index(i, 3).data() for i in range(tab.cover.rowCount())]
    assert "29. 11. 2026" in shown

    ctx = make_context(town_db, eva, tmp_path / "eva.ini")
    monkeypatch.setattr(inbox_page, "today", lambda: D + dt.timedelta(days=1))
    page = _page(qtbot, ctx)
    assert "Tomáš Krejčí" in page.covering.text()
    assert "Předat klíče paní Malé" in _titles(page)
    why = next(page.model.index(i, 5).data() for i in range(page.model.rowCount())
               if page.model.row(i).task.title == "Předat klíče paní Malé")
    assert why == "zástup (Tomáš Krejčí)"
    # the day after the period: the colleague's task is gone from the inbox
    monkeypatch.setattr(inbox_page, "today", lambda: dt.date(2026, 11, 30))
    page.refresh()
    qtbot.waitUntil(page.ready, timeout=20000)
    assert "Předat klíče paní Malé" not in _titles(page)
    assert not page.covering.isVisible()
