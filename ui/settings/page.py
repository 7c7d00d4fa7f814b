"""Nastavení: one tab per area. Areas contribute (title, factory) in
ui/areas.py (SETTINGS_TABS); a tab is a widget built from the UiContext that
saves through app/ services."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..context import UiContext


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, tabs: list[tuple[str, Callable[[UiContext], QWidget]]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Nastavení"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        for text, factory in tabs:
            self.tabs.addTab(factory(ctx), QCoreApplication.translate("SettingsPage", text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
