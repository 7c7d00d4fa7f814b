"""Přehled (the first screen), Statistiky and the settings tabs of the intake
area, used the way a worker or the KMB lead would."""
from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.cases import dashboard, tasks
from app.intake.eligibility import load_rules
from app.intake.partners import list_partners
from app.security import actor_from_user, find_user
from app.stats import compute
from ui.cases import cards as cards_cases

from .conftest import DEMO_TODAY
from .settings_sections import open_section, section_titles
from .ui_helpers import make_context, open_window, type_text


@pytest.fixture
def ctx(town_db, town_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    monkeypatch.setattr(cards_cases, "today", lambda: DEMO_TODAY)
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


@pytest.fixture
def lead_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    return make_context(town_db, lead, tmp_path / "lead.ini")


def test_dashboard_is_the_first_screen_and_shows_the_day(qtbot, ctx):
    window = open_window(qtbot, ctx)
    assert window.areas[0].key == "dashboard" and window.sidebar.item(0).text() == "Přehled"
    page = window.stack.currentWidget()
    assert page is window.pages["dashboard"]
    my, new, load, stale = page.cards[:4]
    mine = tasks.my_tasks(ctx.db, ctx.actor, DEMO_TODAY)
    shown = [my.list.item(i) for i in range(my.list.count())]
    task_ids = [i.data(Qt.UserRole) for i in shown if i.data(Qt.UserRole)]
    assert task_ids == [t.id for t in mine.overdue[:my.SHOWN] + mine.today[:my.SHOWN]]
    assert shown[0].text() == f"Po termínu ({len(mine.overdue)})"
    figures = dashboard.new_contacts(ctx.db, ctx.actor, DEMO_TODAY)
    assert new.number.text() == str(figures.count)
    assert [v for _, v in new.chart.items] == [n for _, n in figures.by_channel]
    loads = dashboard.open_cases_per_worker(ctx.db, ctx.actor)
    assert [r.total for r in load.model.rows] == [w.total for w in loads]
    assert load.model.index(0, 0).data() in {w.name for w in loads}
    old = dashboard.stale_cases(ctx.db, ctx.actor, DEMO_TODAY)
    assert len(stale.model.all) == len(old) and old
    assert f"{len(old)} případů čeká na ozvání" in stale.summary.text()
    first = stale.model.index(0, 0)
    assert old[0].case.number in first.data()
    # a double-click on a stale case opens it in Případy
    stale.list.activated.emit(first)
    assert window.stack.currentWidget() is window.pages["cases"]
    assert window.pages["cases"].detail.detail.id == old[0].case.id


def test_my_tasks_card_lists_the_first_tasks_told_apart_and_counts_the_rest(
        qtbot, ctx, monkeypatch):
    """A worker with hundreds of overdue tasks: the card lists the first ones
    of each group (their clients told apart) and says how many more Úkoly has."""
    monkeypatch.setattr(cards_cases.MyTasksCard, "SHOWN", 1)
    mine = tasks.my_tasks(ctx.db, ctx.actor, DEMO_TODAY)
    assert len(mine.overdue) > 1 and mine.today
    window = open_window(qtbot, ctx)
    my = window.pages["dashboard"].cards[0]
    qtbot.waitUntil(my.ready, timeout=30000)
    shown = [my.list.item(i) for i in range(my.list.count())]
    assert [i.data(Qt.UserRole) for i in shown if i.data(Qt.UserRole)] == \
        [mine.overdue[0].id, mine.today[0].id]
    more = len(mine.overdue) + len(mine.today) - 2
    assert shown[-1].text() == f"… a dalších {more} v oblasti Úkoly"
    assert my.summary.text().startswith(f"Po termínu {len(mine.overdue)} · dnes {len(mine.today)}")


def test_ticking_a_task_on_the_dashboard_completes_it(qtbot, ctx):
    window = open_window(qtbot, ctx)
    my = window.pages["dashboard"].cards[0]
    mine = tasks.my_tasks(ctx.db, ctx.actor, DEMO_TODAY)
    manual = next(t for t in mine.today + mine.overdue if t.source.value == "manual")
    item = next(my.list.item(i) for i in range(my.list.count())
                if my.list.item(i).data(Qt.UserRole) == manual.id)
    item.setCheckState(Qt.Checked)
    after = tasks.my_tasks(ctx.db, ctx.actor, DEMO_TODAY)
    assert manual.id not in {t.id for t in after.today + after.overdue}
    qtbot.waitUntil(lambda: manual.id not in [my.list.item(i).data(Qt.UserRole)
                                              for i in range(my.list.count())])


def test_statistics_screen_table_chart_and_export(qtbot, ctx, tmp_path, monkeypatch):
    window = open_window(qtbot, ctx)
    page = window.show_area("stats")
    page.date_from.clear()
    type_text(qtbot, page.date_from, "1. 1. 2026")
    page.date_to.clear()
    type_text(qtbot, page.date_to, "31. 12. 2026")
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    qtbot.waitUntil(page.ready)                       # computed off the GUI thread
    assert page.preset.currentData() is None          # typed dates: "Vlastní období"
    import datetime as dt
    tables = compute(ctx.db, ctx.actor, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [page.list.item(i).text() for i in range(page.list.count())] == [t.title for t in tables]
    channel = next(i for i, t in enumerate(tables) if t.key == "contacts_by_channel")
    page.list.setCurrentRow(channel)
    assert page.table_title.text() == "Kontakty podle kanálu"
    assert page.model.rowCount() == len(tables[channel].rows)
    assert page.model.index(0, 0).data() == "osobně"
    assert page.chart.items == [(r["label"], r["contacts"]) for r in tables[channel].rows]
    # a bad period is refused at the field
    page.date_to.clear()
    type_text(qtbot, page.date_to, "1. 1. 2025")
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    assert "po jeho konci" in page.error.text() and page.error.isVisibleTo(page)
    page.date_to.clear()
    type_text(qtbot, page.date_to, "31. 12. 2026")
    # export: the file dialog is answered with a path
    target = tmp_path / "statistiky.xlsx"
    monkeypatch.setattr("ui.stats.page.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.exported == target, timeout=20000)
    wb = load_workbook(target)
    assert wb["Kontakty podle kanálu"]["A1"].value == "Kontakty podle kanálu"
    assert "Uloženo" in page.status.text()
    page.export_to(tmp_path / "s.csv", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    qtbot.waitUntil(lambda: page.exported == tmp_path / "s.csv", timeout=20000)
    csv_path = page.exported
    text = csv_path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][0] == "table" and any(r[0] == "contacts_by_channel" for r in rows)


def test_partner_services_in_the_settings(qtbot, lead_ctx):
    window = open_window(qtbot, lead_ctx)
    titles = section_titles(window)
    assert titles[-1] == "O instalaci" and "Partnerské služby" in titles
    tab = open_section(window, "Partnerské služby")
    assert tab.model.rowCount() == len(list_partners(lead_ctx.db, lead_ctx.actor,
                                                     include_inactive=True))
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    type_text(qtbot, tab.name, "Klub Úsměv, z. s.")
    type_text(qtbot, tab.email, "bez-zavinace")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "správný tvar" in tab.errors["email"][1].text()
    tab.email.clear()
    type_text(qtbot, tab.email, "klub@example.cz")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.status.text() == "Uloženo: Klub Úsměv, z. s."
    assert any(p.name == "Klub Úsměv, z. s." for p in list_partners(lead_ctx.db, lead_ctx.actor))
    # the intake offers it at once
    form = window.show_area("intake").form
    row = form.outcome.add_referral(focus=False)
    assert row.partner.findText("Klub Úsměv, z. s. (nestátní nezisková organizace)") >= 0


def test_income_rules_in_the_settings(qtbot, lead_ctx, ctx):
    # the dated legal figures moved to Nastavení → Zákon (tests/test_legal.py);
    # this tab keeps the office's own rules
    window = open_window(qtbot, lead_ctx)
    tab = open_section(window, "Zákon o podpoře bydlení")
    tab.overcrowded.clear()
    type_text(qtbot, tab.overcrowded, "devět")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "číslo" in tab.errors["overcrowded_below_m2"][1].text()
    tab.overcrowded.clear()
    type_text(qtbot, tab.overcrowded, "10,5")
    tab.link_boxes[list(tab.link_boxes)[3]].setChecked(False)     # studying no longer counts
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "Uloženo" in tab.status.text()
    r = load_rules(lead_ctx.db, lead_ctx.actor)
    assert str(r.overcrowded_below_m2) == "10.5" and str(r.income_factor) == "1.6"
    assert len(r.accepted_links) == 3
    # a social worker sees the values but cannot change them
    worker_window = open_window(qtbot, ctx)
    wtab = open_section(worker_window, "Zákon o podpoře bydlení")
    assert not wtab.save_button.isEnabled() and wtab.overcrowded.text() == "10,5"