"""Programy a dotace used as the KMB lead would: the programme's statistics for
a period, a new programme typed in (and refused while incomplete), a case put
into Housing First and its figures following, the funder's workbook saved off
the GUI thread; a flat's funding recorded; the IROP flat's ranking on the
Byty screen shows the target group and the reason a household is left out;
the Statistiky screen carries the programme tables; the property department
sees no client's case in a programme."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.allocation import engine
from app.programmes import tags
from app.security import actor_from_user, find_user
from models.audit import AuditEvent
from models.housing import Flat, FlatStatus
from models.programmes import FlatFunding, Funder, Programme, ProgrammeTag
from ui.programmes.dialogs import FundingDialog, ProgrammeDialog, TagDialog

from .test_ui_leases import when_dialog
from .ui_helpers import make_context, open_window, type_text


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


@pytest.fixture
def lead_ctx(town_db, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return make_context(town_db, _actor(town_db, "petr.horak"), tmp_path / "ui.ini")


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def figures(page) -> dict[str, str]:
    return {str(page.figure_model.index(r, 0).data()): str(page.figure_model.index(r, 1).data())
            for r in range(page.figure_model.rowCount())}


def select_programme(qtbot, page, name_start: str):
    row = next(i for i, p in enumerate(page.model.rows) if p.name.startswith(name_start))
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(page.ready, timeout=20000)
    return page.model.rows[row]


def set_period(qtbot, page, d_from: str, d_to: str) -> None:
    page.date_from.clear()
    type_text(qtbot, page.date_from, d_from)
    page.date_to.clear()
    type_text(qtbot, page.date_to, d_to)
    click(qtbot, page.show_button)
    qtbot.waitUntil(page.ready, timeout=20000)


def test_programme_statistics_tagging_and_the_funders_workbook(qtbot, lead_ctx, tmp_path):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    window.resize(1300, 800)
    page = window.show_area("programmes")
    assert page.tabs.tabText(0) == "Programy a projekty"
    hf = select_programme(qtbot, page, "Housing First")
    set_period(qtbot, page, "1. 1. 2026", "27. 11. 2026")
    shown = figures(page)
    assert page.figures_title.text() == f"{hf.name}: 1.\u00a01.\u00a02026 – 27.\u00a011.\u00a02026"
    households, persons = int(shown["Podpořené domácnosti"]), int(shown["Podpořené osoby"])
    cases_before = int(shown["Případy v období"])
    assert households > 0 and persons >= households and cases_before > 0
    assert shown["Bydlí po 12 měsících"].endswith(")") and "%" in shown["Bydlí po 12 měsících"]
    assert "Indikátory: Počet podpořených osob" in page.about.text()
    # a bad period: a Czech message at the field, nothing computed
    page.date_from.clear()
    type_text(qtbot, page.date_from, "31. 12. 2026")
    click(qtbot, page.show_button)
    assert page.period_error.text() == "Začátek období je po jeho konci."
    set_period(qtbot, page, "1. 1. 2026", "27. 11. 2026")

    # put another open case into Housing First
    tagged = {r.record_id for r in page.record_model.rows if r.kind == tags.CASE}
    chosen: dict = {}
    errors: list = []

    def tag(dlg: TagDialog):
        click(qtbot, dlg.ok_button)                       # nothing chosen: refused
        assert dlg.errors.message("record_id") == "Vyberte záznam ze seznamu."
        i = next(i for i in range(1, dlg.record.count()) if dlg.record.itemData(i) not in tagged)
        chosen["id"], chosen["text"] = dlg.record.itemData(i), dlg.record.itemText(i)
        dlg.record.setCurrentIndex(i)
        dlg.on.clear()
        type_text(qtbot, dlg.on, "2. 11. 2026")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, TagDialog, tag, errors)
    click(qtbot, page.tag_buttons[tags.CASE])
    assert not errors, errors
    qtbot.waitUntil(page.ready, timeout=20000)
    assert chosen["text"] in [r.text for r in page.record_model.rows]
    with ctx.db.reading() as s:
        tag_row = s.scalars(select(ProgrammeTag).where(ProgrammeTag.case_id == chosen["id"],
                                                       ProgrammeTag.programme_id == hf.id)).one()
        assert tag_row.tagged_on == dt.date(2026, 11, 2)
        from models.cases import Case
        case = s.get(Case, chosen["id"])
        counts_in_period = case.opened_on <= dt.date(2026, 11, 27) and (
            case.closed_on is None or case.closed_on >= dt.date(2026, 1, 1))
    assert int(figures(page)["Případy v období"]) == cases_before + counts_in_period
    assert page.model.rows[page.view.currentIndex().row()].id == hf.id

    # the funder's workbook, written off the GUI thread
    out = tmp_path / "indikatory"
    op = page.export_to(out, dt.date(2026, 1, 1), dt.date(2026, 11, 27))
    qtbot.waitUntil(lambda: page.exported is not None or not op.is_running(), timeout=30000)
    assert page.exported == out.with_suffix(".xlsx")
    wb = load_workbook(io.BytesIO(page.exported.read_bytes()))
    summary = wb["Souhrn za období"]
    header = [c.value for c in summary[2]]
    assert header[:5] == ["Program / projekt", "Kód", "Poskytovatel", "Podpořené domácnosti",
                          "Podpořené osoby"]
    assert [c.value for c in summary[3]][0] == hf.name          # only this programme
    assert "Uloženo:" in page.status.text()


def test_new_programme_is_refused_while_incomplete_then_saved(qtbot, lead_ctx):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    page = window.show_area("programmes")
    errors: list = []

    def fill(dlg: ProgrammeDialog):
        click(qtbot, dlg.ok_button)
        assert dlg.errors.message("name") == "Uveďte název programu nebo projektu."
        assert dlg.errors.message("funder").startswith("Vyberte poskytovatele")
        type_text(qtbot, dlg.name, "Housing Led – Poříčí")
        type_text(qtbot, dlg.code, "HL-2027-01")
        dlg.funder.setCurrentIndex(dlg.funder.findText("Housing Led"))
        type_text(qtbot, dlg.starts_on, "1. 1. 2027")
        type_text(qtbot, dlg.ends_on, "31. 12. 2026")
        click(qtbot, dlg.ok_button)
        assert dlg.errors.message("ends_on") == "Konec programu je před jeho začátkem."
        dlg.ends_on.clear()
        type_text(qtbot, dlg.ends_on, "31. 12. 2028")
        dlg.indicators.setPlainText("Počet podpořených domácností")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, ProgrammeDialog, fill, errors)
    click(qtbot, page.new_button)
    assert not errors, errors
    row = next(p for p in page.model.rows if p.code == "HL-2027-01")
    assert (row.name, row.funder, row.starts_on, row.ends_on) == (
        "Housing Led – Poříčí", Funder.HOUSING_LED, dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    assert page.current().id == row.id             # the new programme is shown
    assert "poskytovatel Housing Led, 1. 1. 2027 – 31. 12. 2028." in page.about.text().replace("\u00a0", " ")


def test_flat_funding_and_the_reason_on_the_ranking(qtbot, lead_ctx):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    window.resize(1300, 800)
    page = window.show_area("programmes")
    page.tabs.setCurrentIndex(1)
    irop = [f for f in page.flat_model.rows if f.source == "IROP"]
    assert irop and all(f.sustainability_until == dt.date(2031, 12, 31) for f in irop)
    with ctx.db.reading() as s:
        free = s.scalars(select(Flat.id).where(
            Flat.status == FlatStatus.OCCUPIED,
            Flat.id.not_in(select(FlatFunding.flat_id))).order_by(Flat.id)).first()
        hf_id = s.scalars(select(Programme.id).where(
            Programme.funder == Funder.HOUSING_FIRST)).one()
    errors: list = []

    def fill(dlg: FundingDialog):
        assert dlg.flat.select_data(free)
        type_text(qtbot, dlg.source, "ITI")
        type_text(qtbot, dlg.until, "30. 6. 2030")
        type_text(qtbot, dlg.ethos, "1 až 7")
        click(qtbot, dlg.ok_button)
        assert "čísly 1 až 13" in dlg.errors.message("target_ethos")
        dlg.ethos.clear()
        type_text(qtbot, dlg.ethos, "1-3")
        assert dlg.target_programme.findData(hf_id) > 0
        dlg.target_programme.setCurrentIndex(dlg.target_programme.findData(hf_id))
        type_text(qtbot, dlg.income, "9 500")
        click(qtbot, dlg.ok_button)
    when_dialog(qtbot, FundingDialog, fill, errors)
    click(qtbot, page.flat_new)
    assert not errors, errors
    row = next(f for f in page.flat_model.rows if f.flat_id == free)
    assert row.rule.startswith("byt z dotace ITI, udržitelnost do 30. 6. 2030: jen domácnostem "
                               "v kategoriích ETHOS 1–3, zařazeným do programu „Housing First")
    assert row.rule.endswith("nebo s příjmem pod 9\u00a0500 Kč na osobu")
    with ctx.db.reading() as s:
        assert s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "flat_funding")).all() == ["create"]

    # the IROP flat on the Byty screen: the rule above the ranking, the reason at a household
    vacant_irop = next(f.flat_id for f in irop if f.binding and _vacant(ctx.db, f.flat_id))
    flats = window.show_area("flats")
    flats.status.setCurrentIndex(flats.status.findText("volný"))
    qtbot.waitUntil(flats.loader.ready, timeout=20000)
    r = next(i for i, f in enumerate(flats.model.rows) if f.id == vacant_irop)
    rect = flats.table.visualRect(flats.model.index(r, 0))
    qtbot.mouseClick(flats.table.viewport(), Qt.LeftButton, pos=rect.center())
    click(qtbot, flats.open_button)
    qtbot.waitUntil(lambda: not flats.detail.ranking_pending, timeout=30000)
    panel = flats.detail.ranking_panel
    assert "Byt z dotace IROP, udržitelnost do 31. 12. 2031" in panel.rules_label.text()
    left = [x for x in panel.excluded_model.rows
            if any(reason.rule == engine.TARGET_GROUP for reason in x.reasons)]
    assert left
    row = panel.excluded_model.rows.index(left[0])
    shown = [panel.excluded_model.index(row, c).data()
             for c in range(panel.excluded_model.columnCount())]
    assert any("domácnost žádnou z podmínek nesplňuje" in str(v) for v in shown)


def _vacant(db, flat_id) -> bool:
    with db.reading() as s:
        return s.get(Flat, flat_id).status == FlatStatus.VACANT


def test_statistics_screen_has_the_programme_tables(qtbot, lead_ctx):
    window = open_window(qtbot, lead_ctx)
    page = window.show_area("stats")
    qtbot.waitUntil(page.ready, timeout=30000)
    titles = [page.list.item(i).text() for i in range(page.list.count())]
    i = next(i for i, t in enumerate(titles) if t.startswith("Programy a projekty"))
    page.list.setCurrentRow(i)
    headers = [page.model.headerData(c, Qt.Horizontal)
               for c in range(page.model.columnCount())]
    assert "Podpořené osoby" in headers and "Poskytovatel" in headers
    assert any(t.startswith("Udržení bydlení podle programu") for t in titles)


def test_the_property_department_sees_no_clients_case_in_a_programme(qtbot, town_db, tmp_path):
    ctx = make_context(town_db, _actor(town_db, "tomas.krejci"), tmp_path / "p.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("programmes")
    select_programme(qtbot, page, "Housing First")
    assert page.record_model.rows and {r.kind for r in page.record_model.rows} == {tags.LEASE}
    assert not page.tag_buttons[tags.CASE].isVisible() and not page.new_button.isVisible()
    assert page.tag_buttons[tags.LEASE].isVisible()
