"""The ranking's whole output, pinned: order, points, every explanation line,
every exclusion and review with its words, tie notes, in Czech and in English,
for both shipped rule sets and a variant that uses the rarer rule kinds.

``ranking_pin.json`` was written by the engine as it was before the column-wise
screening (issue 10, ranking ≤ 5× the bare fetch); a faster engine must give
the same text to the letter. Regenerate it only for an intended change of the
words: ``python -m tests.test_ranking_pin``."""
from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from app import i18n
from app.allocation import engine, rules
from app.allocation.engine import Facts, FlatFacts, TargetGroup

TODAY = dt.date(2026, 11, 27)
PIN = Path(__file__).with_name("ranking_pin.json")
RULES = Path(__file__).resolve().parent.parent / "resources" / "rules"


def _day(days_ago: int) -> dt.date:
    return TODAY - dt.timedelta(days=days_ago)


def facts() -> list[Facts]:
    """Generated households, each meant to meet one rule (or none)."""
    F = Facts
    return [
        F("a01", _day(3000), "standard", household_size=3, children=1, ethos=8,
          current_area_m2=31.45, current_rooms=1, residence_years=12, permanent_residence=True,
          household_income_hal=4_500_000),
        F("a02", _day(3000), "standard", household_size=3, children=1, ethos=8,
          current_area_m2=31.45, current_rooms=1, residence_years=12, permanent_residence=True,
          household_income_hal=4_500_000),                      # the same points: a tie
        F("a03", _day(1200), "social", household_size=2, ethos=2, income_per_person_hal=900_000,
          pregnancy=True, individual_points=80, individual_justification="Doloženo."),
        F("a04", _day(400), "standard", household_size=1, valid_until=_day(20)),  # expired
        F("a05", _day(900), "standard", household_size=4, children=2,
          refusal_dates=(_day(100), _day(300)), household_income_hal=6_000_000),
        F("a06", _day(700), "standard", household_size=2, debt_hal=2_500_000,
          household_income_hal=3_000_000),                      # debt, no plan: review
        F("a07", _day(700), "standard", household_size=2, debt_hal=2_500_000,
          repayment_plan=True, household_income_hal=3_000_000, individual_points=30),
        F("a08", _day(650), "seniors", household_size=1, household_income_hal=1_800_000),
        F("a09", _day(600), "standard", household_size=7, children=5,
          household_income_hal=7_000_000),                      # too many for the rooms
        F("a10", _day(500), "standard", household_size=1, needs_barrier_free=True,
          disability=True, household_income_hal=2_000_000),
        F("a11", _day(450), "standard", household_size=2, household_income_hal=None),
        F("a12", _day(420), "standard", household_size=2, household_income_hal=900_000),
        F("a13", _day(410), "standard", household_size=2, household_income_hal=3_000_000,
          refused_flat_ids=frozenset({"flat-std"})),
        F("a14", _day(405), "standard", household_size=2, household_income_hal=3_000_000,
          busy_flat_id="flat-other"),
        F("a15", _day(404), "standard", household_size=3, household_income_hal=5_000_000,
          active_lease="NS/2026/0012, Nádražní 12, byt č. 3", two_households_in_flat=True,
          current_area_m2=40.0, ethos=11, current_rooms=2),
        F("a16", _day(2500), "key_professions", household_size=2, key_profession="lékař",
          household_income_hal=8_000_000, individual_points=-20,
          individual_justification="  "),
        F("a17", _day(30), "social", household_size=3, ethos=6, children=2,
          income_per_person_hal=400_000, programmes=frozenset({"p-irop"})),
    ]


FLATS = [
    FlatFacts("flat-std", "standard", rooms=2, rent_hal=1_000_000, services_hal=300_000),
    FlatFacts("flat-bf", "special_purpose", rooms=1, barrier_free=True, rent_hal=450_000,
              services_hal=150_000),
    FlatFacts("flat-soc", "social", rooms=3, rent_hal=600_000, services_hal=250_000,
              target=TargetGroup("IROP", dt.date(2031, 12, 31), frozenset({6, 7}),
                                 "p-x", "Podpora bydlení", 500_000)),
    FlatFacts("flat-key", "key_professions", rooms=2, rent_hal=800_000, services_hal=200_000),
]


def rule_sets() -> dict[str, dict]:
    out = {}
    for name in ("bodovy-system", "nejdriv-potreba"):
        body = json.loads((RULES / f"{name}.json").read_text(encoding="utf-8"))
        out[name] = body
        b = copy.deepcopy(body)
        b["max_total"] = 300
        b["individual"] = {"max_points": 25, "requires_justification": False}
        b["tie_break"] = ["children_desc", "household_size_desc", "ethos", "filed_on"]
        for e in b["exclusions"]:
            if e["type"] == "debt":
                e.update(action="exclude", repayment_plan_lifts=False)
        b["exclusions"].append({"id": "low_income", "type": "condition", "reason": "Nízký příjem",
                                "when": [{"field": "household_income_czk", "op": "<",
                                          "value": 10000},
                                         {"field": "on_benefits", "op": "==", "value": False}]})
        for m in b["matching"]:
            if m["type"] == "affordability":
                m.update(action="exclude", unknown_income="exclude")
                m.pop("flat_categories", None)
        out[f"{name}+variant"] = b
    return out


def output() -> dict:
    """Every ranking of every flat by every rule set, in both languages, as plain data."""
    out = {}
    for lang in ("cs", "en"):
        i18n.set_language(lang)
        try:
            for name, body in rule_sets().items():
                c = engine.compile_rules(rules.parse(body), TODAY)
                for flat in FLATS:
                    r = engine.rank(c, facts(), flat)
                    out[f"{lang} {name} {flat.id}"] = {
                        "ranked": [[s.id, s.rank, s.total, s.criteria_points,
                                    [list(ln) for ln in s.lines],
                                    list(s.individual) if s.individual else None,
                                    list(s.reviews), s.tie_note] for s in r.ranked],
                        "excluded": [[x.id, [list(reason) for reason in x.reasons]]
                                     for x in r.excluded]}
        finally:
            i18n.set_language("cs")
    return out


def test_ranking_output_is_pinned_in_both_languages():
    pinned = json.loads(PIN.read_text(encoding="utf-8"))
    got = output()
    assert sorted(got) == sorted(pinned)
    for key in pinned:
        assert got[key] == pinned[key], key
    # the pin covers what can differ: reasons of every kind, reviews, ties, caps
    every = json.dumps(pinned, ensure_ascii=False)
    for words in ("platila do", "odmítla nabídnutý byt", "dluh vůči městu", "kategorie",
                  "malý", "bezbariérový", "příjmu domácnosti", "není doložen",
                  "tento byt už domácnost odmítla", "nabídku jiného bytu", "nájemní smlouvu",
                  "byt z dotace IROP", "stejně bodů", "Nízký příjem", "strop",
                  "expired", "refused an offered flat", "already has a valid lease"):
        assert words in every, words


@pytest.mark.parametrize("flat", FLATS, ids=lambda f: f.id)
def test_column_wise_ranking_equals_one_by_one(flat):
    """``rank`` (columns, shared answers) gives what ``exclusions`` and ``score``
    give application by application."""
    for body in rule_sets().values():
        c = engine.compile_rules(rules.parse(body), TODAY)
        r = engine.rank(c, facts(), flat)
        by_id = {f.id: f for f in facts()}
        for x in r.excluded:
            reasons, _ = engine.exclusions(c, by_id[x.id], flat)
            assert tuple(reasons) == x.reasons
        for s in r.ranked:
            reasons, reviews = engine.exclusions(c, by_id[s.id], flat)
            assert not reasons and tuple(reviews) == s.reviews
            total, sub, lines, ind = engine.score(c, by_id[s.id], flat.category)
            assert (total, sub, lines, ind) == (s.total, s.criteria_points, s.lines,
                                                s.individual)


if __name__ == "__main__":
    PIN.write_text(json.dumps(output(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
