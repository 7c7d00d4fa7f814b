"""Form sections of every area: a numbered step card (intake, cases), a card
with a labelled form (the long record forms), an error label under a field,
a multi-line text box, and the look of them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

# Local additions to ui/style.py's look (kept with the screens that use them).
QSS = """
QFrame#section { background: white; border: 1px solid #d9e0e6; border-radius: 6px; }
QLabel#stepBadge { background: #1f5f8b; color: white; border-radius: 11px; font-weight: 600;
                   min-width: 22px; max-width: 22px; min-height: 22px; max-height: 22px; }
QLabel#sectionHeading { font-size: 11pt; font-weight: 600; color: #1b2b38; }
QLabel#hint { color: #5f6f7c; }
QLabel#good { color: #2e7d32; font-weight: 600; }
QLabel#bad { color: #b3261e; font-weight: 600; }
QFrame#banner { background: #e8f3ea; border: 1px solid #a9d2b0; border-radius: 5px; }
QFrame#warning { background: #fff4e0; border: 1px solid #f0c987; border-radius: 5px; }
QFrame#personCard { background: #f4f8fb; border: 1px solid #d2dfe9; border-radius: 5px; }
QLabel#bigNumber { font-size: 24pt; font-weight: 600; color: #1f5f8b; }
QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }
QPushButton#removeRow { padding: 2px; font-weight: 600; color: #5f6f7c; }
QPlainTextEdit[invalid="true"], QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"] {
    border: 1px solid #b3261e; background: #fff5f4; }
"""


class Section(QFrame):
    """A white card with a numbered heading; ``body`` is its layout."""

    def __init__(self, number: str | None, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section")
        head = QHBoxLayout()
        head.setSpacing(8)
        if number:
            badge = QLabel(number)
            badge.setObjectName("stepBadge")
            badge.setAlignment(Qt.AlignCenter)
            head.addWidget(badge)
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionHeading")
        head.addWidget(self.heading, 1)
        self.head = head
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(self.body)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)


class FormSection(QFrame):
    """A card with a title and a labelled form (``form``); ``key`` names it in
    a section index."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 14)
        lay.addWidget(self.title)
        lay.addLayout(self.form)


def text_box(height: int = 74) -> QPlainTextEdit:
    """A multi-line text field of fixed height where Tab moves on."""
    w = QPlainTextEdit()
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


def error_label() -> QLabel:
    label = QLabel()
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.hide()
    return label


def mark(widget: QWidget, label: QLabel | None, message: str | None) -> None:
    """Show ``message`` under ``widget`` (or clear it when None)."""
    widget.setProperty("invalid", bool(message))
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    if label is not None:
        label.setText(message or "")
        label.setVisible(bool(message))


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label
