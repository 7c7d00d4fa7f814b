"""``kmb import persons|households|applications|flats|leases FILE``: an office's
own lists from XLSX or CSV; ``kmb export xlsx -o FILE``: everything back out."""
from __future__ import annotations

import sys

from .cmd_basic import acting, open_for

KINDS = ["persons", "households", "applications", "flats", "leases"]


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common],
                       help="načíst seznam úřadu z Excelu (XLSX) nebo CSV")
    p.add_argument("kind", metavar="DRUH", choices=KINDS,
                   help="co soubor obsahuje: " + ", ".join(KINDS)
                        + " (applications = pořadník žádostí o byt)")
    p.add_argument("file", metavar="SOUBOR", help="soubor .xlsx nebo .csv")
    p.add_argument("--map", metavar="MAPOVÁNÍ.json",
                   help="přiřazení sloupců {\"pole\": \"název sloupce\"}; jinak zapamatované "
                        "pro tento tvar souboru nebo odhadnuté ze záhlaví")
    p.add_argument("--dry-run", action="store_true",
                   help="jen zkontrolovat a vypsat, co by se stalo; nic neukládat")
    p.add_argument("--skip-invalid", action="store_true",
                   help="chybné řádky vynechat (jinak se při chybě neimportuje nic)")
    p.add_argument("--encoding", choices=["utf-8", "cp1250"],
                   help="kódování CSV (jinak se pozná samo)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="vyvézt data úřadu")
    es = p.add_subparsers(dest="export_command", metavar="FORMÁT", required=True)
    x = es.add_parser("xlsx", parents=[common],
                      help="osoby, domácnosti, žádosti, byty a smlouvy jako sešit Excelu")
    x.add_argument("-o", "--output", metavar="SOUBOR.xlsx", required=True)
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
    print(f"Importováno: {result.created} nových, {result.existing} už v evidenci, "
          f"vynecháno {len(result.skipped)} chybných řádků (soubor {result.file_name}, "
          f"SHA-256 {result.sha256[:16]}…).")
    for problem in result.skipped:
        print(f"  vynechán {problem}")
    return 0


def _dry_run(preview) -> int:
    if preview.mapping_error:
        sys.stderr.write(f"kmb: {preview.mapping_error}\n")
        return 1
    print(f"Zkouška bez uložení: {preview.rows} řádků, {preview.new} nových, "
          f"{preview.existing} už v evidenci, {len(preview.problems)} chybných.")
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
    print(f"Uloženo do {result.path}: {counts}.")
    return 0
