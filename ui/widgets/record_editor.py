"""The frame every record editor shares (assessments, inspections): a header
with a way back, the record's title and subtitle and the editor's buttons; a
banner when the record is locked; the body; a status line that tells whether
the draft is saved. Drafts save themselves (Autosaver); leaving saves first
or asks. Subclasses fetch, load and save their record and add their buttons."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from app.errors import KmbError, ValidationError

from ..context import UiContext
from .autosave import Autosaver
from .hooks import Hook

BANNER = ("QLabel#lockedBanner { background: #fff4d6; border: 1px solid #e8c66a; "
          "border-radius: 4px; padding: 8px 10px; color: #4a3b00; }")


class RecordEditor(QWidget):
    """One record open for writing or reading.

    A subclass implements ``fetch(id)`` (the detail from app/, may raise
    KmbError), ``load(detail)`` (fill the widgets), ``show_state()`` (title,
    buttons, banner, status for ``self.detail``) and ``save_draft()`` (True
    when saved), and calls ``set_body()`` once with its widgets and buttons."""

    # the table name announced when leaving the editor (screens listing it refresh)
    TABLE = ""

    def __init__(self, ctx: UiContext, back_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.back_requested = Hook()
        self.detail: Any = None
        self.back_button = QPushButton(back_text)
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setMinimumWidth(120)     # a long name must not widen the window
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.banner = QLabel()
        self.banner.setObjectName("lockedBanner")
        self.banner.setStyleSheet(BANNER)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.saver = Autosaver(self.save_draft, parent=self)
        self.saver.state_changed.connect(self._saver_state)

    def set_body(self, body: QWidget, buttons: list[QWidget],
                 head_extra: list[QWidget] = ()) -> None:
        """Lay out the header (back, titles, ``head_extra``, ``buttons``), the
        banner, ``body`` and the status line."""
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for w in (*head_extra, *buttons):
            head.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)

    # -- what a subclass provides ----------------------------------------------------
    def fetch(self, record_id: str) -> Any:  # pragma: no cover – subclasses
        raise NotImplementedError

    def load(self, detail: Any) -> None:  # pragma: no cover – subclasses
        raise NotImplementedError

    def show_state(self) -> None:  # pragma: no cover – subclasses
        raise NotImplementedError

    def save_draft(self) -> bool:  # pragma: no cover – subclasses
        raise NotImplementedError

    def open_refused_title(self) -> str:
        return self.tr("Záznam nelze otevřít")

    # -- open ----------------------------------------------------------------------
    def open(self, record_id: str) -> bool:
        """Save the open draft, then show another record; False if either failed."""
        if not self.saver.flush():
            return False
        try:
            d = self.fetch(record_id)
        except KmbError as exc:
            QMessageBox.warning(self, self.open_refused_title(), exc.message)
            return False
        self.detail = d
        with self.saver.suspend():
            self.load(d)
        self.show_state()
        return True

    # -- status line ---------------------------------------------------------------
    def status_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setProperty("error", True)
        self.status.setObjectName("")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _saver_state(self, state: str) -> None:
        if state == "failed":
            return
        self.status.setProperty("error", False)
        self.status.setObjectName("muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(self.tr("Neuložené změny…") if state == "dirty" else
                            self.tr("Uloženo v {0}.").format(dt.datetime.now().strftime("%H:%M")))

    # -- leaving -------------------------------------------------------------------
    def can_leave(self) -> bool:
        """Save before leaving; ask when the draft cannot be saved."""
        return self.saver.leave(self, self.status.text())

    def go_back(self) -> None:
        if self.can_leave():
            self.ctx.changes.notify(self.TABLE)
            self.back_requested.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 – Qt name
        if event.key() == Qt.Key_Escape:
            self.go_back()
            return
        super().keyPressEvent(event)

    # -- the steps every record has ------------------------------------------------
    def saved_before(self) -> bool:
        """Before printing or closing: the draft is saved (or nothing was changed)."""
        return self.saver.flush() or not self.saver.dirty

    def close_with(self, close: Callable[[], Any], title: str, question: str, refused: str,
                   show_errors: Callable[[ValidationError], Any]) -> Any | None:
        """Ask, then lock the record with ``close()``; its result, or None when
        the person said no or the service refused (the reasons are shown)."""
        if not self.saved_before():
            return None
        if QMessageBox.question(self, title, question) != QMessageBox.Yes:
            return None
        try:
            return close()
        except ValidationError as exc:
            show_errors(exc)
            QMessageBox.warning(self, refused, "\n".join(f"• {m}" for m in exc.errors.values()))
        except KmbError as exc:
            QMessageBox.warning(self, refused, exc.message)
        return None

    def discard_with(self, delete: Callable[[], Any], question: str) -> bool:
        """Ask, then delete the draft and go back to the list; True when deleted."""
        if QMessageBox.question(self, self.tr("Zahodit koncept"), question) != QMessageBox.Yes:
            return False
        try:
            self.saver.discard()
            delete()
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nepodařilo se"), exc.message)
            return False
        self.ctx.changes.notify(self.TABLE)
        self.detail = None
        self.back_requested.emit()
        return True
