"""The Act's procedure on the case detail, used as a social worker would: file
the application, record the inquiry (a mistyped date is refused at the field),
send the request to the Úřad práce and see the opinion late, be told why a
later step cannot be recorded yet, print the application."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.cases import procedure as proc
from models.cases import Case, CaseStatus, Task, TaskSource
from models.procedure import HousingProcedure
from ui.cases.procedure import StartDialog, StepDialog
from ui.widgets.pdf_preview import PdfPreviewDialog

from .ui_helpers import make_context, open_window, type_text
from .ui_modal import when_modal
from tests.settings_sections import open_section


@pytest.fixture
def ctx(town_db, town_worker, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    return make_context(town_db, town_worker, tmp_path / "ui.ini")


def ok(dlg) -> None:
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()


def _case_without_procedure(ctx) -> str:
    with ctx.db.reading() as s:
        taken = set(s.scalars(select(HousingProcedure.case_id)))
        ids = s.scalars(select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS,
                                              Case.assigned_worker_id == ctx.actor.user_id)
                        .order_by(Case.number))
        return next(i for i in ids if i not in taken)


def _select_step(qtbot, section, key: str) -> None:
    row = next(i for i, s in enumerate(section.model.rows) if s.key == key)
    rect = section.table.visualRect(section.model.index(row, 0))
    qtbot.mouseClick(section.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert section.selected_step().key == key


def _state(section, key: str) -> str:
    row = next(i for i, s in enumerate(section.model.rows) if s.key == key)
    return section.model.data(section.model.index(row, 1))


def test_a_social_worker_records_the_procedure(qtbot, ctx):
    cid = _case_without_procedure(ctx)
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    page.open_case(cid)
    section = page.detail.procedure
    assert section.start_button.isVisible() and section.empty.isVisible()
    assert not section.table.isVisible()

    def start(dlg):
        assert isinstance(dlg, StartDialog)
        dlg.day.clear()
        type_text(qtbot, dlg.day, "1. 7. 2026")
        dlg.channel.setCurrentIndex(dlg.channel.findData("poštou"))
        ok(dlg)
    state = when_modal(start)
    qtbot.mouseClick(section.start_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: section.table.isVisible())
    with ctx.db.reading() as s:
        p = s.scalars(select(HousingProcedure).where(HousingProcedure.case_id == cid)).one()
        assert p.application_channel == "poštou" and p.application_on.isoformat() == \
            "2026-07-01"
    assert [r.key for r in section.model.rows] == [s.key for s in proc.STEPS]
    assert _state(section, "application") == "hotovo"

    # the inquiry: a mistyped date stays in the dialog with its message
    _select_step(qtbot, section, "inquiry")

    def inquiry(dlg):
        assert isinstance(dlg, StepDialog)
        type_text(qtbot, dlg.widgets["inquiry_started_on"], "32. 7. 2026")
        ok(dlg)
        assert dlg.isVisible() and dlg.errors.message("inquiry_started_on")
        dlg.widgets["inquiry_started_on"].clear()
        type_text(qtbot, dlg.widgets["inquiry_started_on"], "2. 7. 2026")
        type_text(qtbot, dlg.widgets["inquiry_findings"], "Rodina bydlí u příbuzných, 3 osoby "
                                                          "v jedné místnosti.")
        ok(dlg)
    state = when_modal(inquiry)
    qtbot.mouseClick(section.step_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: "zahájeno 2. 7. 2026" in section.model.rows[1].summary)

    # the request to the Úřad práce: 30 days later the opinion is late
    _select_step(qtbot, section, "opinion_request")

    def request(dlg):
        type_text(qtbot, dlg.widgets["opinion_requested_on"], "6. 7. 2026")
        ok(dlg)
    state = when_modal(request)
    qtbot.mouseClick(section.step_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: _state(section, "opinion") == "po termínu")
    with ctx.db.reading() as s:
        task = s.scalars(select(Task).where(Task.source == TaskSource.PROCEDURE_OPINION,
                                            Task.case_id == cid)).one()
        assert task.due_on.isoformat() == "2026-08-05" and task.done_at is None
    assert "po termínu" in next(r for r in section.model.rows if r.key == "opinion").summary
    assert "Stanovisko Úřadu práce" in "\n".join(
        page.detail.task_list.item(i).text() for i in range(page.detail.task_list.count()))

    # a later step: the screen says why it cannot be recorded yet
    _select_step(qtbot, section, "decision")
    qtbot.mouseClick(section.step_button, Qt.LeftButton)
    assert section.message.isVisible() and "zatím nelze zapsat" in section.message.text()
    assert not section.print_actions["decision"].isEnabled()   # not issued: not printable

    # the application printed from the office's template
    def preview(dlg):
        assert isinstance(dlg, PdfPreviewDialog)
        assert dlg.page_count >= 1 and dlg.filename.startswith("zadost-")
        dlg.accept()
    state = when_modal(preview, tries=1000)
    section.print_actions["application"].trigger()
    qtbot.waitUntil(lambda: state["done"], timeout=20000)
    assert state["error"] is None


def _type_lines(qtbot, editor, lines) -> None:
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(editor, Qt.Key_Return)
        if line:
            type_text(qtbot, editor, line)


def test_the_lead_edits_the_decision_wording(qtbot, town_db, tmp_path):
    from app.cases.procedure_documents import document_templates
    from app.security import actor_from_user, find_user
    from ui.cases.templates_tab import ProcedureTemplatesTab
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Dokumenty řízení")     # built when first shown
    assert isinstance(tab, ProcedureTemplatesTab) and tab.isVisible()
    tab.kind.setCurrentIndex(tab.kind.findData("decision"))
    assert "{{vyrok}}" in tab.editor.toPlainText() and tab.state.text() == "výchozí znění"
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    _type_lines(qtbot, tab.editor, ["", "Podepsal {{starosta}}"])
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.error.isVisible() and "{{starosta}}" in tab.error.text()
    assert not {r.kind: r for r in document_templates(town_db, lead)}["decision"].edited
    tab.editor.clear()
    _type_lines(qtbot, tab.editor, ["# Rozhodnutí města", "Ve věci {{zadatel}}: {{vyrok}}",
                                    "{{podpisy}}"])
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert not tab.error.isVisible() and tab.state.text() == "upravené znění úřadu"
    row = {r.kind: r for r in document_templates(town_db, lead)}["decision"]
    assert row.edited and row.text.startswith("# Rozhodnutí města")
