"""A document template edited with help: placeholders picked from a list and
inserted at the cursor, and a live PDF preview rendered off the UI thread a
moment after each change (``make(text) -> pdf bytes`` is an app/ service)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QStyle,
                               QVBoxLayout, QWidget)

from app.errors import KmbError
from app.i18n import _

from ..ops import read_op
from .pdf_preview import render_pages

NAME_ROLE = Qt.UserRole + 1


class TemplateEditor(QSplitter):
    def __init__(self, editor: QPlainTextEdit, placeholders: dict[str, str],
                 make: Callable[[str], bytes], parent: QWidget | None = None):
        super().__init__(Qt.Horizontal, parent)
        self.editor = editor
        self.make = make
        self.pages: list = []
        self.renders = 0              # previews shown so far (each change renders anew)
        self.preview_error = ""
        # placeholders, searchable, inserted at the cursor
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Hledat zástupný symbol…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("placeholderList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.Adjust)     # rows follow the width: no sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for name, what in placeholders.items():
            item = QListWidgetItem(f"{_(what)}\n{{{{{name}}}}}")
            item.setData(NAME_ROLE, name)
            item.setToolTip(f"{{{{{name}}}}}")
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self.insert_current())
        self.insert_button = QPushButton(self.tr("Vložit do textu"))
        self.insert_button.clicked.connect(self.insert_current)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Zástupné symboly – vloží se na místo kurzoru:"))
        title.setWordWrap(True)
        sv.addWidget(title)
        sv.addWidget(self.filter)
        sv.addWidget(self.list, 1)
        sv.addWidget(self.insert_button)
        left = QSplitter(Qt.Horizontal)
        left.addWidget(editor)
        left.addWidget(side)
        left.setSizes([480, 240])
        # live preview
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.page_box = QVBoxLayout()
        self.page_box.setAlignment(Qt.AlignHCenter)
        holder = QWidget()
        holder.setLayout(self.page_box)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setStyleSheet("QScrollArea { background: #7d8a96; }")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Náhled (vzorová data)")))
        head.addWidget(self.status, 1)
        rv.addLayout(head)
        rv.addWidget(scroll, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([700, 420])
        self._timer = QTimer(self, singleShot=True, interval=700)
        self._timer.timeout.connect(self.refresh)
        editor.textChanged.connect(lambda: self._timer.start())

    # -- placeholders ----------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def insert_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self.editor.isReadOnly():
            return
        self.editor.insertPlainText(f"{{{{{item.data(NAME_ROLE)}}}}}")
        self.editor.setFocus()

    # -- preview ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 – Qt's name
        super().showEvent(event)
        self._timer.start()

    def refresh(self) -> None:
        if not self.isVisible():       # a tab never opened renders nothing in the background
            return
        text = self.editor.toPlainText()
        make = self.make
        self.status.setText(self.tr("připravuji…"))
        read_op(self, lambda: render_pages(make(text), dpi=72), self._show, key="templatePreview",
                failed=self._failed, show_errors=False)

    def _show(self, images) -> None:
        self._clear()
        self.preview_error = ""
        for image in images:
            label = QLabel()
            # a whole page across the preview's width
            # (the vertical scroll bar that the pages bring counted in: none sideways)
            bar = self.scroll.verticalScrollBar()
            spare = 0 if bar.isVisible() else self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
            width = max(240, self.scroll.viewport().width() - 24 - spare)
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(width, Qt.SmoothTransformation))
            label.setStyleSheet("background: white; border: 1px solid #c8d0d7;")
            self.page_box.addWidget(label)
            self.pages.append(label)
        self.status.setText(self.tr("stran: {0}").format(len(images)))
        self.renders += 1

    def _failed(self, exc: Exception) -> None:
        self.preview_error = exc.message if isinstance(exc, KmbError) else str(exc)
        self.status.setText(self.preview_error)
        self.status.setProperty("error", True)

    def _clear(self) -> None:
        self.status.setProperty("error", False)
        for label in self.pages:
            self.page_box.removeWidget(label)
            label.deleteLater()
        self.pages = []
