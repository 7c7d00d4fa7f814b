"""Příjem: a new intake (the front desk's form), the recorded contacts, and
the possible duplicates waiting for a decision."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.changes import Changes

from ..context import UiContext
from .contacts_tab import ContactsTab
from .duplicates_tab import DuplicatesTab
from .form import IntakeForm


class IntakePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Příjem"))
        title.setObjectName("pageTitle")
        self.form = IntakeForm(ctx)
        self.contacts = ContactsTab(ctx)
        self.duplicates = DuplicatesTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Nový příjem"))
        self.tabs.addTab(self.contacts, self.tr("Kontakty"))
        self.tabs.addTab(self.duplicates, "")
        self.duplicates.count_changed.connect(self._duplicates_count)
        self._duplicates_count(self.duplicates.model.rowCount())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self._changed)

    def _duplicates_count(self, n: int) -> None:
        text = self.tr("Možné duplicity ({0})").format(n) if n else self.tr("Možné duplicity")
        self.tabs.setTabText(2, text)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("partner_organisation", "setting", "user"):
            self.form.refresh_lists()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.tabs.currentWidget() is self.form and not self.form.is_dirty:
            self.form.focus_search()

    def can_close(self) -> bool:
        return self.form.can_close()
