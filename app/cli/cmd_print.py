"""``kmb print KIND ID -o FILE.pdf``: the same documents the UI prints."""
from __future__ import annotations

from ..files import write_atomic
from ..printing import printers, render
from .cmd_basic import acting, open_for


def register(sub, common) -> None:
    kinds = sorted(printers())
    if not kinds:
        return   # no document kinds yet: no command to show
    p = sub.add_parser("print", parents=[common], help="vytisknout dokument do PDF")
    p.add_argument("kind", metavar="DRUH", choices=kinds, help="druh: " + ", ".join(kinds))
    p.add_argument("record_id", metavar="ID", help="id záznamu")
    p.add_argument("-o", "--output", required=True, metavar="SOUBOR.pdf")
    p.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    db = open_for(args)
    try:
        pdf, _ = render(db, acting(db, args), args.kind, args.record_id)
    finally:
        db.close()
    write_atomic(args.output, pdf)
    print(f"Uloženo: {args.output}")
    return 0
