"""Nastavení → Dokumenty řízení edited like the contract template (issue 14
item 3, issue 18 item 2): a placeholder is found in the searchable list by its
description and inserted at the cursor; the live preview renders the wording
with a made-up applicant (no real person's data), and a wrong placeholder
shows a Czech message in the preview."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt

from app.cases.procedure_preview import SAMPLE, sample_procedure_pdf

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section


def _visible(tab):
    lst = tab.template_editor.list
    return [lst.item(i) for i in range(lst.count()) if not lst.item(i).isHidden()]


def test_placeholders_from_the_list_and_a_live_preview(qtbot, db, admin, tmp_path):
    from ui.cases.templates_tab import ProcedureTemplatesTab
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    window.resize(1280, 800)
    tab = open_section(window, "Dokumenty řízení")       # built when first shown
    assert isinstance(tab, ProcedureTemplatesTab)
    tab.kind.setCurrentIndex(tab.kind.findData("protocol"))
    editor = tab.template_editor
    qtbot.waitUntil(lambda: editor.renders >= 1 and bool(editor.pages), timeout=30000)
    assert not editor.preview_error
    # find "pohlaví" (sex-agreeing words) in the list, pick "účastník/účastnice"
    type_text(qtbot, editor.filter, "účastnice")
    shown = _visible(tab)
    assert len(shown) == 1 and "{{ucastnik}}" in shown[0].text()
    tab.editor.clear()
    type_text(qtbot, tab.editor, "# Protokol ")
    editor.list.setCurrentItem(shown[0])
    qtbot.mouseClick(editor.insert_button, Qt.LeftButton)
    assert tab.editor.toPlainText() == "# Protokol {{ucastnik}}"
    before = editor.renders
    qtbot.waitUntil(lambda: editor.renders > before, timeout=30000)
    assert not editor.preview_error and len(editor.pages) == 1
    # an unknown placeholder: the preview says what is wrong, in Czech
    type_text(qtbot, tab.editor, " {{starosta}}")
    qtbot.waitUntil(lambda: "{{starosta}}" in editor.preview_error, timeout=30000)
    assert "nelze použít" in editor.preview_error
    if os.environ.get("KMB_SHOT_DIR"):
        window.grab().save(os.path.join(os.environ["KMB_SHOT_DIR"], "procedure-template.png"))


def test_the_preview_prints_the_made_up_applicant_only(db, admin):
    import io

    from pypdf import PdfReader
    from app.cases.procedure_documents import default_template
    for kind in ("application", "protocol", "decision"):
        pdf = sample_procedure_pdf(db, admin, kind, default_template(kind))
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert SAMPLE["zadatel"] in text and "VZOR" in text
