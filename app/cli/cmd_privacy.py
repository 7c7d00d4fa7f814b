"""``kmb audit verify|list``: checking and reading the audit trail;
``kmb person export``: everything about one person (čl. 15 GDPR);
``kmb landlord export``: the same for a private landlord (a natural person);
``kmb retention list|run``: anonymisation after the retention periods."""
from __future__ import annotations

import sys

from .cmd_basic import acting, open_for
from .output import emit
from ..i18n import N_, _


def register(sub, common) -> None:
    audit = sub.add_parser("audit", parents=[common], help=_("auditní záznam"))
    aus = audit.add_subparsers(dest="audit_command", metavar=_("AKCE"), required=True)
    p = aus.add_parser("verify", parents=[common],
                       help=_("ověřit, že záznam nikdo nezměnil ani nezkrátil"))
    p.set_defaults(func=cmd_verify)
    p = aus.add_parser("list", parents=[common], help=_("vypsat události (nejnovější první)"))
    p.add_argument("--person", metavar=_("ID"), help=_("jen události této osoby (záznamu)"))
    p.add_argument("--who", metavar=_("UŽIVATEL"), help=_("jen události tohoto uživatele"))
    p.add_argument("--action", metavar=_("AKCE"), help=_("např. open, print, export, update"))
    p.add_argument("--from", dest="date_from", metavar=_("DATUM"))
    p.add_argument("--to", dest="date_to", metavar=_("DATUM"))
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    p.add_argument("-o", "--output", metavar=_("SOUBOR"), help=_("zapsat do souboru"))
    p.set_defaults(func=cmd_list)

    person = sub.add_parser("person", parents=[common], help=_("práva subjektu údajů (GDPR)"))
    pes = person.add_subparsers(dest="person_command", metavar=_("AKCE"), required=True)
    p = pes.add_parser("export", parents=[common],
                       help=_("všechny údaje o osobě pro ni samotnou (čl. 15 GDPR), soubor ZIP"))
    p.add_argument("person_id", metavar=_("ID"))
    p.add_argument("-o", "--output", metavar=_("SOUBOR"), required=True, help=_("např. osoba.zip"))
    p.set_defaults(func=cmd_person_export)

    landlord = sub.add_parser("landlord", parents=[common],
                              help=_("práva subjektu údajů u pronajímatele (GDPR)"))
    las = landlord.add_subparsers(dest="landlord_command", metavar=_("AKCE"), required=True)
    p = las.add_parser("export", parents=[common],
                       help=_("všechny údaje o pronajímateli pro něj samotného (čl. 15 GDPR), "
                              "soubor ZIP"))
    p.add_argument("landlord_id", metavar=_("ID"))
    p.add_argument("-o", "--output", metavar=_("SOUBOR"), required=True,
                   help=_("např. pronajimatel.zip"))
    p.set_defaults(func=cmd_landlord_export)

    ret = sub.add_parser("retention", parents=[common],
                         help=_("anonymizace osob po uplynutí skartačních lhůt"))
    rs = ret.add_subparsers(dest="retention_command", metavar=_("AKCE"), required=True)
    p = rs.add_parser("list", parents=[common], help=_("vypsat osoby, jejichž lhůta uplynula"))
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_retention_list)
    p = rs.add_parser("run", parents=[common], help=_("anonymizovat osoby po lhůtě"))
    p.add_argument("--dry-run", action="store_true", help=_("jen vypsat, nic neměnit"))
    p.set_defaults(func=cmd_retention_run)


def cmd_verify(args) -> int:
    from ..privacy import audit_log
    db = open_for(args)
    try:
        problems = audit_log.verify(db, acting(db, args))
    finally:
        db.close()
    if not problems:
        print(_("Auditní záznam je neporušený."))
        return 0
    for p in problems:
        sys.stderr.write(_("kmb: {text}\n").format(text=p.text))
    return 1


COLUMNS = [("seq", N_("Č.")), ("at", N_("Kdy")), ("user_name", N_("Kdo")), ("action_label", N_("Akce")),
           ("entity", N_("Záznam")), ("entity_id", "ID"), ("detail", N_("Podrobnosti"))]


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
            raise ValidationError(_("Pro formát xlsx zadejte soubor: -o audit.xlsx"))
        write_atomic(args.output, to_xlsx("Audit", dicts, COLUMNS))
        print(_("Uloženo: {output}").format(output=args.output))
        return 0
    if args.output:
        import io
        buf = io.StringIO()
        emit(dicts, COLUMNS, args.format, buf)
        write_atomic(args.output, buf.getvalue().encode("utf-8-sig" if args.format == "csv"
                                                        else "utf-8"))
        print(_("Uloženo: {output}").format(output=args.output))
        return 0
    emit(dicts, COLUMNS, args.format)
    return 0


def cmd_person_export(args) -> int:
    from ..privacy import subject_access
    db = open_for(args)
    try:
        pkg = subject_access.export_person(db, acting(db, args), args.person_id, args.output)
    finally:
        db.close()
    print(_("Uloženo: {output} ({row_count} záznamů z {len} druhů, {len2} událostí auditu)")
        .format(output=args.output, row_count=pkg.row_count, len=len(pkg.tables), len2=len(pkg.events)))
    return 0


def cmd_landlord_export(args) -> int:
    from ..privacy import landlord_access
    db = open_for(args)
    try:
        pkg = landlord_access.export_landlord(db, acting(db, args), args.landlord_id,
                                              args.output)
    finally:
        db.close()
    print(_("Uloženo: {output} ({row_count} záznamů z {len} druhů, {len2} událostí auditu)")
        .format(output=args.output, row_count=pkg.row_count, len=len(pkg.tables), len2=len(pkg.events)))
    return 0


DUE_COLUMNS = [("person_id", "ID"), ("name", N_("Osoba")), ("rule", N_("Lhůta")),
               ("last_activity", N_("Poslední činnost")), ("due_on", N_("Lhůta uplynula"))]


def cmd_retention_list(args) -> int:
    from ..privacy import retention
    db = open_for(args)
    try:
        due = retention.due_persons(db, acting(db, args))
    finally:
        db.close()
    emit([d.as_row() for d in due], DUE_COLUMNS, args.format)
    return 0


def cmd_retention_run(args) -> int:
    from ..privacy import retention
    db = open_for(args)
    try:
        actor = acting(db, args)
        due = retention.due_persons(db, actor)
        if args.dry_run:
            emit([d.as_row() for d in due], DUE_COLUMNS, "table")
            print(_("Zkouška nanečisto: k anonymizaci {len} osob; nic se nezměnilo.")
                .format(len=len(due)))
            return 0
        done = retention.anonymise(db, actor, [d.person_id for d in due])
    finally:
        db.close()
    print(_("Anonymizováno osob: {done}.").format(done=done))
    return 0
