"""Field-level visibility: one place says which stored values are special
category (GDPR čl. 9: health, disability, family situation behind the points)
and how they look to someone who may not read them. Lists, details, PDFs,
conflicts, statistics and exports all ask here, so a new screen cannot forget
a rule that lives in another screen."""
from __future__ import annotations

import dataclasses
from typing import Any

from ..i18n import N_, _
from ..security import Actor, Permission

# The mark in the person's language on screen; documents and exports that show
# it (the subject access package) are built inside ``i18n.czech()``: Czech there.
HIDDEN = N_("(skryto – zvláštní kategorie údajů)")

# table → columns holding special-category data (or the reasons derived from it)
SPECIAL_COLUMNS: dict[str, frozenset[str]] = {
    "assessment": frozenset({"health", "disability", "debts_note", "housing_situation",
                             "risks", "needs", "household_description"}),
    "assessment_debt": frozenset({"note", "creditor"}),
    "assessment_income": frozenset({"note"}),
    "application": frozenset({"pregnancy", "disability", "needs_barrier_free", "ethos_category",
                              "individual_justification", "note", "on_benefits"}),
    "contact_record": frozenset({"reason", "note", "ethos_category"}),
    "housing_need_record": frozenset({"note"}),
    "referral": frozenset({"reason"}),
    "note": frozenset({"text"}),
    # the Act's procedure: what the inquiry found, why it was decided so, what changed
    "housing_procedure": frozenset({"inquiry_findings", "decision_reason"}),
    "housing_procedure_change": frozenset({"description"}),
    "case_consent": frozenset({"note"}),
}


def hidden() -> str:
    """The hidden-value mark in the language texts are made in now."""
    return _(HIDDEN)


def sees_special(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_SENSITIVE)


def can_see(actor: Actor, table: str, column: str) -> bool:
    return sees_special(actor) or column not in SPECIAL_COLUMNS.get(table, ())


def shown(actor: Actor, table: str, column: str, value: Any) -> Any:
    """``value`` if the actor may read it, else the hidden marker (None stays None)."""
    if value is None or can_see(actor, table, column):
        return value
    return hidden()


def shape_ranking(actor: Actor, ranking):
    """A ranking as the actor may read it: totals and points per criterion
    stay, the words behind them (ETHOS narrative, children, pregnancy, health,
    the written reason of individual points, review notes) go. Applied after
    the engine, so the engine and the frozen council snapshot stay whole."""
    if sees_special(actor):
        return ranking

    def entry(e):
        ind = e.individual._replace(justification=None) if e.individual else None
        return dataclasses.replace(
            e, lines=[ln._replace(detail="") for ln in e.lines], individual=ind,
            reviews=[])
    # Exclusion reasons and tie notes are rule outcomes ("žádost propadla"), kept.
    return dataclasses.replace(ranking, ranked=[entry(e) for e in ranking.ranked])


def blank_special(actor: Actor, table: str, obj):
    """A copy of dataclass ``obj`` with the table's special-category fields
    emptied (text → None, yes/no → False) unless the actor may read them."""
    if sees_special(actor):
        return obj
    names = SPECIAL_COLUMNS.get(table, frozenset())
    changes = {f.name: (False if isinstance(getattr(obj, f.name), bool) else None)
               for f in dataclasses.fields(obj) if f.name in names}
    return dataclasses.replace(obj, **changes) if changes else obj
