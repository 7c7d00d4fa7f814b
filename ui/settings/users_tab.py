"""Settings tab "Uživatelé": staff accounts with roles; everyone may change
their own password, the KMB lead and the administrator manage accounts.
Workers received from another installation are listed by name and can be
given a login here; blocking an account gives the database a new key, whose
recovery key is shown (and printed) once."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from app.auth import NewUser, create_user, set_active, set_password
from app.departments.listing import list_departments
from app.errors import KmbError
from app.recovery import recovery_sheet_pdf
from app.rekey import encrypted, new_database_key
from app.security import Permission, role_label
from app.staff import Login, give_login, list_users, set_user_sex, suggested_sex
from models.staff import Role

from ..context import UiContext
from ..widgets.dialogs import FormDialog
from ..widgets.recovery_key import RecoveryKeyDialog
from ..widgets.table_model import Col, RowsModel
from ..widgets.tables import list_table

_C = "UsersTab"
COLUMNS = [
    Col(QT_TRANSLATE_NOOP("UsersTab", "Jméno"), lambda u: u.full_name, context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Uživatelské jméno"), lambda u: u.login or "—",
        context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Role"),
        lambda u: "" if u.received else role_label(u.role), context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Stav"), lambda u: _state(u), context=_C),
    Col(QT_TRANSLATE_NOOP("UsersTab", "Pohlaví"), lambda u: _sex_text(u.sex), context=_C),
]


def _sex_text(sex: str | None) -> str:
    # the context written out: lupdate does not resolve a variable one
    return {"F": QCoreApplication.translate("UsersTab", "žena"),
            "M": QCoreApplication.translate("UsersTab", "muž")}.get(
        sex, QCoreApplication.translate("UsersTab", "neuvedeno"))


def _sexes() -> QComboBox:
    """Žena / muž / neuvedeno: documents print "zpracovala"/"zpracoval" by it."""
    combo = QComboBox()
    for code in ("", "F", "M"):        # "" not None: findData() cannot find None
        combo.addItem(_sex_text(code), code)
    return combo


def _state(user) -> str:
    if user.received:
        return QCoreApplication.translate("UsersTab", "z jiné instalace, bez přihlášení")
    return (QCoreApplication.translate("UsersTab", "aktivní") if user.active
            else QCoreApplication.translate("UsersTab", "zablokován"))


def _password() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


def _roles() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role)
    return combo


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
        self.login_button = QPushButton(self.tr("Dát přihlášení…"))
        self.login_button.setObjectName("giveLogin")
        self.rekey_button = QPushButton(self.tr("Nový klíč databáze…"))
        self.sex_button = QPushButton(self.tr("Pohlaví…"))
        self.sex_button.setObjectName("userSex")
        self.sex_button.clicked.connect(self.set_sex)
        self.login_button.clicked.connect(self.give_login)
        self.rekey_button.clicked.connect(self.new_key)
        self.new_button.clicked.connect(self.new_user)
        self.password_button.clicked.connect(self.reset_password)
        self.own_button.clicked.connect(lambda: self._password_for(ctx.actor.user_id,
                                                                   ctx.actor.name))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.login_button, self.password_button, self.active_button,
                  self.sex_button, self.rekey_button):
            b.setVisible(self.manage)
            buttons.addWidget(b)
        self.rekey_button.setVisible(self.manage and encrypted(ctx.db))
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Hesla zůstávají v této instalaci; do balíčků pro jiné instalace "
                              "se nepřenášejí."))
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_users(self.ctx.db, self.ctx.actor, include_inactive=True))
        self._enable()

    def _enable(self) -> None:
        user = self._selected()
        received = bool(user and user.received)
        self.login_button.setEnabled(received)
        self.password_button.setEnabled(bool(user) and not received)
        self.active_button.setEnabled(bool(user) and not received)
        self.sex_button.setEnabled(bool(user))

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
        if user.active and QMessageBox.question(
                self, self.tr("Zablokovat účet"),
                self.tr("Zablokovat účet {0}? Databáze dostane nový klíč a zobrazí se nový "
                        "klíč pro obnovu – připravte si ho vytisknout a uložit do trezoru.")
                .format(user.full_name)) != QMessageBox.Yes:
            return
        try:
            result = set_active(self.ctx.db, self.ctx.actor, user.id, not user.active)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Uživatelé"), exc.message)
            self.refresh()
            return
        self.refresh()
        if result is not None:
            # the reason is printed on the (Czech) sheet
            self._show_new_key(result, f"zablokování účtu {user.username}")

    def new_key(self) -> None:
        if QMessageBox.question(
                self, self.tr("Nový klíč databáze"),
                self.tr("Dát databázi nový klíč? Starý klíč pro obnovu pak otevře už jen "
                        "starší zálohy.")) != QMessageBox.Yes:
            return
        try:
            result = new_database_key(self.ctx.db, self.ctx.actor)
        except KmbError as exc:
            QMessageBox.warning(self, self.tr("Nový klíč databáze"), exc.message)
            return
        self._show_new_key(result, "nový klíč na žádost")

    def _show_new_key(self, result, reason: str) -> None:
        """The new recovery key, once; accounts that could not take it are named."""
        ctx, key = self.ctx, result.recovery_key
        RecoveryKeyDialog(key, self, sheet=lambda: recovery_sheet_pdf(
            ctx.db, ctx.actor, key, reason)).exec()
        if result.lost:
            QMessageBox.information(
                self, self.tr("Nový klíč databáze"),
                self.tr("Tyto účty mají heslo ze starší verze a nový klíč nedostaly; nastavte "
                        "jim nové heslo (Nastavit heslo…): {0}").format(", ".join(result.lost)))

    def set_sex(self) -> None:
        user = self._selected()
        if user is not None and SexDialog(self.ctx, user, self).exec():
            self.refresh()

    def give_login(self) -> None:
        user = self._selected()
        if user is not None and user.received and GiveLoginDialog(self.ctx, user, self).exec():
            self.refresh()


class NewUserDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(self.tr("Nový uživatel"), parent=parent, ok_text=self.tr("Založit"))
        self.ctx = ctx
        self.full_name = self.add("full_name", self.tr("Jméno a příjmení"), QLineEdit())
        self.username = self.add("username", self.tr("Uživatelské jméno"), QLineEdit())
        self.username.setPlaceholderText("jana.novakova")
        self.role = self.add("role", self.tr("Role"), _roles())
        self.sex = self.add("sex", self.tr("Pohlaví"), _sexes())
        # the given name suggests it until the person picks one themselves
        self.sex_picked = False
        self.sex.activated.connect(lambda *_: setattr(self, "sex_picked", True))
        self.full_name.textEdited.connect(self._suggest_sex)
        self.department = self.add("department", self.tr("Odbor"), QComboBox())
        self.department.setObjectName("userDepartment")
        self.department.addItem(self.tr("podle role"), None)
        for d in list_departments(ctx.db, ctx.actor, active_only=True):
            self.department.addItem(d.name, d.code)
        self.password = self.add("password", self.tr("Heslo"), _password())
        self.again = self.add("password_again", self.tr("Heslo znovu"), _password())

    def submit(self) -> None:
        create_user(self.ctx.db, self.ctx.actor, NewUser(
            self.username.text(), self.full_name.text(), self.role.currentData(),
            self.password.text(), self.again.text(),
            department=self.department.currentData(), sex=self.sex.currentData() or None))

    def _suggest_sex(self, name: str) -> None:
        if not self.sex_picked:
            self.sex.setCurrentIndex(self.sex.findData(suggested_sex(name) or ""))


class SexDialog(FormDialog):
    """The worker's sex, for the words documents print beside their name. When
    none is stored the given name suggests one; it is stored only on Save."""

    def __init__(self, ctx: UiContext, user, parent=None):
        guess = None if user.sex else suggested_sex(user.full_name)
        intro = self.tr("Podle pohlaví tisknou dokumenty „zpracovala“ nebo „zpracoval“, "
                        "„sociální pracovnice“ nebo „sociální pracovník“.")
        if guess:
            intro += " " + self.tr("Zatím neuvedeno; návrh podle jména: {0}. Potvrďte ho "
                                   "uložením.").format(_sex_text(guess))
        super().__init__(self.tr("Pohlaví – {0}").format(user.full_name), intro, parent)
        self.ctx, self.user = ctx, user
        self.sex = self.add("sex", self.tr("Pohlaví"), _sexes())
        self.sex.setCurrentIndex(self.sex.findData(user.sex or guess or ""))

    def submit(self) -> None:
        set_user_sex(self.ctx.db, self.ctx.actor, self.user.id,
                     self.sex.currentData() or None)


class GiveLoginDialog(FormDialog):
    """A worker received from another installation gets a login here."""

    def __init__(self, ctx: UiContext, user, parent=None):
        super().__init__(
            self.tr("Přihlášení pro {0}").format(user.full_name),
            self.tr("{0} přišel/přišla z jiné instalace a zatím se zde nemůže "
                    "přihlásit. Uživatelské jméno, role a heslo platí jen v této "
                    "instalaci.").format(user.full_name),
            parent, self.tr("Dát přihlášení"))
        self.ctx, self.user = ctx, user
        self.username = self.add("username", self.tr("Uživatelské jméno"), QLineEdit())
        self.username.setPlaceholderText("jana.novakova")
        self.role = self.add("role", self.tr("Role"), _roles())
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.password = self.add("password", self.tr("Heslo"), _password())
        self.again = self.add("password_again", self.tr("Heslo znovu"), _password())

    def submit(self) -> None:
        give_login(self.ctx.db, self.ctx.actor, self.user.id, Login(
            self.username.text(), self.role.currentData(), self.password.text(),
            self.again.text()))


class PasswordDialog(FormDialog):
    def __init__(self, ctx: UiContext, user_id: str, name: str, parent=None):
        super().__init__(self.tr("Heslo – {0}").format(name), parent=parent)
        self.ctx, self.user_id = ctx, user_id
        self.password = self.add("password", self.tr("Nové heslo"), _password())
        self.again = self.add("password_again", self.tr("Heslo znovu"), _password())

    def submit(self) -> None:
        set_password(self.ctx.db, self.ctx.actor, self.user_id, self.password.text(),
                     self.again.text())
