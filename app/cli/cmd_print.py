"""``kmb print KIND ID -o FILE.pdf``: the same documents the UI prints."""
from __future__ import annotations

from .cmd_basic import acting, open_for
from ..i18n import _

# The document kinds of app.printing, named here so that building the parser
# does not load the printers (and ReportLab); a test keeps the two equal.
KINDS = ("assessment", "contract", "fairness", "handover", "inspection", "need-application",
         "need-decision", "need-protocol", "ranking", "renewal")


def register(sub, common) -> None:
    p = sub.add_parser("print", parents=[common], help=_("vytisknout dokument do PDF"))
    p.add_argument("kind", metavar=_("DRUH"), choices=KINDS, help=_("druh: {kinds}")
        .format(kinds=", ".join(KINDS)))
    p.add_argument("record_id", metavar=_("ID"), help=_("id záznamu"))
    p.add_argument("-o", "--output", required=True, metavar=_("SOUBOR.pdf"))
    p.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    from ..files import write_atomic
    from ..printing import render
    db = open_for(args)
    try:
        pdf, _name = render(db, acting(db, args), args.kind, args.record_id)
    finally:
        db.close()
    write_atomic(args.output, pdf)
    print(_("Uloženo: {output}").format(output=args.output))
    return 0
