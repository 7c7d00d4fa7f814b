"""Fairness check beside the what-if: does a rule set work against a protected
group? For every vacant flat, the share of each household type among the top
ranks is compared with its share among all eligible applications; a group
clearly under-ranked is warned about before the council votes (the lesson of
the VI-SPDAT scoring tool in the US, whose scores under-ranked some groups)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.allocation import Application
from models.people import Person

from ..db import Database
from ..security import Actor, Permission
from . import engine, rulesets
from .ranking import FlatRanking, compute, load_facts, rules_info
from .rules import Rules
from .whatif import vacant_flats
from ..i18n import N_, _

TOP = 5                   # the ranks that get offers in practice
UNDER_RATIO = 0.5         # top share below half of the eligible share: clearly under-ranked
MIN_ENTRIES = 5           # too few to judge below this (per group, across flats)

# names translated where used: the screen in the UI language, the PDF in Czech
GROUPS: dict[str, str] = {
    "single_parent": N_("osamělý rodič s dětmi"),
    "senior": N_("senior (65 a více let)"),
    "disability": N_("osoba se zdravotním postižením"),
    "large_family": N_("početná rodina (3 a více dětí)"),
    "care_leaver": N_("mladý dospělý odcházející z péče (ETHOS 6, 18–26 let)"),
    "roofless": N_("ETHOS: bez střechy"),
    "houseless": N_("ETHOS: bez bytu"),
    "insecure": N_("ETHOS: nejisté bydlení"),
    "inadequate": N_("ETHOS: nevyhovující bydlení"),
}


def groups_of(f: engine.Facts, age: int | None) -> set[str]:
    """The household types an application belongs to (one may be in several)."""
    out = set()
    if f.children and f.household_size - f.children <= 1:
        out.add("single_parent")
    if age is not None and age >= 65:
        out.add("senior")
    if f.disability or f.needs_barrier_free:
        out.add("disability")
    if f.children >= 3:
        out.add("large_family")
    if f.ethos == 6 and age is not None and 18 <= age <= 26:
        out.add("care_leaver")
    group = engine._ethos_group(f.ethos)
    if group:
        out.add(group)
    return out


@dataclass(frozen=True)
class GroupShare:
    key: str
    label: str
    eligible: int            # (application, flat) pairs ranked
    top: int                 # of them within the top ranks
    eligible_pct: float
    top_pct: float
    warning: str             # empty when fine

    @property
    def ratio(self) -> float | None:
        return self.top_pct / self.eligible_pct if self.eligible_pct else None


@dataclass(frozen=True)
class Fairness:
    rules_name: str
    flats: int
    eligible: int
    top: int
    groups: list[GroupShare]

    @property
    def warnings(self) -> list[GroupShare]:
        return [g for g in self.groups if g.warning]


def assess(rankings: list[FlatRanking], groups: dict[str, set[str]], rules_name: str,
           top: int = TOP) -> Fairness:
    """Pure: shares of each group among the top ``top`` ranks against all ranked."""
    eligible_n = top_n = 0
    counts = {k: [0, 0] for k in GROUPS}
    for r in rankings:
        for e in r.ranked:
            in_top = e.rank <= top
            eligible_n += 1
            top_n += in_top
            for g in groups.get(e.application_id, ()):
                counts[g][0] += 1
                counts[g][1] += in_top
    out = []
    for key, (n_all, n_top) in counts.items():
        all_pct = 100 * n_all / eligible_n if eligible_n else 0.0
        top_pct = 100 * n_top / top_n if top_n else 0.0
        warning = ""
        if n_all >= MIN_ENTRIES and top_n and top_pct < UNDER_RATIO * all_pct:
            warning = _("{group}: {all_pct:.0f} % způsobilých žádostí, ale jen {top_pct:.0f} % "
                        "prvních {top} míst – pravidla tuto skupinu zřetelně znevýhodňují."
                        ).format(group=_(GROUPS[key]), all_pct=all_pct, top_pct=top_pct, top=top)
        out.append(GroupShare(key, _(GROUPS[key]), n_all, n_top, round(all_pct, 1),
                              round(top_pct, 1), warning))
    return Fairness(rules_name, len(rankings), eligible_n, top_n, out)


def check(db: Database, actor: Actor, rules: Rules | None = None, *,
          today: dt.date | None = None) -> Fairness:
    """The fairness of the active rules (or of ``rules``, e.g. a draft) over
    every vacant flat, from the same facts the ranking uses."""
    actor.require(Permission.MANAGE_ALLOCATION)
    today = today or dt.date.today()
    with db.reading() as s:
        rs, active = rulesets.active(s)
        used = rules or active
        info = rules_info(rs, used) if rules is None else rules_info(None, used, "draft")
        facts, meta = load_facts(s)
        flats = vacant_flats(s, day=today)
        born = dict(s.execute(select(Application.id, Person.birth_date)
                              .join(Person, Person.id == Application.applicant_id)).all())
    compiled = engine.compile_rules(used, today)
    rankings = [compute(f, used, info, facts, meta, today, compiled) for f in flats]
    groups = {f.id: groups_of(f, _age(born.get(f.id), today)) for f in facts}
    return assess(rankings, groups, used.name)


def _age(born: dt.date | None, today: dt.date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
