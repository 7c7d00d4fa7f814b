"""Přehled's stale cases and tasks, and the programme figures, read only what
they show (issue 10, city speed): each lean aggregate gives what the per-row
computation it replaced gives — on the town demo and on generated data."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from app.cases import dashboard, tasks
from app.programmes import stats as programme_stats
from app.programmes.register import funder_label
from app.rows import live
from app.security import actor_from_user, find_user
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.fund import FundBudget
from models.intake import ContactRecord
from models.leases import Lease
from models.people import HouseholdMember
from models.programmes import Programme, ProgrammeTag

from .conftest import DEMO_TODAY

DAYS = [DEMO_TODAY + dt.timedelta(days=d) for d in (-400, -40, -1, 0, 3, 25, 60, 200)]


def _actor(db, login):
    with db.reading() as s:
        return actor_from_user(find_user(s, login))


def _old_stale(db, actor, day, days):
    return [(x.case.id, x.case.number, x.case.person_name, x.case.worker_name,
             x.last_contact, x.days) for x in dashboard.stale_cases(db, actor, day, days)]


def _new_stale(db, actor, day, days, told_apart=None):
    return [(x.case_id, x.number, x.person_name, x.worker_name, x.last_contact, x.days)
            for x in dashboard.stale_lines(db, actor, day, days, told_apart=told_apart)]


def test_stale_lines_equal_the_stale_cases(town_db):
    actor = _actor(town_db, "jana.dvorakova")
    seen = 0
    for day in DAYS:
        for days in (0, 1, 14, 30, 90):
            old = _old_stale(town_db, actor, day, days)
            assert _new_stale(town_db, actor, day, days) == old, (day, days)
            seen += len(old)
    assert seen > 0


def test_stale_lines_told_apart_a_chunk_at_a_time_equal_every_line_told_apart(town_db):
    actor = _actor(town_db, "jana.dvorakova")
    full = dashboard.stale_lines(town_db, actor, DEMO_TODAY)
    first = dashboard.stale_lines(town_db, actor, DEMO_TODAY, told_apart=2)
    rows = first[:2]
    for start in range(2, len(first), 5):
        rows += dashboard.tell_stale_lines_apart(town_db, actor, first[start:start + 5])
    assert rows == full and full


@pytest.mark.parametrize("seed", range(3))
def test_stale_lines_equal_the_stale_cases_on_generated_contacts(town_db, seed):
    """Contacts at the edges of the window (midnight, the last minute of the
    cut-off day), deleted contacts and cases without a contact."""
    rnd = random.Random(seed)
    actor = _actor(town_db, "jana.dvorakova")
    with town_db.transaction() as s:
        cases = s.execute(select(Case.id, Case.person_id).where(
            live(Case), Case.status != CaseStatus.CLOSED)).all()
        for cid, pid in rnd.sample(cases, min(40, len(cases))):
            day = DEMO_TODAY - dt.timedelta(days=rnd.choice((29, 30, 31, 60)))
            at = dt.datetime.combine(day, rnd.choice((dt.time(0, 0), dt.time(23, 59, 59),
                                                      dt.time(12, 30))))
            s.add(ContactRecord(person_id=pid, case_id=cid, occurred_at=at,
                                deleted_at=utcnow() if rnd.random() < 0.2 else None))
        for cid, pid in rnd.sample(cases, min(10, len(cases))):    # a contact "never"
            for c in s.scalars(select(ContactRecord).where(ContactRecord.case_id == cid)):
                c.deleted_at = utcnow()
    for days in (29, 30, 31):
        assert _new_stale(town_db, actor, DEMO_TODAY, days) == \
            _old_stale(town_db, actor, DEMO_TODAY, days), days


@pytest.mark.parametrize("login", ["jana.dvorakova", "petr.horak", "eva.novotna"])
def test_my_tasks_told_apart_in_the_first_rows_equal_every_row_told_apart(town_db, login):
    actor = _actor(town_db, login)
    for day in DAYS:
        full = tasks.my_tasks(town_db, actor, day)
        for n in (0, 3, 50):
            first = tasks.my_tasks(town_db, actor, day, told_apart=n)
            for told, rows in ((first.overdue, full.overdue), (first.today, full.today)):
                assert [t.id for t in told] == [t.id for t in rows]
                assert told[:n] == rows[:n]
            assert first.later == full.later


# -- programme figures: the per-row computation they replaced --------------------------
def _overlaps(start, end, d_from, d_to) -> bool:
    return (start is None or start <= d_to) and (end is None or end >= d_from)


def _old_figures(session, d_from, d_to):
    programmes = {p.id: programme_stats.Figures(p.name, p.code, funder_label(p.funder))
                  for p in session.scalars(select(Programme).where(live(Programme))
                                           .order_by(Programme.name))}
    members: dict[str, set[str]] = {}
    for hh, person, since, until in session.execute(
            select(HouseholdMember.household_id, HouseholdMember.person_id,
                   HouseholdMember.since, HouseholdMember.until).where(live(HouseholdMember))):
        if _overlaps(since, until, d_from, d_to):
            members.setdefault(hh, set()).add(person)
    persons: dict[str, set[str]] = {pid: set() for pid in programmes}
    for pid, case in session.execute(
            select(ProgrammeTag.programme_id, Case).join(Case, Case.id == ProgrammeTag.case_id)
            .where(live(ProgrammeTag), live(Case))):
        f = programmes.get(pid)
        if f is None or not _overlaps(case.opened_on, case.closed_on, d_from, d_to):
            continue
        f.cases += 1
        f.new_cases += d_from <= case.opened_on <= d_to
        f.housed_cases += case.status in (CaseStatus.HOUSED,)
        f.household_keys.add(case.household_id or f"person:{case.person_id}")
        persons[pid].add(case.person_id)
        persons[pid] |= members.get(case.household_id, set())
    for pid, lease in session.execute(
            select(ProgrammeTag.programme_id, Lease).join(Lease, Lease.id == ProgrammeTag.lease_id)
            .where(live(ProgrammeTag), live(Lease))):
        f = programmes.get(pid)
        if f is not None and _overlaps(lease.starts_on, lease.ended_on, d_from, d_to):
            f.leases += 1
            f.household_keys.add(lease.household_id or f"person:{lease.tenant_id}")
    for pid, year, amount in session.execute(
            select(ProgrammeTag.programme_id, FundBudget.year, FundBudget.amount_hal)
            .join(FundBudget, FundBudget.id == ProgrammeTag.fund_budget_id)
            .where(live(ProgrammeTag), live(FundBudget))):
        f = programmes.get(pid)
        if f is not None and d_from.year <= year <= d_to.year:
            f.budget_hal += amount or 0
    for pid, f in programmes.items():
        f.households = len(f.household_keys)
        f.persons = len(persons[pid])
    return list(programmes.values())


PERIODS = [(dt.date(2000, 1, 1), dt.date(2100, 12, 31)),
           (DEMO_TODAY.replace(month=1, day=1), DEMO_TODAY),
           (DEMO_TODAY - dt.timedelta(days=40), DEMO_TODAY - dt.timedelta(days=10)),
           (DEMO_TODAY, DEMO_TODAY)]


def _periods_equal(db) -> int:
    seen = 0
    with db.reading() as s:
        for d_from, d_to in PERIODS:
            new = programme_stats.figures(s, d_from, d_to)
            assert new == _old_figures(s, d_from, d_to), (d_from, d_to)
            seen += sum(f.cases + f.leases for f in new)
    return seen


def test_programme_figures_equal_the_per_row_figures(town_db):
    assert _periods_equal(town_db) > 0


@pytest.mark.parametrize("seed", range(2))
def test_programme_figures_equal_on_generated_tags_and_members(town_db, seed):
    """Every case and lease tagged at random, household members joining and
    leaving around the periods' edges, some deleted."""
    rnd = random.Random(seed)
    with town_db.transaction() as s:
        progs = list(s.scalars(select(Programme.id).where(live(Programme))))
        tagged = set(s.execute(select(ProgrammeTag.case_id, ProgrammeTag.lease_id)).all())
        for cid in s.scalars(select(Case.id)).all():
            if rnd.random() < 0.5 and (cid, None) not in tagged:
                s.add(ProgrammeTag(programme_id=rnd.choice(progs), case_id=cid,
                                   tagged_on=DEMO_TODAY))
        for lid in s.scalars(select(Lease.id)).all():
            if rnd.random() < 0.5 and (None, lid) not in tagged:
                s.add(ProgrammeTag(programme_id=rnd.choice(progs), lease_id=lid,
                                   tagged_on=DEMO_TODAY))
        for m in s.scalars(select(HouseholdMember)).all():
            edge = rnd.choice([d for p in PERIODS for d in p])
            m.since = rnd.choice([None, edge, edge + dt.timedelta(days=1)])
            m.until = rnd.choice([None, edge, edge - dt.timedelta(days=1)])
            if rnd.random() < 0.1:
                m.deleted_at = utcnow()
    assert _periods_equal(town_db) > 0


# -- Statistiky: contacts and places counted in SQL -------------------------------------
def _sections_equal(db) -> int:
    from app.addresses import stats as addresses
    from app.intake import stats as intake

    from . import per_row_stats as per_row
    seen = 0
    with db.reading() as s:
        for d_from, d_to in PERIODS:
            old = per_row.intake_section(s, d_from, d_to)
            assert per_row.intake_section_as_above(intake.section(s, d_from, d_to)) == old, \
                (d_from, d_to)
            by_place = {t.key: t.rows for t in addresses.section(s, d_from, d_to)}
            assert by_place["by_municipality"] == per_row.address_rows(
                s, d_from, d_to, lambda c: (c.municipality,))
            assert by_place["by_locality"] == per_row.address_rows(
                s, d_from, d_to, lambda c: (c.municipality, c.locality))
            seen += old[0][0]
    return seen


def test_contact_statistics_equal_the_per_row_counts(town_db):
    assert _sections_equal(town_db) > 0


@pytest.mark.parametrize("seed", range(2))
def test_contact_statistics_equal_on_generated_contacts(town_db, seed):
    """Contacts at the period's edges (midnight, the last second, new year), of
    new and known persons, without a worker, minutes, ETHOS or place, some deleted."""
    rnd = random.Random(seed)
    with town_db.transaction() as s:
        people = s.execute(select(Case.person_id, Case.assigned_worker_id)).all()
        edges = [d for p in PERIODS for d in p] + [dt.date(DEMO_TODAY.year, 1, 1)]
        for _ in range(300):
            pid, wid = rnd.choice(people)
            day = rnd.choice(edges) + dt.timedelta(days=rnd.choice((-1, 0, 1)))
            at = dt.datetime.combine(day, rnd.choice((dt.time(0, 0), dt.time(23, 59, 59))))
            s.add(ContactRecord(
                person_id=pid, worker_id=rnd.choice((wid, None)), occurred_at=at,
                ethos_category=rnd.choice((None, 0, 1, 7, 13)),
                minutes_spent=rnd.choice((None, 0, 25)),
                counselling_given=rnd.random() < 0.3,
                municipality=rnd.choice((None, "Kyjov", "Bzenec")),   # blank is None
                locality=rnd.choice((None, "Centrum")),
                deleted_at=utcnow() if rnd.random() < 0.1 else None))
    assert _sections_equal(town_db) > 0


def test_retention_overall_equals_the_full_retention(town_db):
    from app.leases.retention import retention, retention_overall
    admin = _actor(town_db, "admin")
    seen = 0
    for day in DAYS + [DEMO_TODAY + dt.timedelta(days=d) for d in (400, 800, 1200)]:
        full, card = retention(town_db, admin, as_of=day), retention_overall(town_db, admin,
                                                                              as_of=day)
        assert (card.as_of, card.households, card.overall) == \
            (full.as_of, full.households, full.overall)
        seen += full.households
    assert seen > 0
