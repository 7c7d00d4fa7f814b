"""Nastavení: one tab per area. Areas contribute (title, factory) in
ui/areas.py (SETTINGS_TABS); a tab is a widget built from the UiContext that
saves through app/ services. A tab is built when first shown; a factory that
is only for some roles says so by an ``allowed(ctx)`` attribute, so that the
tab is not offered to the others at all."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import UiContext
from ..widgets.lazy_tabs import LazyTabs


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, tabs: list[tuple[str, Callable[[UiContext], QWidget]]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Nastavení"))
        title.setObjectName("pageTitle")
        self.tabs = LazyTabs()
        for text, factory in tabs:
            allowed = getattr(factory, "allowed", None)
            if allowed is not None and not allowed(ctx):
                continue            # not for this role: not offered
            self.tabs.add_lazy(lambda f=factory: f(ctx),
                               QCoreApplication.translate("SettingsPage", text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
