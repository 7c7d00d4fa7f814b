"""``kmb audit verify|list``: checking and reading the audit trail."""
from __future__ import annotations

import sys

from .cmd_basic import acting, open_for
from .output import emit


def register(sub, common) -> None:
    audit = sub.add_parser("audit", parents=[common], help="auditní záznam")
    aus = audit.add_subparsers(dest="audit_command", metavar="AKCE", required=True)
    p = aus.add_parser("verify", parents=[common],
                       help="ověřit, že záznam nikdo nezměnil ani nezkrátil")
    p.set_defaults(func=cmd_verify)
    p = aus.add_parser("list", parents=[common], help="vypsat události (nejnovější první)")
    p.add_argument("--person", metavar="ID", help="jen události této osoby (záznamu)")
    p.add_argument("--who", metavar="UŽIVATEL", help="jen události tohoto uživatele")
    p.add_argument("--action", metavar="AKCE", help="např. open, print, export, update")
    p.add_argument("--from", dest="date_from", metavar="DATUM")
    p.add_argument("--to", dest="date_to", metavar="DATUM")
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    p.add_argument("-o", "--output", metavar="SOUBOR", help="zapsat do souboru")
    p.set_defaults(func=cmd_list)


def cmd_verify(args) -> int:
    from ..privacy import audit_log
    db = open_for(args)
    try:
        problems = audit_log.verify(db, acting(db, args))
    finally:
        db.close()
    if not problems:
        print("Auditní záznam je neporušený.")
        return 0
    for p in problems:
        sys.stderr.write(f"kmb: {p.text}\n")
    return 1


COLUMNS = [("seq", "Č."), ("at", "Kdy"), ("user_name", "Kdo"), ("action_label", "Akce"),
           ("entity", "Záznam"), ("entity_id", "ID"), ("detail", "Podrobnosti")]


def cmd_list(args) -> int:
    from ..files import write_atomic
    from ..formatting import parse_date
    from ..privacy import audit_log
    from .output import to_xlsx
    d_from = parse_date(args.date_from, "date_from") if args.date_from else None
    d_to = parse_date(args.date_to, "date_to") if args.date_to else None
    db = open_for(args)
    try:
        rows = audit_log.list_events(db, acting(db, args), person_id=args.person,
                                     user=args.who, action=args.action, date_from=d_from,
                                     date_to=d_to, limit=None)
    finally:
        db.close()
    dicts = [r.__dict__ for r in rows]
    if args.format == "xlsx":
        if not args.output:
            from ..errors import ValidationError
            raise ValidationError("Pro formát xlsx zadejte soubor: -o audit.xlsx")
        write_atomic(args.output, to_xlsx("Audit", dicts, COLUMNS))
        print(f"Uloženo: {args.output}")
        return 0
    if args.output:
        import io
        buf = io.StringIO()
        emit(dicts, COLUMNS, args.format, buf)
        write_atomic(args.output, buf.getvalue().encode("utf-8-sig" if args.format == "csv"
                                                        else "utf-8"))
        print(f"Uloženo: {args.output}")
        return 0
    emit(dicts, COLUMNS, args.format)
    return 0
