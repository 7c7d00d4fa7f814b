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
from .. import i18n
from ..errors import KmbError
from ..i18n import _
from . import argparse_cs
from . import (cmd_addresses, cmd_allocation, cmd_backup, cmd_basic, cmd_db, cmd_imports,
               cmd_password, cmd_print, cmd_privacy, cmd_records, cmd_stats, cmd_sync)

Register = Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (its own strings are
    Czech through argparse_cs, unless the language is English)."""

    def error(self, message: str):  # noqa: D401
        sys.stderr.write(_("{prog}: {message} (nápověda: {prog} --help)").format(
            prog=self.prog, message=message) + "\n")
        raise SystemExit(2)


def pick_language(argv: Sequence[str]) -> str:
    """``--lang xx`` anywhere on the line, else KMB_LANG, else Czech: chosen
    before the parser is built, so that its help is in that language too."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return i18n.pick_language(lang)


def set_language(argv: Sequence[str]) -> str:
    lang = i18n.set_language(pick_language(argv))
    argparse_cs.install(lang)
    return lang


class _Later:
    """Stands for a command's parser until the command is chosen: records what
    its ``register`` does to it (add_argument, set_defaults, add_subparsers …),
    each call answered by another _Later, to be replayed on the real one."""

    def __init__(self, calls: list, source: int | None = None):
        self._calls, self._source = calls, source

    def __getattr__(self, method: str):
        def record(*args, **kwargs):
            self._calls.append((self._source, method, args, kwargs))
            return _Later(self._calls, len(self._calls) - 1)
        return record


def _replay(parser: argparse.ArgumentParser, calls: list) -> None:
    results: list = []
    for source, method, args, kwargs in calls:
        target = parser if source is None else results[source]
        results.append(getattr(target, method)(*args, **kwargs))


class _Parsers(dict):
    """The commands' parsers by name, each built when first looked up."""

    def __init__(self, build: Callable):
        super().__init__()
        self._build = build

    def __getitem__(self, name):
        value = super().__getitem__(name)
        if isinstance(value, _Later):
            value = self._build(name)
        return value

    def get(self, name, default=None):
        return self[name] if name in self else default

    def values(self):
        return [self[name] for name in list(self)]

    def items(self):
        return [(name, self[name]) for name in list(self)]


class LazySubParsers(argparse._SubParsersAction):
    """Sub-commands whose parsers are built only when chosen (or listed): a
    command's run builds one of some sixty parsers, not all (start-up time).
    ``kmb --help`` needs only their names and help lines, kept at once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _Parsers(self._build)
        self._pending: dict[str, tuple[dict, list]] = {}

    def add_parser(self, name, **kwargs):
        if "help" in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), kwargs.pop("help")))
        calls: list = []
        self._pending[name] = (kwargs, calls)
        dict.__setitem__(self._name_parser_map, name, _Later(calls))
        return _Later(calls)

    def _build(self, name: str) -> argparse.ArgumentParser:
        kwargs, calls = self._pending.pop(name)
        dict.__delitem__(self._name_parser_map, name)   # argparse refuses a name twice
        parser = super().add_parser(name, **kwargs)     # and stores the parser
        _replay(parser, calls)
        return parser


def common_options() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", metavar=_("CESTA|URL"),
                   help=_("databáze (soubor SQLite nebo URL SQLAlchemy); jinak kmb.sqlite "
                          "ve složce dat (KMB_DATA_DIR) nebo KMB_DATABASE_URL"))
    p.add_argument("--user", metavar=_("UŽIVATEL"),
                   help=_("přihlásit se jako tento uživatel (povinné u příkazů, které "
                          "otevírají databázi)"))
    p.add_argument("--password-file", metavar=_("SOUBOR"),
                   help=_("heslo z prvního řádku souboru (pro skripty; jinak proměnná "
                          "KMB_PASSWORD, nebo se aplikace zeptá)"))
    # also after the command (kmb list persons --lang en); read by pick_language
    p.add_argument("--lang", choices=list(i18n.LANGUAGES), default=None,
                   help=_("jazyk aplikace a příkazů (výchozí čeština; také KMB_LANG)"))
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
    cmd_addresses.register,
    cmd_records.register,
]


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = OneLineParser(
        prog="kmb", parents=[common],
        description=_("KMB Desk – kontaktní místo pro bydlení. Bez příkazu otevře aplikaci."))
    parser.add_argument("--version", action="version", version=f"KMB Desk {__version__}",
                        help=_("vypsat verzi a skončit"))
    parser.add_argument("--demo", action="store_true",
                        help=_("otevřít aplikaci na ukázkovém úřadě (vytvoří se při prvním "
                               "spuštění)"))
    parser.register("action", "lazy_parsers", LazySubParsers)
    sub = parser.add_subparsers(dest="command", metavar=_("PŘÍKAZ"), title=_("příkazy"),
                                parser_class=OneLineParser, action="lazy_parsers")
    for register in COMMANDS:
        register(sub, common)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else list(argv)
    set_language(argv)
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    from ..config import private_files
    from ..sync.leftovers import remove_leftovers
    private_files()
    remove_leftovers()          # older versions' decrypted bundles, once per start
    try:
        return int(args.func(args) or 0)
    except KmbError as exc:
        sys.stderr.write(_("kmb: {message}\n").format(message=exc.message))
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(_("kmb: přerušeno\n"))
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 – last line of defence: no traceback on screen
        if _is_db_error(exc):
            from ..config import display_url
            from ..db import describe_db_error
            where = display_url(getattr(args, "db", None) or "kmb.sqlite")   # no password
            sys.stderr.write(_("kmb: {describe_db_error}\n")
                .format(describe_db_error=describe_db_error(where, exc)))
            return 3
        log_path = _log_internal_error()
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        sys.stderr.write(_("kmb: vnitřní chyba ({name__}: {first_line}); podrobnosti v {log_path}\n")
            .format(name__=type(exc).__name__, first_line=first_line, log_path=log_path))
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
        sys.stderr.write(_("kmb: zadejte příkaz (kmb --help)\n"))
        return 2
    return run_command(args)
