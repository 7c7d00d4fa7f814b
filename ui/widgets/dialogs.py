"""The form dialog of every area, and a message for a refusal."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from app.concurrency import ConcurrentEdit
from app.errors import KmbError, ValidationError

from .fields import FieldErrors


class KeepOpen(Exception):
    """Raised by ``submit()`` to keep the dialog open without an error line:
    it has shown the person something to decide first (a possible duplicate)."""


class FormDialog(QDialog):
    """A titled form with an optional intro, Save/Cancel and an error line.
    ``submit()`` does the work and may raise ValidationError (each message is
    shown at its field, the rest below the form) or KmbError (below the
    form); the dialog closes only when it returns.

    It needs no session: the sign-in dialogs use it before one exists. A
    dialog whose fields live in a widget of their own (a person form, a
    search table) puts it in with ``set_body()``; more actions than Save go
    through ``add_action()``, each run like Save."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None,
                 ok_text: str | None = None, *, width: int = 460,
                 cancel_text: str | None = None, cancel: bool = True,
                 ok_button=QDialogButtonBox.Ok):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.set_intro(intro)
        # the labelled rows; a dialog with a body widget may name its form
        # ``self.form`` instead (add() keeps using the rows)
        self.rows = self.form = QFormLayout()
        self.general_error = QLabel()
        self.general_error.setProperty("error", True)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(ok_button | (
            QDialogButtonBox.Cancel if cancel else QDialogButtonBox.NoButton))
        self.ok_button = self.buttons.button(ok_button)
        self.ok_button.setText(ok_text or self.tr("Uložit"))
        self.ok_button.setProperty("primary", True)
        self.save_button = self.ok_button       # the name the allocation screens use
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        if self.cancel_button is not None:
            self.cancel_button.setText(cancel_text or self.tr("Zrušit"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.main = QVBoxLayout(self)
        self.main.addWidget(self.intro)
        self.main.addLayout(self.rows)
        self.main.addWidget(self.general_error)
        self.main.addWidget(self.buttons)
        self.setMinimumWidth(width)

    def set_body(self, body: QWidget, errors: FieldErrors | None = None,
                 stretch: int = 0) -> QWidget:
        """A widget of fields above the form rows (a person form, a search
        table); ``errors`` – the body's own FieldErrors – shows a refusal at
        the body's fields."""
        self.main.insertWidget(1, body, stretch)
        if errors is not None:
            self.errors = errors
        return body

    def add_action(self, text: str, action: Callable[[], None],
                   role=QDialogButtonBox.ActionRole) -> QPushButton:
        """A button beside Save whose ``action`` is run like ``submit()``
        (errors at the fields, the dialog closes when it returns)."""
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.run(action))
        return button

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add(self, name: str, text: str, widget: QWidget) -> QWidget:
        """A labelled field; errors for ``name`` appear right under it."""
        widget.setObjectName(name)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self.errors.bind(name, widget))
        self.rows.addRow(text, box)
        return widget

    def submit(self) -> None:  # pragma: no cover – subclasses
        raise NotImplementedError

    def show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    # the row version the dialog's record was loaded with; ``submit()`` passes
    # it to the service, which refuses a save over someone else's (ConcurrentEdit)
    expected_version: int | None = None

    def take_theirs(self) -> None:
        """After a concurrent save the person took the stored version: close;
        the screen behind shows the stored record."""
        self.reject()

    def _ok(self) -> None:
        self.run(self.submit)

    def run(self, action: Callable[[], None]) -> None:
        """Run ``action``; a refusal is shown and keeps the dialog open."""
        self.general_error.hide()
        try:
            action()
        except ConcurrentEdit as exc:
            from .concurrent import KEEP_MINE, TAKE_THEIRS, ask
            choice = ask(self, exc)
            if choice == KEEP_MINE:
                self.expected_version = exc.current_version
                self.run(action)
            elif choice == TAKE_THEIRS:
                self.take_theirs()
            return
        except KeepOpen:
            return
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.show_general(exc.message)
            return
        except KmbError as exc:
            self.show_general(exc.message)
            return
        self.accept()


def first_line(exc: Exception) -> str:
    """An unexpected error's first line: a database error goes on with its SQL,
    the parameters (a client's data) and a web link, and says the same again."""
    return next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), type(exc).__name__)


def show_error(parent: QWidget, exc: Exception, title: str | None = None) -> None:
    """A refusal (or an unexpected error) as a warning box that says it once:
    a title that is the text again gives way to the plain "Nepodařilo se"."""
    text = exc.message if isinstance(exc, KmbError) else first_line(exc)
    if not title or title.strip(" .").casefold() == text.strip(" .").casefold():
        title = parent.tr("Nepodařilo se")
    QMessageBox.warning(parent, title, text)
