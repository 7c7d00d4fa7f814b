"""Signing in: the first start sets the administrator's password; later
starts ask for a user name and password. An idle window locks itself."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from app.auth import authenticate, check_password, set_password
from app.db import Database
from app.errors import KmbError, ValidationError
from app.security import Actor

from .widgets.fields import FieldErrors


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


class LoginDialog(QDialog):
    def __init__(self, db: Database, office: str, username: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Přihlášení – KMB Desk"))
        title = QLabel(office)
        title.setObjectName("sectionTitle")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = _password_field()
        self.password.setObjectName("password")
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Uživatelské jméno"), self.username)
        form.addRow(self.tr("Heslo"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Přihlásit"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Konec"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()
        self.resize(380, self.sizeHint().height())

    def sign_in(self) -> None:
        try:
            self.actor = authenticate(self.db, self.username.text(), self.password.text())
        except KmbError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstPasswordDialog(QDialog):
    """The first start of a new office: the administrator chooses a password."""

    def __init__(self, db: Database, admin: Actor, parent=None):
        super().__init__(parent)
        self.db, self.admin = db, admin
        self.setWindowTitle(self.tr("První spuštění – heslo správce"))
        intro = QLabel(self.tr(
            "Aplikace obsahuje citlivé osobní údaje. Zvolte heslo správce (alespoň 8 znaků); "
            "uživatelské účty pracovníků pak založíte v Nastavení → Uživatelé."))
        intro.setWordWrap(True)
        self.password = _password_field()
        self.again = _password_field()
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Uživatelské jméno"), QLabel("admin"))
        form.addRow(self.tr("Heslo"), self.password)
        form.addRow("", self.errors.bind("password", self.password))
        form.addRow(self.tr("Heslo znovu"), self.again)
        form.addRow("", self.errors.bind("password_again", self.again))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Uložit heslo"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Konec"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        try:
            set_password(self.db, self.admin, self.admin.user_id, self.password.text(),
                         self.again.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()


class LockDialog(QDialog):
    """The screen locked after inactivity: only the signed-in user's password opens it."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Zamčeno"))
        text = QLabel(self.tr("Aplikace se po nečinnosti zamkla. Přihlášen(a): {0}")
                      .format(actor.name))
        text.setWordWrap(True)
        self.password = _password_field()
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Odemknout"))
        buttons.accepted.connect(self.unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def unlock(self) -> None:
        if check_password(self.db, self.actor, self.password.text()):
            self.accept()
            return
        self.error.setText(self.tr("Nesprávné heslo."))
        self.error.show()
        self.password.clear()

    def reject(self) -> None:     # Esc does not unlock
        pass


class IdleLock(QObject):
    """Watches keyboard and mouse; after ``minutes`` without them the window locks."""

    def __init__(self, window: QWidget, db: Database, actor: Actor, minutes: float,
                 clock=time.monotonic):
        super().__init__(window)
        self.window, self.db, self.actor = window, db, actor
        self.limit = minutes * 60
        self.clock = clock
        self.last_input = clock()
        self.locked = False
        self.timer = QTimer(self, interval=15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove,
                            QEvent.Wheel):
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.locked or self.clock() - self.last_input < self.limit:
            return
        self.locked = True
        self.window.hide()                     # nothing readable behind the lock
        dialog = LockDialog(self.db, self.actor)
        dialog.exec()
        self.window.show()
        self.locked = False
        self.last_input = self.clock()
