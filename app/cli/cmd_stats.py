"""``kmb stats --from D --to D [--by programme|municipality|locality] --format csv|xlsx|json|table [-o FILE]``:
the statistics of a period, the same tables the Statistiky screen shows."""
from __future__ import annotations

import io
import json
import sys

from typing import TYPE_CHECKING

from ..errors import ValidationError
from .cmd_basic import acting, open_for
from .output import _plain, emit
from ..i18n import _

if TYPE_CHECKING:
    from ..stats import StatsTable


def register(sub, common) -> None:
    p = sub.add_parser("stats", parents=[common], help=_("statistiky za období (CSV, XLSX, JSON)"))
    p.add_argument("--from", dest="date_from", required=True, metavar=_("DATUM"),
                   help=_("první den období, např. 2027-01-01 nebo 1. 1. 2027"))
    p.add_argument("--to", dest="date_to", required=True, metavar=_("DATUM"),
                   help=_("poslední den období, např. 2027-12-31"))
    p.add_argument("--format", choices=["table", "csv", "xlsx", "json"], default="table")
    p.add_argument("--by", choices=["programme", "municipality", "locality"], default=None,
                   help=_("jen tabulky podle programů a projektů (programme), obce "
                          "(municipality) nebo lokality (locality)"))
    p.add_argument("-o", "--output", metavar=_("SOUBOR"),
                   help=_("zapsat do souboru (u xlsx povinné); jinak na standardní výstup"))
    p.set_defaults(func=cmd_stats)


def _json(tables: list[StatsTable]) -> str:
    return json.dumps([dict(key=t.key, title=t.title,
                            columns=[dict(field=c[0], title=c[1]) for c in t.columns],
                            rows=[_plain(r) for r in t.rows]) for t in tables],
                      ensure_ascii=False, indent=2) + "\n"


def _table(tables: list[StatsTable], period: str) -> str:
    out = io.StringIO()
    out.write(_("Statistiky za období {period}\n").format(period=period))
    for t in tables:
        out.write(f"\n{t.title}\n")
        columns = [c for c in t.columns if c[0] != "key"] or t.columns
        emit(t.rows, columns, "table", out)
    return out.getvalue()


def cmd_stats(args) -> int:
    from ..files import write_atomic
    from ..formatting import format_date, parse_date
    from ..stats import compute, to_csv, to_xlsx
    from ..stats.sections import BY
    d_from = parse_date(args.date_from, "date_from")
    d_to = parse_date(args.date_to, "date_to")
    if d_from > d_to:
        raise ValidationError(_("Začátek období (--from) je po jeho konci (--to)."), field="date_from")
    if args.format == "xlsx" and not args.output:
        raise ValidationError(_("Pro formát xlsx zadejte soubor: -o statistiky.xlsx"), field="output")
    db = open_for(args)
    try:
        if getattr(args, "by", None) == "programme":
            from ..programmes.indicators import programme_stats
            tables = programme_stats(db, acting(db, args), d_from, d_to)
        else:
            tables = compute(db, acting(db, args), d_from, d_to)
            if args.by:
                tables = [t for t in tables if t.key in BY[args.by]]
    finally:
        db.close()
    if args.format == "xlsx":
        data = to_xlsx(tables)
    elif args.format == "csv":
        data = to_csv(tables).encode("utf-8")        # the text starts with a BOM
    elif args.format == "json":
        data = _json(tables).encode("utf-8")
    else:
        data = _table(tables, f"{format_date(d_from)} – {format_date(d_to)}").encode("utf-8")
    if args.output:
        write_atomic(args.output, data)
        print(_("Uloženo: {output}").format(output=args.output))
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0
