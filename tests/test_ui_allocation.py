"""The allocation screens used as a worker at the desk would: open a vacant
flat, read the ranking and its breakdown, offer the flat, record refusals
(the second one excludes the household), record the council decision; file
an application; edit the rules and compare them with the current ones."""
from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from app.allocation import ranking as ranking_svc
from app.cli.main import main
from app.housing.stock import stock_overview
from app.printing import render
from app.security import actor_from_user, find_user
from models.allocation import (AllocationDecision, Application, ApplicationState, Offer,
                               OfferResponse, Refusal, RuleSet, RuleSetState)
from models.housing import Flat, FlatCategory, FlatStatus
from ui.allocation.form import ApplicationDialog
from ui.flats.edit import FlatDialog
from ui.flats.offer_dialogs import AnswerDialog, DecisionDialog, OfferDialog
from ui.widgets.pdf_preview import PdfPreviewDialog

from .ui_helpers import make_context, open_window, type_text
from .keys import as_user
from tests.settings_sections import open_section


@pytest.fixture
def ctx(town_db, town_worker, tmp_path):
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


@pytest.fixture
def lead_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    return make_context(town_db, lead, tmp_path / "ui-lead.ini")


def fake_exec(qtbot, fill):
    """Run a dialog "modally" in the test: show it, let ``fill`` use it like a
    person, and return what exec() would."""
    def exec_(self):
        qtbot.addWidget(self)
        self.show()
        fill(self)
        return self.result()
    return exec_


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.LeftButton)


def vacant_social(db) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Flat.id).where(Flat.category == FlatCategory.SOCIAL,
                                                    Flat.status == FlatStatus.VACANT)
                              .order_by(Flat.id)))


def open_flat_from_list(qtbot, window, flat_id):
    page = window.show_area("flats")
    page.status.setCurrentIndex(page.status.findText("volný"))
    page.category.setCurrentIndex(page.category.findText("sociální"))
    qtbot.waitUntil(page.loader.ready)             # the list is read off the GUI thread
    row = next(i for i, f in enumerate(page.model.rows) if f.id == flat_id)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    click(qtbot, page.open_button)
    assert page.stack.currentWidget() is page.detail
    ranked(qtbot, page.detail)
    return page, page.detail


def ranked(qtbot, detail):
    """The ranking is computed off the GUI thread: wait for it, as a person would."""
    qtbot.waitUntil(lambda: not detail.ranking_pending, timeout=20000)


def select_household(qtbot, panel, application_id):
    row = next(i for i, e in enumerate(panel.rank_model.rows)
               if e.application_id == application_id)
    panel.ranked.scrollTo(panel.rank_model.index(row, 0))
    rect = panel.ranked.visualRect(panel.rank_model.index(row, 1))
    qtbot.mouseClick(panel.ranked.viewport(), Qt.LeftButton, pos=rect.center())
    assert panel.selected().application_id == application_id
    return panel.selected()


def test_offer_refuse_twice_and_the_household_is_excluded(qtbot, ctx, monkeypatch):
    flat_a, flat_b = vacant_social(ctx.db)
    in_b = {e.application_id for e in ranking_svc.rank_flat(ctx.db, ctx.actor, flat_b).ranked}
    window = open_window(qtbot, ctx)
    window.resize(1280, 780)
    page, detail = open_flat_from_list(qtbot, window, flat_a)
    panel = detail.ranking_panel
    assert panel.rank_model.rowCount() > 5
    assert "Pořadí žadatelů (" in detail.tabs.tabText(0)
    # the breakdown of the first one: every criterion with points and words
    first = panel.rank_model.rows[0]
    assert panel.breakdown_title.text().startswith(f"1. {first.household} – celkem")
    labels = [panel.line_model.index(r, 0).data() for r in range(panel.line_model.rowCount())]
    assert "Současné bydlení" in labels and "Roky od podání žádosti" in labels
    assert sum(ln.points for ln in panel.line_model.rows) + (
        first.individual.points if first.individual else 0) == first.total
    assert panel.excluded_model.rowCount() > 0          # left out, each with a reason
    assert all(x.reasons for x in panel.excluded_model.rows)

    target = next(e for e in panel.rank_model.rows
                  if e.application_id in in_b and e.points_of("refusals") == 0)
    entry = select_household(qtbot, panel, target.application_id)
    assert entry.household in panel.breakdown_title.text()

    def offer(dlg):
        type_text(qtbot, dlg.note, "Individuálně posouzeno, domácnost o byt stojí.")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(OfferDialog, "exec", fake_exec(qtbot, offer))
    click(qtbot, panel.offer_button)
    assert "čeká na odpověď" in detail.banner_text.text()
    assert not panel.offer_button.isEnabled()             # one open offer per flat

    def refuse(reason):
        def fill(dlg):
            click(qtbot, dlg.save_button)                 # without a reason: refused
            assert dlg.isVisible() and dlg.errors.message("reason")
            type_text(qtbot, dlg.reason, reason)
            click(qtbot, dlg.save_button)
        return fill
    monkeypatch.setattr(AnswerDialog, "exec", fake_exec(qtbot, refuse("Byt je daleko od školy.")))
    click(qtbot, detail.refuse_button)
    assert "Odmítnutí zapsáno (1." in detail.message.text()
    ranked(qtbot, detail)
    left = {x.application_id: x for x in panel.excluded_model.rows}
    assert "tento byt už domácnost odmítla" in left[target.application_id].reasons[0].text
    with ctx.db.reading() as s:
        assert s.scalars(select(Refusal).where(
            Refusal.application_id == target.application_id)).one().reason == \
            "Byt je daleko od školy."

    # the second flat: the household is still ranked, with −200 for the refusal
    click(qtbot, detail.back_button)
    page, detail = open_flat_from_list(qtbot, window, flat_b)
    panel = detail.ranking_panel
    entry = select_household(qtbot, panel, target.application_id)
    assert entry.points_of("refusals") == -200
    click(qtbot, panel.offer_button)
    monkeypatch.setattr(AnswerDialog, "exec", fake_exec(qtbot, refuse("Nechce se stěhovat.")))
    click(qtbot, detail.refuse_button)
    assert "vyřazena" in detail.message.text()
    ranked(qtbot, detail)
    assert target.application_id not in {e.application_id for e in panel.rank_model.rows}
    left = {x.application_id: x for x in panel.excluded_model.rows}
    assert "2× odmítla" in left[target.application_id].reasons[0].text
    history = [detail.offer_model.index(r, 5).data() for r in range(detail.offer_model.rowCount())]
    assert "odmítnuta" in history


def _screen_order(panel):
    return [(e.rank, e.household, e.total) for e in panel.rank_model.rows]


def test_screen_cli_and_pdf_agree(qtbot, ctx, capsys, monkeypatch):
    flat = vacant_social(ctx.db)[1]
    window = open_window(qtbot, ctx)
    _, detail = open_flat_from_list(qtbot, window, flat)
    screen = _screen_order(detail.ranking_panel)
    assert len(screen) > 5
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    assert main(as_user(["rank", flat, "--format", "json", "--db", ctx.db.url])) == 0
    cli = json.loads(capsys.readouterr().out)
    assert [(e["rank"], e["household"], e["total"]) for e in cli["ranked"]] == screen
    shown = {}
    monkeypatch.setattr(PdfPreviewDialog, "exec",
                        lambda self: shown.setdefault("pdf", self.pdf_bytes) and 0)
    click(qtbot, detail.print_button)
    qtbot.waitUntil(lambda: "pdf" in shown, timeout=20000)   # rendered off the GUI thread
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(shown["pdf"])).pages)
    pdf = [(int(m[1]), m[2], int(m[3].replace("\u00a0", "").replace("−", "-")))
           for m in re.finditer(r"^(\d+)\. (.+?) — celkem (−?[\d\u00a0]+) bodů", text, re.M)]
    assert pdf == screen


def test_accept_and_council_decision_freeze_the_ranking(qtbot, ctx, monkeypatch):
    flat = vacant_social(ctx.db)[0]
    window = open_window(qtbot, ctx)
    _, detail = open_flat_from_list(qtbot, window, flat)
    top = detail.ranking_panel.rank_model.rows[0]
    screen = _screen_order(detail.ranking_panel)

    def offer(dlg):
        if top.reviews:
            type_text(qtbot, dlg.note, "Dluh se splácí, posouzeno.")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(OfferDialog, "exec", fake_exec(qtbot, offer))
    click(qtbot, detail.ranking_panel.offer_button)
    monkeypatch.setattr(AnswerDialog, "exec",
                        fake_exec(qtbot, lambda dlg: click(qtbot, dlg.save_button)))
    click(qtbot, detail.accept_button)
    assert "přijala" in detail.banner_text.text() and detail.decide_button.isVisible()
    ranked(qtbot, detail)

    def decide(dlg):
        assert dlg.application.currentData() == top.application_id
        click(qtbot, dlg.save_button)                     # no resolution number yet
        assert dlg.errors.message("resolution_number")
        type_text(qtbot, dlg.resolution, "RM 2026/777")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(DecisionDialog, "exec", fake_exec(qtbot, decide))
    click(qtbot, detail.decide_button)
    assert "Rozhodnutí zapsáno" in detail.message.text()
    assert "schválila" in detail.banner_text.text() and "RM 2026/777" in detail.banner_text.text()
    assert not detail.decide_button.isVisible()
    assert detail.decision_model.rowCount() == 1
    assert detail.decision_model.index(0, 3).data() == "schváleno"
    with ctx.db.reading() as s:
        d = s.scalars(select(AllocationDecision).where(
            AllocationDecision.resolution_number == "RM 2026/777")).one()
        frozen = json.loads(d.ranking_snapshot_json)
        assert [(e["rank"], e["household"], e["total"]) for e in frozen["ranked"]] == screen
        assert s.get(Application, top.application_id).state == ApplicationState.HOUSED
        assert s.get(Offer, d.offer_id).response == OfferResponse.ACCEPTED
        decision_id = d.id
    pdf, _ = render(ctx.db, ctx.actor, "ranking", decision_id)
    assert "RM 2026/777" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_file_an_application_with_the_facts(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = window.show_area("applications")
    qtbot.waitUntil(page.loader.ready)             # scored off the GUI thread
    before = page.model.rowCount()
    assert before > 30 and page.detail.title.text() == "Vyberte žádost"

    def fill(dlg):
        type_text(qtbot, dlg.household_search, "Novák")
        qtbot.waitUntil(lambda: dlg.household.count() > 1, timeout=3000)
        dlg.household.setCurrentIndex(1)
        dlg.category.setCurrentIndex(dlg.category.findText("sociální"))
        dlg.ethos.setCurrentIndex(dlg.ethos.findData(9))
        type_text(qtbot, dlg.income_pp, "7 500")
        dlg.individual_points.setValue(30)
        click(qtbot, dlg.save_button)                     # 30 points need a justification
        assert dlg.isVisible()
        assert "odůvodnění" in dlg.errors.message("individual_justification")
        type_text(qtbot, dlg.individual_justification, "Výpověď z nájmu, doloženo.")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(ApplicationDialog, "exec", fake_exec(qtbot, fill))
    click(qtbot, page.new_button)
    with ctx.db.reading() as s:
        app = s.scalars(select(Application).where(
            Application.individual_justification == "Výpověď z nájmu, doloženo.")).one()
        assert app.ethos_category == 9 and app.income_per_person_hal == 750_000
        assert app.requested_category == FlatCategory.SOCIAL and app.individual_points == 30
        assert app.individual_by_id == ctx.actor.user_id
        app_id = app.id
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == app_id)
    assert "Body podle platných pravidel" in page.detail.info.text()
    assert "Výpověď z nájmu" in page.detail.info.text()
    with ctx.db.reading() as s:
        until = s.get(Application, app_id).valid_until
    click(qtbot, page.detail.renew_button)
    assert page.detail.message.text().startswith("Platnost obnovena do ")
    with ctx.db.reading() as s:                           # a year more than before
        assert s.get(Application, app_id).valid_until.year == until.year + 1


def test_rules_editor_bad_practice_warning_what_if_and_quotas(qtbot, lead_ctx):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Pravidla přidělování")
    assert "Bodový systém" in tab.overview.text() and "Současné bydlení" in tab.overview.text()
    assert tab.editor.isReadOnly()                        # the active rules do not change
    click(qtbot, tab.new_button)
    assert not tab.editor.isReadOnly() and tab.detail.row.state == "draft"
    # select "review" in the debt rule and type "exclude" over it
    cursor = tab.editor.document().find("review")      # the debt rule's action
    assert cursor.selectedText() == "review"
    tab.editor.setTextCursor(cursor)
    type_text(qtbot, tab.editor, "exclude")
    qtbot.waitUntil(lambda: "Špatná praxe" in tab.problems.text(), timeout=3000)
    assert "individuálního posouzení" in tab.problems.text()
    assert "Špatná praxe" in tab.overview.text()
    # a typo is reported and not saved
    tab.editor.moveCursor(QTextCursor.End)
    type_text(qtbot, tab.editor, ",")
    qtbot.waitUntil(lambda: "Chyby" in tab.problems.text(), timeout=3000)
    click(qtbot, tab.save_button)
    assert "chyby" in tab.message.text().lower()
    tab.editor.moveCursor(QTextCursor.End)
    qtbot.keyClick(tab.editor, Qt.Key_Backspace)
    qtbot.waitUntil(lambda: "v pořádku" in tab.problems.text(), timeout=3000)
    click(qtbot, tab.save_button)
    assert tab.message.text() == "Návrh uložen."
    with ctx.db.reading() as s:
        draft = s.get(RuleSet, tab.detail.row.id)
        assert draft.state == RuleSetState.DRAFT and '"action":"exclude"' in draft.body_json
    # what-if: the draft against the current rules, off the UI thread
    tab.views.setCurrentWidget(tab.whatif)
    click(qtbot, tab.whatif.run_button)
    qtbot.waitUntil(lambda: tab.whatif.result is not None, timeout=15000)
    with ctx.db.reading() as s:
        vacant = len(s.scalars(select(Flat.id).where(Flat.status == FlatStatus.VACANT)).all())
    assert tab.whatif.flat_model.rowCount() == vacant
    assert tab.whatif.share_model.rowCount() > 5 and tab.whatif.move_model.rowCount() > 0
    assert "Změna" in [tab.whatif.move_model.headerData(i, Qt.Horizontal)
                       for i in range(tab.whatif.move_model.columnCount())]
    # quotas
    tab.views.setCurrentWidget(tab.quotas)
    spin = tab.quotas.spins[FlatCategory.SOCIAL]
    spin.selectAll()
    type_text(qtbot, spin.lineEdit(), "10")
    click(qtbot, tab.quotas.save_button)                  # 10 + 95 other = 105 %
    assert "105,0 %" in tab.quotas.error.text()
    assert stock_overview(ctx.db, ctx.actor).row(FlatCategory.SOCIAL).target_pct == 5
    standard = tab.quotas.spins[FlatCategory.STANDARD]
    standard.selectAll()
    type_text(qtbot, standard.lineEdit(), "75")
    click(qtbot, tab.quotas.save_button)
    assert tab.quotas.error.text() == "" and "Kvóty uloženy" in tab.quotas.total.text()
    assert stock_overview(ctx.db, ctx.actor).row(FlatCategory.SOCIAL).target_pct == 10


def test_edit_a_flat_and_see_the_quota_panel(qtbot, lead_ctx, monkeypatch):
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")
    panel = page.quotas
    qtbot.waitUntil(panel.ready)                   # counted off the GUI thread
    social_before = next(r for r in panel.model.rows if r.category == FlatCategory.SOCIAL)
    page.status.setCurrentIndex(page.status.findText("volný"))
    page.category.setCurrentIndex(page.category.findText("běžný"))
    qtbot.waitUntil(page.loader.ready)
    page.open_row(0)
    detail = page.detail

    def fill(dlg):
        dlg.category.setCurrentIndex(dlg.category.findText("sociální"))
        dlg.rent.clear()
        type_text(qtbot, dlg.rent, "3 900")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(FlatDialog, "exec", fake_exec(qtbot, fill))
    click(qtbot, detail.edit_button)
    assert "sociální" in detail.subtitle.text() and "3\u00a0900\u00a0Kč" in detail.subtitle.text()
    qtbot.waitUntil(lambda: next(r for r in panel.model.rows if r.category
                                 == FlatCategory.SOCIAL).flats == social_before.flats + 1)
    social_after = next(r for r in panel.model.rows if r.category == FlatCategory.SOCIAL)
    assert social_after.vacant == social_before.vacant + 1


def test_new_building_and_flat_then_edit_the_building(qtbot, lead_ctx, monkeypatch):
    from ui.flats.edit import BuildingDialog
    ctx = lead_ctx
    window = open_window(qtbot, ctx)
    page = window.show_area("flats")

    def building(dlg):
        type_text(qtbot, dlg.street, "Žižkova")
        type_text(qtbot, dlg.city, "Trutnov")
        click(qtbot, dlg.save_button)                     # no house number: refused
        assert dlg.errors.message("house_number")
        type_text(qtbot, dlg.house_number, "77")
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(BuildingDialog, "exec", fake_exec(qtbot, building))
    click(qtbot, page.new_building_button)

    def flat(dlg):
        dlg.building.setCurrentIndex(dlg.building.findText("Žižkova 77, Trutnov"))
        type_text(qtbot, dlg.number, "1")
        type_text(qtbot, dlg.layout_, "2+kk")
        dlg.rooms.setValue(2)
        type_text(qtbot, dlg.area, "48,5")
        dlg.status.setCurrentIndex(dlg.status.findText("volný"))
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(FlatDialog, "exec", fake_exec(qtbot, flat))
    click(qtbot, page.new_flat_button)
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.title.text() == "Žižkova 77, Trutnov, byt č. 1"
    assert "48,5 m²" in detail.subtitle.text()

    def rename(dlg):
        assert dlg.street.text() == "Žižkova"
        dlg.house_number.clear()
        type_text(qtbot, dlg.house_number, "78")
        dlg.has_lift.setChecked(True)
        click(qtbot, dlg.save_button)
    monkeypatch.setattr(BuildingDialog, "exec", fake_exec(qtbot, rename))
    click(qtbot, detail.building_button)
    assert detail.title.text() == "Žižkova 78, Trutnov, byt č. 1"
    assert "výtah" in detail.subtitle.text() and "bez výtahu" not in detail.subtitle.text()
