"""Generated texts that name a person: the new-case task declines the name,
the case timeline shows a referral at the time of its contact (not a made-up
12:00)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.cases.service import case_detail
from app.formatting import format_datetime
from app.intake.service import IntakeInput, ReferralInput, save_intake
from app.people.records import PersonInput
from models.cases import Task, TaskSource
from models.intake import Channel, Outcome, PartnerKind, PartnerOrganisation, Urgency

from .conftest import DEMO_TODAY


def _partner(db) -> str:
    with db.reading() as s:
        return s.scalars(select(PartnerOrganisation.id).where(
            PartnerOrganisation.kind == PartnerKind.DEBT_COUNSELLING)).first()


def _intake(db, actor, given, surname, at):
    return save_intake(db, actor, IntakeInput(
        new_person=PersonInput(given_name=given, surname=surname,
                               birth_date=dt.date(1988, 4, 2)),
        channel=Channel.IN_PERSON, reason="Výpověď z nájmu", urgency=Urgency.WEEK,
        occurred_at=at, outcome=Outcome.CASE_OPENED, case_worker_id=actor.user_id,
        referrals=[ReferralInput(_partner(db), "dluhy")], allow_duplicate=True),
        today=DEMO_TODAY)


def _first_step(db, case_id) -> str:
    with db.reading() as s:
        return s.scalars(select(Task.title).where(Task.case_id == case_id,
                                                  Task.source == TaskSource.MANUAL)).one()


def test_new_case_task_names_the_person_in_the_accusative(town_db, town_worker):
    at = dt.datetime.combine(DEMO_TODAY, dt.time(8, 43))
    r = _intake(town_db, town_worker, "Šárka", "Řezníčková", at)
    assert _first_step(town_db, r.case_id).endswith("kontaktovat Šárku Řezníčkovou")
    r = _intake(town_db, town_worker, "Lubomír", "Šimek", at)
    assert _first_step(town_db, r.case_id).endswith("kontaktovat Lubomíra Šimka")
    # a name the rules are not sure of: the nominative after a colon, never a wrong form
    r = _intake(town_db, town_worker, "Xaver", "Kadlec", at)
    assert _first_step(town_db, r.case_id).endswith("kontaktovat: Xaver Kadlec")


def test_referral_in_the_timeline_at_the_time_of_its_contact(town_db, town_worker):
    at = dt.datetime.combine(DEMO_TODAY, dt.time(8, 43))       # stored UTC
    r = _intake(town_db, town_worker, "Šárka", "Řezníčková", at)
    timeline = case_detail(town_db, town_worker, r.case_id).timeline
    contact = next(e for e in timeline if e.kind == "contact")
    referral = next(e for e in timeline if e.kind == "referral")
    assert referral.when == contact.when == at and not referral.date_only
    assert format_datetime(referral.when) == format_datetime(at)
    assert not format_datetime(referral.when).endswith(" 12:00")
