"""``kmb import persons|households|applications|flats|leases FILE``: an office's
own lists from XLSX or CSV; ``kmb export xlsx -o FILE``: everything back out."""
from __future__ import annotations

import sys

from .cmd_basic import acting, open_for
from ..i18n import _

KINDS = ["persons", "households", "applications", "flats", "leases"]


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common],
                       help=_("načíst seznam úřadu z Excelu (XLSX) nebo CSV"))
    p.add_argument("kind", metavar=_("DRUH"), choices=KINDS,
                   help=_("co soubor obsahuje: {kinds} (applications = pořadník žádostí "
                          "o byt)").format(kinds=", ".join(KINDS)))
    p.add_argument("file", metavar=_("SOUBOR"), help=_("soubor .xlsx nebo .csv"))
    p.add_argument("--map", metavar=_("MAPOVÁNÍ.json"),
                   help=_("přiřazení sloupců jako JSON (pole → název sloupce); jinak zapamatované "
                        "pro tento tvar souboru nebo odhadnuté ze záhlaví"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("jen zkontrolovat a vypsat, co by se stalo; nic neukládat"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=_("chybné řádky vynechat (jinak se při chybě neimportuje nic)"))
    p.add_argument("--encoding", choices=["utf-8", "cp1250"],
                   help=_("kódování CSV (jinak se pozná samo)"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help=_("vyvézt data úřadu"))
    es = p.add_subparsers(dest="export_command", metavar=_("FORMÁT"), required=True)
    x = es.add_parser("xlsx", parents=[common],
                      help=_("osoby, domácnosti, žádosti, byty a smlouvy jako sešit Excelu"))
    x.add_argument("-o", "--output", metavar=_("SOUBOR.xlsx"), required=True)
    x.set_defaults(func=cmd_export_xlsx)


def _mapping(args):
    from ..imports.mapping import load_mapping
    return load_mapping(args.map) if args.map else None


def cmd_import(args) -> int:
    from ..imports import service
    mapping = _mapping(args)
    db = open_for(args)
    try:
        actor = acting(db, args)
        if args.dry_run:
            return _dry_run(service.preview_import(db, actor, args.kind, args.file, mapping,
                                                   encoding=args.encoding))
        result = service.run_import(db, actor, args.kind, args.file, mapping,
                                    skip_invalid=args.skip_invalid, encoding=args.encoding)
    finally:
        db.close()
    print(_("Importováno: {created} nových, {existing} už v evidenci, vynecháno {len} chybných "
            "řádků (soubor {file_name}, SHA-256 {v9}…).").format(created=result.created, existing=result.existing, len=len(result.skipped), file_name=result.file_name, v9=result.sha256[:16]))
    for problem in result.skipped:
        print(_("  vynechán {problem}").format(problem=problem))
    return 0


def _dry_run(preview) -> int:
    if preview.mapping_error:
        sys.stderr.write(_("kmb: {mapping_error}\n").format(mapping_error=preview.mapping_error))
        return 1
    print(_("Zkouška bez uložení: {rows} řádků, {new} nových, {existing} už v evidenci, {len} "
            "chybných.").format(rows=preview.rows, new=preview.new, existing=preview.existing, len=len(preview.problems)))
    for key, column in preview.mapping.items():
        if column:
            print(f"  {key} ← „{column}“")
    for problem in preview.problems:
        print(f"  {problem}")
    return 1 if preview.problems else 0


def cmd_export_xlsx(args) -> int:
    from ..imports.export import export_xlsx
    db = open_for(args)
    try:
        result = export_xlsx(db, acting(db, args), args.output)
    finally:
        db.close()
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    print(_("Uloženo do {path}: {counts}.").format(path=result.path, counts=counts))
    return 0
