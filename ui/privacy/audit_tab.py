"""Nastavení → Audit: who did what with which record. Filter by person
(record id), user, action and dates; verify the chain; export the view."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.errors import KmbError
from app.files import write_atomic
from app.formatting import format_datetime, parse_date
from app.privacy import audit_log

from ..context import UiContext
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "AuditTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("AuditTab", "Č."), lambda r: str(r.seq), context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "Kdy"), lambda r: format_datetime(r.at), context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "Kdo"), lambda r: r.user_name or "", context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "Akce"), lambda r: r.action_label, context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "Záznam"), lambda r: r.entity, context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "ID"), lambda r: r.entity_id or "", context=_C),
    Col(QT_TRANSLATE_NOOP("AuditTab", "Podrobnosti"), lambda r: r.detail, context=_C),
]


class AuditTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("ID osoby nebo záznamu"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("jméno uživatele"))
        self.action = QComboBox()
        self.action.addItem(self.tr("všechny akce"), None)
        for key in audit_log.ACTION_LABELS:
            self.action.addItem(audit_log.action_label(key), key)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("1. 1. 2027")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("31. 12. 2027")
        self.search_button = QPushButton(self.tr("Hledat"))
        self.verify_button = QPushButton(self.tr("Ověřit neporušenost"))
        self.export_button = QPushButton(self.tr("Exportovat…"))
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "auditTable")
        for field in (self.person, self.user, self.date_from, self.date_to):
            field.returnPressed.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        form = QFormLayout()
        form.addRow(self.tr("Osoba"), self.person)
        form.addRow(self.tr("Uživatel"), self.user)
        form.addRow(self.tr("Akce"), self.action)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Období"), dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh()

    def filters(self) -> dict:
        def day(field, name):
            text = field.text().strip()
            return parse_date(text, name) if text else None
        return dict(person_id=self.person.text().strip() or None,
                    user=self.user.text().strip() or None,
                    action=self.action.currentData(),
                    date_from=day(self.date_from, "date_from"),
                    date_to=day(self.date_to, "date_to"))

    def refresh(self) -> None:
        try:
            rows = audit_log.list_events(self.ctx.db, self.ctx.actor, **self.filters())
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.model.set_rows(rows)
        self.status.setText(self.tr("Nalezeno {0} událostí.").format(len(rows)))

    def verify(self) -> None:
        problems = audit_log.verify(self.ctx.db, self.ctx.actor)
        if problems:
            self.status.setText(self.tr("Auditní záznam je porušený: {0}").format(
                " ".join(p.text for p in problems[:5])))
        else:
            self.status.setText(self.tr("Auditní záznam je neporušený."))
        self.refresh_keep_status()

    def refresh_keep_status(self) -> None:
        text = self.status.text()
        self.refresh()
        self.status.setText(text)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export auditního záznamu"), "audit.xlsx",
            self.tr("Sešit Excel (*.xlsx);;CSV pro Excel (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        try:
            write_atomic(path, audit_log.export_events(self.ctx.db, self.ctx.actor, fmt,
                                                       **self.filters()))
        except KmbError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Uloženo: {0}").format(path))
