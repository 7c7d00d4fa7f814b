"""Fair allocation (issue 14): bad-practice warnings with their sources, the
Blansko rooms criterion, exact arithmetic, one municipal flat per household."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from app.allocation import engine, rules
from app.allocation.ranking import rank_flat
from app.errors import ValidationError
from app.leases.records import LeaseInput, create_lease, lease_detail, sign_lease
from models.housing import Flat, FlatStatus
from models.leases import EndReason, LeaseState

from .lease_data import add_flat, add_household
from .test_allocation_engine import SOCIAL_2, compiled, facts, lines

TODAY = dt.date(2026, 11, 27)


def body() -> dict:
    return copy.deepcopy(rules.default_rules().body)


def warnings_of(b: dict) -> list[rules.Problem]:
    return rules.bad_practice(rules.parse(b))


def exclusion(when, reason="vyřazeno") -> dict:
    return {"id": f"x{abs(hash(repr(when))) % 10_000}", "type": "condition", "reason": reason,
            "when": when}


# -- one warning per bad practice, each with its source ---------------------------------

@pytest.mark.parametrize("change, words, source", [
    # minimum income as a condition
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "household_income_czk", "op": "<", "value": 15000})),
     "Minimální příjem", "5683/2023"),
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "income_per_person_czk", "op": "<=", "value": 6000})),
     "Minimální příjem", "2266/2019"),
    # exclusions by disability, number of children, household size
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "disability", "op": "==", "value": True})),
     "zdravotního postižení", "198/2009"),
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "children", "op": ">", "value": 3})),
     "počtu dětí", "198/2009"),
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "household_size", "op": ">=", "value": 6})),
     "velikosti domácnosti", "Ministerstvo vnitra"),
    # negative points per child
    (lambda b: b["criteria"].append({"id": "kids", "label": "Děti", "type": "per_unit",
                                     "field": "children", "points_per_unit": -20}),
     "ubírá body za dítě", "198/2009"),
    # an absolute debt-free condition
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "debt_czk", "op": ">", "value": 0}, "dlužník")),
     "bezdlužnosti", "Veřejný ochránce práv"),
    # points for very long residence
    (lambda b: b["criteria"].append({"id": "years", "label": "Roky pobytu", "type": "per_unit",
                                     "field": "residence_years", "points_per_unit": 10}),
     "starousedlíky", "Veřejný ochránce práv"),
    (lambda b: b["criteria"].append({"id": "years", "label": "Roky pobytu", "type": "bands",
                                     "field": "residence_years",
                                     "bands": [{"min": 15, "points": 100}]}),
     "starousedlíky", "Ministerstvo vnitra"),
    # exclusion after one refusal
    (lambda b: b["exclusions"][0].update({"max": 1}), "jednom odmítnutí", "Veřejný ochránce"),
    (lambda b: b["exclusions"].append(exclusion(
        {"field": "refusals", "op": ">=", "value": 1})), "jednom odmítnutí", "Ministerstvo"),
    # affordability as an automatic exclusion
    (lambda b: b["matching"][3].update({"action": "exclude"}), "minimálního příjmu",
     "5683/2023"),
])
def test_each_bad_practice_is_warned_with_its_source(change, words, source):
    b = body()
    assert warnings_of(b) == []
    change(b)
    found = [w for w in warnings_of(b) if words in w.message]
    assert found, [w.message for w in warnings_of(b)]
    assert all(source in w.source for w in found[:1])


def test_fair_rules_give_no_warning():
    b = body()
    # a capped residence bonus (at most 5 years), children adding points, two refusals
    b["criteria"].append({"id": "years", "label": "Roky pobytu", "type": "per_unit",
                          "field": "residence_years", "points_per_unit": 10, "max": 50})
    b["exclusions"].append(exclusion({"field": "household_income_czk", "op": ">",
                                      "value": 80000}, "příjem nad limit"))
    assert warnings_of(b) == []
    for shipped in rules.shipped().values():
        assert rules.bad_practice(shipped) == []


# -- Blansko's rooms criterion, exact arithmetic ----------------------------------------

@pytest.mark.parametrize("rooms, points", [(1, 180), (2, 120), (3, 60), (4, 0), (6, 0)])
def test_blansko_rooms_180_120_60_0(rooms, points):
    assert lines(facts(current_rooms=rooms, ethos=8))["rooms"].points == points
    # not housed at all: 300 points for housing, not rated by rooms
    assert lines(facts(current_rooms=rooms, ethos=2))["rooms"].points == 0


def test_area_arithmetic_is_exact():
    # 14,9 m² for two persons = 7,45 m² a person: 360 − 20 × 7,45 = 211
    line = lines(facts(current_area_m2=14.9, household_size=2, ethos=8))["area"]
    assert line.points == 211
    assert "360 − 20 × 7,45 = 211" in line.detail and "7,5" not in line.detail
    # 22,4 m² for three = 7,466… → shown and computed as 7,47: 210,6 ≈ 211
    line = lines(facts(current_area_m2=22.4, household_size=3, ethos=8))["area"]
    assert "360 − 20 × 7,47 = 210,6 ≈ 211" in line.detail and line.points == 211


# -- one municipal flat per household ---------------------------------------------------

def test_a_household_with_a_lease_is_flagged_in_the_ranking():
    _, reviews = engine.exclusions(compiled(), facts(active_lease="smlouva NS/2025/0001"),
                                   SOCIAL_2)
    assert any("už má platnou nájemní smlouvu" in r and "výměnou" in r for r in reviews)


def test_flag_in_the_town_ranking(town_db, town_worker):
    from sqlalchemy import select

    from app.security import actor_from_user, find_user
    from models.housing import Flat as F
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
        vacant = s.scalars(select(F.id).where(F.status == FlatStatus.VACANT)).all()
    flagged = []
    for flat_id in vacant[:5]:
        r = rank_flat(town_db, lead, flat_id, today=TODAY)
        flagged += [e for e in r.ranked if e.active_lease]
        assert all(any("už má platnou nájemní smlouvu" in t for t in e.reviews)
                   for e in r.ranked if e.active_lease)
        again = type(r).from_dict(r.to_dict())
        assert [e.active_lease for e in again.ranked] == [e.active_lease for e in r.ranked]
    assert flagged, "the town demo has applicants who already rent a municipal flat"


def _lease(db, admin, flat, hh, tenant, start, **kw):
    return create_lease(db, admin, LeaseInput(flat_id=flat, household_id=hh, tenant_id=tenant,
                                              starts_on=start, term_months=12,
                                              rent_hal=500_000, **kw), today=TODAY)


def test_second_concurrent_lease_is_refused_unless_an_exchange(db, admin):
    first_flat, second_flat = add_flat(db, number="1"), add_flat(db, number="2")
    hh, people = add_household(db)
    old = _lease(db, admin, first_flat, hh, people[0], dt.date(2026, 1, 1))
    sign_lease(db, admin, old, dt.date(2025, 12, 20))
    # a second lease of the same household (or the partner as tenant) is refused
    for tenant in people:
        with pytest.raises(ValidationError) as err:
            _lease(db, admin, second_flat, hh, tenant, dt.date(2026, 12, 1))
        assert "už má platnou nájemní smlouvu" in err.value.errors["household_id"]
    # a draft made before the first was signed cannot be signed either
    other_hh, others = add_household(db, name="Noví", people=(("Eva", "Nová"),))
    draft = _lease(db, admin, second_flat, other_hh, others[0], dt.date(2026, 12, 1))
    third = add_flat(db, number="3")
    ok = _lease(db, admin, third, other_hh, others[0], dt.date(2026, 12, 1))
    sign_lease(db, admin, ok, TODAY)
    with pytest.raises(ValidationError):
        sign_lease(db, admin, draft, TODAY)
    # an exchange of flats: allowed, and signing it ends the old lease
    second_flat = add_flat(db, number="4")
    with pytest.raises(ValidationError) as err:
        _lease(db, admin, second_flat, hh, people[0], dt.date(2026, 12, 1),
               exchange_of_lease_id=ok)          # not this household's lease
    assert "exchange_of_lease_id" in err.value.errors
    new = _lease(db, admin, second_flat, hh, people[0], dt.date(2027, 1, 1),
                 exchange_of_lease_id=old)
    sign_lease(db, admin, new, TODAY)
    before = lease_detail(db, admin, old).row
    assert before.state == LeaseState.ENDED
    with db.reading() as s:
        from models.leases import Lease
        row = s.get(Lease, old)
        assert row.ended_on == dt.date(2026, 12, 31) and row.end_reason == EndReason.EXCHANGE
        assert s.get(Flat, first_flat).status == FlatStatus.VACANT
        assert s.get(Flat, second_flat).status == FlatStatus.OCCUPIED


def test_one_floor_naming():
    from app.formatting import floor_location, format_floor
    assert [format_floor(n) for n in (0, 1, 2, -1)] == ["přízemí", "1. patro", "2. patro",
                                                         "suterén"]
    assert [floor_location(n) for n in (0, 1, 2, 5, 13)] == [
        "v přízemí", "v 1. patře", "ve 2. patře", "v 5. patře", "ve 13. patře"]


def test_council_decision_prints_why_rank_1_was_skipped(town_db):
    from app.allocation import offers
    from app.printing import render
    from models.allocation import DecisionOutcome
    from models.housing import FlatCategory

    from .test_allocation_services import _pdf_text, actor, vacant
    worker = actor(town_db, "jana.dvorakova")
    flat = vacant(town_db, FlatCategory.SOCIAL)[1]
    r = rank_flat(town_db, worker, flat, today=TODAY)
    third = r.ranked[2]
    reason = "První dvě domácnosti potřebují bezbariérový byt v přízemí."
    o = offers.make_offer(town_db, worker, flat, third.application_id, note=reason, today=TODAY)
    offers.respond(town_db, worker, o.id, accepted=True, today=TODAY)
    decision_id = offers.record_decision(
        town_db, worker, flat, outcome=DecisionOutcome.APPROVED, decided_on=TODAY,
        application_id=third.application_id, resolution_number="RM 2026/600")
    text = " ".join(_pdf_text(render(town_db, worker, "ranking", decision_id)[0]).split())
    assert "Důvod přeskočení pořadí" in text and "bezbariérový byt v přízemí" in text
    assert "3. (přeskočeno 2)" in text
    assert "usnesení RM 2026/600" in text            # the footer reference, not a UUID prefix
