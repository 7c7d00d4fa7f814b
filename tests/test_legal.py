"""Dated legal parameters (Nastavení → Zákon, issue 14): values valid on the
assessment date, the 1. 7. 2026 change of životní minimum, nezaopatřené dítě."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.errors import PermissionDenied, ValidationError
from app.intake import eligibility
from app.intake.eligibility import STUDIES, WORKS, is_dependent_child
from app.intake.need import finish_assessment
from app.intake.service import IntakeInput, NeedInput, save_intake
from app.legal import parameters as legal
from app.people.records import PersonInput
from app.security import actor_from_user, find_user
from models.intake import DistrictLink, HousingNeedRecord
from models.people import Relation

from .test_intake import a_client
from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section

JUN_30, JUL_1 = dt.date(2026, 6, 30), dt.date(2026, 7, 1)


@pytest.fixture
def lead(town_db):
    with town_db.reading() as s:
        return actor_from_user(find_user(s, "petr.horak"))


def test_subsistence_amounts_change_on_1_july_2026(town_db, lead):
    before = eligibility.load_rules(town_db, lead, JUN_30)
    after = eligibility.load_rules(town_db, lead, JUL_1)
    assert (before.subsistence_hal["single"], before.subsistence_hal["first_adult"],
            before.subsistence_hal["other_adult"]) == (486_000, 447_000, 404_000)
    assert (after.subsistence_hal["single"], after.subsistence_hal["first_adult"],
            after.subsistence_hal["other_adult"]) == (550_000, 500_000, 375_000)
    for key, amount in (("child_under_6", 248_000), ("child_6_15", 305_000),
                        ("child_15_26", 349_000)):
        assert before.subsistence_hal[key] == after.subsistence_hal[key] == amount
    t = legal.load(town_db, lead)
    assert "436/2022" in t.period_on("subsistence.single", JUN_30).source
    assert "152/2025" in t.period_on("subsistence.single", JUL_1).source
    assert "ověřit" in t.period_on("subsistence.single", JUL_1).source
    assert t.period_on("subsistence.single", JUN_30).valid_to == JUN_30


def test_a_household_minimum_is_taken_on_the_assessment_day(town_db, lead):
    family = [(dt.date(1985, 1, 1), Relation.HEAD), (dt.date(1987, 1, 1), Relation.PARTNER),
              (dt.date(2022, 1, 1), Relation.CHILD), (dt.date(2015, 1, 1), Relation.CHILD)]
    children = 248_000 + 305_000
    for day, adults in ((JUN_30, 447_000 + 404_000), (JUL_1, 500_000 + 375_000)):
        r = eligibility.load_rules(town_db, lead, day)
        assert eligibility.subsistence_minimum(r, family, day) == adults + children
    alone = [(dt.date(1960, 5, 5), Relation.HEAD)]
    assert eligibility.subsistence_minimum(eligibility.load_rules(town_db, lead, JUN_30),
                                           alone, JUN_30) == 486_000
    assert eligibility.subsistence_minimum(eligibility.load_rules(town_db, lead, JUL_1),
                                           alone, JUL_1) == 550_000


def test_nezaopatrene_dite():
    # until the end of compulsory schooling always, then only while studying (or
    # unable to for health), at most until 26
    assert is_dependent_child(14, Relation.OTHER, WORKS)
    assert is_dependent_child(17, Relation.CHILD, None)
    assert is_dependent_child(22, Relation.CHILD, STUDIES)
    assert not is_dependent_child(22, Relation.CHILD, WORKS)
    assert not is_dependent_child(26, Relation.CHILD, STUDIES)
    assert not is_dependent_child(30, Relation.CHILD, None)
    assert not is_dependent_child(20, Relation.PARTNER, None)
    r = eligibility.Rules(dict(eligibility.SUBSISTENCE_DEFAULTS), Decimal("1.6"),
                          frozenset({DistrictLink.PERMANENT_RESIDENCE}), 2, 12, Decimal("9.5"), 7)
    day = dt.date(2026, 3, 1)
    head = (dt.date(1975, 1, 1), Relation.HEAD)
    working = (dt.date(2004, 1, 1), Relation.CHILD, WORKS)          # 22, works
    student = (dt.date(2004, 1, 1), Relation.CHILD, STUDIES)        # 22, at university
    assert eligibility.subsistence_minimum(r, [head, working], day) == 447_000 + 404_000
    assert eligibility.subsistence_minimum(r, [head, student], day) == 447_000 + 349_000


def test_registration_uses_the_values_of_its_day(town_db, town_worker, lead):
    """8 000 Kč of a person living alone: over the June limit (1,6 × 4 860 =
    7 776 Kč), under July's (1,6 × 5 500 = 8 800 Kč)."""
    data = IntakeInput(new_person=PersonInput(given_name="Alena", surname="Samotná",
                                              birth_date=dt.date(1970, 3, 3)), reason="Zápis",
                       need=NeedInput(register=True, household_income_hal=800_000,
                                      subsistence_minimum_hal=None,
                                      district_link=DistrictLink.PERMANENT_RESIDENCE))
    with pytest.raises(ValidationError) as err:
        save_intake(town_db, town_worker, data, today=JUN_30)
    assert "1,6× životní minimum" in err.value.message, err.value.errors
    result = save_intake(town_db, town_worker, data, today=JUL_1)
    with town_db.reading() as s:
        rec = s.get(HousingNeedRecord, result.need_record_id)
        assert rec.subsistence_minimum_hal == 550_000 and rec.valid_until == dt.date(2027, 7, 1)


def test_finishing_an_assessment_takes_the_factor_of_its_day(town_db, town_worker, lead):
    legal.add_period(town_db, lead, "housing.income_factor", valid_from=dt.date(2026, 9, 1),
                     value=Decimal("2"), source="novela (test)")
    person_id = a_client(town_db)
    started = save_intake(town_db, town_worker, IntakeInput(
        person_id=person_id, reason="Šetření", need=NeedInput(start_assessment=True)),
        today=dt.date(2026, 8, 20))
    kwargs = dict(household_income_hal=1_000_000, subsistence_minimum_hal=550_000,
                  district_link=DistrictLink.PERMANENT_RESIDENCE, special_vulnerability=False,
                  register=True)
    with pytest.raises(ValidationError):     # 10 000 Kč ≥ 1,6 × 5 500 Kč in August
        finish_assessment(town_db, town_worker, started.need_record_id, **kwargs,
                          today=dt.date(2026, 8, 31))
    finish_assessment(town_db, town_worker, started.need_record_id, **kwargs,
                      today=dt.date(2026, 9, 1))
    with town_db.reading() as s:
        assert s.get(HousingNeedRecord, started.need_record_id).income_limit_factor == 2


def test_adding_and_removing_a_period(town_db, lead, town_worker):
    legal.add_period(town_db, lead, "subsistence.single", valid_from=dt.date(2027, 1, 1),
                     value=Decimal(600_000), source="nařízení vlády (test)")
    t = legal.load(town_db, lead)
    rows = t.periods["subsistence.single"]
    assert [p.valid_from for p in rows] == [dt.date(2023, 1, 1), JUL_1, dt.date(2027, 1, 1)]
    assert rows[1].valid_to == dt.date(2026, 12, 31) and rows[2].valid_to is None
    assert t.int_on("subsistence.single", dt.date(2026, 12, 31)) == 550_000
    assert t.int_on("subsistence.single", dt.date(2027, 1, 1)) == 600_000
    # inserted between two periods: it ends where the later one starts
    legal.add_period(town_db, lead, "subsistence.single", valid_from=dt.date(2026, 10, 1),
                     value=Decimal(560_000), source="x")
    rows = legal.load(town_db, lead).periods["subsistence.single"]
    assert rows[2].valid_to == dt.date(2026, 12, 31) and rows[1].valid_to == dt.date(2026, 9, 30)
    legal.remove_period(town_db, lead, "subsistence.single", dt.date(2026, 10, 1))
    rows = legal.load(town_db, lead).periods["subsistence.single"]
    assert rows[1].valid_to == dt.date(2026, 12, 31) and len(rows) == 3
    # abuse: no source, nonsense values, a worker without the right, the last period
    with pytest.raises(ValidationError) as err:
        legal.add_period(town_db, lead, "housing.income_factor", valid_from=JUL_1,
                         value=Decimal("50"), source=" ")
    assert set(err.value.errors) == {"value", "source"}
    with pytest.raises(ValidationError):
        legal.add_period(town_db, lead, "subsistence.single", valid_from=JUL_1,
                         value=Decimal(1), source="duplicate day")
    with pytest.raises(PermissionDenied):
        legal.add_period(town_db, town_worker, "subsistence.single",
                         valid_from=dt.date(2028, 1, 1), value=Decimal(1), source="x")
    with pytest.raises(ValidationError):
        legal.remove_period(town_db, lead, "housing.income_factor", dt.date(2026, 1, 1))
    with pytest.raises(ValidationError):
        legal.parse_value("housing.income_factor", "hodně")
    with pytest.raises(ValidationError):
        legal.parse_value("subsistence.single", "nan")


def test_law_tab_adds_a_dated_value(qtbot, town_db, lead, tmp_path):
    lead_ctx = make_context(town_db, lead, tmp_path / "lead.ini")
    window = open_window(qtbot, lead_ctx)
    tab = open_section(window, "Zákon")
    shown = [[tab.model.index(r, c).data() for c in range(5)] for r in range(tab.model.rowCount())]
    assert ["Životní minimum – jednotlivec", "5 500 Kč", "1. 7. 2026", "—"] == shown[1][:4]
    assert shown[0][3] == "30. 6. 2026"
    tab.code.setCurrentIndex(tab.code.findData("housing.income_factor"))
    type_text(qtbot, tab.valid_from, "1. 1. 2027")
    type_text(qtbot, tab.value, "jeden")
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert legal.load(town_db, lead_ctx.actor).int_on("housing.need_validity_months",
                                                      JUL_1) == 12
    assert len(legal.load(town_db, lead_ctx.actor).periods["housing.income_factor"]) == 1
    tab.value.clear()
    type_text(qtbot, tab.value, "1,8")
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)       # no source yet
    assert len(legal.load(town_db, lead_ctx.actor).periods["housing.income_factor"]) == 1
    type_text(qtbot, tab.source, "novela zákona č. 175/2025 Sb. (test)")
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert "Přidáno" in tab.status.text()
    r = eligibility.load_rules(town_db, lead_ctx.actor, dt.date(2027, 1, 1))
    assert r.income_factor == Decimal("1.8")
    # remove it again through the table
    row = next(i for i, p in enumerate(tab.model.rows)
               if p.code == "housing.income_factor" and p.valid_from == dt.date(2027, 1, 1))
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert eligibility.load_rules(town_db, lead_ctx.actor,
                                  dt.date(2027, 1, 1)).income_factor == Decimal("1.6")


def test_law_tab_is_read_only_for_a_worker(qtbot, town_db, town_worker, tmp_path):
    ctx = make_context(town_db, town_worker, tmp_path / "w.ini")
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Zákon")
    assert tab.model.rowCount() > 10 and not tab.add_button.isEnabled()


# -- benefits as they are now ------------------------------------------------------------

def test_dssp_replaces_the_old_benefits_from_1_october_2025():
    from app.legal.benefits import current_kind, offered_kinds
    from models.assessments import IncomeKind as K
    sep_30, oct_1 = dt.date(2025, 9, 30), dt.date(2025, 10, 1)
    assert current_kind(K.SUBSISTENCE, sep_30) == K.SUBSISTENCE
    assert current_kind(K.SUBSISTENCE, oct_1) == K.STATE_SOCIAL_AID
    assert current_kind(K.WAGE, oct_1) == K.WAGE
    now = offered_kinds(oct_1)
    assert now[0] == (K.STATE_SOCIAL_AID, True)
    assert (K.CHILD_ALLOWANCE, False) in now and (K.HOUSING_SUPPLEMENT, False) in now
    before = offered_kinds(sep_30)
    assert (K.SUBSISTENCE, True) in before and (K.STATE_SOCIAL_AID, False) in before
    assert {k for k, _ in now} == set(K) == {k for k, _ in before}


def test_demo_records_keep_old_labels_and_new_ones_use_dssp(town_db):
    from sqlalchemy import select

    from models.assessments import Assessment as AssessmentRecord, AssessmentIncome, IncomeKind as K
    from app.legal.benefits import REPLACED_BY_DSSP
    with town_db.reading() as s:
        rows = s.execute(select(AssessmentRecord.visit_on, AssessmentIncome.kind)
                         .join(AssessmentRecord,
                               AssessmentRecord.id == AssessmentIncome.assessment_id)).all()
    assert rows
    assert not [r for r in rows if r.visit_on >= dt.date(2025, 10, 1)
                and r.kind in REPLACED_BY_DSSP]
    assert any(r.kind == K.STATE_SOCIAL_AID for r in rows)
