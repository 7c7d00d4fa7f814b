"""Nastavení → Dokumenty řízení: the office's wording of the žádost o zápis,
the protokol o šetření and the rozhodnutí (plain text with named
placeholders). A wording with an unknown placeholder is refused with the list
of problems; nothing is stored then."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.cases.procedure_documents import (PLACEHOLDERS, default_template,
                                           document_templates, save_document_template)
from app.cases.procedure_preview import sample_procedure_pdf
from app.errors import KmbError

from ..context import UiContext
from ..widgets.template_editor import TemplateEditor


class ProcedureTemplatesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows = {r.kind: r for r in document_templates(ctx.db, ctx.actor)}
        self.kind = QComboBox()
        for r in self.rows.values():
            self.kind.addItem(r.title, r.kind)
        self.kind.currentIndexChanged.connect(self._show)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("procedure_template")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.editor.setMinimumHeight(320)
        self.state = QLabel()
        self.state.setObjectName("muted")
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.save_button = QPushButton(self.tr("Uložit znění"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("Vložit výchozí znění"))
        self.default_button.clicked.connect(
            lambda: self.editor.setPlainText(default_template(self.kind.currentData())))
        # placeholders picked from a searchable list; a live preview with a made-up person
        db, actor = ctx.db, ctx.actor
        self._kind_now = self.kind.currentData()
        self.template_editor = TemplateEditor(
            self.editor, {**PLACEHOLDERS, "podpisy": self.tr("podpisy (samostatný řádek)")},
            lambda text: sample_procedure_pdf(db, actor, self._kind_now, text))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Dokument")))
        row.addWidget(self.kind, 1)
        row.addWidget(self.state)
        body = QHBoxLayout()
        body.addWidget(self.template_editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        v = QVBoxLayout(self)
        v.addLayout(row)
        v.addLayout(body, 1)
        v.addWidget(self.error)
        v.addLayout(buttons)
        self._show()

    def _show(self) -> None:
        self._kind_now = self.kind.currentData()
        r = self.rows[self._kind_now]
        self.editor.setPlainText(r.text)
        self.state.setText(self.tr("upravené znění úřadu") if r.edited
                           else self.tr("výchozí znění"))
        self.error.hide()
        self.saved.clear()

    def save(self) -> None:
        kind = self.kind.currentData()
        self.error.hide()
        try:
            save_document_template(self.ctx.db, self.ctx.actor, kind, self.editor.toPlainText())
        except KmbError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.rows = {r.kind: r for r in document_templates(self.ctx.db, self.ctx.actor)}
        self.state.setText(self.tr("upravené znění úřadu") if self.rows[kind].edited
                           else self.tr("výchozí znění"))
        self.saved.setText(self.tr("Uloženo. Vydaná rozhodnutí se nemění."))
