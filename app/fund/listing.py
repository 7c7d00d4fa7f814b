"""``kmb list fund-requests``: applicant, purpose, dates, state and amounts."""
from __future__ import annotations

from ..db import Database
from ..labels import label
from ..leases.listing import _czk, _money
from ..security import Actor
from .service import list_requests
from ..i18n import N_


def list_fund_requests_rows(db: Database, actor: Actor, text: str):
    rows = [dict(id=r.id, number=r.number, filed_on=r.filed_on, applicant=r.person,
                 person_id=r.person_id, household=r.household, household_id=r.household_id,
                 purpose=r.purpose, purpose_label=label(r.purpose), state=r.state,
                 state_label=label(r.state), requested_czk=_czk(r.amount_hal),
                 approved_czk=_czk(r.approved_hal), paid_czk=_czk(r.paid_hal),
                 repaid_czk=_czk(r.repaid_hal), repayment_plan_czk=_czk(r.plan_total_hal),
                 decided_on=r.decided_on, decided_by=r.decided_by, worker=r.worker)
            for r in list_requests(db, actor, text)]
    return rows, [("number", N_("Číslo")), ("filed_on", N_("Podána")), ("applicant", N_("Žadatel")),
                  ("purpose", N_("Účel")), ("state", N_("Stav")),
                  ("requested_czk", N_("Požadováno"), _money), ("approved_czk", N_("Schváleno"), _money),
                  ("paid_czk", N_("Vyplaceno"), _money), ("repaid_czk", N_("Splaceno"), _money),
                  ("id", "ID")]
