"""The fast ranking path gives exactly what the plain one gives.

``rank_in_session`` reads the facts in one fetch, reuses compiled rules, scores
criteria column by column and builds each entry once. Here every vacant flat of
the town demo is ranked both ways — the plain path scores one application at a
time (``engine.score``/``engine.exclusions``), compiles the rules afresh, reads
leases as ORM objects and tells same-named households apart afterwards, as
the ranking did before — and the whole result (order, points, every line's
arithmetic text, exclusion reasons, shown names) must be equal."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from operator import itemgetter

import pytest
from sqlalchemy import insert, select

from app.allocation import engine, ranking, rulesets
from app.people.disambiguate import Named, told_apart
from app.programmes.eligibility import target_for, target_group
from app.rows import live
from models.allocation import Application, ApplicationState
from models.base import new_id
from models.housing import Building, Flat, FlatCategory, FlatStatus
from models.leases import Lease, LeaseState
from models.people import Household

from .conftest import DEMO_TODAY


def _plain_rank(c, facts, flat):
    """The engine one application at a time (no columns, no shared memo)."""
    eligible, left = [], []
    for f in facts:
        reasons, reviews = engine.exclusions(c, f, flat)
        if reasons:
            left.append((f.filed_on, f.id, engine.Left(f.id, tuple(reasons))))
            continue
        total, sub, lines, ind = engine.score(c, f, flat.category)
        eligible.append((engine.order_key(c, total, f), total, sub, lines, ind,
                         tuple(reviews), f))
    eligible.sort(key=itemgetter(0))
    ranked, prev = [], None
    for i, (key, total, sub, lines, ind, reviews, f) in enumerate(eligible, start=1):
        note = engine._tie_note(c, prev, key) if prev is not None and prev[0] == key[0] else ""
        ranked.append(engine.Scored(f.id, i, total, sub, lines, ind, reviews, note))
        prev = key
    left.sort(key=lambda t: (t[0], t[1]))
    return engine.Ranking(tuple(ranked), tuple(x[2] for x in left))


def _plain_compute(flat, rules, info, facts, meta, today):
    c = engine.compile_rules(rules, today)           # afresh: no cached closures
    result = _plain_rank(c, facts, engine.FlatFacts(
        flat.id, flat.category, flat.rooms, flat.barrier_free, flat.rent_hal,
        flat.services_hal, target_group(flat.target)))
    ranked = [ranking.RankedEntry(
        s.rank, s.id, meta[s.id].number, meta[s.id].household, meta[s.id].applicant,
        meta[s.id].household_size, meta[s.id].requested_category, meta[s.id].filed_on,
        s.total, s.criteria_points, s.lines, s.individual, s.reviews, s.tie_note,
        meta[s.id].active_lease) for s in result.ranked]
    excluded = [ranking.ExcludedEntry(
        x.id, meta[x.id].number, meta[x.id].household, meta[x.id].applicant,
        meta[x.id].filed_on, meta[x.id].requested_category, x.reasons)
        for x in result.excluded]
    entries = ranked + excluded                      # shown names afterwards, replaced in
    shown = told_apart([Named(e.household, meta[e.application_id].applicant_born, None,
                              e.number) for e in entries])
    entries = [dataclasses.replace(e, shown=label) for e, label in zip(entries, shown)]
    return ranking.FlatRanking(flat, info, today, engine.criteria_labels(c, flat.category),
                               entries[:len(ranked)], entries[len(ranked):])


def _plain_leases(s):
    out = {}
    for hh, tenant, number, flat_no, b in s.execute(
            select(Lease.household_id, Lease.tenant_id, Lease.number, Flat.number, Building)
            .join(Flat, Flat.id == Lease.flat_id).join(Building, Building.id == Flat.building_id)
            .where(live(Lease), Lease.state.in_([LeaseState.ACTIVE, LeaseState.RENEWED]))
            .order_by(Lease.starts_on)):
        for key in (hh, tenant):
            if key:
                out.setdefault(key, f"smlouva {number}, {b.address_line()}, byt č. {flat_no}")
    return out


def _more_applications(db, n: int = 400, seed: int = 10) -> None:
    """Varied generated applications beside the demo's (incomes around the
    affordability limit, debts, ETHOS, areas with decimals, equal points)."""
    rng = random.Random(seed)
    households, applications = [], []
    for i in range(n):
        hh, size = new_id(), rng.randint(1, 6)
        households.append(dict(id=hh, name=rng.choice(["Malí", "Nováková", "Domácnost "
                                                        f"{i:04d}"]), sync_seq=0))
        ethos = rng.choice([None, None, 2, 3, 6, 8, 9, 10, 12, 13])
        income = rng.choice([None, rng.randint(40, 260) * 10_000])
        applications.append(dict(
            id=new_id(), number=f"T-{i:04d}", household_id=hh,
            filed_on=DEMO_TODAY - dt.timedelta(days=rng.choice([400, rng.randint(1, 3000)])),
            requested_category=rng.choice([FlatCategory.STANDARD, FlatCategory.SOCIAL]),
            state=ApplicationState.ACTIVE,
            valid_until=DEMO_TODAY + dt.timedelta(days=rng.choice([-20, 200])),
            household_size=size, children=rng.randint(0, size - 1),
            pregnancy=rng.random() < 0.05, needs_barrier_free=rng.random() < 0.05,
            disability=rng.random() < 0.08, income_per_person_hal=income,
            household_income_hal=income * size if income else None,
            residence_years=rng.randint(0, 30), permanent_residence=rng.random() < 0.8,
            ethos_category=ethos,
            current_area_m2=None if ethos in (2, 3) else round(size * rng.uniform(6, 25), 2),
            two_households_in_flat=rng.random() < 0.1,
            debt_to_town_hal=rng.choice([0] * 6 + [rng.randint(1, 50) * 100_000]),
            repayment_plan=rng.random() < 0.5, on_benefits=rng.random() < 0.3,
            individual_points=rng.choice([0] * 10 + [20, -5, 90]),
            individual_justification=rng.choice(["Doloženo.", None]), sync_seq=0))
    with db.engine.begin() as conn:
        conn.execute(insert(Household), households)
        conn.execute(insert(Application), applications)


def test_fast_ranking_equals_the_plain_one_on_every_town_flat(town_db):
    _more_applications(town_db)
    with town_db.reading() as s:
        assert ranking.running_leases(s) == _plain_leases(s)
        assert ranking.running_leases(s), "the demo has running leases to flag"
        rs, rules = rulesets.active(s)
        info = ranking.rules_info(rs, rules)
        facts, meta = ranking.load_facts(s)
        flat_ids = s.scalars(select(Flat.id).where(Flat.status != FlatStatus.OCCUPIED,
                                                   live(Flat)).order_by(Flat.id)).all()
        assert len(flat_ids) >= 10 and len(facts) >= 400
        seen = {"ranked": 0, "excluded": 0, "told_apart": 0, "tie": 0, "individual": 0}
        for flat_id in flat_ids:
            flat = ranking.flat_info(s, flat_id)
            target = target_for(s, flat_id, DEMO_TODAY)
            if target is not None:
                flat = dataclasses.replace(flat, target=target)
            fast = ranking.rank_in_session(s, flat_id, DEMO_TODAY).to_dict()
            again = ranking.rank_in_session(s, flat_id, DEMO_TODAY).to_dict()  # cached rules
            plain = _plain_compute(flat, rules, info, facts, meta, DEMO_TODAY).to_dict()
            assert fast == plain, flat_id
            assert again == fast, flat_id
            seen["ranked"] += len(fast["ranked"])
            seen["excluded"] += len(fast["excluded"])
            seen["told_apart"] += sum(e["shown"] != e["household"]
                                      for e in fast["ranked"] + fast["excluded"])
            seen["tie"] += sum(bool(e["tie_note"]) for e in fast["ranked"])
            seen["individual"] += sum(e["individual"] is not None for e in fast["ranked"])
    # the comparison covered what can differ: lines, reasons, names, tie-breaks
    assert all(seen.values()), seen


def test_compiled_rules_follow_the_body_and_the_day(town_db):
    with town_db.reading() as s:
        _, rules = rulesets.active(s)
    c = ranking.compiled_rules(rules, DEMO_TODAY)
    assert ranking.compiled_rules(rules, DEMO_TODAY) is c
    assert ranking.compiled_rules(rules, DEMO_TODAY.replace(day=1)) is not c
    changed = dataclasses.replace(rules, body={**rules.body, "max_total": 7})
    assert ranking.compiled_rules(changed, DEMO_TODAY).max_total == 7


@pytest.mark.parametrize("was_on", [True, False])
def test_gc_is_paused_only_while_ranking(was_on):
    import gc
    (gc.enable if was_on else gc.disable)()
    try:
        with ranking.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is was_on
        with pytest.raises(RuntimeError), ranking.gc_paused():
            raise RuntimeError
        assert gc.isenabled() is was_on
    finally:
        gc.enable()
