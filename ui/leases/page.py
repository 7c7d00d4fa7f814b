"""Smlouvy: leases, their renewals and rent arrears, in three tabs."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..context import UiContext
from .arrears_tab import ArrearsTab
from .list_tab import LeaseListTab
from .renewals_tab import RenewalsTab


class LeasesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Smlouvy"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.leases = LeaseListTab(ctx)
        self.renewals = RenewalsTab(ctx)
        self.arrears = ArrearsTab(ctx)
        self.tabs.addTab(self.leases, self.tr("Nájemní smlouvy"))
        self.tabs.addTab(self.renewals, self.tr("Prodloužení"))
        self.tabs.addTab(self.arrears, self.tr("Dluhy na nájemném"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def save_state(self, settings) -> None:
        settings.setValue("leases/tab", self.tabs.currentIndex())

    def restore_state(self, settings) -> None:
        tab = settings.value("leases/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))
