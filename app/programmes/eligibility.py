"""What the allocation engine needs from programmes: which programmes each
household is in (through its open cases) and the target group of a
grant-funded flat on a given day (the day of the offer decides: after the
sustainability period the flat goes to anyone the rules allow)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case, CaseStatus
from models.programmes import FlatFunding, Programme, ProgrammeTag

from ..allocation.engine import TargetGroup
from ..rows import live


def household_programmes(session: Session) -> dict[str, frozenset[str]]:
    """Programme ids by household id and by person id (the case's client), for
    every case that is not closed."""
    out: dict[str, set[str]] = {}
    rows = session.execute(
        select(Case.household_id, Case.person_id, ProgrammeTag.programme_id)
        .join(Case, Case.id == ProgrammeTag.case_id)
        .where(live(ProgrammeTag), live(Case), Case.status != CaseStatus.CLOSED))
    for household_id, person_id, programme_id in rows:
        for key in (household_id, person_id):
            if key:
                out.setdefault(key, set()).add(programme_id)
    return {k: frozenset(v) for k, v in out.items()}


def parse_ethos(text: str | None) -> frozenset[int]:
    """"1-7, 9" → {1, …, 7, 9}; anything else is refused by the service."""
    out: set[int] = set()
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip().replace("–", "-")
        if not part:
            continue
        lo, _, hi = part.partition("-")
        lo_n, hi_n = int(lo), int(hi or lo)
        if not 1 <= lo_n <= hi_n <= 13:
            raise ValueError(part)
        out.update(range(lo_n, hi_n + 1))
    return frozenset(out)


def funding_of(session: Session, flat_id: str) -> FlatFunding | None:
    return session.scalars(select(FlatFunding).where(
        FlatFunding.flat_id == flat_id, live(FlatFunding))
        .order_by(FlatFunding.created_at.desc())).first()


def target_for(session: Session, flat_id: str, day: dt.date) -> dict | None:
    """The flat's target group as plain data (it goes into the ranking and its
    frozen snapshot), or None when the flat has none or the period is over."""
    f = funding_of(session, flat_id)
    if f is None or (f.sustainability_until is not None and f.sustainability_until < day):
        return None
    name = None
    if f.target_programme_id:
        p = session.get(Programme, f.target_programme_id)
        name = p.name if p is not None else None
    return {"source": f.source,
            "until": f.sustainability_until.isoformat() if f.sustainability_until else None,
            "ethos": sorted(parse_ethos(f.target_ethos)),
            "programme_id": f.target_programme_id, "programme_name": name,
            "income_limit_hal": f.target_income_hal}


def target_group(d: dict | None) -> TargetGroup | None:
    if not d:
        return None
    return TargetGroup(d["source"], dt.date.fromisoformat(d["until"]) if d.get("until") else None,
                       frozenset(d.get("ethos") or ()), d.get("programme_id"),
                       d.get("programme_name"), d.get("income_limit_hal"))
