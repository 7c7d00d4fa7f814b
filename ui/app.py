"""Starting the desktop application: Qt set-up, database, user, main window."""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import installation
from app.auth import actor_named, has_passwords, lock_minutes
from app.config import data_dir, demo_database_path, sqlite_url
from app.db import Database, open_database
from app.errors import KmbError
from resources import path as resource_path

from . import i18n, style
from .context import UiContext
from .login import FirstPasswordDialog, IdleLock, LoginDialog
from .main_window import MainWindow
from .ops import BackgroundOp

DEMO_USER = "jana.dvorakova"


def make_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("KMB")
    app.setApplicationName("KMB Desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "logo.svg"))))
    style.apply(app)
    i18n.install(app, lang)
    return app


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.IniFormat)


def build_context(db: Database, user: str | None, demo: bool = False) -> UiContext:
    """The demo office: no sign-in, the app acts as the given demo user."""
    info = installation.initialise(db)
    actor = actor_named(db, user) if user else installation.admin_actor(db)
    return UiContext(db=db, actor=actor, installation=info, settings=ui_settings(), demo=demo)


def sign_in(db: Database, username: str | None) -> UiContext | None:
    """A real office: the first start sets the administrator's password, every
    start asks who is signing in. None when the person closes the dialog."""
    info = installation.initialise(db)          # a first start creates the identity
    if not has_passwords(db):
        if FirstPasswordDialog(db, installation.admin_actor(db)).exec() != QDialog.Accepted:
            return None
        username = username or "admin"
    dialog = LoginDialog(db, info.name, username or "")
    if dialog.exec() != QDialog.Accepted:
        return None
    return UiContext(db=db, actor=dialog.actor, installation=info, settings=ui_settings())


def _ensure_demo(app: QApplication) -> str:
    path = demo_database_path()
    if path.exists():
        return sqlite_url(path)
    from app.demo import build_demo

    def work(progress, cancelled):
        build_demo(path, "town", progress=lambda step, pct: progress(
            app.translate("demo", "Vytvářím ukázkový úřad: {0}").format(step), pct)).close()
        return path

    op = BackgroundOp(None, app.translate("demo", "Vytvářím ukázkový úřad…"), work)
    loop = QEventLoop()
    result: dict = {}
    op.succeeded.connect(lambda p: (result.setdefault("ok", p), loop.quit()))
    op.failed.connect(lambda exc: (result.setdefault("error", exc), loop.quit()))
    op.start()
    loop.exec()
    if "error" in result:
        raise result["error"]
    return sqlite_url(path)


def run_gui(args: argparse.Namespace) -> int:
    app = make_application(lang=args.lang)
    try:
        if args.demo:
            db = open_database(_ensure_demo(app))
            ctx = build_context(db, args.user or DEMO_USER, demo=True)
        else:
            db = open_database(args.db, create=True)
            ctx = sign_in(db, args.user)
            if ctx is None:
                db.close()
                return 0
    except KmbError as exc:
        QMessageBox.critical(None, app.translate("start", "KMB Desk nelze spustit"), exc.message)
        return exc.exit_code
    window = MainWindow(ctx)
    window.show()
    if not ctx.demo:        # sensitive data: an idle window locks itself
        lock = IdleLock(window, db, ctx.actor, lock_minutes(db))
        app.installEventFilter(lock)
    code = app.exec()
    db.close()
    return code
