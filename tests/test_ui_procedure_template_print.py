"""Nastavení → Dokumenty řízení end to end (issue 14 item 3): the office adds a
sentence with a placeholder to the žádost's wording, the live preview renders
it with the made-up applicant, Save stores it, and the next print of a real
procedure's žádost carries it with the applicant's own words (pdftotext)."""
from __future__ import annotations

import datetime as dt
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.cases import procedure as proc
from app.cases.procedure_documents import document_templates, print_procedure_document

from .test_procedure import _case
from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section

SENTENCE = "Vzor úřadu: {{zadatel_slovo}} žádost podepsala osobně."


def _pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.replace("\u00a0", " ").split())


def test_edit_see_the_preview_save_and_the_print_shows_it(qtbot, db, admin, tmp_path):
    from ui.cases.templates_tab import ProcedureTemplatesTab
    cid = _case(db, admin)                       # Marie Šťastná, a woman
    pid = proc.start_procedure(db, admin, cid, application_on=dt.date(2026, 7, 1),
                               today=dt.date(2026, 11, 27))
    before = _pdftotext(print_procedure_document(db, admin, pid, "application")[0], tmp_path)
    assert "Vzor úřadu" not in before
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    window.resize(1280, 800)
    tab = open_section(window, "Dokumenty řízení")
    assert isinstance(tab, ProcedureTemplatesTab)
    tab.kind.setCurrentIndex(tab.kind.findData("application"))
    editor = tab.template_editor
    qtbot.waitUntil(lambda: editor.renders >= 1 and bool(editor.pages), timeout=30000)
    # a new paragraph before the signatures: the cursor on the {{podpisy}} line
    cursor = tab.editor.document().find("{{podpisy}}")
    cursor.movePosition(QTextCursor.StartOfBlock)
    tab.editor.setTextCursor(cursor)
    shown = editor.renders
    type_text(qtbot, tab.editor, SENTENCE)
    qtbot.keyClick(tab.editor, Qt.Key_Return)
    qtbot.keyClick(tab.editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: editor.renders > shown, timeout=30000)
    assert not editor.preview_error and editor.pages
    # what the preview shows: the made-up applicant's words
    preview = _pdftotext(editor.make(tab.editor.toPlainText()), tmp_path)
    assert "Vzor úřadu: žadatelka žádost podepsala osobně." in preview
    assert "Šťastná" not in preview
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "Uloženo" in tab.saved.text() and not tab.error.isVisible()
    assert {r.kind: r for r in document_templates(db, admin)}["application"].edited
    after = _pdftotext(print_procedure_document(db, admin, pid, "application")[0], tmp_path)
    assert "Vzor úřadu: žadatelka žádost podepsala osobně." in after
    assert "Marie Šťastná" in after
