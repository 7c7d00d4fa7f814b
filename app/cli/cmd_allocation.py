"""``kmb rank FLAT_ID``: the ranking of a vacant flat with every applicant's
total, each criterion's points and the reasons of those left out — the same
as the screen and the council PDF."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import KmbError
from .cmd_basic import acting, open_for
from .output import emit
from ..i18n import N_, _


def register(sub, common) -> None:
    p = sub.add_parser("rank", parents=[common],
                       help=_("pořadí žadatelů pro volný byt (s rozpisem bodů)"))
    p.add_argument("flat_id", metavar=_("ID_BYTU"), help=_("id bytu (kmb list flats)"))
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--rules", metavar=_("SOUBOR.json"),
                   help=_("seřadit podle jiných pravidel (návrh ze souboru) místo platných"))
    p.set_defaults(func=cmd_rank)


def cmd_rank(args) -> int:
    from ..allocation.engine import fmt_num
    from ..allocation.ranking import rank_flat
    from ..allocation.rules import parse
    from ..formatting import format_date
    rules = None
    if args.rules:
        try:
            text = Path(args.rules).read_text(encoding="utf-8")
        except OSError as exc:
            raise KmbError(_("Soubor {rules} nelze číst: {strerror}.")
                .format(rules=args.rules, strerror=exc.strerror)) from None
        rules = parse(text)
    db = open_for(args)
    try:
        ranking = rank_flat(db, acting(db, args), args.flat_id, rules=rules)
    finally:
        db.close()
    if args.format == "json":
        json.dump(ranking.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    f = ranking.flat
    out.write(f"{f.title} – {label_of(f.category)}, {f.layout or ''}\n")
    out.write(_("Pravidla: {name}, verze {version} ({state}); pořadí ke dni {format_date}\n\n")
        .format(name=ranking.rules.name, version=ranking.rules.version, state=ranking.rules.state, format_date=format_date(ranking.computed_on)))
    keys = [(f"k{i}", f"K{i}") for i in range(1, len(ranking.criteria) + 1)]
    rows = []
    for e in ranking.ranked:
        row = dict(rank=f"{e.rank}.", household=e.household, number=e.number or "",
                   individual=fmt_num(e.individual.points) if e.individual else "",
                   total=fmt_num(e.total), review="ano" if e.reviews else "")
        for (k, _kind), (cid, _label) in zip(keys, ranking.criteria):
            value = e.points_of(cid)
            row[k] = fmt_num(value) if value is not None else ""
        rows.append(row)
    emit(rows, [("rank", N_("Poř.")), ("household", N_("Domácnost")), ("number", N_("Žádost")), *keys,
                ("individual", N_("Ind.")), ("total", N_("Celkem")), ("review", N_("K posouzení"))],
         "table", out)
    out.write("\n" + "  ".join(f"K{i} {lbl}" for i, (_, lbl) in
                               enumerate(ranking.criteria, start=1)) + _("  Ind. individuální posouzení\n"))
    if ranking.excluded:
        out.write(_("\nVyřazeno ({len}):\n").format(len=len(ranking.excluded)))
        for x in ranking.excluded:
            out.write(f"  {x.household} ({x.number or '—'}): "
                      + "; ".join(r.text for r in x.reasons) + "\n")
    return 0


def label_of(category: str) -> str:
    from models.housing import FlatCategory

    from ..labels import label
    return label(FlatCategory(category))
