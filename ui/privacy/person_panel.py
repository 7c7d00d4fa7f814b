"""Under a person's detail (Klienti): the subject access export (čl. 15 GDPR)
for roles with SUBJECT_ACCESS, and "who opened, printed, exported or changed
this record" for roles with VIEW_AUDIT. A role with neither gets no panel."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import KmbError
from app.formatting import format_datetime
from app.privacy import audit_log, subject_access
from app.security import Permission

from ..context import UiContext
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "PersonPrivacyPanel"
ACCESS_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("PersonPrivacyPanel", "Kdy"), lambda r: format_datetime(r.at),
        context=_C),
    Col(QT_TRANSLATE_NOOP("PersonPrivacyPanel", "Kdo"), lambda r: r.user_name or "",
        context=_C),
    Col(QT_TRANSLATE_NOOP("PersonPrivacyPanel", "Akce"), lambda r: r.action_label, context=_C),
]
SHOWN_EVENTS = 50


class PersonPrivacyPanel(QWidget):
    @classmethod
    def create(cls, ctx: UiContext) -> "PersonPrivacyPanel | None":
        if not (ctx.actor.can(Permission.SUBJECT_ACCESS) or ctx.actor.can(Permission.VIEW_AUDIT)):
            return None
        return cls(ctx)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.person_name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.export_button = QPushButton(self.tr("Výpis údajů pro osobu (čl. 15 GDPR)…"))
        self.export_button.setObjectName("subjectAccessButton")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(ctx.actor.can(Permission.SUBJECT_ACCESS))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.access_title = QLabel(self.tr("Kdo s tímto záznamem pracoval"))
        self.access_title.setStyleSheet("font-weight:600;font-size:11pt;margin-top:10px")
        self.model = RowsModel(ACCESS_COLUMNS)
        self.table = list_table(self.model, "personAccessTable", fit_contents=True)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.access_title)
        layout.addWidget(self.table)
        self.sees_audit = ctx.actor.can(Permission.VIEW_AUDIT)
        self.access_title.setVisible(self.sees_audit)
        self.table.setVisible(self.sees_audit)
        self.setVisible(False)

    def show_person(self, person_id: str | None, name: str = "") -> None:
        self.person_id, self.person_name = person_id, name
        self.status.clear()
        self.setVisible(person_id is not None)
        self.load_access()

    def load_access(self) -> None:
        person_id = self.person_id
        if person_id is None or not self.sees_audit:
            self.model.set_rows([])
            return
        try:
            rows = audit_log.person_access(self.ctx.db, self.ctx.actor, person_id)
        except KmbError as exc:
            self.status.setText(exc.message)
            rows = []
        self.model.set_rows(rows[:SHOWN_EVENTS])

    def export(self) -> None:
        suggested = f"udaje-{self.person_name or 'osoba'}.zip".replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Výpis údajů pro osobu"), suggested,
                                              self.tr("Archiv ZIP (*.zip)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        if not path.lower().endswith(".zip"):
            path += ".zip"
        try:
            pkg = subject_access.export_person(self.ctx.db, self.ctx.actor, self.person_id, path)
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Uloženo: {0} ({1} záznamů). Soubor obsahuje osobní údaje – "
                                    "předejte ho jen dotčené osobě.").format(path, pkg.row_count))
        self.load_access()                 # the export is in the list now
