"""``kmb addresses import FILE`` (ČÚZK's RÚIAN address export: one municipality's
CSV or the whole zip) and ``kmb addresses find STREET [NUMBER]`` (what the
address fields offer)."""
from __future__ import annotations

import sys

from .cmd_basic import acting, open_for
from .output import emit
from ..i18n import N_, _


def register(sub, common) -> None:
    p = sub.add_parser("addresses", help=_("adresy z RÚIAN (import výpisu ČÚZK, hledání)"))
    what = p.add_subparsers(dest="addresses_command", metavar=_("AKCE"), required=True)
    imp = what.add_parser("import", parents=[common],
                          help=_("načíst výpis adresních míst ČÚZK (CSV obce nebo celý zip)"))
    imp.add_argument("file", metavar=_("SOUBOR"), help=_("CSV obce (windows-1250, „;“) nebo zip"))
    imp.set_defaults(func=cmd_import)
    find = what.add_parser("find", parents=[common],
                           help=_("ulice začínající textem, s číslem domu jeho adresní místa"))
    find.add_argument("street", metavar=_("ULICE"))
    find.add_argument("number", metavar=_("ČÍSLO"), nargs="?", default="")
    find.add_argument("--format", choices=["table", "csv", "json"], default="table")
    find.set_defaults(func=cmd_find)


def cmd_import(args) -> int:
    from ..addresses.importer import import_addresses
    db = open_for(args)
    tty = sys.stderr.isatty()

    def progress(text: str, pct: int) -> None:
        if tty:
            sys.stderr.write(f"\r{pct:3d} % {text[:60]:<60}")
    try:
        result = import_addresses(db, acting(db, args), args.file, progress=progress)
    finally:
        if tty:
            sys.stderr.write("\n")
        db.close()
    towns = ", ".join(result.municipalities[:5]) + (" …" if len(result.municipalities) > 5
                                                     else "")
    print(_("Načteno {addresses} adresních míst ze {files} souborů ({len} obcí: {towns}); celkem v "
            "databázi {total_addresses}.").format(addresses=result.addresses, files=result.files, len=len(result.municipalities), towns=towns, total_addresses=result.total_addresses))
    return 0


def cmd_find(args) -> int:
    from ..addresses.completion import address_points, street_suggestions
    db = open_for(args)
    try:
        actor = acting(db, args)
        streets = street_suggestions(db, actor, args.street)
        if args.number or len(streets) == 1:
            rows = [dict(code=p.code, street=p.street, house_number=p.house_number,
                         postcode=p.postcode, town_part=p.town_part, municipality=p.municipality)
                    for s in streets[:1]
                    for p in address_points(db, actor, s.municipality_code, s.street,
                                            args.number)]
            columns = [("code", N_("Kód ADM")), ("street", N_("Ulice")), ("house_number", N_("Číslo")),
                       ("postcode", N_("PSČ")), ("town_part", N_("Část obce")),
                       ("municipality", N_("Obec"))]
        else:
            rows = [dict(street=s.street, municipality=s.municipality) for s in streets]
            columns = [("street", N_("Ulice")), ("municipality", N_("Obec"))]
    finally:
        db.close()
    emit(rows, columns, args.format, sys.stdout)
    return 0
