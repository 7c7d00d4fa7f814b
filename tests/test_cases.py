"""Cases: status with dated history, assignment, notes, tasks, referral
follow-up, the timeline (with its providers) and the dashboard's figures."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, DateTime, bindparam, select, text

from app.cases import dashboard, service, tasks, timeline
from app.errors import PermissionDenied, ValidationError
from app.intake.service import IntakeInput, ReferralInput, save_intake
from app.security import actor_from_user, find_user
from models.cases import Case, CaseStatus, Task
from models.intake import PartnerOrganisation, Referral

from .conftest import DEMO_TODAY


def first_open_case(db, worker_id=None) -> str:
    with db.reading() as s:
        stmt = select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS)
        if worker_id:
            stmt = stmt.where(Case.assigned_worker_id == worker_id)
        return s.scalars(stmt.order_by(Case.number)).first()


def test_status_history_closing_and_reopening(town_db, town_worker):
    cid = first_open_case(town_db)
    service.change_status(town_db, town_worker, cid, CaseStatus.HOUSED, "Smlouva podepsána",
                          today=DEMO_TODAY)
    service.change_status(town_db, town_worker, cid, CaseStatus.CLOSED, today=DEMO_TODAY)
    d = service.case_detail(town_db, town_worker, cid)
    assert d.row.status == CaseStatus.CLOSED and d.row.closed_on == DEMO_TODAY
    assert [h.status for h in d.history][-2:] == [CaseStatus.HOUSED, CaseStatus.CLOSED]
    assert d.history[-2].note == "Smlouva podepsána" and d.history[-1].by == town_worker.name
    service.change_status(town_db, town_worker, cid, CaseStatus.IN_PROGRESS, "znovu otevřen")
    d = service.case_detail(town_db, town_worker, cid)
    assert d.row.closed_on is None and d.row.status == CaseStatus.IN_PROGRESS
    with pytest.raises(ValidationError):
        service.change_status(town_db, town_worker, cid, CaseStatus.IN_PROGRESS)


def test_assign_note_and_task_show_on_the_timeline(town_db, town_worker):
    cid = first_open_case(town_db)
    with town_db.reading() as s:
        lucie = find_user(s, "lucie.markova").id
    service.assign(town_db, town_worker, cid, lucie)
    service.add_note(town_db, town_worker, cid, "Klientka přinesla nájemní smlouvu.")
    tid = tasks.add_case_task(town_db, town_worker, cid, "Zavolat na úřad práce",
                              owner_id=lucie, due_on=DEMO_TODAY, today=DEMO_TODAY)
    with pytest.raises(ValidationError) as err:
        tasks.add_case_task(town_db, town_worker, cid, "Pozdě", owner_id=lucie,
                            due_on=DEMO_TODAY - dt.timedelta(days=1), today=DEMO_TODAY)
    assert "due_on" in err.value.errors
    with pytest.raises(ValidationError):
        service.add_note(town_db, town_worker, cid, "   ")
    d = service.case_detail(town_db, town_worker, cid)
    assert d.row.worker_name == "Lucie Marková"
    kinds = {e.kind for e in d.timeline}
    assert {"contact", "note", "task", "status"} <= kinds
    assert d.timeline == sorted(d.timeline, key=lambda e: (e.when, e.kind, e.ref_id or ""),
                                reverse=True)
    task_entry = next(e for e in d.timeline if e.ref_id == tid)
    assert task_entry.title == "Zavolat na úřad práce" and task_entry.done is False
    tasks.complete(town_db, town_worker, tid)
    d = service.case_detail(town_db, town_worker, cid)
    assert next(e for e in d.timeline if e.ref_id == tid).done is True


def test_more_kinds_can_join_the_timeline(town_db, town_worker, monkeypatch):
    cid = first_open_case(town_db)

    def assessments(session, scope, actor):
        return [timeline.TimelineEntry(dt.datetime(2026, 11, 1, 9), "assessment",
                                       "sociální šetření", f"Šetření k {scope.case_id}")]
    from app.cases import timeline_providers
    monkeypatch.setattr(timeline_providers, "PROVIDERS",
                        (*timeline_providers.PROVIDERS, assessments))
    d = service.case_detail(town_db, town_worker, cid)
    assert any(e.kind == "assessment" and cid in e.title for e in d.timeline)


def test_referral_follow_up_records_arrival(town_db, town_worker):
    with town_db.reading() as s:
        partner = s.scalars(select(PartnerOrganisation.id)).first()
    cid = first_open_case(town_db)
    with town_db.reading() as s:
        person = s.get(Case, cid).person_id
    result = save_intake(town_db, town_worker, IntakeInput(
        person_id=person, reason="Dluhy", referrals=[ReferralInput(partner)]), today=DEMO_TODAY)
    ref_id = result.referral_ids[0]
    follow = next(t for t in tasks.list_tasks(town_db, town_worker, case_id=cid)
                  if t.source_ref == ref_id)
    tasks.complete(town_db, town_worker, follow.id, referral_arrived=False, today=DEMO_TODAY)
    with town_db.reading() as s:
        r = s.get(Referral, ref_id)
        assert r.arrived is False and r.checked_on == DEMO_TODAY
        assert s.get(Task, follow.id).done_at is not None
    # or straight from the referral: closes its task
    result = save_intake(town_db, town_worker, IntakeInput(
        person_id=person, reason="Dluhy 2", referrals=[ReferralInput(partner)]), today=DEMO_TODAY)
    tasks.record_referral_outcome(town_db, town_worker, result.referral_ids[0], True,
                                  today=DEMO_TODAY)
    d = service.case_detail(town_db, town_worker, cid)
    line = next(r for r in d.referrals if r.id == result.referral_ids[0])
    assert line.arrived is True
    assert all(t.source_ref != result.referral_ids[0]
               for t in tasks.list_tasks(town_db, town_worker, case_id=cid))


def test_case_list_filters(town_db, town_worker):
    everything = service.list_cases(town_db, town_worker)
    open_ = service.list_cases(town_db, town_worker, open_only=True)
    mine = service.list_cases(town_db, town_worker, worker_id=town_worker.user_id)
    closed = service.list_cases(town_db, town_worker, status=CaseStatus.CLOSED)
    assert len(everything) == len(open_) + len(closed) and closed and open_
    assert mine and all(r.worker_id == town_worker.user_id for r in mine)
    some = everything[0]
    surname = some.person_name.split()[0]
    found = service.list_cases(town_db, town_worker, text=surname.lower())
    assert some.id in {r.id for r in found}
    assert service.list_cases(town_db, town_worker, text=some.number) [0].id == some.id


def test_property_department_does_not_see_cases(town_db):
    with town_db.reading() as s:
        prop = actor_from_user(find_user(s, "tomas.krejci"))
    with pytest.raises(PermissionDenied):
        service.list_cases(town_db, prop)


# -- dashboard figures, recomputed from the records ------------------------------

def test_my_tasks_today_and_overdue(town_db, town_worker):
    mine = tasks.my_tasks(town_db, town_worker, DEMO_TODAY)
    assert mine.today and mine.overdue
    # her own tasks and her department's (a social worker: the KMB queue); she covers nobody
    mine_or_kmb = ("(owner_id = :me OR department = 'kmb') AND done_at IS NULL "
                   "AND deleted_at IS NULL")
    with town_db.engine.connect() as con:
        due_today, overdue = (con.execute(text(
            f"SELECT count(*) FROM task WHERE {mine_or_kmb} AND due_on {op} :day")
            .bindparams(bindparam("day", type_=Date)),
            {"me": town_worker.user_id, "day": DEMO_TODAY}).scalar() for op in ("=", "<"))
    assert (len(mine.today), len(mine.overdue)) == (due_today, overdue)
    assert all(t.overdue(DEMO_TODAY) for t in mine.overdue)


def test_dashboard_figures_match_the_records(town_db, town_worker):
    monday = DEMO_TODAY - dt.timedelta(days=DEMO_TODAY.weekday())
    with town_db.engine.connect() as con:
        week = con.execute(text(
            "SELECT count(*), count(DISTINCT person_id) FROM contact_record "
            "WHERE deleted_at IS NULL AND occurred_at >= :since AND occurred_at < :until")
            .bindparams(bindparam("since", type_=DateTime), bindparam("until", type_=DateTime)),
            {"since": dt.datetime.combine(monday, dt.time()),
             "until": dt.datetime.combine(DEMO_TODAY + dt.timedelta(days=1), dt.time())}).one()
        per_worker = dict(con.execute(text(
            'SELECT u.full_name, count(*) FROM "case" c JOIN "user" u '
            "ON u.id = c.assigned_worker_id WHERE c.status != 'closed' "
            "AND c.deleted_at IS NULL GROUP BY u.full_name")).all())
    new = dashboard.new_contacts(town_db, town_worker, DEMO_TODAY)
    assert (new.count, new.persons) == tuple(week) and new.since == monday
    assert sum(n for _, n in new.by_channel) == new.count
    loads = dashboard.open_cases_per_worker(town_db, town_worker)
    assert {w.name: w.total for w in loads} == per_worker
    stale = dashboard.stale_cases(town_db, town_worker, DEMO_TODAY)
    assert stale and all(x.days >= 30 and x.case.status != CaseStatus.CLOSED for x in stale)
    fresh = {r.id for r in service.list_cases(town_db, town_worker, open_only=True)} - {
        x.case.id for x in stale}
    for row in service.list_cases(town_db, town_worker, open_only=True):
        if row.id in fresh:
            assert (DEMO_TODAY - (row.last_contact or row.opened_on)).days < 30
