"""Settings tab "O instalaci": what this installation is and where its data lives."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app import __version__
from app.config import data_dir

from ..context import UiContext


class AboutTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignRight)
        rows = [
            (self.tr("Název instalace"), ctx.installation.name),
            (self.tr("Identifikátor"), ctx.installation.id),
            (self.tr("Databáze"), ctx.db.where),     # never the server password
            (self.tr("Složka dat"), str(data_dir())),
            (self.tr("Přihlášený uživatel"), ctx.actor.name),
            (self.tr("Verze aplikace"), __version__),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(label, field)
