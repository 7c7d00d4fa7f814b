"""Signing in: the first start creates the encrypted office (the
administrator's password, then the recovery key, shown once); later starts
ask for a user name and password, which unlock the database. An idle
application locks itself: every window and dialog is covered."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.auth import check_password
from app.db import Database
from app.errors import KmbError, ValidationError
from app.numbering import check_tag
from app.security import Actor
from app.signin import NewInstallation

from .widgets.fields import FieldErrors
from .widgets.recovery_key import RecoveryKeyDialog  # noqa: F401  (the first start shows it)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


Unlock = Callable[[str, str], tuple[Database, Actor]]
# (user name, recovery key, new password, again) → the database's new password is set
Reset = Callable[[str, str, str, str], object]


class LoginDialog(QDialog):
    """User name and password; ``unlock`` opens the database with them."""

    def __init__(self, unlock: Unlock, office: str, username: str = "", parent=None,
                 reset: Reset | None = None):
        super().__init__(parent)
        self.unlock = unlock
        self.reset = reset
        self.db: Database | None = None
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
        # only a database in a file has a recovery key (a server database: ask the admin)
        self.forgotten = QPushButton(self.tr("Zapomenuté heslo…"))
        self.forgotten.setObjectName("forgottenPassword")
        self.forgotten.setAutoDefault(False)
        self.forgotten.setVisible(reset is not None)
        self.forgotten.clicked.connect(self.forgot)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.forgotten, 0, Qt.AlignLeft)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()
        self.resize(380, self.sizeHint().height())

    def sign_in(self) -> None:
        try:
            self.db, self.actor = self.unlock(self.username.text(), self.password.text())
        except KmbError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def forgot(self) -> None:
        """The recovery key from the office safe sets a new password; then the
        person is signed in with it."""
        dialog = ForgottenPasswordDialog(self.reset, self.username.text(), self)
        if dialog.exec() != QDialog.Accepted:
            return
        self.username.setText(dialog.username.text().strip())
        self.password.setText(dialog.password.text())
        self.sign_in()


class ForgottenPasswordDialog(QDialog):
    """User name, the recovery key (from the printed sheet) and a new password
    twice. Nothing changes until all of it is right."""

    def __init__(self, reset: Reset, username: str = "", parent=None):
        super().__init__(parent)
        self.reset = reset
        self.setWindowTitle(self.tr("Zapomenuté heslo"))
        intro = QLabel(self.tr(
            "Nové heslo nastavíte klíčem pro obnovu – je na listu „Klíč pro obnovu“ "
            "v trezoru úřadu (skupiny písmen a číslic oddělené pomlčkou). Změna se zapíše "
            "do auditu."))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("resetUsername")
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recoveryKeyInput")
        self.recovery.setPlaceholderText("ABCDE-FGHIJ-…")
        self.password = _password_field()
        self.again = _password_field()
        self.errors = FieldErrors()
        self.error = QLabel()
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for name, text, widget in (("username", self.tr("Uživatelské jméno"), self.username),
                                   ("recovery", self.tr("Klíč pro obnovu"), self.recovery),
                                   ("password", self.tr("Nové heslo"), self.password),
                                   ("password_again", self.tr("Nové heslo znovu"), self.again)):
            form.addRow(text, widget)
            form.addRow("", self.errors.bind(name, widget))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Nastavit heslo a přihlásit"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Zrušit"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.recovery if username else self.username).setFocus()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.errors.clear()
        self.error.hide()
        try:
            if not self.username.text().strip():
                raise ValidationError(self.tr("Vyplňte uživatelské jméno."), field="username")
            self.reset(self.username.text(), self.recovery.text(), self.password.text(),
                       self.again.text())
        except ValidationError as exc:
            if not self.errors.show(exc):
                self.error.setText(exc.message)
                self.error.show()
            return
        except KmbError as exc:           # a wrong recovery key, an unknown user
            self.error.setText(exc.message)
            self.error.show()
            self.recovery.setFocus()
            return
        self.accept()


class FirstPasswordDialog(QDialog):
    """The first start of a new office: the administrator chooses a password,
    which creates the encrypted database (``create(password, again, series)``),
    and the series of its document numbers (empty for the office)."""

    def __init__(self, create: Callable[[str, str, str], NewInstallation], parent=None):
        super().__init__(parent)
        self.create = create
        self.created: NewInstallation | None = None
        self.setWindowTitle(self.tr("První spuštění – heslo správce"))
        intro = QLabel(self.tr(
            "Aplikace obsahuje citlivé osobní údaje; databáze bude zašifrovaná. Zvolte heslo "
            "správce (alespoň 8 znaků); uživatelské účty pracovníků pak založíte "
            "v Nastavení → Uživatelé."))
        intro.setWordWrap(True)
        self.password = _password_field()
        self.again = _password_field()
        self.series = QLineEdit()
        self.series.setObjectName("series")
        self.series.setMaxLength(8)
        self.series.setMaximumWidth(110)
        self.series.setPlaceholderText(self.tr("bez řady"))
        series_hint = QLabel(self.tr(
            "Kancelář (první instalace) čísluje případy, žádosti a smlouvy bez řady – "
            "nechte prázdné. Terénní notebook nebo druhá instalace potřebuje vlastní krátký "
            "kód, např. N1; dvě instalace se stejnou řadou by vydávaly stejná čísla a "
            "spárovat je nepůjde."))
        series_hint.setObjectName("muted")
        series_hint.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Uživatelské jméno"), QLabel("admin"))
        form.addRow(self.tr("Heslo"), self.password)
        form.addRow("", self.errors.bind("password", self.password))
        form.addRow(self.tr("Heslo znovu"), self.again)
        form.addRow("", self.errors.bind("password_again", self.again))
        form.addRow(self.tr("Řada čísel"), self.series)
        form.addRow("", self.errors.bind("series", self.series))
        form.addRow("", series_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Založit databázi"))
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
            series = check_tag(self.series.text())   # before any file is created
            self.created = self.create(self.password.text(), self.again.text(), series)
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
        try:
            ok = check_password(self.db, self.actor, self.password.text())
        except KmbError as exc:          # back-off after repeated failures
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            return
        if ok:
            self.accept()
            return
        self.error.setText(self.tr("Nesprávné heslo."))
        self.error.show()
        self.password.clear()

    def reject(self) -> None:     # Esc does not unlock
        pass


class Cover(QWidget):
    """An opaque sheet over one window while the application is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("Zamčeno"), self)
        label.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self.show()
        self.setGeometry(window.rect())      # after show: the first show resizes to the hint
        self.raise_()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            self.setGeometry(obj.rect())
            self.raise_()
        return False


class IdleLock(QObject):
    """Watches keyboard and mouse; after ``minutes`` without them the
    application locks: every open window and dialog is covered and its title
    hidden (dialogs stay open, so nothing typed is lost) until the signed-in
    user's password is given."""

    LOCKED_TITLE = "KMB Desk"

    def __init__(self, window: QWidget, db: Database, actor: Actor, minutes: float,
                 clock=time.monotonic):
        super().__init__(window)
        self.window, self.db, self.actor = window, db, actor
        self.limit = minutes * 60
        self.clock = clock
        self.last_input = clock()
        self.locked = False
        self.covers: list[tuple[QWidget, Cover, str]] = []
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
        self.cover_all()
        dialog = LockDialog(self.db, self.actor)
        dialog.setWindowModality(Qt.ApplicationModal)
        dialog.exec()
        self.uncover_all()
        self.locked = False
        self.last_input = self.clock()

    def cover_all(self) -> None:
        """Nothing readable behind the lock: not the main window, not a dialog
        showing a person, not a window title naming one."""
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and not isinstance(w, LockDialog):
                self.covers.append((w, Cover(w), w.windowTitle()))
                w.setWindowTitle(self.LOCKED_TITLE)

    def uncover_all(self) -> None:
        for w, cover, title in self.covers:
            w.removeEventFilter(cover)
            cover.deleteLater()
            cover.hide()
            w.setWindowTitle(title)
        self.covers = []
