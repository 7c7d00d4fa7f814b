"""Přehled and Úkoly read only what they show (issue 10, city speed): each
aggregate gives what the per-row computation it replaced gave — on the town
demo over several days and users, and on generated namesakes."""
from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

import pytest

from app.cases import tasks
from app.leases.ending import _tenant, ending_leases, first_lines
from app.leases.renewals import renewal_candidates
from app.security import actor_from_user, find_user
from app.tasks_queues import inbox
from models.leases import RenewalDecision, RenewalProposal

from .conftest import DEMO_TODAY

DAYS = [DEMO_TODAY + dt.timedelta(days=d) for d in (-40, 0, 3, 25, 60, 200)]
USERS = ["jana.dvorakova", "petr.horak", "tomas.krejci", "eva.novotna", "admin"]


def _actor(db, login):
    with db.reading() as s:
        return actor_from_user(find_user(s, login))


def _old_ending(db, actor, today, days=60, shown=7):
    """What the card computed before: every candidate, every namesake told apart."""
    cands = [c for c in renewal_candidates(db, actor, today=today)
             if c.lease.ends_on and c.lease.ends_on <= today + dt.timedelta(days=days)]
    return (len(cands), sum(1 for c in cands if c.proposal == RenewalProposal.NEEDS_DECISION),
            sum(1 for c in cands if c.decision == RenewalDecision.PENDING),
            [(c.lease.ends_on, c.lease.tenant, c.arrears_hal, c.proposal)
             for c in cands[:shown]])


def test_ending_leases_equal_the_candidates_told_apart(town_db):
    admin = _actor(town_db, "admin")
    seen = 0
    for day in DAYS:
        for shown in (1, 7):
            new = ending_leases(town_db, admin, today=day, shown=shown)
            got = (new.count, new.needs_decision, new.pending,
                   [(x.ends_on, x.tenant, x.arrears_hal, x.proposal) for x in new.first])
            assert got == _old_ending(town_db, admin, day, shown=shown), day
            seen += new.count
    assert seen > 0                        # the demo has leases ending in these windows


def _candidate(i, ends_on, given, surname, before=None, after=None):
    lease = SimpleNamespace(id=f"l{i}", ends_on=ends_on, tenant_id=f"p{i}", title_before=before,
                            given_name=given, surname=surname, title_after=after)
    return SimpleNamespace(lease=lease, arrears_hal=i, proposal=RenewalProposal.AUTOMATIC)


@pytest.mark.parametrize("seed", range(30))
def test_first_lines_equal_a_sort_of_every_line_told_apart(seed):
    """Namesakes, titles (dropped in a told-apart name) and shared end dates:
    the first lines are those of the full sort, and few tenants are told apart."""
    rnd = random.Random(seed)
    givens, surnames = ["Adam", "Jan", "Jana", "Adéla", "Ivo"], ["Novák", "Nová", "Fiala", "Ďuriš"]
    days = [dt.date(2026, 12, 31), dt.date(2026, 12, 15), dt.date(2027, 1, 31)]
    cands = [_candidate(i, rnd.choice(days), rnd.choice(givens), rnd.choice(surnames),
                        rnd.choice([None, None, "Ing.", "Bc."]), rnd.choice([None, None, "Ph.D."]))
             for i in range(rnd.randint(0, 60))]
    details = ["nar. 1961", "Dlouhá 5, Brno", "žádost 12/2026", "nar. 1984, Úzká 1"]
    label = {c.lease.tenant_id: f"{c.lease.given_name} {c.lease.surname} ({rnd.choice(details)})"
             for c in cands if rnd.random() < 0.6}
    asked = []

    def labels(ids):
        asked.extend(ids)
        return {i: label[i] for i in ids if i in label}
    full = sorted(((c.lease.ends_on, label.get(c.lease.tenant_id, _tenant(c.lease)), c.arrears_hal)
                   for c in cands), key=lambda x: (x[0], x[1]))
    for n in (1, 3, 7):
        got = [(x.ends_on, x.tenant, x.arrears_hal) for x in first_lines(cands, n, labels)]
        assert [g[:2] for g in got] == [f[:2] for f in full[:n]]


def test_first_lines_tell_apart_only_the_tenants_that_can_be_shown():
    day = dt.date(2026, 12, 31)
    cands = [_candidate(i, day, f"Jméno{i:03d}", "Novák") for i in range(500)]
    asked = []
    first_lines(cands, 7, lambda ids: asked.extend(ids) or {})
    assert len(asked) == 7


@pytest.mark.parametrize("login", USERS)
def test_my_tasks_equal_the_inbox_split(town_db, login):
    actor = _actor(town_db, login)
    for day in DAYS:
        mine = tasks.my_tasks(town_db, actor, day)
        box = inbox.inbox(town_db, actor, day)
        assert [t for t in mine.overdue] == [x.task for x in box.overdue]
        assert [t for t in mine.today] == [x.task for x in box.today]
        assert mine.later == len(box.later)


@pytest.mark.parametrize("login", ["jana.dvorakova", "petr.horak", "eva.novotna"])
def test_inbox_told_apart_a_chunk_at_a_time_equals_every_row_told_apart(town_db, login):
    actor = _actor(town_db, login)
    full = inbox.inbox(town_db, actor, DEMO_TODAY)
    first = inbox.inbox(town_db, actor, DEMO_TODAY, told_apart=3)
    rows = first.all[:3]
    for start in range(3, len(first.all), 3):
        rows += inbox.tell_apart(town_db, actor, first.all[start:start + 3])
    assert rows == full.all and full.all
    assert [x.task.id for x in first.all] == [x.task.id for x in full.all]


def test_a_queue_told_apart_later_equals_every_row_told_apart(town_db):
    actor = _actor(town_db, "petr.horak")
    full = inbox.queue(town_db, actor, "property", DEMO_TODAY)
    first = inbox.queue(town_db, actor, "property", DEMO_TODAY, told_apart=0)
    later = inbox.tell_apart(town_db, actor, [inbox.InboxTask(t, inbox.DEPARTMENT)
                                             for t in first])
    assert [x.task for x in later] == full and full


@pytest.mark.sqlite_only("checks SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_namesakes_are_found_by_seeks_of_the_name_index(town_db):
    """person_labels reads a name's bearers by one seek of the (surname, given)
    index per name, not by scanning every bearer of the given name."""
    from sqlalchemy import event

    from app.people.disambiguate import person_labels
    seen = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "permanent_address_id" in statement:
            seen.append((statement, parameters))
    with town_db.reading() as s:
        ids = [t.person_id for t in tasks.query_tasks(s) if t.person_id][:50]
        event.listen(town_db.engine, "before_cursor_execute", keep)
        try:
            person_labels(s, ids)
        finally:
            event.remove(town_db.engine, "before_cursor_execute", keep)
    assert seen
    with town_db.engine.connect() as conn:
        for sql, params in seen:
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", tuple(params)).all())
            assert "ix_person_search_" in plan and "search_surname=?" in plan, plan
            assert "SCAN person" not in plan, plan
