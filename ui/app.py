"""Starting the desktop application: Qt set-up, database, user, main window."""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import config, installation
from app.auth import lock_minutes
from app.backups import daily_backup
from app.config import data_dir, demo_database_path
from app.db import inspect_file
from app.demo.people import DEMO_PASSWORD
from app.errors import KmbError
from app.recovery import recovery_sheet_pdf
from app.signin import create_installation, reset_password_with_recovery, \
    sign_in as unlock
from app.sync.leftovers import remove_leftovers
from resources import path as resource_path

from . import i18n, ops, style, warmup
from .context import UiContext
from .login import FirstPasswordDialog, IdleLock, LoginDialog, RecoveryKeyDialog
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


def demo_context(path, user: str | None) -> UiContext:
    """The demo office: no login dialog; it opens with the documented demo
    password, and only a file that really is a demo (a symlink to an
    office's database, or any other file, is refused)."""
    db, actor = unlock(str(path), user or DEMO_USER, DEMO_PASSWORD, demo=True)
    return UiContext(db=db, actor=actor, installation=installation.current(db),
                     settings=ui_settings(), demo=True)


def sign_in(db_spec: str | None, username: str | None) -> UiContext | None:
    """A real office: the first start creates the encrypted database (the
    administrator's password, then the recovery key); every start asks who is
    signing in, and that unlocks the database. None when the person closes
    a dialog."""
    path = config.sqlite_path(config.database_url(db_spec))
    if path is not None and inspect_file(path) == "missing":
        first = FirstPasswordDialog(lambda pw, again, series: create_installation(
            db_spec, None, "admin", pw, password_again=again, series=series))
        if first.exec() != QDialog.Accepted or first.created is None:
            return None
        created = first.created
        RecoveryKeyDialog(created.recovery_key, sheet=lambda: recovery_sheet_pdf(
            created.db, created.actor, created.recovery_key)).exec()
        return UiContext(db=created.db, actor=created.actor,
                         installation=installation.current(created.db), settings=ui_settings())
    office = path.name if path is not None else config.display_url(config.database_url(db_spec))
    reset = None
    if path is not None:            # the recovery key belongs to a database in a file
        def reset(user, recovery, pw, again):
            return reset_password_with_recovery(db_spec, recovery, user, pw, again=again)
    dialog = LoginDialog(lambda user, pw: unlock(db_spec, user, pw), office, username or "",
                         reset=reset)
    if dialog.exec() != QDialog.Accepted or dialog.db is None:
        return None
    return UiContext(db=dialog.db, actor=dialog.actor,
                     installation=installation.current(dialog.db), settings=ui_settings())


def _ensure_demo(app: QApplication):
    path = demo_database_path()
    if path.is_symlink():
        raise KmbError(f"{path} je odkaz na jiný soubor, ne ukázková databáze; neotevřu ho.")
    if path.exists() and inspect_file(path) == "encrypted":
        return path
    from app.demo import build_demo       # first start, or a plaintext demo of release 0.1

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
    return path


def run_gui(args: argparse.Namespace) -> int:
    config.private_files()
    remove_leftovers()          # older versions' decrypted bundles, once per start
    app = make_application(lang=args.lang)
    try:
        if args.demo:
            ctx = demo_context(_ensure_demo(app), args.user)
        else:
            ctx = sign_in(args.db, args.user)
            if ctx is None:
                return 0
            daily_backup(ctx.db)
    except KmbError as exc:
        QMessageBox.critical(None, app.translate("start", "KMB Desk nelze spustit"), exc.message)
        return exc.exit_code
    db = ctx.db
    window = MainWindow(ctx)
    window.show()
    warmup.schedule(window)     # the first print then finds ReportLab and the fonts loaded
    if not ctx.demo:        # sensitive data: an idle window locks itself
        lock = IdleLock(window, db, ctx.actor, lock_minutes(db))
        app.installEventFilter(lock)
    code = app.exec()
    ops.wait_idle()      # a dropped background read may still use the database
    db.close()
    return code
