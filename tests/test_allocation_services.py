"""Allocation services on the town demo: rule sets, applications, ranking from
the database, offers, refusals, council decisions with frozen snapshots,
what-if, flat stock and quotas, the CLI and the council PDF."""
from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.allocation import applications as apps_svc
from app.allocation import offers, ranking, rules, rulesets, whatif
from app.allocation.applications import ApplicationInput
from app.cli.main import main
from app.errors import Conflict, PermissionDenied, ValidationError
from app.housing import edit, stock
from app.printing import render
from app.security import actor_from_user, find_user
from models.allocation import (AllocationDecision, Application, ApplicationState,
                               DecisionOutcome, OfferResponse, Refusal, RuleSet, RuleSetState)
from models.audit import AuditEvent
from models.housing import Flat, FlatCategory, FlatStatus

from .conftest import DEMO_TODAY
from .keys import as_user

pytestmark = pytest.mark.usefixtures("demo_password")

TODAY = DEMO_TODAY


def actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def vacant(db, category: FlatCategory) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Flat.id).where(Flat.category == category,
                                                    Flat.status == FlatStatus.VACANT)
                              .order_by(Flat.id)))


# -- demo ----------------------------------------------------------------------------------

def test_demo_has_dozens_of_applications_offers_refusals_and_decisions(town_db):
    with town_db.reading() as s:
        n = s.scalar(select(func.count()).select_from(Application))
        assert 40 <= n <= 100
        assert s.scalar(select(func.count()).select_from(Refusal)) >= 4
        decisions = s.scalars(select(AllocationDecision)).all()
        assert decisions and all(d.ranking_snapshot_json and d.rules_snapshot_json
                                 for d in decisions)
        assert s.scalar(select(func.count()).where(RuleSet.state == RuleSetState.ACTIVE)) == 1
        categories = set(s.scalars(select(Application.requested_category)))
        assert categories == set(FlatCategory)


def test_load_facts_reads_every_fact_like_the_orm(town_db):
    with town_db.reading() as s:
        facts, meta = ranking.load_facts(s)
        by_id = {f.id: f for f in facts}
        for app in s.scalars(select(Application).where(
                Application.state == ApplicationState.ACTIVE)):
            f = by_id[app.id]
            expected = apps_svc.facts_of(app, f.refusal_dates, f.refused_flat_ids, f.busy_flat_id,
                                         f.active_lease, f.programmes)
            assert f == expected
    assert any(f.refusal_dates for f in facts) and any(f.busy_flat_id for f in facts)


# -- rule sets -----------------------------------------------------------------------------

def test_rule_set_lifecycle_draft_validate_adopt(town_db):
    lead = actor(town_db, "petr.horak")
    worker = actor(town_db, "jana.dvorakova")
    rows = rulesets.list_rule_sets(town_db, lead)
    assert [r.state for r in rows] == ["draft", "active"]
    with pytest.raises(PermissionDenied):
        rulesets.new_draft(town_db, worker)
    draft_id = rulesets.new_draft(town_db, lead)          # copy of the active rules
    detail = rulesets.get_rule_set(town_db, lead, draft_id)
    assert detail.row.version == 2 and detail.editable
    bad = detail.text.replace('"points_per_unit": 30', '"points_per_unit": "třicet"')
    with pytest.raises(rules.RulesInvalid) as exc:
        rulesets.save_draft(town_db, lead, draft_id, bad)
    assert any("points_per_unit" in p.path for p in exc.value.problems)
    assert rulesets.get_rule_set(town_db, lead, draft_id).text == detail.text   # unchanged
    harsher = detail.text.replace('"action": "review"', '"action": "exclude"')
    saved = rulesets.save_draft(town_db, lead, draft_id, harsher)
    assert saved.warnings and "individuálního posouzení" in saved.warnings[0].message
    with pytest.raises(ValidationError) as exc:
        rulesets.adopt(town_db, lead, draft_id, TODAY, "")
    assert exc.value.field == "adopted_by"
    rulesets.adopt(town_db, lead, draft_id, TODAY, "usnesení RM č. 2026/300")
    states = {r.id: r.state for r in rulesets.list_rule_sets(town_db, lead)}
    assert states[draft_id] == "active" and list(states.values()).count("active") == 1
    assert "archived" in states.values()
    with pytest.raises(Conflict):
        rulesets.save_draft(town_db, lead, draft_id, harsher)


def test_fresh_installation_uses_the_shipped_default(db, admin):
    rows = rulesets.list_rule_sets(db, admin)
    assert len(rows) == 1 and rows[0].state == "default" and rows[0].id is None
    assert rows[0].name == rules.default_rules().name


# -- applications --------------------------------------------------------------------------

def _household(db, worker):
    return apps_svc.household_choices(db, worker, "")[0]


def test_application_validation_and_creation(town_db):
    worker = actor(town_db, "jana.dvorakova")
    hh = _household(town_db, worker)
    bad = ApplicationInput(household_id="", filed_on=TODAY + dt.timedelta(days=2),
                           household_size=2, children=2, individual_points=80)
    with pytest.raises(ValidationError) as exc:
        apps_svc.create_application(town_db, worker, bad, today=TODAY)
    assert {"household_id", "filed_on", "children", "individual_points",
            "individual_justification"} <= set(exc.value.errors)
    assert "±50" in exc.value.errors["individual_points"]
    good = ApplicationInput(household_id=hh.id, filed_on=dt.date(2026, 2, 3),
                            requested_category=FlatCategory.SOCIAL, household_size=3,
                            children=1, ethos_category=9, income_per_person_hal=700_000,
                            individual_points=25,
                            individual_justification="Doložené ohrožení vystěhováním.")
    app_id = apps_svc.create_application(town_db, worker, good, today=TODAY)
    d = apps_svc.get_application(town_db, worker, app_id, today=TODAY)
    assert d.number.startswith("Z-2026/") and d.data.valid_until == dt.date(2027, 2, 3)
    assert d.individual.points == 25 and d.individual_by == worker.name
    assert {ln.id for ln in d.lines} >= {"housing", "dependants", "waiting"}
    assert d.points == sum(ln.points for ln in d.lines) + 25
    with town_db.reading() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity_id == app_id))
    listed = apps_svc.list_applications(town_db, worker, d.number, today=TODAY)
    assert [r.id for r in listed] == [app_id] and listed[0].points == d.points


def test_renew_and_manual_exclusion_need_a_reason(town_db):
    worker = actor(town_db, "jana.dvorakova")
    row = apps_svc.list_applications(town_db, worker, state=ApplicationState.ACTIVE)[0]
    until = apps_svc.renew(town_db, worker, row.id, today=TODAY)
    assert until > TODAY
    with pytest.raises(ValidationError):
        apps_svc.set_state(town_db, worker, row.id, ApplicationState.EXCLUDED)
    apps_svc.set_state(town_db, worker, row.id, ApplicationState.EXCLUDED, "Podvodné údaje.")
    assert apps_svc.get_application(town_db, worker, row.id).state == ApplicationState.EXCLUDED


# -- ranking, offers, refusals, decisions -------------------------------------------------

def test_refusals_count_and_the_second_one_excludes(town_db):
    worker = actor(town_db, "jana.dvorakova")
    flat_a, flat_b = vacant(town_db, FlatCategory.SOCIAL)
    first = ranking.rank_flat(town_db, worker, flat_a, today=TODAY)
    other = {e.application_id for e in ranking.rank_flat(town_db, worker, flat_b,
                                                         today=TODAY).ranked}
    target = next(e for e in first.ranked if e.application_id in other
                  and e.points_of("refusals") == 0)
    note = "Posouzeno individuálně." if (target.rank > 1 or target.reviews) else None
    offer = offers.make_offer(town_db, worker, flat_a, target.application_id, note=note,
                              today=TODAY)
    assert offer.rank == target.rank and offer.score == target.total
    with pytest.raises(Conflict):        # one open offer per flat
        offers.make_offer(town_db, worker, flat_a, first.ranked[-1].application_id,
                          note="x", today=TODAY)
    with pytest.raises(ValidationError) as exc:
        offers.respond(town_db, worker, offer.id, accepted=False, today=TODAY)
    assert exc.value.field == "reason"
    res = offers.respond(town_db, worker, offer.id, accepted=False, reason="Daleko do práce.",
                         today=TODAY)
    assert res.counted_refusals == 1 and not res.excluded_now
    after = ranking.rank_flat(town_db, worker, flat_a, today=TODAY)
    left = {x.application_id: x for x in after.excluded}
    assert "refused_this_flat" in {r.rule for r in left[target.application_id].reasons}
    in_b = ranking.rank_flat(town_db, worker, flat_b, today=TODAY).entry(target.application_id)
    assert in_b.points_of("refusals") == -200
    second = offers.make_offer(town_db, worker, flat_b, target.application_id,
                               note="Druhá nabídka podle individuálního posouzení.",
                               today=TODAY)
    res = offers.respond(town_db, worker, second.id, accepted=False, reason="Nechce.",
                         today=TODAY)
    assert res.excluded_now and "vyřazena" in res.message
    for flat in (flat_a, flat_b):
        r = ranking.rank_flat(town_db, worker, flat, today=TODAY)
        assert r.entry(target.application_id) is None
        reasons = {x.application_id: x for x in r.excluded}[target.application_id].reasons
        assert any(rr.rule == "refusals" and "2×" in rr.text for rr in reasons)


def test_justified_refusal_does_not_count(town_db):
    worker = actor(town_db, "jana.dvorakova")
    flat = vacant(town_db, FlatCategory.SOCIAL)[0]
    top = ranking.rank_flat(town_db, worker, flat, today=TODAY).ranked[0]
    o = offers.make_offer(town_db, worker, flat, top.application_id,
                          note="posouzeno" if top.reviews else None, today=TODAY)
    res = offers.respond(town_db, worker, o.id, accepted=False, justified=True,
                         reason="Byt ve 4. patře bez výtahu, žadatel na vozíku.", today=TODAY)
    assert res.counted_refusals == 0 and "nepočítá" in res.message


def test_offer_to_a_lower_rank_needs_a_reason_and_excluded_cannot_be_offered(town_db):
    worker = actor(town_db, "jana.dvorakova")
    flat = vacant(town_db, FlatCategory.SOCIAL)[1]
    r = ranking.rank_flat(town_db, worker, flat, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        offers.make_offer(town_db, worker, flat, r.ranked[2].application_id, today=TODAY)
    assert exc.value.field == "note" and "3." in exc.value.message
    with pytest.raises(ValidationError) as exc:
        offers.make_offer(town_db, worker, flat, r.excluded[0].application_id, note="x",
                          today=TODAY)
    assert "vyřazena" in exc.value.message


def test_council_decision_freezes_rules_and_ranking(town_db):
    worker = actor(town_db, "jana.dvorakova")
    lead = actor(town_db, "petr.horak")
    flat = vacant(town_db, FlatCategory.SOCIAL)[0]
    before = ranking.rank_flat(town_db, worker, flat, today=TODAY)
    top = before.ranked[0]
    o = offers.make_offer(town_db, worker, flat, top.application_id,
                          note="posouzeno" if top.reviews else None, today=TODAY)
    offers.respond(town_db, worker, o.id, accepted=True, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        offers.record_decision(town_db, worker, flat, outcome=DecisionOutcome.APPROVED,
                               decided_on=TODAY, application_id=top.application_id)
    assert exc.value.field == "resolution_number"
    decision_id = offers.record_decision(
        town_db, worker, flat, outcome=DecisionOutcome.APPROVED, decided_on=TODAY,
        application_id=top.application_id, resolution_number="RM 2026/512")
    frozen = offers.decision_snapshot(town_db, worker, decision_id)
    assert [(e.application_id, e.total) for e in frozen.ranking.ranked] == \
        [(e.application_id, e.total) for e in before.ranked]
    assert frozen.decision.household == top.household
    assert frozen.decision.body == "Rada města Trutnov"
    assert frozen.rules_body["name"] == before.rules.name
    history = offers.flat_history(town_db, worker, flat)
    assert history.open_offer.response == OfferResponse.ACCEPTED
    with town_db.reading() as s:
        assert s.get(Application, top.application_id).state == ApplicationState.HOUSED
        assert offers.approved_decision(s, o.id).id == decision_id
    # the rules change afterwards: the frozen record does not
    draft = rulesets.new_draft(town_db, lead, from_file="nejdriv-potreba.json")
    rulesets.adopt(town_db, lead, draft, TODAY, "usnesení RM č. 2026/513")
    again = offers.decision_snapshot(town_db, worker, decision_id)
    assert again.ranking == frozen.ranking and again.rules_body == frozen.rules_body
    pdf, _ = render(town_db, worker, "ranking", decision_id)
    text = _pdf_text(pdf)
    assert "RM 2026/512" in text and "zmrazeno" in text


def test_what_if_shows_movers_and_shares(town_db):
    worker = actor(town_db, "jana.dvorakova")
    draft = rules.shipped()["nejdriv-potreba.json"]
    result = whatif.compare(town_db, worker, draft, today=TODAY)
    assert len(result.flats) == len(vacant(town_db, FlatCategory.STANDARD)) + sum(
        len(vacant(town_db, c)) for c in FlatCategory if c != FlatCategory.STANDARD)
    assert any(fc.changed for fc in result.flats)
    for kind in ("category", "need"):
        rows = [sh for sh in result.shares if sh.kind == kind]
        assert sum(sh.before for sh in rows) == result.proposed_before
        assert sum(sh.after for sh in rows) == result.proposed_after
    same = whatif.compare(town_db, worker, rules.default_rules(), today=TODAY)
    assert not any(fc.changed for fc in same.flats)         # the same rules move nobody


# -- flat stock ----------------------------------------------------------------------------

def test_stock_overview_against_quota_targets(town_db):
    worker = actor(town_db, "jana.dvorakova")
    lead = actor(town_db, "petr.horak")
    overview = stock.stock_overview(town_db, worker, today=TODAY)
    assert overview.total == 700 and overview.targets_sum == 100
    social = overview.row(FlatCategory.SOCIAL)
    assert social.flats == 15 and social.target_pct == 5.0 and social.target_flats == 35
    assert social.difference == -20
    assert sum(r.allocated_12m for r in overview.rows) >= 1
    with pytest.raises(PermissionDenied):
        stock.set_quota_targets(town_db, worker, {FlatCategory.SOCIAL: 10})
    with pytest.raises(ValidationError) as exc:
        stock.set_quota_targets(town_db, lead, {FlatCategory.SOCIAL: 60,
                                                FlatCategory.STANDARD: 60})
    assert "quota_total" in exc.value.errors
    stock.set_quota_targets(town_db, lead, {FlatCategory.SOCIAL: 10, FlatCategory.STANDARD: 70})
    assert stock.stock_overview(town_db, worker).row(FlatCategory.SOCIAL).target_flats == 70


def test_buildings_and_flats_are_edited_with_validation(town_db):
    lead = actor(town_db, "petr.horak")
    worker = actor(town_db, "jana.dvorakova")
    with pytest.raises(PermissionDenied):
        edit.create_building(town_db, worker, edit.BuildingInput("Horská", "1", "Trutnov"))
    b = edit.create_building(town_db, lead, edit.BuildingInput(
        "Žižkova", "77", "Trutnov", postcode="541 01", floors=3, has_lift=False))
    flat = edit.create_flat(town_db, lead, edit.FlatInput(
        building_id=b, number="1", rooms=2, layout="2 + KK", floor_area_m2=48,
        category=FlatCategory.SOCIAL, status=FlatStatus.VACANT, floor=1, rent_hal=300_000))
    with pytest.raises(ValidationError) as exc:
        edit.create_flat(town_db, lead, edit.FlatInput(
            building_id=b, number="1", rooms=0, layout="velký", floor_area_m2=0, floor=5))
    assert {"number", "rooms", "layout", "floor_area_m2", "floor"} <= set(exc.value.errors)
    detail = edit.get_flat(town_db, lead, flat)
    assert detail.data.layout == "2+kk" and detail.title == "Žižkova 77, 541 01 Trutnov, byt č. 1"
    detail.data.category = FlatCategory.STANDARD
    edit.update_flat(town_db, lead, flat, detail.data)
    assert edit.get_flat(town_db, lead, flat).data.category == FlatCategory.STANDARD
    assert any(r.id == b and r.flats == 1 for r in edit.list_buildings(town_db, lead))


# -- CLI and PDF ---------------------------------------------------------------------------

def run(capsys, *argv):
    code = main(as_user(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def pdf_order(text: str) -> list[tuple[int, str, int]]:
    """(rank, household, total) from the breakdown headings of the PDF."""
    out = []
    for m in re.finditer(r"^(\d+)\. (.+?) — celkem (−?[\d\u00a0 ]+) bodů", text, re.M):
        out.append((int(m[1]), m[2], int(m[3].replace("\u00a0", "").replace(" ", "")
                                          .replace("−", "-"))))
    return out


def test_kmb_rank_json_table_and_pdf_agree(capsys, town_url, tmp_path):
    db = town_url
    code, out, _ = run(capsys, "list", "flats", "--format", "json", "--db", db)
    flat = next(f for f in json.loads(out) if f["status"] == "vacant"
                and f["category"] == "social")
    code, out, err = run(capsys, "rank", flat["id"], "--format", "json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    assert data["flat"]["id"] == flat["id"] and data["ranked"] and data["excluded"]
    first = data["ranked"][0]
    assert {"rank", "household", "total", "lines", "individual", "reviews"} <= set(first)
    assert first["total"] == sum(ln["points"] for ln in first["lines"]) + (
        first["individual"]["points"] if first["individual"] else 0)
    assert {ln["id"] for ln in first["lines"]} == {c["id"] for c in data["criteria"]}
    assert all(x["reasons"] and x["reasons"][0]["text"] for x in data["excluded"])
    code, table, _ = run(capsys, "rank", flat["id"], "--db", db)
    assert code == 0 and "Celkem" in table and "Vyřazeno" in table
    assert data["ranked"][0]["household"] in table.splitlines()[5]
    pdf_path = tmp_path / "poradnik.pdf"
    code, out, _ = run(capsys, "print", "ranking", flat["id"], "-o", str(pdf_path), "--db", db)
    assert code == 0
    text = _pdf_text(pdf_path.read_bytes())
    assert pdf_order(text) == [(e["rank"], e["shown"], e["total"]) for e in data["ranked"]]
    assert "Pořadník žadatelů – návrh na přidělení bytu" in text
    assert "Vyřazené žádosti" in text and "Žádosti o byt jiné kategorie" in text


def test_kmb_rank_with_draft_rules_file_and_errors(capsys, town_url, tmp_path):
    db = town_url
    code, out, _ = run(capsys, "list", "flats", "--format", "json", "--db", db)
    flats = json.loads(out)
    social = next(f for f in flats if f["status"] == "vacant" and f["category"] == "social")
    occupied = next(f for f in flats if f["status"] == "occupied")
    draft = rules.rules_dir() / "nejdriv-potreba.json"
    code, out, _ = run(capsys, "rank", social["id"], "--rules", str(draft), "--format", "json",
                       "--db", db)
    assert code == 0 and json.loads(out)["rules"]["state"] == "draft"
    code, out, err = run(capsys, "rank", "nic-takoveho", "--db", db)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "neexistuje" in err
    code, _, err = run(capsys, "rank", occupied["id"], "--db", db)
    assert code == 1 and "obsazený" in err
    broken = tmp_path / "spatna.json"
    broken.write_text('{"name": ', encoding="utf-8")
    code, _, err = run(capsys, "rank", social["id"], "--rules", str(broken), "--db", db)
    assert code == 1 and "JSON" in err and len(err.strip().splitlines()) == 1


def test_kmb_list_applications_json(capsys, town_url):
    code, out, _ = run(capsys, "list", "applications", "--format", "json", "--db", town_url)
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 40
    assert {"id", "number", "household", "category", "state", "filed_on"} <= set(rows[0])
    assert {r["state"] for r in rows} >= {"active", "housed"}
    assert all(r["category"] in {c.value for c in FlatCategory} for r in rows)
    assert rows[0]["filed_on"][4] == "-"
