"""A small horizontal bar chart painted with QPainter (no QtCharts add-on):
label, bar, value — readable at a glance and easy to print."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ["#1f5f8b", "#3f8fbf", "#6fb1d6", "#e39b3b", "#8b5fa8", "#4a9c6d", "#c0504d"]


class BarChart(QWidget):
    """``set_data([(label, value), ...])``; values are numbers, shown formatted."""

    def __init__(self, parent: QWidget | None = None, *, value_format=str, bar_height: int = 20):
        super().__init__(parent)
        self.items: list[tuple[str, float]] = []
        self.value_format = value_format
        self.bar_height = bar_height
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_data(self, items: list[tuple[str, float]]) -> None:
        self.items = list(items)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(40, len(self.items) * (self.bar_height + 6) + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        if not self.items:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = p.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(lbl) for lbl, _ in self.items) + 12,
                      self.width() // 2)
        value_w = max(fm.horizontalAdvance(self.value_format(v)) for _, v in self.items) + 10
        top = max((v for _, v in self.items), default=0) or 1
        span = max(10, self.width() - label_w - value_w - 8)
        y = 4
        for i, (lbl, value) in enumerate(self.items):
            p.setPen(QColor("#2a3a47"))
            text = fm.elidedText(lbl, Qt.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, self.bar_height),
                       Qt.AlignRight | Qt.AlignVCenter, text)
            w = span * (value / top) if value > 0 else 0
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.drawRoundedRect(QRectF(label_w, y + 2, max(w, 1), self.bar_height - 4), 3, 3)
            p.setPen(QColor("#2a3a47"))
            p.drawText(QRectF(label_w + w + 6, y, value_w, self.bar_height),
                       Qt.AlignLeft | Qt.AlignVCenter, self.value_format(value))
            y += self.bar_height + 6
        p.end()
