"""Statistics of the crisis fund for a period."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.fund import (FundDecision, FundDecisionOutcome, FundPayment, FundPurpose,
                         FundRepayment, FundRequest)

from ..i18n import _
from ..labels import shown
from ..rows import live
from ..stats import StatsTable


def _kc(hal) -> float:
    return round((hal or 0) / 100, 2)


def section(session: Session, date_from: dt.date, date_to: dt.date) -> list[StatsTable]:
    def in_period(col):
        return (col >= date_from) & (col <= date_to)

    filed = {p: (n, a) for p, n, a in session.execute(
        select(FundRequest.purpose, func.count(), func.sum(FundRequest.amount_hal))
        .where(live(FundRequest), in_period(FundRequest.filed_on))
        .group_by(FundRequest.purpose))}
    decided = {}
    for purpose, outcome, n, amount in session.execute(
            select(FundRequest.purpose, FundDecision.outcome, func.count(),
                   func.sum(FundDecision.approved_hal))
            .join(FundRequest, FundRequest.id == FundDecision.request_id)
            .where(live(FundDecision), in_period(FundDecision.decided_on))
            .group_by(FundRequest.purpose, FundDecision.outcome)):
        decided[(purpose, outcome)] = (n, amount)

    def money(model, purpose):
        return session.scalar(select(func.sum(model.amount_hal))
                              .join(FundRequest, FundRequest.id == model.request_id)
                              .where(live(model), in_period(model.paid_on),
                                     FundRequest.purpose == purpose))

    rows = []
    for purpose in FundPurpose:
        n, amount = filed.get(purpose, (0, 0))
        rows.append({
            "purpose": shown(purpose), "filed": n, "requested_czk": _kc(amount),
            "approved": decided.get((purpose, FundDecisionOutcome.APPROVED), (0, 0))[0],
            "rejected": decided.get((purpose, FundDecisionOutcome.REJECTED), (0, 0))[0],
            "approved_czk": _kc(decided.get((purpose, FundDecisionOutcome.APPROVED), (0, 0))[1]),
            "paid_czk": _kc(money(FundPayment, purpose)),
            "repaid_czk": _kc(money(FundRepayment, purpose)),
        })
    columns = [("purpose", _("Účel")), ("filed", _("Podáno žádostí")),
               ("requested_czk", _("Požadováno (Kč)")),
               ("approved", _("Schváleno")), ("rejected", _("Zamítnuto")),
               ("approved_czk", _("Schváleno (Kč)")), ("paid_czk", _("Vyplaceno (Kč)")),
               ("repaid_czk", _("Splaceno (Kč)"))]
    return [StatsTable("crisis_fund", _("Krizový fond v období"), columns, rows)]
