"""Crisis / guarantee fund: budget, request, decision, payments, repayments."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column


class FundBudget(Synced, Base):
    __tablename__ = "fund_budget"

    year: Mapped[int] = mapped_column(Integer, index=True)
    amount_hal: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class FundPurpose(enum.Enum):
    DEPOSIT = "deposit"             # jistota
    RENT_ARREARS = "rent_arrears"   # dluh na nájmu
    FIRST_RENT = "first_rent"       # první nájem
    FURNISHING = "furnishing"       # vybavení
    OTHER = "other"


class FundRequestState(enum.Enum):
    FILED = "filed"           # podaná
    APPROVED = "approved"     # schválená
    REJECTED = "rejected"     # zamítnutá
    PAID = "paid"             # vyplacená
    REPAYING = "repaying"     # splácí se
    CLOSED = "closed"         # uzavřená


class FundRequest(Synced, Base):
    __tablename__ = "fund_request"

    number: Mapped[str | None] = mapped_column(index=True)   # numbering's highest-number query
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    filed_on: Mapped[dt.date] = mapped_column(index=True)
    purpose: Mapped[FundPurpose] = enum_column(FundPurpose)
    amount_hal: Mapped[int] = mapped_column(Integer)
    justification: Mapped[str | None] = mapped_column(Text)
    state: Mapped[FundRequestState] = enum_column(FundRequestState, default=FundRequestState.FILED)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))

    decisions: Mapped[list[FundDecision]] = relationship(back_populates="request")


class FundDecisionOutcome(enum.Enum):
    APPROVED = "approved"     # schváleno
    REJECTED = "rejected"     # zamítnuto


class FundDecision(Synced, Base):
    __tablename__ = "fund_decision"

    request_id: Mapped[str] = mapped_column(ForeignKey("fund_request.id"), index=True)
    outcome: Mapped[FundDecisionOutcome] = enum_column(FundDecisionOutcome)
    approved_hal: Mapped[int] = mapped_column(Integer, default=0)
    decided_on: Mapped[dt.date]
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    budget_override: Mapped[bool] = mapped_column(default=False)  # by the KMB lead

    request: Mapped[FundRequest] = relationship(back_populates="decisions")


class FundPayment(Synced, Base):
    __tablename__ = "fund_payment"

    request_id: Mapped[str] = mapped_column(ForeignKey("fund_request.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(index=True)
    amount_hal: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str | None]   # e.g. the landlord for a deposit
    # the payee when it is a landlord of the register (bydlení s ručením)
    landlord_id: Mapped[str | None] = mapped_column(ForeignKey("landlord.id"), index=True)
    note: Mapped[str | None]


class RepaymentPlan(Synced, Base):
    __tablename__ = "repayment_plan"

    request_id: Mapped[str] = mapped_column(ForeignKey("fund_request.id"), index=True)
    total_hal: Mapped[int] = mapped_column(Integer)
    installment_hal: Mapped[int] = mapped_column(Integer)
    first_due_on: Mapped[dt.date]
    note: Mapped[str | None]


class FundRepayment(Synced, Base):
    __tablename__ = "fund_repayment"

    request_id: Mapped[str] = mapped_column(ForeignKey("fund_request.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(index=True)
    amount_hal: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None]
