"""Signing in: the first start creates the encrypted office (the
administrator's password, then the recovery key, shown once); later starts
ask for a user name and password, which unlock the database. An idle
application locks itself: every window and dialog is covered."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.auth import check_password
from app.db import Database
from app.errors import KmbError, ValidationError
from app.numbering import check_tag
from app.security import Actor
from app.signin import NewInstallation

from .widgets.dialogs import FormDialog
from .widgets.recovery_key import RecoveryKeyDialog  # noqa: F401  (the first start shows it)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


Unlock = Callable[[str, str], tuple[Database, Actor]]
# (user name, recovery key, new password, again) → the database's new password is set
Reset = Callable[[str, str, str, str], object]


class LoginDialog(FormDialog):
    """User name and password; ``unlock`` opens the database with them."""

    def __init__(self, unlock: Unlock, office: str, username: str = "", parent=None,
                 reset: Reset | None = None):
        super().__init__(QCoreApplication.translate("LoginDialog", "Přihlášení – KMB Desk"),
                         parent=parent, width=380,
                         ok_text=QCoreApplication.translate("LoginDialog", "Přihlásit"),
                         cancel_text=QCoreApplication.translate("LoginDialog", "Konec"))
        self.unlock = unlock
        self.reset = reset
        self.db: Database | None = None
        self.actor: Actor | None = None
        title = QLabel(office)
        title.setObjectName("sectionTitle")
        self.set_body(title)
        self.username = self.add("username", self.tr("Uživatelské jméno"), QLineEdit(username))
        self.password = self.add("password", self.tr("Heslo"), _password_field())
        self.error = self.general_error
        # only a database in a file has a recovery key (a server database: ask the admin)
        self.forgotten = QPushButton(self.tr("Zapomenuté heslo…"))
        self.forgotten.setObjectName("forgottenPassword")
        self.forgotten.setAutoDefault(False)
        self.forgotten.setVisible(reset is not None)
        self.forgotten.clicked.connect(self.forgot)
        self.main.insertWidget(self.main.indexOf(self.buttons), self.forgotten, 0, Qt.AlignLeft)
        (self.password if username else self.username).setFocus()
        self.resize(380, self.sizeHint().height())

    def sign_in(self) -> None:
        self._ok()

    def submit(self) -> None:
        try:
            self.db, self.actor = self.unlock(self.username.text(), self.password.text())
        except KmbError:
            self.password.clear()
            self.password.setFocus()
            raise

    def forgot(self) -> None:
        """The recovery key from the office safe sets a new password; then the
        person is signed in with it."""
        dialog = ForgottenPasswordDialog(self.reset, self.username.text(), self)
        if dialog.exec() != QDialog.Accepted:
            return
        self.username.setText(dialog.username.text().strip())
        self.password.setText(dialog.password.text())
        self.sign_in()


class ForgottenPasswordDialog(FormDialog):
    """User name, the recovery key (from the printed sheet) and a new password
    twice. Nothing changes until all of it is right."""

    def __init__(self, reset: Reset, username: str = "", parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Zapomenuté heslo"), tr(
            "Nové heslo nastavíte klíčem pro obnovu – je na listu „Klíč pro obnovu“ "
            "v trezoru úřadu (skupiny písmen a číslic oddělené pomlčkou). Změna se zapíše "
            "do auditu."), parent, tr("Nastavit heslo a přihlásit"), width=520)
        self.reset = reset
        self.username = self.add("username", self.tr("Uživatelské jméno"), QLineEdit(username))
        self.username.setObjectName("resetUsername")
        self.recovery = self.add("recovery", self.tr("Klíč pro obnovu"), QLineEdit())
        self.recovery.setObjectName("recoveryKeyInput")
        self.recovery.setPlaceholderText("ABCDE-FGHIJ-…")
        self.password = self.add("password", self.tr("Nové heslo"), _password_field())
        self.again = self.add("password_again", self.tr("Nové heslo znovu"), _password_field())
        self.error = self.general_error
        (self.recovery if username else self.username).setFocus()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self._ok()

    def submit(self) -> None:
        self.errors.clear()
        if not self.username.text().strip():
            raise ValidationError(self.tr("Vyplňte uživatelské jméno."), field="username")
        try:
            self.reset(self.username.text(), self.recovery.text(), self.password.text(),
                       self.again.text())
        except ValidationError:
            raise
        except KmbError:           # a wrong recovery key, an unknown user
            self.recovery.setFocus()
            raise


class FirstPasswordDialog(FormDialog):
    """The first start of a new office: the administrator chooses a password,
    which creates the encrypted database (``create(password, again, series)``),
    and the series of its document numbers (empty for the office)."""

    def __init__(self, create: Callable[[str, str, str], NewInstallation], parent=None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("První spuštění – heslo správce"), tr(
            "Aplikace obsahuje citlivé osobní údaje; databáze bude zašifrovaná. Zvolte heslo "
            "správce (alespoň 8 znaků); uživatelské účty pracovníků pak založíte "
            "v Nastavení → Uživatelé."), parent, tr("Založit databázi"), width=440,
            cancel_text=tr("Konec"))
        self.create = create
        self.created: NewInstallation | None = None
        self.form.addRow(self.tr("Uživatelské jméno"), QLabel("admin"))
        self.password = self.add("password", self.tr("Heslo"), _password_field())
        self.again = self.add("password_again", self.tr("Heslo znovu"), _password_field())
        self.series = self.add("series", self.tr("Řada čísel"), QLineEdit())
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
        self.form.addRow("", series_hint)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        self._ok()

    def submit(self) -> None:
        series = check_tag(self.series.text())   # before any file is created
        self.created = self.create(self.password.text(), self.again.text(), series)


class LockDialog(FormDialog):
    """The screen locked after inactivity: only the signed-in user's password opens it."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731 – lupdate files bare tr() without a context
        super().__init__(tr("Zamčeno"), tr("Aplikace se po nečinnosti zamkla. "
                                           "Přihlášen(a): {0}").format(actor.name),
                         parent, tr("Odemknout"), width=360, cancel=False)
        self.db, self.actor = db, actor
        self.password = _password_field()
        self.password.setObjectName("password")
        self.set_body(self.password)
        self.error = self.general_error

    def unlock(self) -> None:
        self._ok()

    def submit(self) -> None:
        try:
            ok = check_password(self.db, self.actor, self.password.text())
        finally:                         # a refusal or back-off: type it again
            self.password.clear()
        if not ok:
            raise KmbError(self.tr("Nesprávné heslo."))

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
