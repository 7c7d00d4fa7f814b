"""Renewals: the town's rule at the threshold boundary, decisions, history,
and the amendment / notice documents."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import settings
from app.errors import KmbError, ValidationError
from app.leases import config
from app.leases.arrears import enter_balance
from app.leases.documents import renewal_pdf
from app.leases.records import LeaseInput, create_lease, lease_detail, sign_lease
from app.leases.renewals import (decide_renewal, propose_renewals, proposal_for,
                                 renewal_candidates, renewal_history)
from models.cases import Task, TaskSource
from models.leases import LeaseState, RenewalDecision, RenewalProposal
from models.staff import Role

from .lease_data import add_flat, add_household, add_user

CHECK = dt.date(2026, 11, 27)


@pytest.fixture
def lead(db):
    return add_user(db, "petr", "Petr Horák", Role.LEAD)


def _lease(db, admin, *, ends_in_days=40, number="1", tenant=("Řehoř", "Šťastný")) -> str:
    flat = add_flat(db, number=number)
    hh, people = add_household(db, tenant[1] + "ovi", (tenant,))
    ends = CHECK + dt.timedelta(days=ends_in_days)
    start = dt.date(ends.year - 1, ends.month, ends.day) + dt.timedelta(days=1)
    lid = create_lease(db, admin, LeaseInput(
        flat_id=flat, household_id=hh, tenant_id=people[0], starts_on=start, ends_on=ends,
        term_months=12, rent_hal=400_000, deposit_hal=800_000), today=start)
    sign_lease(db, admin, lid, start)
    return lid


def _threshold(db, admin, hal: int) -> None:
    with db.transaction() as s:
        settings.put(s, admin, config.RENEWAL_THRESHOLD, hal)


def test_rule_itself():
    assert proposal_for(0, 0) == RenewalProposal.AUTOMATIC
    assert proposal_for(1, 0) == RenewalProposal.NEEDS_DECISION
    assert proposal_for(50_000, 50_000) == RenewalProposal.AUTOMATIC
    assert proposal_for(50_001, 50_000) == RenewalProposal.NEEDS_DECISION


def test_threshold_boundary_on_the_check_date(db, admin, lead):
    _threshold(db, admin, 50_000)                       # 500 Kč
    at = _lease(db, admin, number="1", tenant=("Řehoř", "Šťastný"))
    above = _lease(db, admin, number="2", tenant=("Žofie", "Čermáková"))
    later_debt = _lease(db, admin, number="3", tenant=("Ludmila", "Dvořáková"))
    enter_balance(db, admin, at, dt.date(2026, 10, 1), 50_000, today=CHECK)
    enter_balance(db, admin, above, dt.date(2026, 10, 1), 50_001, today=CHECK)
    enter_balance(db, admin, later_debt, dt.date(2026, 10, 1), 0, today=CHECK)
    # a balance of a month after the check date does not count on the check date
    enter_balance(db, admin, later_debt, dt.date(2026, 12, 1), 900_000,
                  today=dt.date(2026, 12, 31))
    cands = {c.lease.id: c for c in renewal_candidates(db, admin, today=CHECK)}
    assert cands[at].proposal == RenewalProposal.AUTOMATIC and cands[at].arrears_hal == 50_000
    assert cands[above].proposal == RenewalProposal.NEEDS_DECISION
    assert cands[later_debt].arrears_hal == 0

    result = propose_renewals(db, admin, today=CHECK)
    assert (result.automatic, result.needs_decision) == (2, 1)
    renewed = lease_detail(db, admin, at)
    assert renewed.row.state == LeaseState.RENEWED
    assert renewed.row.ends_on == dt.date(2027, 1, 6) + dt.timedelta(days=365)
    r = renewed.renewals[0]
    assert (r.proposal, r.decision, r.arrears_hal, r.threshold_hal) == (
        RenewalProposal.AUTOMATIC, RenewalDecision.APPROVED, 50_000, 50_000)
    assert r.amendment_number.endswith("/D1") and r.decided_on == CHECK
    waiting = lease_detail(db, admin, above)
    assert waiting.row.state == LeaseState.ACTIVE and waiting.row.ends_on == dt.date(2027, 1, 6)
    assert waiting.renewals[0].decision == RenewalDecision.PENDING
    assert waiting.renewals[0].arrears_hal == 50_001
    with db.reading() as s:      # the decision is a task for the KMB lead
        task = s.scalars(select(Task).where(Task.source == TaskSource.RENEWAL)).one()
        assert task.owner_id == lead.user_id and "500,01" in task.title


def test_default_threshold_is_zero(db, admin, lead):
    clean = _lease(db, admin, number="1")
    one_hal = _lease(db, admin, number="2", tenant=("Adam", "Černý"))
    enter_balance(db, admin, one_hal, dt.date(2026, 11, 1), 1, today=CHECK)
    propose_renewals(db, admin, today=CHECK)
    assert lease_detail(db, admin, clean).renewals[0].proposal == RenewalProposal.AUTOMATIC
    assert lease_detail(db, admin, one_hal).renewals[0].proposal \
        == RenewalProposal.NEEDS_DECISION


def test_only_the_window_and_only_once(db, admin, lead):
    inside = _lease(db, admin, ends_in_days=60, number="1")
    outside = _lease(db, admin, ends_in_days=61, number="2", tenant=("Adam", "Černý"))
    ids = {c.lease.id for c in renewal_candidates(db, admin, today=CHECK)}
    assert inside in ids and outside not in ids
    enter_balance(db, admin, inside, dt.date(2026, 11, 1), 10_000, today=CHECK)
    first = propose_renewals(db, admin, today=CHECK)
    again = propose_renewals(db, admin, today=CHECK)
    assert (first.needs_decision, again.needs_decision, again.already) == (1, 0, 1)
    assert len(lease_detail(db, admin, inside).renewals) == 1
    assert lease_detail(db, admin, outside).renewals == []


def test_decisions_history_and_documents(db, admin, lead):
    a = _lease(db, admin, number="1")
    b = _lease(db, admin, number="2", tenant=("Žofie", "Čermáková"))
    for lid in (a, b):
        enter_balance(db, admin, lid, dt.date(2026, 11, 1), 730_000, today=CHECK)
    propose_renewals(db, admin, today=CHECK)
    ra = lease_detail(db, admin, a).renewals[0].id
    rb = lease_detail(db, admin, b).renewals[0].id
    with pytest.raises(KmbError):                     # nothing decided yet
        renewal_pdf(db, admin, ra)
    with pytest.raises(ValidationError) as exc:       # a refusal needs its reason
        decide_renewal(db, lead, rb, False, "", today=CHECK)
    assert exc.value.field == "note"
    decide_renewal(db, lead, ra, True, "Dluh uhrazen 20. 11. 2026.", today=CHECK)
    decide_renewal(db, lead, rb, False, "Dluh 7 300 Kč, splátky nedodržel.", today=CHECK)
    with pytest.raises(ValidationError):
        decide_renewal(db, lead, ra, False, "znovu", today=CHECK)
    assert lease_detail(db, admin, a).row.state == LeaseState.RENEWED
    assert lease_detail(db, admin, b).row.state == LeaseState.ACTIVE
    with db.reading() as s:      # the decision tasks are done
        assert all(t.done_at for t in s.scalars(select(Task).where(
            Task.source == TaskSource.RENEWAL)))
    history = renewal_history(db, admin)
    assert {h.decision for h in history} == {RenewalDecision.APPROVED, RenewalDecision.REJECTED}
    pdf, name = renewal_pdf(db, admin, ra)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert name.startswith("dodatek-") and "Dodatek č. 1" in text
    assert "Řehoř Šťastný" in text and "prodlužuje do" in text
    pdf, name = renewal_pdf(db, admin, rb)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert name.startswith("oznameni-") and "nebude prodloužen" in text
    assert "Žofie Čermáková" in text and "splátky nedodržel" in text


def test_amendment_prints_the_agreed_values_and_stays_frozen(db, admin, lead):
    """Issue 14: the amendment printed the office's internal note and today's rent.
    It prints the rent agreed on the day of the decision, no internal note, and
    reprints byte for byte after the rent changes."""
    from models.leases import Lease, Renewal
    lid = _lease(db, admin)
    enter_balance(db, admin, lid, dt.date(2026, 11, 1), 730_000, today=CHECK)
    propose_renewals(db, admin, today=CHECK)
    rid = lease_detail(db, admin, lid).renewals[0].id
    decide_renewal(db, lead, rid, True, "interní: vedoucí to schválila po telefonu",
                   today=CHECK)
    first, _ = renewal_pdf(db, admin, rid)
    text = " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(first)).pages)
                    .replace("\u00a0", " ").split())
    assert "interní" not in text and "po telefonu" not in text
    assert "4 000 Kč" in text and "7 300 Kč" in text and "otisk" in text
    with db.transaction() as s:           # a rent rise after the amendment was issued
        s.get(Lease, lid).rent_hal = 555_500
    again, _ = renewal_pdf(db, admin, rid)
    assert again == first
    assert "5 555" not in "".join(p.extract_text() for p in PdfReader(io.BytesIO(again)).pages)
    with db.reading() as s:
        assert s.get(Renewal, rid).document_snapshot_json
    # the internal note stays in the history, where the office reads it
    assert any("po telefonu" in (h.note or "") for h in renewal_history(db, admin))
