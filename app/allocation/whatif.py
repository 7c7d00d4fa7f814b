"""What-if: the current rules against a draft, before the council adopts it.

For every vacant flat (or one), both rankings from the same facts: who moves
up or down, who is newly left out or newly eligible. Across all vacant flats,
a proposed allocation under each rule set (each flat in turn to the best-ranked
household not yet proposed) shows how the shares change: by the category the
households asked for and by their housing need (ETHOS group).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.housing import Building, Flat, FlatCategory, FlatStatus

from ..db import Database
from ..labels import ETHOS_CONCEPTUAL, label
from ..rows import live
from ..security import Actor, Permission
from . import engine, rulesets
from .ranking import FlatInfo, FlatRanking, compute, load_facts, rules_info
from .rules import Rules
from ..i18n import _


@dataclass(frozen=True)
class Move:
    application_id: str
    household: str
    rank_before: int | None        # None: left out
    rank_after: int | None
    total_before: int | None
    total_after: int | None
    reason_before: str = ""        # why left out, if so
    reason_after: str = ""

    @property
    def change(self) -> int | None:
        """Places gained (positive: up); None when in or out changed."""
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after


@dataclass(frozen=True)
class FlatComparison:
    flat: FlatInfo
    top_before: str | None
    top_after: str | None
    eligible_before: int
    eligible_after: int
    moves: list[Move]

    @property
    def changed(self) -> int:
        return sum(1 for m in self.moves if m.rank_before != m.rank_after)

    @property
    def flat_label(self) -> str:
        """"Bulharská 2451, 541 01 Trutnov, byt č. 6", as the rest of the app names a flat."""
        return self.flat.title

    @property
    def flat_short(self) -> str:
        """"Bulharská 2451, byt č. 6": without the town, for a narrow column."""
        street = self.flat.address.split(", ")[0]
        return _("{address}, byt č. {number}").format(address=street, number=self.flat.number)


@dataclass(frozen=True)
class Share:
    kind: str            # "category" | "need"
    key: str
    label: str
    before: int
    after: int
    before_pct: float
    after_pct: float


@dataclass(frozen=True)
class WhatIf:
    current_name: str
    draft_name: str
    flats: list[FlatComparison]
    shares: list[Share]
    proposed_before: int
    proposed_after: int


def vacant_flats(session, flat_id: str | None = None,
                 day: dt.date | None = None) -> list[FlatInfo]:
    """Vacant flats, each with a grant's target group binding on ``day``."""
    from ..programmes.eligibility import target_for
    day = day or dt.date.today()
    stmt = (select(Flat, Building).join(Building, Building.id == Flat.building_id)
            .where(live(Flat), Flat.status == FlatStatus.VACANT))
    if flat_id:
        stmt = stmt.where(Flat.id == flat_id)
    out = []
    for flat, b in session.execute(stmt):
        out.append(FlatInfo(flat.id, b.address_line(), flat.number, flat.layout, flat.rooms,
                            flat.floor, float(flat.floor_area_m2 or 0), flat.category.value,
                            flat.status.value, bool(flat.barrier_free), bool(b.has_lift),
                            flat.rent_hal or 0, flat.services_hal or 0,
                            target_for(session, flat.id, day)))
    order = {c.value: i for i, c in enumerate(FlatCategory)}
    out.sort(key=lambda f: (order[f.category], b_key(f), f.id))
    return out


def b_key(f: FlatInfo) -> tuple:
    digits = "".join(c for c in f.number if c.isdigit())
    return (f.address, int(digits) if digits else 0)


def compare(db: Database, actor: Actor, draft: Rules, *, flat_id: str | None = None,
            today: dt.date | None = None, progress=None, cancelled=None) -> WhatIf | None:
    """``progress(text, percent)`` is told how far it is; when ``cancelled()``
    turns true the comparison stops and returns None (nothing is written)."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    with db.reading() as s:
        rs, current = rulesets.active(s)
        info_now, info_draft = rules_info(rs, current), rules_info(None, draft, "draft")
        facts, meta = load_facts(s)
        flats = vacant_flats(s, flat_id, today)
    c_now, c_draft = engine.compile_rules(current, today), engine.compile_rules(draft, today)
    by_id = {f.id: f for f in facts}
    comparisons, rankings_now, rankings_draft = [], [], []
    for i, flat in enumerate(flats):
        if cancelled is not None and cancelled():
            return None
        if progress is not None:
            progress(_("{address}, byt č. {number}").format(address=flat.address, number=flat.number),
                     int(100 * i / max(len(flats), 1)))
        before = compute(flat, current, info_now, facts, meta, today, c_now)
        after = compute(flat, draft, info_draft, facts, meta, today, c_draft)
        rankings_now.append(before)
        rankings_draft.append(after)
        comparisons.append(_compare_flat(flat, before, after))
    proposed_now = _propose(rankings_now)
    proposed_draft = _propose(rankings_draft)
    shares = _shares(proposed_now, proposed_draft, by_id)
    return WhatIf(current.name + f" (verze {current.version})",
                  draft.name + f" (verze {draft.version})", comparisons, shares,
                  len(proposed_now), len(proposed_draft))


def _compare_flat(flat: FlatInfo, before: FlatRanking, after: FlatRanking) -> FlatComparison:
    b = {e.application_id: e for e in before.ranked}
    a = {e.application_id: e for e in after.ranked}
    bx = {x.application_id: x for x in before.excluded}
    ax = {x.application_id: x for x in after.excluded}
    moves = []
    for app_id in set(b) | set(a):
        eb, ea = b.get(app_id), a.get(app_id)
        e = eb or ea
        household = e.shown or e.household      # namesakes told apart
        moves.append(Move(
            app_id, household, eb.rank if eb else None, ea.rank if ea else None,
            eb.total if eb else None, ea.total if ea else None,
            "" if eb else "; ".join(r.text for r in bx[app_id].reasons),
            "" if ea else "; ".join(r.text for r in ax[app_id].reasons)))
    # who is newly left out or newly ranked first, then the new order
    moves.sort(key=lambda m: ((m.rank_before is None) == (m.rank_after is None),
                              m.rank_after or 10**6, m.rank_before or 10**6, m.application_id))
    return FlatComparison(
        flat, _shown(before.ranked[0]) if before.ranked else None,
        _shown(after.ranked[0]) if after.ranked else None,
        len(before.ranked), len(after.ranked), moves)


def _shown(entry) -> str:
    return entry.shown or entry.household


def _propose(rankings: list[FlatRanking]) -> list[str]:
    """Each vacant flat in turn to the best-ranked household not yet proposed."""
    taken: set[str] = set()
    out = []
    for r in rankings:
        pick = next((e.application_id for e in r.ranked if e.application_id not in taken), None)
        if pick:
            taken.add(pick)
            out.append(pick)
    return out


NEED_NONE = "none"


def need_group(f: engine.Facts) -> str:
    return engine._ethos_group(f.ethos) or NEED_NONE


def _shares(before: list[str], after: list[str], facts: dict[str, engine.Facts]) -> list[Share]:
    out = []
    groups = [("category", c.value, label(c), lambda f, v=c.value: f.requested_category == v)
              for c in FlatCategory]
    groups += [("need", key, text, lambda f, k=key: need_group(f) == k)
               for key, (text, _) in ETHOS_CONCEPTUAL.items()]
    groups.append(("need", NEED_NONE, _("bez bytové nouze (ETHOS neuvedeno)"),
                   lambda f: need_group(f) == NEED_NONE))
    for kind, key, text, test in groups:
        nb = sum(1 for i in before if test(facts[i]))
        na = sum(1 for i in after if test(facts[i]))
        out.append(Share(kind, key, text, nb, na, 100 * nb / len(before) if before else 0.0,
                         100 * na / len(after) if after else 0.0))
    return out
