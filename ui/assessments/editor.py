"""One assessment open for writing or reading: header with state and
versions, the sectioned form, autosave, close (lock), amend, print."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
from ui.labels import tl

from ..context import UiContext
from ..widgets.pdf_preview import preview_in_background
from .autosave import Autosaver
from .form import AssessmentForm
from .hooks import Hook

BANNER = ("QLabel#lockedBanner { background: #fff4d6; border: 1px solid #e8c66a; "
          "border-radius: 4px; padding: 8px 10px; color: #4a3b00; }")


class AssessmentEditor(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.back_requested = Hook()
        self.opened = Hook()          # another version was opened (its id)
        self.detail: AssessmentDetail | None = None
        self.back_button = QPushButton(self.tr("← Seznam šetření"))
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setMinimumWidth(120)
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.status = QLabel()
        self.status.setObjectName("muted")
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
        self.banner = QLabel()
        self.banner.setObjectName("lockedBanner")
        self.banner.setStyleSheet(BANNER)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form = AssessmentForm()
        self.saver = Autosaver(self._save, parent=self)
        self.saver.state_changed.connect(self._saver_state)
        self.form.edited.connect(self.saver.touch)

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.versions)
        head.addWidget(self.discard_button)
        head.addWidget(self.amend_button)
        head.addWidget(self.print_button)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.status)

    # -- open ----------------------------------------------------------------------
    def open(self, assessment_id: str) -> bool:
        if not self.saver.flush():
            return False
        try:
            d = assessment_detail(self.ctx.db, self.ctx.actor, assessment_id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Šetření nelze otevřít"), exc.message)
            return False
        self.detail = d
        with self.saver.suspend():
            self.form.load(d)
        self._show_state()
        self.form.nav.setCurrentRow(0)
        return True

    def _show_state(self) -> None:
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
                format_date(d.closed_at), d.closed_by_name or "")
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
    def _save(self) -> bool:
        if self.detail is None or self.detail.locked:
            return True
        try:
            data = self.form.value()
            result = save_draft(self.ctx.db, self.ctx.actor, self.detail.id, data)
        except ValidationError as exc:
            left = self.form.show_errors(exc)
            self._failed(self.tr("Neuloženo: {0}").format("; ".join(left) if left else
                                                          exc.message))
            return False
        except KmbError as exc:
            self._failed(self.tr("Neuloženo: {0}").format(exc.message))
            return False
        self.form.clear_errors()
        self.form.take_ids(result.line_ids)
        return True

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        self.status.setProperty("error", True)
        self.status.setObjectName("")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _saver_state(self, state: str) -> None:
        if state == "failed":
            return
        self.status.setProperty("error", False)
        self.status.setObjectName("muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if state == "dirty":
            self.status.setText(self.tr("Neuložené změny…"))
        else:
            from datetime import datetime
            self.status.setText(self.tr("Uloženo v {0}.").format(datetime.now().strftime("%H:%M")))

    def can_leave(self) -> bool:
        """Save before leaving; ask when the draft cannot be saved."""
        return self.saver.leave(self, self.status.text())

    def go_back(self) -> None:
        if self.can_leave():
            self.back_requested.emit()

    # -- actions -----------------------------------------------------------------------
    def close_record(self) -> None:
        if not self.saver.flush() and self.saver.dirty:
            return
        answer = QMessageBox.question(
            self, self.tr("Uzavřít záznam"),
            self.tr("Po uzavření už záznam nepůjde měnit – jen opravit novou verzí. "
                    "Dohodnuté kroky se stanou úkoly.\n\nUzavřít záznam?"))
        if answer != QMessageBox.Yes:
            return
        try:
            result = close_assessment(self.ctx.db, self.ctx.actor, self.detail.id)
        except ValidationError as exc:
            self.form.show_errors(exc)
            QMessageBox.warning(self, self.tr("Záznam nelze uzavřít"),
                                "\n".join(f"• {m}" for m in exc.errors.values()))
            return
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Záznam nelze uzavřít"), exc.message)
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
        answer = QMessageBox.question(
            self, self.tr("Zahodit koncept"),
            self.tr("Zahodit rozpracovaný záznam? Tuto akci nelze vrátit."))
        if answer != QMessageBox.Yes:
            return
        try:
            self.saver.discard()
            delete_draft(self.ctx.db, self.ctx.actor, self.detail.id)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return
        self.detail = None
        self.back_requested.emit()

    def print_record(self) -> None:
        if not self.saver.flush() and self.saver.dirty:
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

    def keyPressEvent(self, event) -> None:  # noqa: N802 – Qt name
        if event.key() == Qt.Key_Escape:
            self.go_back()
            return
        super().keyPressEvent(event)

    @property
    def record_state(self) -> RecordState | None:
        return self.detail.state if self.detail else None
