"""``kmb backup create -o FILE`` and ``kmb backup restore FILE``: encrypted,
verified backups (``app.backups``)."""
from __future__ import annotations

import os
from pathlib import Path

from ..config import database_url, sqlite_path
from ..errors import KmbError
from .cmd_basic import acting, open_for, read_password, username
from ..i18n import _

RECOVERY_ENV = "KMB_RECOVERY_KEY"


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help=_("zašifrovaná záloha databáze a obnova ze zálohy"))
    inner = p.add_subparsers(dest="backup_command", metavar=_("AKCE"), required=True)
    c = inner.add_parser("create", parents=[common], help=_("vytvořit zálohu (zašifrovanou)"))
    c.add_argument("-o", "--output", required=True, metavar=_("SOUBOR.kmbbak"))
    c.set_defaults(func=cmd_create)
    r = inner.add_parser("restore", parents=[common],
                         help=_("obnovit databázi ze zálohy (současná se odloží do zalohy/)"))
    r.add_argument("file", metavar=_("SOUBOR.kmbbak"))
    r.add_argument("--recovery-key-file", metavar=_("SOUBOR"),
                   help=_("otevřít zálohu klíčem pro obnovu (ze souboru; nebo KMB_RECOVERY_KEY)"))
    r.set_defaults(func=cmd_restore)


def cmd_create(args) -> int:
    from ..backups import create_backup
    db = open_for(args)
    try:
        info = create_backup(db, acting(db, args), args.output)
    finally:
        db.close()
    print(_("Záloha uložena: {path} ({v3} kB, zašifrovaná)")
        .format(path=info.path, v3=info.size // 1024))
    return 0


def cmd_restore(args) -> int:
    from ..backups import restore_backup
    path = sqlite_path(database_url(args.db))
    if path is None:
        raise KmbError(_("Obnovit ze zálohy lze jen databázi v souboru."))
    recovery = _recovery_key(args)
    told: list[str] = []          # the resync after a restore (issue 11)
    if recovery:
        kept = restore_backup(path, args.file, recovery=recovery, tell=told.append)
    else:
        name = username(args)
        kept = restore_backup(path, args.file, username=name,
                              password=read_password(args, _("Heslo uživatele {name}: ")
                                                     .format(name=name)),
                              tell=told.append)
    if kept != path:
        print(_("Databáze obnovena ze zálohy {file}. Předchozí stav je v {kept}.")
              .format(file=args.file, kept=kept))
    else:
        print(_("Databáze obnovena ze zálohy {file}.").format(file=args.file))
    for line in told:
        print(line)
    return 0


def _recovery_key(args) -> str | None:
    if args.recovery_key_file:
        try:
            return Path(args.recovery_key_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise KmbError(_("Soubor {recovery_key_file} nelze číst: {strerror}.")
                .format(recovery_key_file=args.recovery_key_file, strerror=exc.strerror)) \
                from None
    return os.environ.get(RECOVERY_ENV) or None
