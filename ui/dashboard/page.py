"""Přehled: a grid of cards, each a small widget with its own refresh. Areas
contribute their cards in ui/areas.py (DASHBOARD_CARDS); a card has
``refresh()`` and is refreshed when the tables it names change."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.changes import Changes

from ..context import UiContext
from ..widgets.card import one_after_another


class DashboardPage(QWidget):
    def __init__(self, ctx: UiContext,
                 cards: list[Callable[[UiContext], QWidget | None]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Přehled"))
        title.setObjectName("pageTitle")
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setSpacing(14)
        with one_after_another():           # the first reads share a warm connection
            self.cards = [c for c in (factory(ctx) for factory in cards) if c is not None]
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // 2, i % 2)
        self.grid.setRowStretch(len(self.cards) // 2 + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        ctx.changes.changed.connect(self._changed)

    def refresh(self) -> None:
        for card in self.cards:
            card.refresh()

    def ready(self) -> bool:
        """Every card shows its figures (they are read off the GUI thread)."""
        return all(getattr(card, "ready", lambda: True)() for card in self.cards)

    def _changed(self, changes: Changes) -> None:
        for card in self.cards:
            if changes.touches(*getattr(card, "watches", ())):
                card.refresh()
