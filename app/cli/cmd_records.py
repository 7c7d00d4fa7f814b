"""``kmb records export [--case C] [--since D] -o DIR``: the procedure
documents (PDF and JSON metadata) for the office's records system;
``kmb records zip REF DOCUMENT -o FILE``: one document as the screen exports it."""
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
    z = rs.add_parser("zip", parents=[common],
                      help=_("jeden dokument řízení jako ZIP (PDF a metadata JSON se SHA-256), "
                             "jako ho předává obrazovka řízení"))
    z.add_argument("ref", metavar=_("ŘÍZENÍ"),
                   help=_("spisová značka řízení nebo případu (nebo jejich id)"))
    z.add_argument("document", choices=["application", "protocol", "decision"],
                   help=_("application = žádost o zápis, protocol = protokol o šetření, "
                          "decision = rozhodnutí"))
    z.add_argument("-o", "--output", metavar=_("SOUBOR"), required=True)
    z.set_defaults(func=cmd_records_zip)


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


def cmd_records_zip(args) -> int:
    import hashlib
    from ..cases.records_export import export_document_zip
    db = open_for(args)
    try:
        path = export_document_zip(db, acting(db, args), args.ref, args.document, args.output)
    finally:
        db.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(_("Uloženo {path} (PDF a metadata JSON; SHA-256 souboru ZIP {digest}).")
          .format(path=path, digest=digest))
    return 0
