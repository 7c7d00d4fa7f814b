"""Argument parsing and the command dispatcher of ``kmb``.

Every failure a person can cause ends as one readable line on stderr and a
non-zero exit code: 2 bad arguments, 1 refused or failed, 3 database problem,
70 an internal error (its traceback goes to kmb-chyby.log in the data folder).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from typing import Callable, Sequence

from .. import __version__
from ..errors import KmbError
from . import (cmd_allocation, cmd_backup, cmd_basic, cmd_db, cmd_imports, cmd_password,
               cmd_print, cmd_privacy, cmd_stats, cmd_sync)

Register = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str):  # noqa: D401
        sys.stderr.write(f"{self.prog}: {translate_argparse(message)} (nápověda: {self.prog} --help)\n")
        raise SystemExit(2)


_ARGPARSE_CZ = [
    ("the following arguments are required", "chybí povinné argumenty"),
    ("unrecognized arguments", "neznámé argumenty"),
    ("invalid choice", "neplatná volba"),
    ("expected one argument", "volba potřebuje hodnotu"),
    ("argument ", "argument "),
    ("choose from", "vyberte z"),
    ("invalid int value", "není celé číslo"),
]


def translate_argparse(message: str) -> str:
    for en, cs in _ARGPARSE_CZ:
        message = message.replace(en, cs)
    return message


def common_options() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", metavar="CESTA|URL",
                   help="databáze (soubor SQLite nebo URL SQLAlchemy); jinak kmb.sqlite "
                        "ve složce dat (KMB_DATA_DIR) nebo KMB_DATABASE_URL")
    p.add_argument("--user", metavar="UŽIVATEL",
                   help="přihlásit se jako tento uživatel (povinné u příkazů, které otevírají "
                        "databázi)")
    p.add_argument("--password-file", metavar="SOUBOR",
                   help="heslo z prvního řádku souboru (pro skripty; jinak proměnná "
                        "KMB_PASSWORD, nebo se aplikace zeptá)")
    return p


# Every command, in the order of ``kmb --help``. A module's ``register`` only
# describes its arguments; its handlers import the services they need, so that
# building the parser (and ``kmb --version``) loads neither SQLAlchemy, ReportLab,
# openpyxl nor pyrage.
COMMANDS: list[Register] = [
    cmd_basic.register,
    cmd_print.register,
    cmd_sync.register,
    cmd_allocation.register,
    cmd_stats.register,
    cmd_privacy.register,
    cmd_imports.register,
    cmd_backup.register,
    cmd_db.register,
    cmd_password.register,
]


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = OneLineParser(
        prog="kmb", parents=[common],
        description="KMB Desk – kontaktní místo pro bydlení. Bez příkazu otevře aplikaci.")
    parser.add_argument("--version", action="version", version=f"KMB Desk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="otevřít aplikaci na ukázkovém úřadě (vytvoří se při prvním spuštění)")
    parser.add_argument("--lang", choices=["cs", "en"], default=None,
                        help="jazyk aplikace (výchozí čeština)")
    sub = parser.add_subparsers(dest="command", metavar="PŘÍKAZ", parser_class=OneLineParser)
    for register in COMMANDS:
        register(sub, common)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    from ..config import private_files
    from ..sync.leftovers import remove_leftovers
    private_files()
    remove_leftovers()          # older versions' decrypted bundles, once per start
    try:
        return int(args.func(args) or 0)
    except KmbError as exc:
        sys.stderr.write(f"kmb: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("kmb: přerušeno\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 – last line of defence: no traceback on screen
        if _is_db_error(exc):
            from ..config import display_url
            from ..db import describe_db_error
            where = display_url(getattr(args, "db", None) or "kmb.sqlite")   # no password
            sys.stderr.write(f"kmb: {describe_db_error(where, exc)}\n")
            return 3
        log_path = _log_internal_error()
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        sys.stderr.write(f"kmb: vnitřní chyba ({type(exc).__name__}: {first_line}); "
                         f"podrobnosti v {log_path}\n")
        return 70


def _is_db_error(exc: Exception) -> bool:
    # SQLAlchemy is imported only by the commands that open a database: if it
    # is not loaded, the error cannot be one of its.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _log_internal_error() -> str:
    from ..config import data_dir
    try:
        path = data_dir() / "kmb-chyby.log"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
        return str(path)
    except OSError:
        logging.exception("internal error")
        return "stderr"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.command:
        sys.stderr.write("kmb: zadejte příkaz (kmb --help)\n")
        return 2
    return run_command(args)
