"""Basic commands: init, series, demo, list."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from ..config import database_url, sqlite_path
from ..errors import KmbError
from .listing import LISTERS
from .output import emit
from ..i18n import _

if TYPE_CHECKING:
    from ..db import Database
    from ..security import Actor

# Handlers import the services they use: building the parser loads none of them.

PASSWORD_ENV = "KMB_PASSWORD"


def read_password(args, prompt: str) -> str:
    """--password-file, then KMB_PASSWORD, then a prompt without echo (a
    terminal only: a script must say where its password comes from)."""
    from ..keyslots import SignInRefused
    if getattr(args, "password_file", None):
        try:
            with open(args.password_file, encoding="utf-8") as fh:
                return fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise SignInRefused(_("Soubor s heslem {password_file} nelze číst: {strerror}.")
                .format(password_file=args.password_file, strerror=exc.strerror)) from None
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise SignInRefused(_("Chybí heslo: zadejte ho z klávesnice, v proměnné KMB_PASSWORD "
                        "nebo --password-file SOUBOR."))


def username(args) -> str:
    from ..keyslots import SignInRefused
    name = (getattr(args, "user", None) or "").strip()
    if not name:
        raise SignInRefused(_("Přihlaste se: --user UŽIVATEL (heslo z klávesnice, "
                            "KMB_PASSWORD nebo --password-file)."))
    return name


def open_for(args, *, create: bool = False, page_cache_kib: int | None = None) -> Database:
    """Every command that opens the database signs in first (no implicit user).
    ``page_cache_kib``: a smaller page cache for a command that streams rows."""
    from ..db import inspect_file, open_database
    from ..signin import sign_in
    path = sqlite_path(database_url(args.db))
    if path is not None and inspect_file(path) == "missing":
        open_database(args.db)           # the usual "does not exist" line, before a prompt
    name = username(args)
    password = read_password(args, _("Heslo uživatele {name}: ").format(name=name))
    db, actor = sign_in(args.db, name, password, page_cache_kib=page_cache_kib)
    args.signed_in = actor
    from .startup import done
    done()          # start-up over: its objects frozen, the collector back to normal
    return db


def acting(db: Database, args) -> Actor:
    """The person who signed in for this command (``open_for``)."""
    actor = getattr(args, "signed_in", None)
    if actor is None:
        from ..keyslots import SignInRefused
        raise SignInRefused(_("Příkaz běží bez přihlášení; to nejde."))
    return actor


def register(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help=_("založit novou (prázdnou) instalaci"))
    p.add_argument("--name", required=True, help=_("název instalace, např. „KMB Trutnov – kancelář“"))
    p.add_argument("--series", metavar=_("KÓD"), default=None,
                   help=_("řada v číslech případů, žádostí a smluv této instalace: kancelář "
                        "(první instalace) čísluje bez řady (výchozí); terénní notebook nebo "
                        "druhá instalace potřebuje vlastní, např. N1 (bez volby se na "
                        "terminálu zeptá)"))
    p.add_argument("--recovery-sheet", metavar=_("SOUBOR.pdf"),
                   help=_("uložit list s klíčem pro obnovu k vytištění (PDF; po vytištění "
                        "soubor smažte, list patří do trezoru úřadu)"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("series", parents=[common],
                       help=_("řada v číslech dokumentů této instalace: vypsat, nebo nastavit"))
    p.add_argument("code", nargs="?", metavar=_("KÓD"),
                   help=_("nová řada od teď, např. N1; \"\" = čísla bez řady (obvykle kancelář)"))
    p.set_defaults(func=cmd_series)

    p = sub.add_parser("demo", parents=[common], help=_("vytvořit ukázkový úřad"))
    p.add_argument("--size", choices=["town", "city"], default="town",
                   help=_("town ≈ Trutnov (výchozí), city ≈ 100 tisíc osob pro měření"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", parents=[common], help=_("vypsat záznamy"))
    p.add_argument("kind", metavar=_("DRUH"), choices=sorted(LISTERS),
                   help="co vypsat: " + ", ".join(sorted(LISTERS)))
    p.add_argument("--search", default="", metavar=_("TEXT"), help=_("hledat (bez ohledu na diakritiku)"))
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--mine", action="store_true",
                   help=_("jen u úkolů (tasks): moje úkoly, úkoly mého odboru a zástupu"))
    p.add_argument("--queue", metavar=_("ODBOR"),
                   help=_("jen u úkolů (tasks): fronta odboru (socialni, majetkovy, spravce)"))
    p.set_defaults(func=cmd_list)


def cmd_init(args) -> int:
    from ..db import inspect_file
    from ..keyslots import SignInRefused
    from ..signin import create_installation, server_has_installation
    path = sqlite_path(database_url(args.db))
    # the target first: an existing office means signing in, not a new password
    existing = (inspect_file(path) != "missing" if path is not None
                else server_has_installation(args.db))
    if existing:
        return _init_existing(args)
    name = (args.user or "admin").strip()
    if not name:
        raise SignInRefused(_("Uživatelské jméno správce nesmí být prázdné."))
    series = _ask_series(args)
    sheet = _sheet_target(args)
    password = read_password(args, _("Nové heslo správce {name}: ").format(name=name))
    again = None
    if not getattr(args, "password_file", None) and PASSWORD_ENV not in os.environ:
        again = read_password(args, _("Heslo znovu: "))
    new = create_installation(args.db, args.name, name, password, password_again=again,
                              series=series)
    try:
        from ..installation import current
        info = current(new.db)
        if sheet is not None and new.recovery_key:
            from ..recovery import recovery_sheet_pdf, save_sheet
            pdf, _name = recovery_sheet_pdf(new.db, new.actor, new.recovery_key)
            save_sheet(pdf, sheet)
    finally:
        new.db.close()
    series = (_("řada čísel „{series}“").format(series=info.series) if info.series
              else _("čísla bez řady"))
    print(_("Instalace „{name}“ je připravena (id {id}, {series}); správce: {name2}.")
        .format(name=info.name, id=info.id, series=series, name2=name))
    if new.recovery_key:
        print(_("Klíč pro obnovu (zobrazí se jen teď – vytiskněte ho nebo opište a uložte do "
              "trezoru úřadu; otevře databázi i zálohy, když se zapomene heslo):"))
        print(f"    {new.recovery_key}")
        if sheet is not None:
            print(_("List s klíčem k vytištění: {sheet} (po vytištění soubor smažte).")
                .format(sheet=sheet))
    return 0


def _ask_series(args) -> str | None:
    """``--series``, or asked on a terminal; an office leaves it empty."""
    from ..numbering import check_tag       # checked before any file is created
    if args.series is not None or not sys.stdin.isatty():
        return None if args.series is None else check_tag(args.series)
    print(_("Řada čísel: kancelář (první instalace) čísluje bez řady – stiskněte Enter. "
          "Terénní notebook nebo druhá instalace potřebuje vlastní krátký kód, např. N1, "
          "jinak by vydávaly stejná čísla (spárovat je nepůjde)."))
    return check_tag(input(_("Řada čísel (Enter = bez řady): ")))
def _sheet_target(args) -> Path | None:
    """Checked before the database is created: a wrong folder must not leave
    an office whose recovery sheet was never written."""
    if not getattr(args, "recovery_sheet", None):
        return None
    target = Path(args.recovery_sheet)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise KmbError(_("Složka {folder} pro list s klíčem pro obnovu neexistuje.")
            .format(folder=folder))
    if target.exists():
        raise KmbError(_("Soubor {target} už existuje; list s klíčem ho nepřepíše.")
            .format(target=target))
    return target


def _init_existing(args) -> int:
    """A second ``kmb init`` signs in and changes nothing (a new name is refused)."""
    from ..installation import initialise
    db = open_for(args)
    try:
        info = initialise(db, args.name, series=args.series)
    finally:
        db.close()
    series = (_("řada čísel „{series}“").format(series=info.series) if info.series
              else _("čísla bez řady"))
    print(_("Instalace „{name}“ je připravena (id {id}, {series}).")
        .format(name=info.name, id=info.id, series=series))
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
    print(_("Řada čísel této instalace: {series}")
        .format(series=series) if series else _("Čísla této instalace jsou bez řady."))
    return 0


def cmd_demo(args) -> int:
    from ..config import database_url, sqlite_path
    from ..demo import build_demo
    url = database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise KmbError(_("Ukázku lze vytvořit jen do souboru SQLite (--db CESTA)."))
    db = build_demo(Path(path), args.size,
                    progress=lambda step, pct: sys.stderr.write(f"\r{pct:3d} % {step:<20}"))
    sys.stderr.write("\n")
    db.close()
    print(_("Ukázkový úřad ({size}) je v {path}; uživatelé (např. jana.dvorakova, admin) mají "
            "heslo „demo“.").format(size=args.size, path=path))
    return 0


def cmd_list(args) -> int:
    from .fast_persons import run
    fast = run(args)            # persons from a file: the bare driver (start-up time)
    if fast is not None:
        return fast
    if getattr(LISTERS[args.kind], "map_on_demand", False):
        import models
        models.map_on_demand()      # only the tables this list reads (start-up time)
    # A whole listing reads each page once: SQLite's small cache keeps memory
    # flat. A search looks rows up by index and re-reads pages: the usual cache.
    from ..db import STREAM_PAGE_CACHE_KIB
    db = open_for(args, page_cache_kib=None if args.search else STREAM_PAGE_CACHE_KIB)
    try:
        actor = acting(db, args)
        lister = LISTERS[args.kind]
        options = getattr(lister, "options", ())
        given = [o for o in ("mine", "queue") if getattr(args, o, None)]
        if any(o not in options for o in given):
            raise KmbError(_("Volbu --{v1} má jen „kmb list tasks“.").format(v1=given[0]))
        rows, columns = lister(db, actor, args.search,
                               **{o: getattr(args, o) for o in options})
        emit(rows, columns, args.format)      # rows may stream from the database
    finally:
        db.close()
    return 0
