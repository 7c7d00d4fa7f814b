"""Programmes and funding (issue 16.3): the target group of a grant-funded
flat in the engine, in the ranking and at the offer (the offer's day decides);
the register, tags and funding services with their refusals and audit; the
statistics per programme (`kmb stats --by programme`, `kmb list programmes`)
and the funder's indicator workbook, which carries counts, never names."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.allocation import engine, offers, ranking
from app.allocation.engine import Facts, FlatFacts, TargetGroup
from app.cli.main import main
from app.errors import Conflict, PermissionDenied, ValidationError
from app.programmes import funding, indicators, register, tags
from app.programmes.eligibility import parse_ethos
from app.security import actor_from_user, find_user
from models.allocation import Application
from models.audit import AuditEvent
from models.cases import Case, CaseStatus
from models.people import Person
from models.programmes import FlatFunding, Funder, Programme, ProgrammeTag

from .conftest import DEMO_TODAY
from .keys import as_user
from .test_allocation_engine import compiled, facts

pytestmark = pytest.mark.usefixtures("demo_password")

IROP = TargetGroup("IROP", dt.date(2031, 12, 31), frozenset(range(1, 8)), "hf", "Housing First",
                   None)
FLAT = FlatFacts("flat-irop", "social", rooms=2, rent_hal=350_000, services_hal=200_000,
                 target=IROP)


def actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


# -- the engine ----------------------------------------------------------------------------

def test_target_group_excludes_a_household_meeting_no_condition_with_the_reason():
    c = compiled()
    outsider = facts(id="out", ethos=11)
    roofless = facts(id="roofless", ethos=2)
    member = facts(id="member", ethos=11, programmes=frozenset({"hf"}))
    result = engine.rank(c, [outsider, roofless, member], FLAT)
    assert {s.id for s in result.ranked} == {"roofless", "member"}
    (left,) = result.excluded
    assert left.id == "out"
    (reason,) = left.reasons
    assert reason.rule == engine.TARGET_GROUP
    assert reason.text == ("byt z dotace IROP, udržitelnost do 31. 12. 2031: jen domácnostem "
                           "v kategoriích ETHOS 1–7 nebo zařazeným do programu „Housing First“; "
                           "domácnost žádnou z podmínek nesplňuje")
    # the reason names the rule, not the household's own ETHOS (read by roles without it)
    assert "11" not in reason.text
    # the same flat without a binding target group ranks everyone
    free = FlatFacts("flat-irop", "social", rooms=2, rent_hal=350_000, services_hal=200_000)
    assert len(engine.rank(c, [outsider, roofless, member], free).ranked) == 3


def test_income_limit_per_person_or_from_household_income():
    group = TargetGroup("ITI", None, income_limit_hal=1_000_000)
    assert group.refuses(facts(income_per_person_hal=900_000)) is None
    assert group.refuses(facts(household_size=3, household_income_hal=2_400_000,
                               income_per_person_hal=None)) is None
    text = group.refuses(facts(income_per_person_hal=1_200_000))
    assert "s příjmem pod 10\u00a0000 Kč na osobu" in text
    assert group.refuses(facts(income_per_person_hal=None, household_income_hal=None)) \
        is not None        # unknown income does not qualify
    assert TargetGroup("IROP").refuses(facts(ethos=12)) is None    # no condition: no limit


def test_ethos_lists_parse_and_print_as_ranges():
    assert parse_ethos("1-3, 5;7–8") == frozenset({1, 2, 3, 5, 7, 8})
    assert engine._ranges({1, 2, 3, 5, 7, 8}) == "1–3, 5, 7–8"
    for bad in ("0", "14", "a", "5-2"):
        with pytest.raises(ValueError):
            parse_ethos(bad)


# -- ranking and offer from the database (town demo) ---------------------------------------

def _irop_vacant(db) -> str:
    with db.reading() as s:
        from models.housing import Flat, FlatStatus
        return s.scalars(select(FlatFunding.flat_id).join(Flat, Flat.id == FlatFunding.flat_id)
                         .where(Flat.status == FlatStatus.VACANT)).one()


def _left_out_by_target(r: ranking.FlatRanking):
    return [x for x in r.excluded
            if [reason.rule for reason in x.reasons] == [engine.TARGET_GROUP]]


def test_irop_flat_leaves_out_a_non_eligible_household_until_the_period_ends(town_db):
    lead = actor(town_db, "petr.horak")
    flat_id = _irop_vacant(town_db)
    r = ranking.rank_flat(town_db, lead, flat_id, today=DEMO_TODAY)
    assert r.flat.target_text.startswith("Byt z dotace IROP, udržitelnost do 31. 12. 2031")
    only_target = _left_out_by_target(r)
    assert only_target, "the demo has a social applicant left out only by the target group"
    out = only_target[0]
    # offering the flat to that household is refused with the stated reason
    with pytest.raises(ValidationError) as exc:
        offers.make_offer(town_db, lead, flat_id, out.application_id, today=DEMO_TODAY,
                          note="zkouška")
    assert "byt z dotace IROP" in exc.value.message and "nesplňuje" in exc.value.message
    # after the sustainability period (the day of the offer decides) the flat is free
    later = dt.date(2032, 1, 2)
    r_later = ranking.rank_flat(town_db, lead, flat_id, today=later)
    assert r_later.flat.target is None
    assert not any(reason.rule == engine.TARGET_GROUP for x in r_later.excluded
                   for reason in x.reasons)
    # the council PDF states the rule on the flat and the reason at the household
    from pypdf import PdfReader

    from app.allocation.printing import document, print_ranking
    assert ("Dotace", r.flat.target_text) in document(r).flat_fields
    pdf, _ = print_ranking(town_db, lead, flat_id)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Byt z dotace IROP, udržitelnost do 31. 12. 2031" in text
    assert "domácnost žádnou z podmínek nesplňuje" in text


def test_tagging_the_household_into_housing_first_makes_it_eligible(town_db):
    lead = actor(town_db, "petr.horak")
    worker = actor(town_db, "jana.dvorakova")
    flat_id = _irop_vacant(town_db)
    r = ranking.rank_flat(town_db, lead, flat_id, today=DEMO_TODAY)
    out = _left_out_by_target(r)[0]
    hf = next(p for p in register.list_programmes(town_db, worker)
              if p.funder == Funder.HOUSING_FIRST)
    with town_db.transaction() as s:
        app = s.get(Application, out.application_id)
        case = s.scalars(select(Case).where(
            (Case.household_id == app.household_id) | (Case.person_id == app.applicant_id),
            Case.status != CaseStatus.CLOSED)).first()
        if case is None:          # a client without an open case: open one
            from app.cases.service import open_case
            case = open_case(s, worker, app.applicant_id, worker_id=worker.user_id,
                             household_id=app.household_id)
        case_id = case.id
    tag_id = tags.tag_case(town_db, worker, hf.id, case_id, on=DEMO_TODAY)
    with pytest.raises(Conflict):
        tags.tag_case(town_db, worker, hf.id, case_id)
    again = ranking.rank_flat(town_db, lead, flat_id, today=DEMO_TODAY)
    assert again.entry(out.application_id) is not None
    tags.untag(town_db, worker, tag_id)
    assert ranking.rank_flat(town_db, lead, flat_id, today=DEMO_TODAY).entry(
        out.application_id) is None
    with town_db.reading() as s:
        actions = [(e.action, e.entity) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == tag_id))]
    assert actions == [("create", "programme_tag"), ("delete", "programme_tag")]


# -- register, funding, tags ---------------------------------------------------------------

def test_register_checks_its_input_and_keeps_codes_unique(town_db):
    lead = actor(town_db, "petr.horak")
    with pytest.raises(ValidationError) as exc:
        register.save_programme(town_db, lead, register.ProgrammeInput(
            " ", "", None, dt.date(2026, 5, 1), dt.date(2026, 1, 1)))
    assert set(exc.value.errors) == {"name", "code", "funder", "ends_on"}
    existing = register.list_programmes(town_db, lead)[0]
    with pytest.raises(ValidationError) as exc:
        register.save_programme(town_db, lead, register.ProgrammeInput(
            existing.code.lower(), "Jiný projekt", Funder.ITI))
    assert exc.value.field == "code" and "už v evidenci" in exc.value.message
    pid = register.save_programme(town_db, lead, register.ProgrammeInput(
        "HL-2027", "Housing Led Trutnov", Funder.HOUSING_LED, dt.date(2027, 1, 1),
        dt.date(2028, 12, 31), "Počet podpořených domácností"))
    row = next(p for p in register.list_programmes(town_db, lead) if p.id == pid)
    assert row.funder_label == "Housing Led" and row.cases == 0
    worker = actor(town_db, "jana.dvorakova")
    with pytest.raises(PermissionDenied):       # the register is the lead's
        register.save_programme(town_db, worker, register.ProgrammeInput(
            "X", "X", Funder.OTHER))
    # a programme in use cannot go; an unused one can
    with pytest.raises(Conflict):
        register.remove_programme(town_db, lead, existing.id)
    register.remove_programme(town_db, lead, pid)
    assert pid not in {p.id for p in register.list_programmes(town_db, lead)}


def test_flat_funding_refuses_bad_rules_and_saves_nothing_half(town_db):
    lead = actor(town_db, "petr.horak")
    flat_id = _irop_vacant(town_db)
    before = funding.funded_flats(town_db, lead)
    with pytest.raises(ValidationError) as exc:
        funding.set_flat_funding(town_db, lead, flat_id, funding.FundingInput(
            "IROP", sustainability_until=dt.date(2031, 12, 31), target_ethos="1-20"))
    assert exc.value.field == "target_ethos" and "1 až 13" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        funding.set_flat_funding(town_db, lead, flat_id, funding.FundingInput(
            "IROP", sustainability_until=dt.date(2031, 12, 31)))
    assert "cílové skupině" in exc.value.message
    with pytest.raises(ValidationError):
        funding.set_flat_funding(town_db, lead, flat_id, funding.FundingInput(""))
    assert funding.funded_flats(town_db, lead) == before
    funding.set_flat_funding(town_db, lead, flat_id, funding.FundingInput(
        "ITI", sustainability_until=dt.date(2030, 6, 30), target_ethos="1, 2, 3",
        target_income_hal=1_200_000))
    row = next(f for f in funding.funded_flats(town_db, lead, today=DEMO_TODAY)
               if f.flat_id == flat_id)
    assert row.rule == ("byt z dotace ITI, udržitelnost do 30. 6. 2030: jen domácnostem "
                        "v kategoriích ETHOS 1–3 nebo s příjmem pod 12\u00a0000 Kč na osobu")
    with town_db.reading() as s:
        assert len(s.scalars(select(FlatFunding).where(FlatFunding.flat_id == flat_id,
                                                       FlatFunding.deleted_at.is_(None))).all()) == 1
    worker = actor(town_db, "jana.dvorakova")
    with pytest.raises(PermissionDenied):
        funding.set_flat_funding(town_db, worker, flat_id, funding.FundingInput("IROP"))


def test_what_each_role_reads_of_a_programme(town_db):
    worker = actor(town_db, "jana.dvorakova")
    prop = actor(town_db, "tomas.krejci")
    hf = next(p for p in register.list_programmes(town_db, worker)
              if p.funder == Funder.HOUSING_FIRST)
    seen = tags.programme_records(town_db, worker, hf.id)
    assert {r.kind for r in seen} == {tags.CASE, tags.LEASE}
    # the property department sees the leases, never the clients' cases
    seen_prop = tags.programme_records(town_db, prop, hf.id)
    assert seen_prop and {r.kind for r in seen_prop} == {tags.LEASE}
    with town_db.reading() as s:
        names = {p.surname for p in s.scalars(select(Person))}
    assert not any(r.text.split(" – ")[-1].split(" ")[0] in names for r in seen_prop)
    with pytest.raises(PermissionDenied):
        tags.tag_case(town_db, prop, hf.id, seen[0].record_id)
    with pytest.raises(PermissionDenied):
        tags.untag(town_db, prop, next(r.tag_id for r in seen if r.kind == tags.CASE))


# -- statistics and the funder's workbook --------------------------------------------------

def test_statistics_per_programme_count_households_persons_and_retention(town_db):
    lead = actor(town_db, "petr.horak")
    tables = indicators.programme_stats(town_db, lead, dt.date(2026, 1, 1), DEMO_TODAY)
    assert [t.key for t in tables] == ["programmes", "retention_by_programme"]
    by_name = {r["programme"]: r for r in tables[0].rows}
    hf = next(v for k, v in by_name.items() if k.startswith("Housing First"))
    with town_db.reading() as s:
        hf_id = s.scalars(select(Programme.id).where(
            Programme.funder == Funder.HOUSING_FIRST)).one()
        cases = s.scalars(select(Case).join(ProgrammeTag, ProgrammeTag.case_id == Case.id)
                          .where(ProgrammeTag.programme_id == hf_id,
                                 ProgrammeTag.deleted_at.is_(None))).all()
        in_period = [c.id for c in cases if c.opened_on <= DEMO_TODAY
                     and (c.closed_on is None or c.closed_on >= dt.date(2026, 1, 1))]
    assert hf["cases"] == len(in_period) > 0
    assert hf["persons"] >= hf["cases"] and hf["households"] >= 1
    opz = next(v for k, v in by_name.items() if "OPZ+" in k)
    assert opz["budget_czk"] > 0 and opz["leases"] > 0
    retention = {r["programme"]: r for r in tables[1].rows}
    assert any(r["households"] for r in retention.values())
    with pytest.raises(ValidationError):
        indicators.programme_stats(town_db, lead, DEMO_TODAY, dt.date(2026, 1, 1))
    # the programme tables are one section of the Statistiky screen too
    from app.stats import compute
    assert {"programmes", "retention_by_programme"} <= {t.key for t in compute(
        town_db, lead, dt.date(2026, 1, 1), DEMO_TODAY)}


def test_indicator_workbook_has_czech_headers_quarters_and_no_names(town_db):
    lead = actor(town_db, "petr.horak")
    data = indicators.indicator_workbook(town_db, lead, dt.date(2026, 1, 1), DEMO_TODAY)
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Programy", "Souhrn za období", "Podle čtvrtletí"]
    values = [c.value for ws in wb for row in ws.iter_rows() for c in row if c.value]
    assert "Podpořené osoby" in values and "Podpořené domácnosti" in values
    assert "4. čtvrtletí 2026" in values and "1. čtvrtletí 2026" in values
    assert "Sledované indikátory" in values
    with town_db.reading() as s:
        surnames = {p.surname for p in s.scalars(select(Person))}
        ev = s.scalars(select(AuditEvent.detail).where(AuditEvent.entity == "programme",
                                                       AuditEvent.action == "export")).all()
    assert not surnames & {str(v) for v in values}
    assert ev and json.loads(ev[-1])["what"] == "indicators"
    assert indicators.quarters(dt.date(2026, 2, 15), dt.date(2026, 7, 1)) == [
        ("1. čtvrtletí 2026", dt.date(2026, 2, 15), dt.date(2026, 3, 31)),
        ("2. čtvrtletí 2026", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        ("3. čtvrtletí 2026", dt.date(2026, 7, 1), dt.date(2026, 7, 1))]


def test_kmb_stats_by_programme_and_list_programmes(capsys, town_url):
    code = main(as_user(["stats", "--from", "2026-01-01", "--to", "2026-11-27", "--by",
                         "programme", "--format", "json", "--db", town_url], "petr.horak"))
    out, err = capsys.readouterr()
    assert code == 0, err
    tables = json.loads(out)
    assert [t["key"] for t in tables] == ["programmes", "retention_by_programme"]
    assert any(r["programme"].startswith("Housing First") for r in tables[0]["rows"])
    code = main(as_user(["list", "programmes", "--db", town_url], "jana.dvorakova"))
    out, err = capsys.readouterr()
    assert code == 0 and "Housing First" in out and "IROP" in out
    code = main(as_user(["stats", "--from", "2026-12-01", "--to", "2026-01-01", "--by",
                         "programme", "--db", town_url], "petr.horak"))
    out, err = capsys.readouterr()
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
