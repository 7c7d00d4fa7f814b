"""The Sociální šetření screen used as a social worker would: start a
record for a client, write it (saved automatically), close it, see it
locked, print it, amend it."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.assessments.records import assessment_detail, list_assessments
from app.security import actor_from_user, find_user
from models.assessments import Assessment, RecordState
from models.cases import Task, TaskSource
from ui.assessments.person_picker import NewAssessmentDialog

from ..ui_helpers import make_context, open_window, type_text


@pytest.fixture
def ctx(town_db, town_worker, tmp_path):
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _start(qtbot, page, monkeypatch, who: str = "šťastný řehoř 1984") -> None:
    def fake_exec(dlg):
        type_text(qtbot, dlg.search, who)
        qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=3000)
        dlg.visit.clear()
        type_text(qtbot, dlg.visit, "20. 11. 2026")
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
        return dlg.result()
    monkeypatch.setattr(NewAssessmentDialog, "exec", fake_exec)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)


def _saved(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: not editor.saver.dirty, timeout=5000)


def test_write_close_print_and_amend_an_assessment(qtbot, ctx, client, monkeypatch, answers,
                                                   previews, tmp_path):
    window = open_window(qtbot, ctx)
    page = window.show_area("assessments")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    _start(qtbot, page, monkeypatch)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.title.text() == "Sociální šetření – Řehoř Šťastný"
    editor.saver.set_delay(50)
    form = editor.form
    assert "Věra Šťastná – manžel(ka) / partner(ka)" in form.members_label.text()

    qtbot.mouseClick(form.consent_given, Qt.LeftButton)
    type_text(qtbot, form.consent_on, "20. 11. 2026")
    type_text(qtbot, form.visit_place, "Žluťoučká 12, v bytě")
    type_text(qtbot, form.housing_situation, "Výpověď z nájmu pro dluh na nájemném.")
    type_text(qtbot, form.health, "Diabetes, léčí se.")
    type_text(qtbot, form.conclusion, "Domácnost je ohrožena ztrátou bydlení.")
    qtbot.mouseClick(form.incomes.buttons[0], Qt.LeftButton)
    type_text(qtbot, form.incomes.widget(0, "monthly"), "24 500")
    qtbot.mouseClick(form.debts.buttons[0], Qt.LeftButton)
    type_text(qtbot, form.debts.widget(0, "creditor"), "dodavatel elektřiny")
    type_text(qtbot, form.debts.widget(0, "amount"), "12 345")
    qtbot.mouseClick(form.debts.widget(0, "in_execution"), Qt.LeftButton)
    qtbot.mouseClick(form.steps.buttons[0], Qt.LeftButton)
    type_text(qtbot, form.steps.widget(0, "text"), "Podat žádost o příspěvek na bydlení")
    type_text(qtbot, form.steps.widget(0, "who"), "klient")
    type_text(qtbot, form.steps.widget(0, "due"), "4. 12. 2026")
    _saved(qtbot, editor)                          # nobody pressed "save"
    assert "Uloženo" in editor.status.text()
    assert form.income_total.text() == "Celkem měsíčně: 24\u00a0500\u00a0Kč"

    aid = editor.detail.id
    d = assessment_detail(ctx.db, ctx.actor, aid)
    assert d.data.conclusion == "Domácnost je ohrožena ztrátou bydlení."
    assert d.data.incomes[0].monthly_hal == 2_450_000
    assert d.data.debts[0].in_execution and d.data.health == "Diabetes, léčí se."
    type_text(qtbot, form.needs, "Stabilní nájemní bydlení.")   # a second save updates lines
    _saved(qtbot, editor)
    assert len(assessment_detail(ctx.db, ctx.actor, aid).data.incomes) == 1

    qtbot.mouseClick(editor.close_button, Qt.LeftButton)
    assert "Uzavřít záznam?" in answers["questions"][-1]
    assert answers["warnings"] == []
    with ctx.db.reading() as s:
        row = s.get(Assessment, aid)
        assert row.state == RecordState.CLOSED
        task = s.scalars(select(Task).where(Task.source == TaskSource.ASSESSMENT,
                                            Task.person_id == client)).one()
        assert task.title == "Podat žádost o příspěvek na bydlení"
        assert task.due_on == dt.date(2026, 12, 4)
    assert editor.banner.isVisible() and "uzavřený" in editor.banner.text()
    assert form.conclusion.isReadOnly() and not editor.close_button.isVisible()
    assert form.steps.widget(0, "task").text() == "vytvořen"
    type_text(qtbot, form.conclusion, "změna")          # locked: typing does nothing
    assert assessment_detail(ctx.db, ctx.actor, aid).data.conclusion == \
        "Domácnost je ohrožena ztrátou bydlení."

    qtbot.mouseClick(editor.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)   # rendered off the GUI thread
    title, filename, pdf = previews[-1]
    assert title == "Záznam ze sociálního šetření"
    assert filename == "socialni-setreni-rehor-stastny-2026-11-20.pdf"
    text = _pdf_text(pdf)
    assert "Řehoř Šťastný" in text and "Žluťoučká 12" in text and "Diabetes" in text

    qtbot.mouseClick(editor.amend_button, Qt.LeftButton)
    new_id = editor.detail.id
    assert new_id != aid and editor.detail.version == 2 and not editor.banner.isVisible()
    assert editor.versions.isVisible() and editor.versions.count() == 2
    form.conclusion.moveCursor(form.conclusion.textCursor().MoveOperation.End)
    type_text(qtbot, form.conclusion, " Oprava: klient nastoupil do práce.")
    _saved(qtbot, editor)
    qtbot.mouseClick(editor.close_button, Qt.LeftButton)
    old, new = (assessment_detail(ctx.db, ctx.actor, i) for i in (aid, new_id))
    assert old.data.conclusion == "Domácnost je ohrožena ztrátou bydlení."
    assert new.data.conclusion.endswith("Oprava: klient nastoupil do práce.")
    assert new.amends_id == aid and new.locked and old.superseded_by == new_id
    with ctx.db.reading() as s:                          # no duplicate task from the copy
        assert len(s.scalars(select(Task).where(Task.person_id == client)).all()) == 1

    editor.versions.setCurrentIndex(0)                   # the old version stays readable
    editor.versions.activated.emit(0)
    assert editor.detail.id == aid and "opraven" in editor.banner.text()
    qtbot.mouseClick(editor.back_button, Qt.LeftButton)
    qtbot.waitUntil(page.loader.ready, timeout=30000)
    assert page.stack.currentWidget() is page.list_view
    shown = [page.model.row(r).id for r in range(page.model.rowCount())]
    assert new_id in shown and aid not in shown


def test_unreadable_amount_is_shown_at_the_field_and_nothing_is_saved(qtbot, ctx, client,
                                                                      monkeypatch, answers):
    window = open_window(qtbot, ctx)
    page = window.show_area("assessments")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    _start(qtbot, page, monkeypatch)
    editor = page.editor
    editor.saver.set_delay(50)
    form = editor.form
    type_text(qtbot, form.conclusion, "Závěr")
    qtbot.mouseClick(form.incomes.buttons[0], Qt.LeftButton)
    type_text(qtbot, form.incomes.widget(0, "monthly"), "dvacet tisíc")
    qtbot.waitUntil(lambda: "Neuloženo" in editor.status.text(), timeout=5000)
    assert form.incomes.widget(0, "monthly").property("invalid") is True
    assert "není částka" in editor.status.text()
    assert assessment_detail(ctx.db, ctx.actor, editor.detail.id).data.conclusion is None
    form.incomes.widget(0, "monthly").clear()
    type_text(qtbot, form.incomes.widget(0, "monthly"), "20 000")
    _saved(qtbot, editor)
    assert assessment_detail(ctx.db, ctx.actor, editor.detail.id).data.conclusion == "Závěr"
    # closing without consent is refused with the reasons listed
    qtbot.mouseClick(editor.close_button, Qt.LeftButton)
    assert "bez souhlasu klienta" in answers["warnings"][-1]
    assert editor.detail.state == RecordState.DRAFT


def test_property_department_has_no_assessments(qtbot, town_db, tmp_path):
    with town_db.reading() as s:
        prop = actor_from_user(find_user(s, "tomas.krejci"))
    window = open_window(qtbot, make_context(town_db, prop, tmp_path / "ui.ini"))
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Sociální šetření" not in titles and "Kontroly bytů" in titles


def test_list_filters_by_state_and_text(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = window.show_area("assessments")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    total = page.model.rowCount()
    assert total == len(list_assessments(ctx.db, ctx.actor, latest_only=True))
    page.state.setCurrentIndex(page.state.findText("Rozpracovaná"))
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    assert 0 < page.model.rowCount() < total
    assert all(page.model.row(r).state == RecordState.DRAFT
               for r in range(page.model.rowCount()))
    name = page.model.row(0).person.split()[-1]
    type_text(qtbot, page.search, name)
    qtbot.waitUntil(lambda: all(name in page.model.row(r).person
                                for r in range(page.model.rowCount())), timeout=3000)
    qtbot.keyClick(page.table, Qt.Key_Return) if page.model.rowCount() else None
