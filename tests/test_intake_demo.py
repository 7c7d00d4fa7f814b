"""The town demo's year at the front desk: realistic, spread over the
workers, deterministic, and consistent with the services' own rules."""
from __future__ import annotations

import datetime as dt

from app.demo import build_demo

from .conftest import DEMO_TODAY
from .keys import TEST_KEY, raw_connect


def q(con, sql, *args):
    return con.execute(sql, args).fetchall()


def test_a_year_of_contacts_cases_and_referrals(town_path):
    con = raw_connect(town_path)
    contacts, first, last = q(con, "SELECT count(*), min(occurred_at), max(occurred_at) "
                                    "FROM contact_record")[0]
    assert contacts >= 300
    assert first[:10] >= (DEMO_TODAY - dt.timedelta(days=366)).isoformat()
    assert last[:10] <= DEMO_TODAY.isoformat()
    assert q(con, "SELECT count(*) FROM contact_record WHERE strftime('%w', occurred_at) "
                  "IN ('0', '6')")[0][0] == 0          # the office is closed at weekends
    statuses = dict(q(con, 'SELECT status, count(*) FROM "case" GROUP BY status'))
    assert statuses.get("closed", 0) >= 5 and statuses.get("in_progress", 0) >= 10
    workers = q(con, "SELECT u.username, count(*) FROM \"case\" c JOIN user u "
                     "ON u.id = c.assigned_worker_id GROUP BY u.username")
    assert {w for w, n in workers if n >= 10} == {"jana.dvorakova", "lucie.markova"}
    kinds = {k for (k,) in q(con, "SELECT DISTINCT kind FROM partner_organisation")}
    assert {"citizens_advice", "debt_counselling", "social_rehabilitation", "psychiatric_care",
            "labour_office", "shelter", "ngo"} <= kinds
    assert q(con, "SELECT count(*) FROM referral")[0][0] >= 60
    # every referral has its follow-up task; a checked one has it done
    assert q(con, "SELECT count(*) FROM referral r JOIN task t ON t.id = r.follow_up_task_id "
                  "WHERE t.source = 'referral' AND t.source_ref = r.id")[0][0] == \
        q(con, "SELECT count(*) FROM referral")[0][0]
    assert q(con, "SELECT count(*) FROM referral r JOIN task t ON t.id = r.follow_up_task_id "
                  "WHERE r.arrived IS NOT NULL AND t.done_at IS NULL")[0][0] == 0
    # a closed case has its closing day and a matching last status change
    for cid, closed_on in q(con, "SELECT id, closed_on FROM \"case\" WHERE status='closed'"):
        assert closed_on is not None
        assert q(con, "SELECT status FROM case_status_change WHERE case_id=? "
                      "ORDER BY changed_at DESC LIMIT 1", cid)[0][0] == "closed"
    assert q(con, "SELECT count(*) FROM contact_record WHERE ethos_category NOT BETWEEN 1 "
                  "AND 13")[0][0] == 0
    registered = q(con, "SELECT count(*) FROM housing_need_record WHERE state='registered' "
                        "AND income_eligible = 1 AND valid_until > registered_on")[0][0]
    assert registered >= 5
    con.close()


def test_the_demo_worker_has_tasks_today_and_overdue(town_path):
    con = raw_connect(town_path)
    jana = q(con, "SELECT id FROM user WHERE username='jana.dvorakova'")[0][0]
    today, overdue = q(con, "SELECT sum(due_on = ?), sum(due_on < ?) FROM task WHERE owner_id=? "
                            "AND done_at IS NULL", DEMO_TODAY.isoformat(),
                       DEMO_TODAY.isoformat(), jana)[0]
    assert today >= 3 and overdue >= 3
    con.close()


def test_intake_demo_is_deterministic(tmp_path, town_path):
    build_demo(tmp_path / "again.sqlite", "town", today=DEMO_TODAY, key=TEST_KEY).close()
    rows = []
    for path in (town_path, tmp_path / "again.sqlite"):
        con = raw_connect(path)
        rows.append(q(con, "SELECT id, person_id, occurred_at, channel, ethos_category, outcome "
                           "FROM contact_record ORDER BY id")
                    + q(con, 'SELECT id, number, status, assigned_worker_id FROM "case" '
                             "ORDER BY id"))
        con.close()
    assert rows[0] == rows[1]
