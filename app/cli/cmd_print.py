"""``kmb print KIND ID -o FILE.pdf``: the same documents the UI prints."""
from __future__ import annotations

from .cmd_basic import acting, open_for

# The document kinds of app.printing, named here so that building the parser
# does not load the printers (and ReportLab); a test keeps the two equal.
KINDS = ("assessment", "contract", "fairness", "handover", "inspection", "need-application",
         "need-decision", "need-protocol", "ranking", "renewal")


def register(sub, common) -> None:
    p = sub.add_parser("print", parents=[common], help="vytisknout dokument do PDF")
    p.add_argument("kind", metavar="DRUH", choices=KINDS, help="druh: " + ", ".join(KINDS))
    p.add_argument("record_id", metavar="ID", help="id záznamu")
    p.add_argument("-o", "--output", required=True, metavar="SOUBOR.pdf")
    p.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    from ..files import write_atomic
    from ..printing import render
    db = open_for(args)
    try:
        pdf, _ = render(db, acting(db, args), args.kind, args.record_id)
    finally:
        db.close()
    write_atomic(args.output, pdf)
    print(f"Uloženo: {args.output}")
    return 0
