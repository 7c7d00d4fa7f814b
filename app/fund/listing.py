"""``kmb list fund-requests``: applicant, purpose, dates, state and amounts."""
from __future__ import annotations

from ..db import Database
from ..labels import label
from ..leases.listing import _czk, _money
from ..security import Actor
from .service import list_requests


def list_fund_requests_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, number=r.number, filed_on=r.filed_on, applicant=r.person,
                 person_id=r.person_id, household=r.household, household_id=r.household_id,
                 purpose=r.purpose, purpose_label=label(r.purpose), state=r.state,
                 state_label=label(r.state), requested_czk=_czk(r.amount_hal),
                 approved_czk=_czk(r.approved_hal), paid_czk=_czk(r.paid_hal),
                 repaid_czk=_czk(r.repaid_hal), repayment_plan_czk=_czk(r.plan_total_hal),
                 decided_on=r.decided_on, decided_by=r.decided_by, worker=r.worker)
            for r in list_requests(db, actor, text)]
    return rows, [("number", "Číslo"), ("filed_on", "Podána"), ("applicant", "Žadatel"),
                  ("purpose", "Účel"), ("state", "Stav"),
                  ("requested_czk", "Požadováno", _money), ("approved_czk", "Schváleno", _money),
                  ("paid_czk", "Vyplaceno", _money), ("repaid_czk", "Splaceno", _money),
                  ("id", "ID")]
