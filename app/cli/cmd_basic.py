"""Basic commands: init, series, demo, list."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from ..errors import KmbError
from .listing import LISTERS
from .output import emit

if TYPE_CHECKING:
    from ..db import Database
    from ..security import Actor

# Handlers import the services they use: building the parser loads none of them.


def open_for(args, *, create: bool = False) -> Database:
    from ..db import open_database
    return open_database(args.db, create=create)


def acting(db: Database, args) -> Actor:
    """The CLI acts as the installation's administrator unless --user is given."""
    from ..installation import admin_actor
    from ..security import actor_from_user, find_user
    if getattr(args, "user", None):
        with db.reading() as s:
            return actor_from_user(find_user(s, args.user))
    return admin_actor(db)


def register(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="založit novou (prázdnou) instalaci")
    p.add_argument("--name", required=True, help="název instalace, např. „KMB Trutnov – kancelář“")
    p.add_argument("--series", metavar="KÓD", default=None,
                   help="řada v číslech případů, žádostí a smluv této instalace, např. N1; "
                        "\"\" = čísla bez řady (jen jedna instalace, obvykle kancelář); "
                        "bez volby se řada odvodí automaticky")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("series", parents=[common],
                       help="řada v číslech dokumentů této instalace: vypsat, nebo nastavit")
    p.add_argument("code", nargs="?", metavar="KÓD",
                   help="nová řada od teď, např. N1; \"\" = čísla bez řady (obvykle kancelář)")
    p.set_defaults(func=cmd_series)

    p = sub.add_parser("demo", parents=[common], help="vytvořit ukázkový úřad")
    p.add_argument("--size", choices=["town", "city"], default="town",
                   help="town ≈ Trutnov (výchozí), city ≈ 100 tisíc osob pro měření")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", parents=[common], help="vypsat záznamy")
    p.add_argument("kind", metavar="DRUH", choices=sorted(LISTERS),
                   help="co vypsat: " + ", ".join(sorted(LISTERS)))
    p.add_argument("--search", default="", metavar="TEXT", help="hledat (bez ohledu na diakritiku)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_list)


def cmd_init(args) -> int:
    from ..installation import initialise
    db = open_for(args, create=True)
    try:
        info = initialise(db, args.name, series=args.series)
    finally:
        db.close()
    series = f"řada čísel „{info.series}“" if info.series else "čísla bez řady"
    print(f"Instalace „{info.name}“ je připravena (id {info.id}, {series}).")
    return 0


def cmd_series(args) -> int:
    from ..installation import current
    from ..numbering import set_series
    db = open_for(args)
    try:
        if args.code is not None:
            set_series(db, acting(db, args), args.code)
        series = current(db).series
    finally:
        db.close()
    print(f"Řada čísel této instalace: {series}" if series else "Čísla této instalace jsou bez řady.")
    return 0


def cmd_demo(args) -> int:
    from ..config import database_url, sqlite_path
    from ..demo import build_demo
    url = database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise KmbError("Ukázku lze vytvořit jen do souboru SQLite (--db CESTA).")
    db = build_demo(Path(path), args.size,
                    progress=lambda step, pct: sys.stderr.write(f"\r{pct:3d} % {step:<20}"))
    sys.stderr.write("\n")
    db.close()
    print(f"Ukázkový úřad ({args.size}) je v {path}")
    return 0


def cmd_list(args) -> int:
    db = open_for(args)
    try:
        actor = acting(db, args)
        rows, columns = LISTERS[args.kind](db, actor, args.search)
        emit(rows, columns, args.format)      # rows may stream from the database
    finally:
        db.close()
    return 0
