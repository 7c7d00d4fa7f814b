"""``kmb password reset``: a forgotten password, set anew with the office's
recovery key (``app.signin.reset_password_with_recovery``). The recovery key
stands in for the sign-in: it is checked before a new password is asked for."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .cmd_basic import PASSWORD_ENV, read_password, username
from ..i18n import _

RECOVERY_ENV = "KMB_RECOVERY_KEY"


def register(sub, common) -> None:
    p = sub.add_parser("password", parents=[common], help=_("zapomenuté heslo: nové heslo "
                                                          "s klíčem pro obnovu"))
    inner = p.add_subparsers(dest="password_command", metavar=_("AKCE"), required=True)
    r = inner.add_parser("reset", parents=[common],
                         help=_("nastavit uživateli nové heslo klíčem pro obnovu z trezoru úřadu"))
    r.add_argument("--recovery-file", metavar=_("SOUBOR"),
                   help=_("klíč pro obnovu ze souboru (jinak KMB_RECOVERY_KEY, nebo se aplikace "
                        "zeptá); nové heslo: KMB_PASSWORD, --password-file, nebo dvakrát "
                        "z klávesnice"))
    r.set_defaults(func=cmd_reset)


def cmd_reset(args) -> int:
    from ..signin import check_recovery, require_file_for_recovery, reset_password_with_recovery
    require_file_for_recovery(args.db)        # the target first (a server has no key file)
    name = username(args)
    recovery = _recovery_key(args)
    check_recovery(args.db, recovery, name)
    password = read_password(args, _("Nové heslo uživatele {name}: ").format(name=name))
    again = None
    if not getattr(args, "password_file", None) and PASSWORD_ENV not in os.environ:
        again = read_password(args, _("Nové heslo znovu: "))
    actor = reset_password_with_recovery(args.db, recovery, name, password, again=again)
    print(_("Heslo uživatele {name} ({name2}) je nastavené; přihlaste se novým heslem.")
        .format(name=name, name2=actor.name))
    return 0


def _recovery_key(args) -> str:
    from ..keyslots import SignInRefused
    if args.recovery_file:
        try:
            return Path(args.recovery_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SignInRefused(_("Soubor s klíčem pro obnovu {recovery_file} nelze číst: "
                                  "{strerror}.")
                                      .format(recovery_file=args.recovery_file, strerror=exc.strerror)) from None
    if os.environ.get(RECOVERY_ENV):
        return os.environ[RECOVERY_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Klíč pro obnovu (z trezoru úřadu): "))
    raise SignInRefused(_("Chybí klíč pro obnovu: --recovery-file SOUBOR, proměnná "
                        "KMB_RECOVERY_KEY, nebo ho zadejte z klávesnice."))
