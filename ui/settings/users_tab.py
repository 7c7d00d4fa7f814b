"""Settings tab "Uživatelé": staff accounts with roles; everyone may change
their own password, the KMB lead and the administrator manage accounts."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app.auth import NewUser, create_user, set_active, set_password
from app.errors import KmbError, ValidationError
from app.security import ROLE_LABELS, Permission
from app.staff import list_users
from models.staff import Role

from ..context import UiContext
from ..widgets.fields import FieldErrors
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "UsersTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("UsersTab", "Jméno"), lambda u: u.full_name, context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Uživatelské jméno"), lambda u: u.username, context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Role"), lambda u: ROLE_LABELS[u.role], context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Stav"), lambda u: "aktivní" if u.active else "zablokován",
        context=_C),
]


def _password() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


class UsersTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.manage = ctx.actor.can(Permission.MANAGE_USERS)
        self.model = RowsModel(COLUMNS)
        self.table = list_table(self.model, "usersTable", fit_contents=True)
        self.new_button = QPushButton(self.tr("Nový uživatel…"))
        self.password_button = QPushButton(self.tr("Nastavit heslo…"))
        self.own_button = QPushButton(self.tr("Změnit své heslo…"))
        self.active_button = QPushButton(self.tr("Zablokovat / odblokovat"))
        self.new_button.clicked.connect(self.new_user)
        self.password_button.clicked.connect(self.reset_password)
        self.own_button.clicked.connect(lambda: self._password_for(ctx.actor.user_id,
                                                                   ctx.actor.name))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.password_button, self.active_button):
            b.setVisible(self.manage)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Hesla zůstávají v této instalaci; do balíčků pro jiné instalace "
                              "se nepřenášejí."))
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_users(self.ctx.db, self.ctx.actor, include_inactive=True))

    def _selected(self):
        return self.model.row(self.table.currentIndex().row())

    def new_user(self) -> None:
        dialog = NewUserDialog(self.ctx, self)
        if dialog.exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self._selected()
        if user is not None:
            self._password_for(user.id, user.full_name)

    def _password_for(self, user_id: str, name: str) -> None:
        PasswordDialog(self.ctx, user_id, name, self).exec()

    def toggle_active(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            set_active(self.ctx.db, self.ctx.actor, user.id, not user.active)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Uživatelé"), exc.message)
        self.refresh()


class NewUserDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nový uživatel"))
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setPlaceholderText("jana.novakova")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role)
        self.password = _password()
        self.again = _password()
        self.errors = FieldErrors()
        form = QFormLayout()
        for name, text, widget in (("full_name", self.tr("Jméno a příjmení"), self.full_name),
                                   ("username", self.tr("Uživatelské jméno"), self.username),
                                   ("role", self.tr("Role"), self.role),
                                   ("password", self.tr("Heslo"), self.password),
                                   ("password_again", self.tr("Heslo znovu"), self.again)):
            form.addRow(text, widget)
            form.addRow("", self.errors.bind(name, widget))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Založit"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Zrušit"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            create_user(self.ctx.db, self.ctx.actor, NewUser(
                self.username.text(), self.full_name.text(), self.role.currentData(),
                self.password.text(), self.again.text()))
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, ctx: UiContext, user_id: str, name: str, parent=None):
        super().__init__(parent)
        self.ctx, self.user_id = ctx, user_id
        self.setWindowTitle(self.tr("Heslo – {0}").format(name))
        self.password = _password()
        self.again = _password()
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Nové heslo"), self.password)
        form.addRow("", self.errors.bind("password", self.password))
        form.addRow(self.tr("Heslo znovu"), self.again)
        form.addRow("", self.errors.bind("password_again", self.again))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Uložit"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Zrušit"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            set_password(self.ctx.db, self.ctx.actor, self.user_id, self.password.text(),
                         self.again.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()
