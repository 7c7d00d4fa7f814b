"""The fairness check printed for the council (``kmb print fairness active``
or ``… fairness ID_NÁVRHU``): the active rules, and a draft beside them."""
# czech-on-purpose: the fairness report PDF for the council (a Czech document)
from __future__ import annotations

import datetime as dt

from reports.fairness import FairnessDoc, GroupLine, RulesBlock, render_fairness

from .. import audit
from ..db import Database
from ..formatting import format_date
from ..i18n import czech
from ..office import office_info
from ..security import Actor, Permission
from . import fairness
from .rules import Rules


def _pct(value: float) -> str:
    return f"{value:.1f} %".replace(".", ",")


def _block(title: str, f: fairness.Fairness) -> RulesBlock:
    return RulesBlock(f"{title}: {f.rules_name}", f.flats, f.eligible, f.top,
                      [GroupLine(g.label, g.eligible, _pct(g.eligible_pct), g.top,
                                 _pct(g.top_pct), g.warning) for g in f.groups])


def fairness_pdf(db: Database, actor: Actor, draft: Rules | None = None, *,
                 today: dt.date | None = None) -> tuple[bytes, str]:
    """The check of the active rules (and of ``draft``) as PDF bytes and a file name."""
    actor.require(Permission.MANAGE_ALLOCATION)
    actor.require(Permission.PRINT)
    today = today or dt.date.today()
    with czech():           # the group names and warnings in Czech, whatever the UI language
        blocks = [_block("Platná pravidla", fairness.check(db, actor, today=today))]
        if draft is not None:
            blocks.append(_block("Návrh", fairness.check(db, actor, draft, today=today)))
    with db.transaction() as s:
        office = office_info(s)
        audit.record(s, actor, "print", "rule_set", None,
                     {"document": "fairness", "draft": draft is not None})
    doc = FairnessDoc(office, format_date(today), fairness.TOP, blocks,
                      reference=f"spravedlnost {today.isoformat()}")
    return render_fairness(doc), f"spravedlnost-pravidel-{today.isoformat()}.pdf"


def print_fairness(db: Database, actor: Actor, rule_set_id: str) -> tuple[bytes, str]:
    """``active``: the active rules alone; a rule set's id: that set as the draft."""
    actor.require(Permission.MANAGE_ALLOCATION)
    actor.require(Permission.PRINT)
    draft = None
    if rule_set_id != "active":
        from .rulesets import get_rule_set
        draft = get_rule_set(db, actor, rule_set_id).rules
    return fairness_pdf(db, actor, draft)
