"""Demo allocation: the point system adopted by the council and a need-first
draft, the town's target quotas, dozens of applications linked to demo
households with the facts the rules need, past offers (accepted, refused —
one household refused twice and is out), a pending offer, and past council
decisions with their frozen rules and rankings."""
from __future__ import annotations

import datetime as dt
import json
import random

from models.allocation import (ApplicationState, DecisionOutcome, OfferResponse, RuleSetState)
from models.housing import FlatCategory, FlatStatus
from models.settings import setting_id

from ..allocation import engine, rules as R
from ..allocation.ranking import FlatInfo, RulesInfo, _Meta, compute
from .context import DemoContext

QUOTAS = {"social": 5.0, "key_professions": 4.0, "seniors": 9.0, "special_purpose": 2.0,
          "standard": 80.0}
PROFESSIONS = ["lékař", "zdravotní sestra", "zdravotní sestra", "učitel", "učitel",
               "policista", "hasič", "zubní lékař", "sociální pracovník"]
JUSTIFICATIONS = [
    (30, "Doložené domácí násilí (potvrzení intervenčního centra), nutné rychlé oddělení."),
    (20, "Péče o dítě se závažným onemocněním, lékařská zpráva ze 3/2026."),
    (-20, "Domácnost má zajištěné bydlení u rodičů do konce roku 2027 (sdělila sama)."),
]
REFUSAL_REASONS = [
    "Byt je příliš daleko od školy dětí.",
    "Nájem je pro domácnost příliš vysoký.",
    "Byt ve 4. patře bez výtahu, matka špatně chodí.",
]


def _age(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def build_allocation(ctx: DemoContext) -> None:
    rng = random.Random(ctx.rng.getrandbits(64))   # own stream: later steps stay stable
    today = ctx.today
    active_rules = R.default_rules()
    draft_rules = R.shipped()["nejdriv-potreba.json"]
    active_id, draft_id = ctx.new_id(dt.date(today.year, 3, 12)), ctx.new_id()
    ctx.insert("rule_set", [
        dict(id=active_id, name=active_rules.name, version=active_rules.version,
             state=RuleSetState.ACTIVE, body_json=active_rules.to_json(),
             sha256=active_rules.sha256, adopted_on=dt.date(today.year, 3, 12),
             adopted_by=f"usnesení RM č. {today.year}/112",
             note="Pravidla pronájmu městských bytů – bodové hodnocení."),
        dict(id=draft_id, name=draft_rules.name, version=draft_rules.version,
             state=RuleSetState.DRAFT, body_json=draft_rules.to_json(),
             sha256=draft_rules.sha256, note="Návrh sociálního odboru k projednání v radě."),
    ])
    ctx.insert("setting", [dict(id=setting_id("housing.quota_targets"),
                                key="housing.quota_targets",
                                value_json=json.dumps(QUOTAS, sort_keys=True))])

    members: dict[str, list] = {}
    for p in ctx.persons:
        members.setdefault(p.household_id, []).append(p)
    households = [h for h in ctx.households if h["id"] in members]
    target = 70 if ctx.size == "town" else 3000
    chosen = rng.sample(households, min(target, len(households)))
    apps, facts, meta = [], [], {}
    numbers: dict[int, int] = {}
    for i, hh in enumerate(chosen):
        people = members[hh["id"]]
        app = _application(ctx, rng, hh, people, i, numbers)
        apps.append(app)
    apps.sort(key=lambda a: (a["filed_on"], a["id"]))
    next_number = ctx.numberer("application")
    for a in apps:                                 # numbered in the order they were filed
        a["number"] = next_number(a["filed_on"].year)
    # every application's facts (for the frozen rankings of past decisions)
    for a in apps:
        facts.append(_facts(a))
        meta[a["id"]] = _Meta(a["number"], a["_household"], a["_applicant"],
                              a["household_size"], a["requested_category"].value, a["filed_on"])

    offers, refusals, decisions = [], [], []
    flats_by = {}
    for f in ctx.flats:
        flats_by.setdefault((f["category"], f["status"]), []).append(f)
    buildings = {b["id"]: b for b in ctx.buildings}
    active = [a for a in apps if a["state"] == ApplicationState.ACTIVE
              and (a["valid_until"] or today) >= today]
    social = [a for a in active if a["requested_category"] == FlatCategory.SOCIAL]
    standard = [a for a in active if a["requested_category"] == FlatCategory.STANDARD]
    occupied_standard = flats_by[(FlatCategory.STANDARD, FlatStatus.OCCUPIED)]
    occupied_social = flats_by[(FlatCategory.SOCIAL, FlatStatus.OCCUPIED)]

    def offer(a, flat, on, response, responded, rank=None, score=None, note=None):
        oid = ctx.new_id(on)
        offers.append(dict(id=oid, application_id=a["id"], flat_id=flat["id"],
                           rule_set_id=active_id, offered_on=on, offered_by_id=ctx.workers[0],
                           rank=rank or rng.randint(1, 3), score=score or rng.randint(250, 650),
                           response=response, responded_on=responded, note=note))
        return oid

    # one household refused twice within 36 months: out of the ranking
    twice = social[0]
    for k, months in enumerate((14, 5)):
        on = today - dt.timedelta(days=30 * months)
        flat = rng.choice(occupied_social)
        oid = offer(twice, flat, on, OfferResponse.REFUSED, on + dt.timedelta(days=6))
        refusals.append(dict(id=ctx.new_id(on), application_id=twice["id"], offer_id=oid,
                             flat_id=flat["id"], refused_on=on + dt.timedelta(days=6),
                             reason=REFUSAL_REASONS[k], justified=False))
    # once (−200 points), and once with a serious reason (does not count)
    for a, justified, reason in ((social[1], False, REFUSAL_REASONS[0]),
                                 (standard[0], False, REFUSAL_REASONS[1]),
                                 (standard[1], True, REFUSAL_REASONS[2])):
        on = today - dt.timedelta(days=rng.randint(60, 400))
        flat = rng.choice(occupied_standard)
        oid = offer(a, flat, on, OfferResponse.REFUSED, on + dt.timedelta(days=7))
        refusals.append(dict(id=ctx.new_id(on), application_id=a["id"], offer_id=oid,
                             flat_id=flat["id"], refused_on=on + dt.timedelta(days=7),
                             reason=reason, justified=justified))
    # past allocations: accepted offers approved by the council, ranking frozen
    rules_info = RulesInfo(active_id, active_rules.name, active_rules.version,
                           active_rules.sha256, "active")
    compiled_cache: dict[dt.date, engine.Compiled] = {}

    def ranking_of(flat: dict, when: dt.date, pool: list[engine.Facts]):
        b = buildings[flat["building_id"]]
        info = FlatInfo(flat["id"], _address(b), flat["number"], flat["layout"], flat["rooms"],
                        flat["floor"], float(flat["floor_area_m2"]), flat["category"].value,
                        FlatStatus.VACANT.value, bool(flat["barrier_free"]), bool(b["has_lift"]),
                        flat["rent_hal"], flat["services_hal"])
        if when not in compiled_cache:
            compiled_cache[when] = engine.compile_rules(active_rules, when)
        return compute(info, active_rules, rules_info, pool, meta, when, compiled_cache[when])

    used: set[str] = set()
    # (the most recent dozen; older allocations keep only the housed state)
    housed = [a for a in apps if a["state"] == ApplicationState.HOUSED][-12:]
    for k, a in enumerate(housed):
        category = a["requested_category"]
        decided = today - dt.timedelta(days=40 + 45 * k)
        pool = [f for f in facts if meta[f.id].filed_on <= decided]
        flats = [f for f in flats_by.get((category, FlatStatus.OCCUPIED), occupied_standard)
                 if f["id"] not in used]
        best = None
        for flat in rng.sample(flats, min(12 if ctx.size == "town" else 4, len(flats))):
            ranking = ranking_of(flat, decided, pool)
            entry = ranking.entry(a["id"])
            if entry and (best is None or entry.rank < best[2].rank):
                best = (flat, ranking, entry)
        if best is None:
            continue
        flat, ranking, entry = best
        used.add(flat["id"])
        on = decided - dt.timedelta(days=14)
        oid = offer(a, flat, on, OfferResponse.ACCEPTED, on + dt.timedelta(days=5), entry.rank,
                    entry.total, None if entry.rank == 1 else
                    "Domácnosti výše v pořadí o byt této velikosti neměly zájem.")
        decisions.append(dict(
            id=ctx.new_id(decided), flat_id=flat["id"], application_id=a["id"], offer_id=oid,
            rule_set_id=active_id, decided_on=decided, body=f"Rada města {ctx.place['city']}",
            resolution_number=f"RM {decided.year}/{150 + 7 * k}",
            outcome=DecisionOutcome.APPROVED, rules_snapshot_json=active_rules.to_json(),
            ranking_snapshot_json=json.dumps(ranking.to_dict(), ensure_ascii=False,
                                             sort_keys=True)))
    # one pending offer of a vacant standard flat, to the first in its ranking
    refused = {r["application_id"] for r in refusals}
    current = [f for f in facts if f.id not in refused and f.id in {x["id"] for x in active}]
    flat = flats_by[(FlatCategory.STANDARD, FlatStatus.VACANT)][-1]
    first = next(iter(ranking_of(flat, today, current).ranked), None)
    if first is not None:
        offer(next(a for a in apps if a["id"] == first.application_id), flat,
              today - dt.timedelta(days=4), OfferResponse.PENDING, None, first.rank,
              first.total, "Prohlídka bytu domluvena na příští týden.")

    for a in apps:
        for key in [k for k in a if k.startswith("_")]:
            del a[key]
    ctx.insert("application", apps)
    ctx.insert("offer", offers)
    ctx.insert("refusal", refusals)
    ctx.insert("allocation_decision", decisions)
    ctx.extra["applications"] = [a["id"] for a in apps]
    ctx.extra["rule_set_active"] = active_id


def _address(b: dict) -> str:
    street = " ".join(p for p in (b["street"], b["house_number"]) if p)
    town = " ".join(p for p in (b["postcode"], b["city"]) if p)
    return ", ".join(p for p in (street, town) if p)


def _application(ctx: DemoContext, rng: random.Random, hh: dict, people: list, i: int,
                 numbers: dict[int, int]) -> dict:
    today = ctx.today
    head = next((p for p in people if p.relation == "head"), people[0])
    size = len(people)
    children = sum(1 for p in people if p.relation == "child")
    head_age = _age(head.birth_date, today)
    if i % 9 == 4 and head_age < 60:
        category = FlatCategory.KEY_PROFESSIONS          # a doctor, a nurse, a teacher …
    elif head_age >= 65:
        category = FlatCategory.SPECIAL_PURPOSE if rng.random() < 0.2 else FlatCategory.SENIORS
    elif children and rng.random() < 0.7:
        category = FlatCategory.SOCIAL
    else:
        category = rng.choices([FlatCategory.SOCIAL, FlatCategory.STANDARD,
                                FlatCategory.KEY_PROFESSIONS], weights=[45, 40, 15])[0]
    if category == FlatCategory.SOCIAL:
        ethos = rng.choices([2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13],
                            weights=[3, 8, 4, 2, 3, 12, 9, 4, 2, 5, 6])[0]
        income_pp = rng.randint(35, 110) * 10_000
        on_benefits = rng.random() < 0.55
    elif category == FlatCategory.KEY_PROFESSIONS:
        ethos = rng.choice([None, None, 8])
        income_pp = rng.randint(180, 350) * 10_000
        on_benefits = False
    elif category in (FlatCategory.SENIORS, FlatCategory.SPECIAL_PURPOSE):
        ethos = rng.choice([None, None, 8, 9, 12])
        income_pp = rng.randint(90, 170) * 10_000
        on_benefits = rng.random() < 0.3
    else:
        ethos = rng.choice([None, None, None, 8, 8, 9, 12, 13])
        income_pp = rng.randint(90, 230) * 10_000
        on_benefits = rng.random() < 0.1
    filed = today - dt.timedelta(days=rng.randint(20, 5 * 365))
    # most are renewed every year; a few lapsed
    valid_until = filed
    while valid_until <= today:
        valid_until = _plus_year(valid_until)
    state = ApplicationState.ACTIVE
    roll = rng.random()
    if roll < 0.05:
        valid_until = today - dt.timedelta(days=rng.randint(5, 60))      # renewal missed
    elif roll < 0.09:
        state = ApplicationState.WITHDRAWN
    elif roll < 0.18:
        state = ApplicationState.HOUSED
        filed = today - dt.timedelta(days=rng.randint(500, 5 * 365))
    housed_roofless = ethos is not None and ethos <= 5 or ethos == 11
    area = None if housed_roofless else round(size * rng.uniform(7, 24), 1)
    debt = 0
    plan = False
    if rng.random() < 0.14:
        debt = rng.randint(20, 400) * 10_000
        plan = rng.random() < 0.5
    needs_bf = category == FlatCategory.SPECIAL_PURPOSE or (
        category == FlatCategory.SENIORS and rng.random() < 0.3)
    pregnancy = any(p.sex == "F" and 18 <= _age(p.birth_date, today) <= 40 for p in people) \
        and rng.random() < 0.08
    individual, justification = 0, None
    if i < len(JUSTIFICATIONS):
        individual, justification = JUSTIFICATIONS[i]
    return dict(
        id=ctx.new_id(filed), number=None, household_id=hh["id"],
        applicant_id=head.id, filed_on=filed, requested_category=category, state=state,
        valid_until=valid_until, renewal_due_on=valid_until - dt.timedelta(days=30),
        household_size=size, children=children, pregnancy=pregnancy,
        needs_barrier_free=needs_bf, disability=needs_bf or rng.random() < 0.06,
        income_per_person_hal=income_pp, household_income_hal=income_pp * size,
        residence_years=rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 30]),
        permanent_residence=rng.random() < 0.8, ethos_category=ethos, current_area_m2=area,
        two_households_in_flat=ethos in (8, 13) and rng.random() < 0.4,
        debt_to_town_hal=debt, repayment_plan=plan, on_benefits=on_benefits,
        key_profession=rng.choice(PROFESSIONS) if category == FlatCategory.KEY_PROFESSIONS
        else None,
        individual_points=individual, individual_justification=justification,
        individual_by_id=ctx.workers[0] if individual else None,
        created_at=ctx.stamp_time(filed),
        _household=hh["name"], _applicant=f"{head.given_name} {head.surname}")


def _plus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _facts(a: dict) -> engine.Facts:
    return engine.Facts(
        id=a["id"], filed_on=a["filed_on"], requested_category=a["requested_category"].value,
        household_size=a["household_size"], children=a["children"], pregnancy=a["pregnancy"],
        needs_barrier_free=a["needs_barrier_free"], disability=a["disability"],
        income_per_person_hal=a["income_per_person_hal"],
        household_income_hal=a["household_income_hal"],
        residence_years=a["residence_years"], permanent_residence=a["permanent_residence"],
        ethos=a["ethos_category"], current_area_m2=a["current_area_m2"],
        two_households_in_flat=a["two_households_in_flat"], debt_hal=a["debt_to_town_hal"],
        repayment_plan=a["repayment_plan"], on_benefits=a["on_benefits"],
        key_profession=a["key_profession"], valid_until=a["valid_until"],
        individual_points=a["individual_points"],
        individual_justification=a["individual_justification"])
