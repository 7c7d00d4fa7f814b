"""The crisis / guarantee fund (České Budějovice: "one must apply, not every
request is granted; an approved one sets money aside and pays out").

request (podaná) → decision (schválená / zamítnutá, by whom, why) → payments
(vyplacená when the approved sum is paid out) → repayment plan (splácí se) →
repayments (uzavřená when repaid); a grant that is not repaid is closed by hand.

Money of a year: the balance on any date is that year's budget − payments made
from 1 January up to the date + repayments received in that time. Approved but
unpaid sums are set aside (reserved); what is left is available. A request or
an approval above the available amount needs an explicit override by the KMB
lead (Permission.OVERRIDE_FUND_BUDGET), recorded with the decision. A payment
above the approved sum and a repayment above the plan are refused.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.fund import (FundBudget, FundDecision, FundDecisionOutcome, FundPayment, FundPurpose,
                         FundRepayment, FundRequest, FundRequestState, RepaymentPlan)
from models.landlords import Landlord
from models.people import Household, Person
from models.staff import User

from .. import audit, numbering
from ..czech_text import fold
from ..people.disambiguate import household_labels, person_labels
from ..errors import NotFound, ValidationError
from ..formatting import format_money
from ..landlords.register import LandlordChoice
from ..landlords.register import choices as landlord_choices_of
from ..leases.records import HouseholdChoice, household_choices
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from ..i18n import _

OPEN_STATES = (FundRequestState.FILED, FundRequestState.APPROVED)


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False)


# -- money arithmetic ------------------------------------------------------------

def _sum(session: Session, column, date_column, start: dt.date, end: dt.date) -> int:
    table = column.class_
    return int(session.scalar(select(func.coalesce(func.sum(column), 0)).where(
        live(table), date_column >= start, date_column <= end)) or 0)


def budget_of(session: Session, year: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(FundBudget.amount_hal), 0)).where(
        FundBudget.year == year, live(FundBudget))) or 0)


def balance_on(session: Session, day: dt.date) -> int:
    """Budget of ``day``'s year − paid + repaid from 1 January to ``day``."""
    start = dt.date(day.year, 1, 1)
    return (budget_of(session, day.year)
            - _sum(session, FundPayment.amount_hal, FundPayment.paid_on, start, day)
            + _sum(session, FundRepayment.amount_hal, FundRepayment.paid_on, start, day))


def _approved(session: Session, request_id: str) -> int:
    d = _last_decision(session, request_id)
    return d.approved_hal if d and d.outcome == FundDecisionOutcome.APPROVED else 0


def _paid(session: Session, request_id: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(FundPayment.amount_hal), 0)).where(
        FundPayment.request_id == request_id, live(FundPayment))) or 0)


def _repaid(session: Session, request_id: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(FundRepayment.amount_hal), 0))
                              .where(FundRepayment.request_id == request_id,
                                     live(FundRepayment))) or 0)


def reserved(session: Session, year: int) -> int:
    """Approved but not yet paid sums of the year's requests (money set aside)."""
    total = 0
    for req in session.scalars(select(FundRequest).where(
            FundRequest.state == FundRequestState.APPROVED, live(FundRequest),
            FundRequest.filed_on >= dt.date(year, 1, 1),
            FundRequest.filed_on <= dt.date(year, 12, 31))):
        total += max(_approved(session, req.id) - _paid(session, req.id), 0)
    return total


def available(session: Session, year: int) -> int:
    """What the year's budget can still give: balance at the year's end −
    reserved."""
    return balance_on(session, dt.date(year, 12, 31)) - reserved(session, year)


def _last_decision(session: Session, request_id: str) -> FundDecision | None:
    return session.scalars(select(FundDecision).where(
        FundDecision.request_id == request_id, live(FundDecision))
        .order_by(FundDecision.decided_on.desc(), FundDecision.id.desc())).first()


def _check_budget(session: Session, actor: Actor, year: int, amount: int, override: bool,
                  field_name: str) -> bool:
    """True when the override was needed (and allowed)."""
    left = available(session, year)
    if amount <= left:
        return False
    if not override:
        raise ValidationError(
            _("Částka {money} převyšuje zbývající rozpočet fondu na rok {year} (volných {money2}). "
              "Překročit rozpočet může jen vedoucí KMB s výslovným souhlasem.").format(
                money=_money(amount), year=year, money2=_money(max(left, 0))), field=field_name)
    actor.require(Permission.OVERRIDE_FUND_BUDGET)
    return True


# -- budget ----------------------------------------------------------------------

def set_budget(db, actor: Actor, year: int, amount_hal: int, note: str | None = None) -> str:
    actor.require(Permission.DECIDE_FUND)
    errors = {}
    if not year or year < 2000 or year > 2100:
        errors["year"] = _("Zadejte rok, např. 2026.")
    if amount_hal is None or amount_hal < 0:
        errors["amount_hal"] = _("Rozpočet nemůže být záporný.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        row = s.scalars(select(FundBudget).where(FundBudget.year == year,
                                                 live(FundBudget))).first()
        if row is None:
            row = FundBudget(year=year, amount_hal=amount_hal, note=note)
            s.add(row)
            s.flush()
            audit.record(s, actor, "create", "fund_budget", row.id, {"year": year})
        else:
            row.amount_hal = amount_hal
            row.note = note
            audit.record(s, actor, "update", "fund_budget", row.id, {"year": year})
        return row.id


# -- request → decision → payment → repayment -------------------------------------

@dataclass
class RequestInput:
    person_id: str | None = None
    household_id: str | None = None
    purpose: FundPurpose | None = None
    amount_hal: int = 0
    justification: str | None = None
    filed_on: dt.date | None = None
    case_id: str | None = None


def file_request(db, actor: Actor, data: RequestInput, *, override: bool = False,
                 today: dt.date | None = None) -> str:
    actor.require(Permission.EDIT_FUND)
    today = today or dt.date.today()
    filed_on = data.filed_on or today
    errors = {}
    if not data.person_id:
        errors["person_id"] = _("Vyberte žadatele.")
    if data.purpose is None:
        errors["purpose"] = _("Vyberte účel žádosti.")
    if data.amount_hal is None or data.amount_hal <= 0:
        errors["amount_hal"] = _("Částka musí být kladná.")
    if not (data.justification or "").strip():
        errors["justification"] = _("Napište zdůvodnění žádosti.")
    if filed_on > today:
        errors["filed_on"] = _("Datum podání nemůže být v budoucnosti.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        person = s.get(Person, data.person_id)
        if not is_live(person):
            raise ValidationError(_("Vyberte žadatele."), field="person_id")
        if data.household_id and s.get(Household, data.household_id) is None:
            raise ValidationError(_("Domácnost neexistuje."), field="household_id")
        overridden = _check_budget(s, actor, filed_on.year, data.amount_hal, override,
                                   "amount_hal")
        number = numbering.issue(s, "fund", filed_on.year)
        req = FundRequest(number=number, person_id=person.id, household_id=data.household_id,
                          case_id=data.case_id, filed_on=filed_on, purpose=data.purpose,
                          amount_hal=data.amount_hal,
                          justification=data.justification.strip(),
                          state=FundRequestState.FILED, worker_id=actor.user_id)
        s.add(req)
        s.flush()
        audit.record(s, actor, "create", "fund_request", req.id,
                     {"number": number, "budget_override": overridden})
        return req.id


def _request(session: Session, request_id: str) -> FundRequest:
    req = get_live(session, FundRequest, request_id, _("Žádost „{id}“").format(id=request_id))
    return req


def decide_request(db, actor: Actor, request_id: str, approve: bool, *,
                   approved_hal: int | None = None, reason: str | None = None,
                   override: bool = False, decided_on: dt.date | None = None) -> str:
    """schváleno / zamítnuto, by the acting person, with the reason."""
    actor.require(Permission.DECIDE_FUND)
    decided_on = decided_on or dt.date.today()
    reason = (reason or "").strip()
    with db.transaction() as s:
        req = _request(s, request_id)
        if req.state != FundRequestState.FILED:
            raise ValidationError(_("O žádosti už bylo rozhodnuto."))
        errors = {}
        if not reason:
            errors["reason"] = _("Uveďte důvod rozhodnutí.")
        if decided_on < req.filed_on:
            errors["decided_on"] = _("Rozhodnutí nemůže předcházet podání žádosti.")
        amount = req.amount_hal if approved_hal is None else approved_hal
        if approve:
            if amount is None or amount <= 0:
                errors["approved_hal"] = _("Schválená částka musí být kladná.")
            elif amount > req.amount_hal:
                errors["approved_hal"] = (_("Schválená částka nemůže převýšit požadovanou "
                                            "({money}).").format(money=_money(req.amount_hal)))
        if errors:
            raise ValidationError.from_errors(errors)
        overridden = False
        if approve:
            overridden = _check_budget(s, actor, req.filed_on.year, amount, override,
                                       "approved_hal")
        decision = FundDecision(
            request_id=req.id, decided_on=decided_on, decided_by_id=actor.user_id,
            outcome=FundDecisionOutcome.APPROVED if approve else FundDecisionOutcome.REJECTED,
            approved_hal=amount if approve else 0, reason=reason, budget_override=overridden)
        s.add(decision)
        req.state = FundRequestState.APPROVED if approve else FundRequestState.REJECTED
        s.flush()
        audit.record(s, actor, "decide", "fund_request", req.id,
                     {"outcome": decision.outcome.value, "budget_override": overridden})
        return decision.id


def record_payment(db, actor: Actor, request_id: str, amount_hal: int, paid_on: dt.date, *,
                   recipient: str | None = None, note: str | None = None,
                   landlord_id: str | None = None) -> str:
    """A payment of an approved request; ``landlord_id`` names a landlord of
    the register as the payee (a deposit or arrears paid to a private
    landlord), and is then the recipient unless another is written."""
    actor.require(Permission.EDIT_FUND)
    with db.transaction() as s:
        req = _request(s, request_id)
        landlord = None
        if landlord_id:
            landlord = s.get(Landlord, landlord_id)
            if not is_live(landlord):
                raise ValidationError(_("Pronajímatel není v evidenci."), field="landlord_id")
            recipient = (recipient or "").strip() or landlord.name
        if req.state != FundRequestState.APPROVED:
            raise ValidationError(_("Vyplatit lze jen schválenou a dosud nevyplacenou žádost."))
        decision = _last_decision(s, req.id)
        approved, paid = decision.approved_hal, _paid(s, req.id)
        errors = {}
        if amount_hal is None or amount_hal <= 0:
            errors["amount_hal"] = _("Částka platby musí být kladná.")
        elif paid + amount_hal > approved:
            errors["amount_hal"] = (_("Platba převyšuje schválenou částku: schváleno {money}, "
                                      "vyplaceno {money2}, zbývá {money3}.").format(money=_money(approved), money2=_money(paid), money3=_money(approved - paid)))
        if paid_on is None:
            errors["paid_on"] = _("Vyplňte datum platby.")
        elif paid_on < decision.decided_on:
            errors["paid_on"] = _("Platba nemůže předcházet rozhodnutí o žádosti.")
        if errors:
            raise ValidationError.from_errors(errors)
        payment = FundPayment(request_id=req.id, paid_on=paid_on, amount_hal=amount_hal,
                              recipient=(recipient or "").strip() or None,
                              note=(note or "").strip() or None,
                              landlord_id=landlord.id if landlord else None)
        s.add(payment)
        if paid + amount_hal == approved:
            req.state = FundRequestState.PAID
        s.flush()
        audit.record(s, actor, "pay", "fund_request", req.id,
                     {"payment": payment.id, "landlord": payment.landlord_id})
        return payment.id


def set_repayment_plan(db, actor: Actor, request_id: str, total_hal: int, installment_hal: int,
                       first_due_on: dt.date, note: str | None = None) -> str:
    actor.require(Permission.EDIT_FUND)
    with db.transaction() as s:
        req = _request(s, request_id)
        if req.state not in (FundRequestState.PAID, FundRequestState.REPAYING):
            raise ValidationError(_("Splátkový kalendář lze sjednat až po vyplacení žádosti."))
        paid, repaid = _paid(s, req.id), _repaid(s, req.id)
        errors = {}
        if total_hal is None or total_hal <= 0:
            errors["total_hal"] = _("Částka ke splacení musí být kladná.")
        elif total_hal > paid:
            errors["total_hal"] = _("Ke splacení může být nejvýše vyplacená částka ({money}).").format(money=_money(paid))
        elif total_hal < repaid:
            errors["total_hal"] = _("Už bylo splaceno {money}; celek nemůže být menší.").format(money=_money(repaid))
        if installment_hal is None or installment_hal <= 0:
            errors["installment_hal"] = _("Splátka musí být kladná.")
        elif total_hal and installment_hal > total_hal:
            errors["installment_hal"] = _("Splátka nemůže být vyšší než celá částka.")
        if first_due_on is None:
            errors["first_due_on"] = _("Vyplňte datum první splátky.")
        if errors:
            raise ValidationError.from_errors(errors)
        plan = s.scalars(select(RepaymentPlan).where(RepaymentPlan.request_id == req.id,
                                                     live(RepaymentPlan))).first()
        if plan is None:
            plan = RepaymentPlan(request_id=req.id, total_hal=total_hal,
                                 installment_hal=installment_hal, first_due_on=first_due_on,
                                 note=note)
            s.add(plan)
        else:
            plan.total_hal, plan.installment_hal = total_hal, installment_hal
            plan.first_due_on, plan.note = first_due_on, note
        req.state = FundRequestState.CLOSED if repaid >= total_hal else FundRequestState.REPAYING
        s.flush()
        audit.record(s, actor, "plan", "fund_request", req.id)
        return plan.id


def record_repayment(db, actor: Actor, request_id: str, amount_hal: int, paid_on: dt.date,
                     note: str | None = None) -> str:
    actor.require(Permission.EDIT_FUND)
    with db.transaction() as s:
        req = _request(s, request_id)
        if req.state != FundRequestState.REPAYING:
            raise ValidationError(_("Splátky se evidují jen u žádosti se splátkovým kalendářem."))
        plan = s.scalars(select(RepaymentPlan).where(RepaymentPlan.request_id == req.id,
                                                     live(RepaymentPlan))).one()
        repaid = _repaid(s, req.id)
        first_payment = s.scalar(select(func.min(FundPayment.paid_on)).where(
            FundPayment.request_id == req.id, live(FundPayment)))
        errors = {}
        if amount_hal is None or amount_hal <= 0:
            errors["amount_hal"] = _("Splátka musí být kladná.")
        elif repaid + amount_hal > plan.total_hal:
            errors["amount_hal"] = (_("Splátka převyšuje zbývající dluh vůči fondu ({money}).").format(money=_money(plan.total_hal - repaid)))
        if paid_on is None:
            errors["paid_on"] = _("Vyplňte datum splátky.")
        elif first_payment and paid_on < first_payment:
            errors["paid_on"] = _("Splátka nemůže předcházet výplatě.")
        if errors:
            raise ValidationError.from_errors(errors)
        rep = FundRepayment(request_id=req.id, paid_on=paid_on, amount_hal=amount_hal,
                            note=(note or "").strip() or None)
        s.add(rep)
        if repaid + amount_hal == plan.total_hal:
            req.state = FundRequestState.CLOSED
        s.flush()
        audit.record(s, actor, "repay", "fund_request", req.id, {"repayment": rep.id})
        return rep.id


def close_request(db, actor: Actor, request_id: str, reason: str | None = None) -> None:
    """Close a paid grant that is not repaid (e.g. furnishing)."""
    actor.require(Permission.EDIT_FUND)
    with db.transaction() as s:
        req = _request(s, request_id)
        if req.state != FundRequestState.PAID:
            raise ValidationError(_("Uzavřít bez splácení lze jen vyplacenou žádost."))
        req.state = FundRequestState.CLOSED
        audit.record(s, actor, "close", "fund_request", req.id,
                     {"reason": (reason or "").strip() or None})


# -- reading ---------------------------------------------------------------------

@dataclass(frozen=True)
class FundSummary:
    year: int
    on: dt.date
    budget_hal: int
    paid_hal: int
    repaid_hal: int
    balance_hal: int
    reserved_hal: int
    available_hal: int
    by_state: dict[FundRequestState, int]


def fund_summary(db, actor: Actor, year: int, *, on: dt.date | None = None) -> FundSummary:
    actor.require(Permission.VIEW_FUND)
    today = dt.date.today()
    on = on or min(max(today, dt.date(year, 1, 1)), dt.date(year, 12, 31))
    start = dt.date(year, 1, 1)
    with db.reading() as s:
        budget = budget_of(s, year)
        paid = _sum(s, FundPayment.amount_hal, FundPayment.paid_on, start, on)
        repaid = _sum(s, FundRepayment.amount_hal, FundRepayment.paid_on, start, on)
        res = reserved(s, year)
        counts = dict(s.execute(select(FundRequest.state, func.count()).where(
            live(FundRequest), FundRequest.filed_on >= start,
            FundRequest.filed_on <= dt.date(year, 12, 31)).group_by(FundRequest.state)).all())
        bal = balance_on(s, on)
        return FundSummary(year, on, budget, paid, repaid, bal, res,
                           available(s, year), counts)


def fund_balance(db, actor: Actor, day: dt.date) -> int:
    actor.require(Permission.VIEW_FUND)
    with db.reading() as s:
        return balance_on(s, day)


@dataclass(frozen=True)
class FundRequestRow:
    id: str
    number: str | None
    filed_on: dt.date
    person_id: str
    person: str
    household_id: str | None
    household: str | None
    purpose: FundPurpose
    amount_hal: int
    state: FundRequestState
    approved_hal: int
    paid_hal: int
    repaid_hal: int
    plan_total_hal: int | None
    decided_on: dt.date | None
    decided_by: str | None
    worker: str | None


def _request_rows(session: Session, stmt) -> list[FundRequestRow]:
    names = dict(session.execute(select(User.id, User.full_name)).all())

    def sums(model):
        return dict(session.execute(select(model.request_id, func.sum(model.amount_hal))
                                    .where(live(model))
                                    .group_by(model.request_id)).all())
    paid, repaid = sums(FundPayment), sums(FundRepayment)
    plans = dict(session.execute(select(RepaymentPlan.request_id, RepaymentPlan.total_hal).where(
        live(RepaymentPlan))).all())
    decisions: dict[str, FundDecision] = {}
    for d in session.scalars(select(FundDecision).where(live(FundDecision))
                             .order_by(FundDecision.decided_on, FundDecision.id)):
        decisions[d.request_id] = d
    found = session.execute(stmt).all()
    out = []
    for req, person, hh in found:
        d = decisions.get(req.id)
        out.append(FundRequestRow(
            req.id, req.number, req.filed_on, person.id, person.full_name,
            req.household_id, hh.name if hh else None, req.purpose, req.amount_hal, req.state,
            d.approved_hal if d and d.outcome == FundDecisionOutcome.APPROVED else 0,
            int(paid.get(req.id) or 0), int(repaid.get(req.id) or 0), plans.get(req.id),
            d.decided_on if d else None, names.get(d.decided_by_id) if d else None,
            names.get(req.worker_id)))
    return out


# A list shows a chunk of rows at a time (ui/widgets/chunked.py): namesakes are
# looked up for those rows only (a few queries per chunk), not for every request.
FIRST_CHUNK = 100


def _told_apart(session: Session, rows: list[FundRequestRow]) -> list[FundRequestRow]:
    """Applicants and households of one name told apart (birth year, address,
    application number)."""
    people = person_labels(session, [r.person_id for r in rows], given_first=True)
    households = household_labels(session, [r.household_id for r in rows if r.household_id])
    return [replace(r, person=people.get(r.person_id, r.person),
                    household=households.get(r.household_id, r.household)) for r in rows]


def tell_requests_apart(db, actor: Actor, rows: list[FundRequestRow]) -> list[FundRequestRow]:
    """The next chunk of a list read with ``told_apart``, its namesakes told apart."""
    actor.require(Permission.VIEW_FUND)
    with db.reading() as s:
        return _told_apart(s, list(rows))


def _select():
    return (select(FundRequest, Person, Household)
            .join(Person, Person.id == FundRequest.person_id)
            .outerjoin(Household, Household.id == FundRequest.household_id)
            .where(live(FundRequest)))


def list_requests(db, actor: Actor, text: str = "", *, year: int | None = None,
                  state: FundRequestState | None = None,
                  told_apart: int | None = None) -> list[FundRequestRow]:
    """The requests, newest first. Namesakes are told apart in every row, or
    with ``told_apart`` only in that many first rows (the rest through
    ``tell_requests_apart`` when shown)."""
    actor.require(Permission.VIEW_FUND)
    stmt = _select()
    if year:
        stmt = stmt.where(FundRequest.filed_on >= dt.date(year, 1, 1),
                          FundRequest.filed_on <= dt.date(year, 12, 31))
    if state:
        stmt = stmt.where(FundRequest.state == state)
    with db.reading() as s:
        rows = _request_rows(s, stmt)
        token = fold(text)
        if token:
            rows = [r for r in rows
                    if token in fold(f"{r.number or ''} {r.person} {r.household or ''}")]
        rows.sort(key=lambda r: (r.filed_on, r.number or ""), reverse=True)
        shown = len(rows) if told_apart is None else told_apart
        rows[:shown] = _told_apart(s, rows[:shown])
    return rows


@dataclass(frozen=True)
class DecisionLine:
    outcome: FundDecisionOutcome
    approved_hal: int
    decided_on: dt.date
    decided_by: str | None
    reason: str | None
    budget_override: bool


@dataclass(frozen=True)
class MoneyLine:
    id: str
    on: dt.date
    amount_hal: int
    note: str | None
    recipient: str | None = None
    landlord_id: str | None = None


@dataclass(frozen=True)
class PlanLine:
    total_hal: int
    installment_hal: int
    first_due_on: dt.date
    note: str | None


@dataclass(frozen=True)
class FundRequestDetail:
    row: FundRequestRow
    justification: str | None
    decisions: list[DecisionLine] = field(default_factory=list)
    payments: list[MoneyLine] = field(default_factory=list)
    plan: PlanLine | None = None
    repayments: list[MoneyLine] = field(default_factory=list)


def request_detail(db, actor: Actor, request_id: str) -> FundRequestDetail:
    actor.require(Permission.VIEW_FUND)
    with db.reading() as s:
        rows = _told_apart(s, _request_rows(s, _select().where(FundRequest.id == request_id)))
        if not rows:
            raise NotFound(_("Žádost „{id}“ neexistuje.").format(id=request_id))
        req = s.get(FundRequest, request_id)
        names = dict(s.execute(select(User.id, User.full_name)).all())
        decisions = [DecisionLine(d.outcome, d.approved_hal, d.decided_on,
                                  names.get(d.decided_by_id), d.reason, d.budget_override)
                     for d in s.scalars(select(FundDecision).where(
                         FundDecision.request_id == request_id,
                         live(FundDecision)).order_by(FundDecision.decided_on))]
        payments = [MoneyLine(p.id, p.paid_on, p.amount_hal, p.note, p.recipient,
                              p.landlord_id)
                    for p in s.scalars(select(FundPayment).where(
                        FundPayment.request_id == request_id, live(FundPayment))
                        .order_by(FundPayment.paid_on))]
        plan = s.scalars(select(RepaymentPlan).where(RepaymentPlan.request_id == request_id,
                                                     live(RepaymentPlan))).first()
        repayments = [MoneyLine(r.id, r.paid_on, r.amount_hal, r.note)
                      for r in s.scalars(select(FundRepayment).where(
                          FundRepayment.request_id == request_id,
                          live(FundRepayment)).order_by(FundRepayment.paid_on))]
        return FundRequestDetail(
            rows[0], req.justification, decisions, payments,
            PlanLine(plan.total_hal, plan.installment_hal, plan.first_due_on, plan.note)
            if plan else None, repayments)


def applicant_choices(db, actor: Actor) -> list[HouseholdChoice]:
    actor.require(Permission.VIEW_FUND)
    with db.reading() as s:
        return household_choices(s)


def budget_years(db, actor: Actor) -> list[int]:
    actor.require(Permission.VIEW_FUND)
    with db.reading() as s:
        years = set(s.scalars(select(FundBudget.year).where(live(FundBudget))))
        years |= {d.year for d in s.scalars(select(FundRequest.filed_on).where(
            live(FundRequest)))}
    years.add(dt.date.today().year)
    return sorted(years, reverse=True)


def landlord_payees(db, actor: Actor) -> list[LandlordChoice]:
    """Landlords of the register a payment can go to (bydlení s ručením)."""
    actor.require(Permission.EDIT_FUND)
    with db.reading() as s:
        return landlord_choices_of(s)
