"""A dashboard card: a framed box with a title, a body and ``refresh()``."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    watches: tuple[str, ...] = ()   # table names whose change refreshes the card

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title_label)
        layout.addLayout(self.body, 1)

    def refresh(self) -> None:  # pragma: no cover – cards override
        pass
