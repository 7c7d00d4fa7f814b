"""The crisis fund: request → decision → payments → repayment plan →
repayments; the budget and its balance; refusals leave everything unchanged."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings as hyp_settings, strategies as st

from app.errors import KmbError, PermissionDenied, ValidationError
from app.fund.service import (RequestInput, close_request, decide_request, file_request,
                              fund_balance, fund_summary, list_requests, record_payment,
                              record_repayment, request_detail, set_budget, set_repayment_plan)
from models.fund import FundPurpose, FundRequestState
from models.staff import Role

from .lease_data import add_household, add_user


@pytest.fixture
def fund(db, admin):
    lead = add_user(db, "petr", "Petr Horák", Role.LEAD)
    worker = add_user(db, "jana", "Jana Dvořáková", Role.SOCIAL_WORKER)
    hh, people = add_household(db)
    return dict(lead=lead, worker=worker, hh=hh, person=people[0])


def _file(db, f, amount, day=dt.date(2026, 3, 2), purpose=FundPurpose.DEPOSIT, **kw):
    return file_request(db, kw.pop("actor", f["worker"]), RequestInput(
        person_id=f["person"], household_id=f["hh"], purpose=purpose, amount_hal=amount,
        justification="Jistota k obecnímu bytu.", filed_on=day), today=dt.date(2026, 11, 27),
        **kw)


def test_the_whole_way_of_a_request(db, fund):
    lead, worker = fund["lead"], fund["worker"]
    set_budget(db, lead, 2026, 10_000_000)                        # 100 000 Kč
    rid = _file(db, fund, 1_500_000)
    assert request_detail(db, worker, rid).row.number == "KF/2026/001"
    with pytest.raises(PermissionDenied):                          # workers do not decide
        decide_request(db, worker, rid, True, reason="ok", decided_on=dt.date(2026, 3, 5))
    decide_request(db, lead, rid, True, approved_hal=1_200_000,
                   reason="Schváleno v nižší výši podle nájemného.",
                   decided_on=dt.date(2026, 3, 5))
    s = fund_summary(db, worker, 2026, on=dt.date(2026, 3, 5))
    assert (s.reserved_hal, s.available_hal, s.balance_hal) == (1_200_000, 8_800_000, 10_000_000)
    record_payment(db, worker, rid, 700_000, dt.date(2026, 3, 10), recipient="Správa bytů")
    with pytest.raises(ValidationError) as exc:                     # above the approved sum
        record_payment(db, worker, rid, 500_001, dt.date(2026, 3, 11))
    assert "schváleno 12 000 Kč, vyplaceno 7 000 Kč, zbývá 5 000 Kč" in exc.value.message
    record_payment(db, worker, rid, 500_000, dt.date(2026, 3, 12))
    d = request_detail(db, worker, rid)
    assert d.row.state == FundRequestState.PAID and d.row.paid_hal == 1_200_000
    assert d.decisions[0].decided_by == "Petr Horák" and "nižší" in d.decisions[0].reason
    set_repayment_plan(db, worker, rid, 1_200_000, 100_000, dt.date(2026, 4, 15))
    assert request_detail(db, worker, rid).row.state == FundRequestState.REPAYING
    with pytest.raises(ValidationError):                           # above the rest of the debt
        record_repayment(db, worker, rid, 1_200_001, dt.date(2026, 4, 15))
    for k in range(11):
        record_repayment(db, worker, rid, 100_000, dt.date(2026, 4 + k // 2, 15))
    assert request_detail(db, worker, rid).row.state == FundRequestState.REPAYING
    record_repayment(db, worker, rid, 100_000, dt.date(2026, 10, 15))
    assert request_detail(db, worker, rid).row.state == FundRequestState.CLOSED
    assert fund_balance(db, worker, dt.date(2026, 3, 11)) == 10_000_000 - 700_000
    assert fund_balance(db, worker, dt.date(2026, 12, 31)) == 10_000_000
    assert fund_balance(db, worker, dt.date(2026, 4, 30)) == 10_000_000 - 1_200_000 + 200_000


def test_rejection_needs_a_reason_and_ends_the_request(db, fund):
    set_budget(db, fund["lead"], 2026, 1_000_000)
    rid = _file(db, fund, 300_000, purpose=FundPurpose.FURNISHING)
    with pytest.raises(ValidationError) as exc:
        decide_request(db, fund["lead"], rid, False, reason=" ", decided_on=dt.date(2026, 3, 3))
    assert exc.value.field == "reason"
    decide_request(db, fund["lead"], rid, False, reason="Nedoloženy příjmy.",
                   decided_on=dt.date(2026, 3, 3))
    with pytest.raises(ValidationError):
        record_payment(db, fund["worker"], rid, 100, dt.date(2026, 3, 4))
    assert fund_summary(db, fund["worker"], 2026).by_state == {FundRequestState.REJECTED: 1}


def test_grant_is_closed_without_repayment(db, fund):
    set_budget(db, fund["lead"], 2026, 1_000_000)
    rid = _file(db, fund, 300_000, purpose=FundPurpose.FURNISHING)
    decide_request(db, fund["lead"], rid, True, reason="Vybavení bytu.",
                   decided_on=dt.date(2026, 3, 3))
    with pytest.raises(ValidationError):
        close_request(db, fund["worker"], rid)                       # not paid yet
    record_payment(db, fund["worker"], rid, 300_000, dt.date(2026, 3, 4))
    close_request(db, fund["worker"], rid, "Dar, nesplácí se.")
    assert request_detail(db, fund["worker"], rid).row.state == FundRequestState.CLOSED


def test_budget_cannot_be_exceeded_without_the_leads_override(db, fund):
    lead, worker = fund["lead"], fund["worker"]
    set_budget(db, lead, 2026, 1_000_000)                          # 10 000 Kč
    first = _file(db, fund, 800_000)
    decide_request(db, lead, first, True, reason="ok", decided_on=dt.date(2026, 3, 3))
    with pytest.raises(ValidationError) as exc:                    # 2 000 Kč left
        _file(db, fund, 300_000)
    assert "volných 2 000 Kč" in exc.value.message.replace("\u00a0", " ")
    assert "jen vedoucí KMB s výslovným souhlasem" in exc.value.message
    with pytest.raises(PermissionDenied):                          # only the KMB lead
        _file(db, fund, 300_000, override=True)
    second = _file(db, fund, 300_000, override=True, actor=lead)
    with pytest.raises(ValidationError) as exc:                    # the approval too
        decide_request(db, lead, second, True, reason="ok", decided_on=dt.date(2026, 3, 4))
    assert exc.value.field == "approved_hal"
    decide_request(db, lead, second, True, reason="Hrozí vystěhování; výjimečně nad rozpočet.",
                   override=True, decided_on=dt.date(2026, 3, 4))
    assert request_detail(db, worker, second).decisions[0].budget_override
    assert fund_summary(db, worker, 2026).available_hal == -100_000
    assert {r.number for r in list_requests(db, worker, year=2026)} == {"KF/2026/001",
                                                                        "KF/2026/002"}


def test_bad_amounts_are_refused(db, fund):
    with pytest.raises(ValidationError) as exc:
        file_request(db, fund["worker"], RequestInput(person_id=fund["person"], amount_hal=-5),
                     today=dt.date(2026, 11, 27))
    assert set(exc.value.errors) == {"purpose", "amount_hal", "justification"}
    with pytest.raises(ValidationError):
        set_budget(db, fund["lead"], 2026, -1)
    assert list_requests(db, fund["worker"]) == []


_years = itertools.count(2031)


FRACTIONS = [-0.1, 0.0, 0.25, 0.5, 1.0, 1.0, 1.0, 1.2]


@hyp_settings(max_examples=30, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(budget=st.integers(0, 200_000), ops=st.lists(st.tuples(
    st.sampled_from(["file", "next", "next", "next", "next", "reject"]),
    st.integers(0, 3), st.sampled_from(FRACTIONS)), min_size=4, max_size=30))
def test_balance_is_budget_minus_paid_plus_repaid(db, fund, budget, ops):
    """Any sequence of budget, requests, decisions, payments and repayments
    keeps balance == budget − paid + repaid; a refused step changes nothing.
    "next" takes a request one step further (decision, payment, plan,
    repayment); amounts are fractions of what the step could take, so that
    some are too much (over 1) or not positive and must be refused."""
    year = next(_years)                 # every example in its own budget year
    lead, worker = fund["lead"], fund["worker"]
    set_budget(db, lead, year, budget)
    day = dt.date(year, 1, 10)
    requests: list[str] = []
    paid = repaid = 0
    for step, (op, pick, frac) in enumerate(ops):
        on = day + dt.timedelta(days=step)
        before = fund_balance(db, worker, dt.date(year, 12, 31))
        target = (requests[-1] if pick < 3 else requests[0]) if requests else None
        row = request_detail(db, worker, target).row if target else None
        try:
            if op == "file" or row is None:
                requests.append(file_request(db, lead, RequestInput(
                    person_id=fund["person"], purpose=FundPurpose.RENT_ARREARS,
                    amount_hal=int(frac * 100_000), justification="dluh", filed_on=on),
                    override=pick != 3, today=on))
            elif op == "reject" or row.state == FundRequestState.FILED:
                decide_request(db, lead, target, op != "reject", reason="rozhodnutí",
                               approved_hal=int(frac * row.amount_hal),
                               override=pick != 3, decided_on=on)
            elif row.state == FundRequestState.APPROVED:
                amount = int(frac * (row.approved_hal - row.paid_hal))
                record_payment(db, worker, target, amount, on)
                paid += amount
            elif row.state == FundRequestState.PAID:
                total = int(frac * row.paid_hal)
                set_repayment_plan(db, worker, target, total, max(total // 3, 1), on)
            else:
                amount = int(frac * ((row.plan_total_hal or 0) - row.repaid_hal))
                record_repayment(db, worker, target, amount, on)
                repaid += amount
        except KmbError:
            assert fund_balance(db, worker, dt.date(year, 12, 31)) == before
            continue
        assert fund_balance(db, worker, dt.date(year, 12, 31)) == budget - paid + repaid
    s = fund_summary(db, worker, year, on=dt.date(year, 12, 31))
    assert s.balance_hal == s.budget_hal - s.paid_hal + s.repaid_hal == budget - paid + repaid
    for rid in requests:                 # never more paid than approved, repaid than paid
        r = request_detail(db, worker, rid).row
        assert 0 <= r.repaid_hal <= r.paid_hal <= r.approved_hal


def test_cli_lists_fund_requests_as_json(capsys, town_path, monkeypatch):
    import json

    from app.cli.main import main as cli
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    assert cli(["list", "fund-requests", "--format", "json", "--db", str(town_path),
                "--user", "admin"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["state"] for r in rows} == {s.value for s in FundRequestState}
    r = next(r for r in rows if r["state"] == "repaying")
    assert set(r) >= {"id", "number", "applicant", "household", "filed_on", "purpose", "state",
                      "requested_czk", "approved_czk", "paid_czk", "repaid_czk", "decided_by"}
    assert r["paid_czk"] >= r["repaid_czk"] > 0 and r["filed_on"][4] == "-"
    assert all(x["approved_czk"] == 0 for x in rows if x["state"] in ("filed", "rejected"))
