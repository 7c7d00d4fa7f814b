"""``kmb records export [--case C] [--since D] -o DIR``: the procedure
documents (PDF and JSON metadata) for the office's records system."""
from __future__ import annotations

from .cmd_basic import acting, open_for
from ..i18n import _


def register(sub, common) -> None:
    p = sub.add_parser("records", parents=[common],
                       help=_("předat dokumenty řízení do spisové služby"))
    rs = p.add_subparsers(dest="records_command", metavar=_("AKCE"), required=True)
    x = rs.add_parser("export", parents=[common],
                      help=_("žádosti, protokoly a rozhodnutí jako PDF s metadaty (JSON)"))
    x.add_argument("--case", metavar=_("PŘÍPAD"),
                   help=_("jen řízení tohoto případu (id nebo spisová značka)"))
    x.add_argument("--since", metavar=_("DATUM"),
                   help=_("jen dokumenty ze dne DATUM a pozdější, např. 1. 7. 2026"))
    x.add_argument("-o", "--output", metavar=_("SLOŽKA"), required=True)
    x.set_defaults(func=cmd_records_export)


def cmd_records_export(args) -> int:
    from ..cases.records_export import export_records
    from ..formatting import parse_date
    since = parse_date(args.since, "since") if args.since else None
    db = open_for(args)
    try:
        result = export_records(db, acting(db, args), args.output, case=args.case,
                                since=since)
    finally:
        db.close()
    if not result.documents:
        print(_("Žádné dokumenty k předání; nic se neuložilo."))
        return 0
    print(_("Uloženo {count} dokumentů (PDF a metadata JSON) do {folder}.")
          .format(count=result.documents, folder=result.folder))
    for name in result.files:
        print(f"  {name}")
    return 0
