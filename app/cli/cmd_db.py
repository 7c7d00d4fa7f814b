"""``kmb db copy --to TARGET``: move the office into another database (an
SQLite file ↔ a PostgreSQL server; ``app.db_copy``)."""
from __future__ import annotations

import sys
import time

from ..config import database_url, sqlite_path
from .cmd_basic import read_password, username
from ..i18n import _


def register(sub, common) -> None:
    p = sub.add_parser("db", parents=[common], help=_("přesun databáze na server nebo do souboru"))
    inner = p.add_subparsers(dest="db_command", metavar=_("AKCE"), required=True)
    c = inner.add_parser(
        "copy", parents=[common],
        help=_("zkopírovat celý úřad (záznamy, přílohy, klíče, audit) do prázdné databáze; "
             "jen správce"))
    c.add_argument("--to", required=True, metavar=_("CESTA|URL"),
                   help=_("cíl: nový soubor, nebo prázdná databáze postgresql://role@server/db"))
    c.set_defaults(func=cmd_copy)


def _n(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")       # 18 997: Czech thousands


class _Progress:
    """A line at most every two seconds: big offices see that the copy moves."""

    def __init__(self, every: float = 2.0):
        self.every, self.last = every, time.monotonic()

    def __call__(self, table: str, done: int, of: int, overall: int, of_all: int) -> None:
        now = time.monotonic()
        if now - self.last < self.every or not of_all:
            return
        self.last = now
        sys.stderr.write(_("kmb: kopíruji {table} {n}/{n2}, celkem {v7} % ({n3}/{n4} záznamů)\n")
            .format(table=table, n=_n(done), n2=_n(of), v7=100 * overall // of_all, n3=_n(overall), n4=_n(of_all)))
        sys.stderr.flush()


def cmd_copy(args) -> int:
    from ..db import inspect_file, open_database
    from ..db_copy import copy_database
    from ..signin import sign_in
    path = sqlite_path(database_url(args.db))
    if path is not None and inspect_file(path) == "missing":
        open_database(args.db)           # the usual "does not exist" line, before a prompt
    name = username(args)
    password = read_password(args, _("Heslo uživatele {name}: ").format(name=name))
    db, actor = sign_in(args.db, name, password)
    try:
        result = copy_database(db, actor, args.to, password, progress=_Progress())
    finally:
        db.close()
    print(_("Úřad zkopírován do {target}: {n} záznamů v {len} tabulkách za {seconds:.0f} s; počty "
            "souhlasí, auditní řetězec ověřen.")
                .format(target=result.target, n=_n(result.total), len=len(result.rows), seconds=result.seconds))
    if result.recovery_key:
        print(_("Klíč pro obnovu nové databáze (zobrazí se jen teď – vytiskněte ho a uložte do "
                "trezoru):\n  {recovery_key}").format(recovery_key=result.recovery_key))
    print(_("Přihlásit se mohou stejným heslem jako dosud: {join}.")
        .format(join=', '.join(result.signs_in)))
    if result.needs_password:
        print(_("Heslo jim nastaví správce (Nastavení → Uživatelé): {names}.")
              .format(names=", ".join(result.needs_password)))
    print(_("Původní databázi dál nepoužívejte: obě kopie mají stejnou identitu instalace."))
    return 0
