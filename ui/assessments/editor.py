"""One assessment open for writing or reading: header with state and
versions, the sectioned form, autosave, close (lock), amend, print."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QWidget

from app.assessments.records import (
    AssessmentDetail,
    amend_assessment,
    assessment_detail,
    close_assessment,
    delete_draft,
    save_draft,
)
from app.errors import KmbError, ValidationError
from app.formatting import format_date, format_datetime
from app.printing import render
from app.security import Permission
from models.assessments import RecordState
from ui.labels import shown_date, tl

from ..context import UiContext
from ..widgets.hooks import Hook
from ..widgets.pdf_preview import preview_in_background
from ..widgets.record_editor import RecordEditor
from .form import AssessmentForm


class AssessmentEditor(RecordEditor):
    TABLE = "assessment"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("← Seznam šetření"), parent)
        self.opened = Hook()          # another version was opened (its id)
        self.detail: AssessmentDetail | None = None
        self.versions = QComboBox()
        self.versions.activated.connect(self._version_chosen)
        self.print_button = QPushButton(self.tr("Tisk…"))
        self.print_button.clicked.connect(self.print_record)
        self.close_button = QPushButton(self.tr("Uzavřít záznam"))
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.close_record)
        self.amend_button = QPushButton(self.tr("Opravit (nová verze)"))
        self.amend_button.clicked.connect(self.amend)
        self.discard_button = QPushButton(self.tr("Zahodit koncept"))
        self.discard_button.clicked.connect(self.discard)
        self.form = AssessmentForm()
        self.form.edited.connect(self.saver.touch)
        self.set_body(self.form, [self.discard_button, self.amend_button, self.print_button,
                                  self.close_button], head_extra=[self.versions])

    # -- open ----------------------------------------------------------------------
    def open_refused_title(self) -> str:
        return self.tr("Šetření nelze otevřít")

    def fetch(self, assessment_id: str) -> AssessmentDetail:
        return assessment_detail(self.ctx.db, self.ctx.actor, assessment_id)

    def load(self, d: AssessmentDetail) -> None:
        self.form.load(d)

    def open(self, assessment_id: str) -> bool:
        if not super().open(assessment_id):
            return False
        self.form.nav.setCurrentRow(0)
        return True

    def show_state(self) -> None:
        d = self.detail
        can_edit = self.ctx.actor.can(Permission.EDIT_ASSESSMENTS)
        self.title.setText(self.tr("Sociální šetření – {0}").format(d.person_name))
        parts = [tl(d.state)]
        if d.version > 1:
            parts.append(self.tr("verze {0}").format(d.version))
        if d.household_name:
            parts.append(d.household_name)
        self.subtitle.setText(" · ".join(parts))
        self.versions.clear()
        for v in d.versions:
            text = self.tr("Verze {0} – {1}").format(v.version, tl(v.state))
            if v.closed_at:
                text += f" {format_date(v.closed_at)}"
            self.versions.addItem(text, v.id)
        self.versions.setCurrentIndex(max(self.versions.findData(d.id), 0))
        self.versions.setVisible(len(d.versions) > 1)
        locked = d.locked or not can_edit
        self.form.set_read_only(locked)
        self.close_button.setVisible(not d.locked and can_edit)
        self.discard_button.setVisible(not d.locked and can_edit)
        self.amend_button.setVisible(d.locked and can_edit and not d.superseded_by)
        self.print_button.setEnabled(self.ctx.actor.can(Permission.PRINT))
        if d.locked:
            text = self.tr("Záznam je uzavřený ({0}, {1}) a nelze ho měnit.").format(
                shown_date(d.closed_at), d.closed_by_name or "")
            if d.superseded_by:
                text += " " + self.tr("Byl opraven novější verzí – vyberte ji vpravo nahoře.")
            elif can_edit:
                text += " " + self.tr("Změnu zapíšete tlačítkem „Opravit“ jako novou verzi; "
                                      "tato verze zůstane beze změny.")
            self.banner.setText(text)
            self.banner.show()
            self.status.setText(self.tr("Jen ke čtení"))
        else:
            self.banner.hide()
            self.status.setText(self.tr("Koncept se ukládá sám. Naposledy uloženo {0}.").format(
                format_datetime(d.updated_at)))

    # -- saving ----------------------------------------------------------------------
    def save_draft(self) -> bool:
        if self.detail is None or self.detail.locked:
            return True
        try:
            data = self.form.value()
            result = save_draft(self.ctx.db, self.ctx.actor, self.detail.id, data)
        except ValidationError as exc:
            left = self.form.show_errors(exc)
            self.status_error(self.tr("Neuloženo: {0}").format("; ".join(left) if left else
                                                               exc.message))
            return False
        except KmbError as exc:
            self.status_error(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        self.form.clear_errors()
        self.form.take_ids(result.line_ids)
        return True

    # -- actions -----------------------------------------------------------------------
    def close_record(self) -> None:
        result = self.close_with(
            lambda: close_assessment(self.ctx.db, self.ctx.actor, self.detail.id),
            self.tr("Uzavřít záznam"),
            self.tr("Po uzavření už záznam nepůjde měnit – jen opravit novou verzí. "
                    "Dohodnuté kroky se stanou úkoly.\n\nUzavřít záznam?"),
            self.tr("Záznam nelze uzavřít"), self.form.show_errors)
        if result is None:
            return
        self.open(self.detail.id)
        self.status.setText(self.tr("Záznam je uzavřený. Vytvořeno úkolů: {0}.").format(
            result.tasks_created))

    def amend(self) -> None:
        try:
            new_id = amend_assessment(self.ctx.db, self.ctx.actor, self.detail.id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Opravu nelze založit"), exc.message)
            return
        self.open(new_id)
        self.opened.emit(new_id)

    def discard(self) -> None:
        self.discard_with(lambda: delete_draft(self.ctx.db, self.ctx.actor, self.detail.id),
                          self.tr("Zahodit rozpracovaný záznam? Tuto akci nelze vrátit."))

    def print_record(self) -> None:
        if not self.saved_before():
            return
        db, actor, record_id = self.ctx.db, self.ctx.actor, self.detail.id
        preview_in_background(self, self.tr("Záznam ze sociálního šetření"),
                              lambda: render(db, actor, "assessment", record_id),
                              failed=self._print_failed)

    def _print_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Tisk se nepodařil"),
                            exc.message if isinstance(exc, KmbError) else str(exc))

    def _version_chosen(self, index: int) -> None:
        vid = self.versions.itemData(index)
        if vid and self.detail and vid != self.detail.id:
            self.open(vid)

    @property
    def record_state(self) -> RecordState | None:
        return self.detail.state if self.detail else None
