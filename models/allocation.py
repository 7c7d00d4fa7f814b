"""Allocation of municipal flats: applications, rule sets, offers, refusals,
council decisions."""
from __future__ import annotations

import datetime as dt
import decimal
import enum

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column
from .housing import FlatCategory


class RuleSetState(enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class RuleSet(Synced, Base):
    """A town's allocation rules as data (JSON body), versioned."""
    __tablename__ = "rule_set"

    name: Mapped[str]
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[RuleSetState] = enum_column(RuleSetState, default=RuleSetState.DRAFT)
    body_json: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    adopted_on: Mapped[dt.date | None]
    adopted_by: Mapped[str | None]     # e.g. "usnesení RM č. 2026/123"
    note: Mapped[str | None] = mapped_column(Text)


class ApplicationState(enum.Enum):
    ACTIVE = "active"         # platná, v pořadníku
    HOUSED = "housed"         # vyřízena přidělením
    WITHDRAWN = "withdrawn"   # stažena
    EXPIRED = "expired"       # neobnovena
    EXCLUDED = "excluded"     # vyřazena (např. po odmítnutích)


class Application(Synced, Base):
    """Žádost o byt, with the facts the rules need."""
    __tablename__ = "application"

    # indexed: the numbering's highest-number query reads a range of it
    number: Mapped[str | None] = mapped_column(String(40), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    applicant_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    filed_on: Mapped[dt.date]
    requested_category: Mapped[FlatCategory] = enum_column(FlatCategory)
    state: Mapped[ApplicationState] = enum_column(ApplicationState, default=ApplicationState.ACTIVE)
    valid_until: Mapped[dt.date | None]
    renewal_due_on: Mapped[dt.date | None]
    # Facts
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    children: Mapped[int] = mapped_column(Integer, default=0)
    pregnancy: Mapped[bool] = mapped_column(default=False)
    needs_barrier_free: Mapped[bool] = mapped_column(default=False)
    disability: Mapped[bool] = mapped_column(default=False)
    income_per_person_hal: Mapped[int | None]
    household_income_hal: Mapped[int | None]
    residence_years: Mapped[int] = mapped_column(Integer, default=0)
    permanent_residence: Mapped[bool] = mapped_column(default=False)
    ethos_category: Mapped[int | None]
    current_area_m2: Mapped[decimal.Decimal | None] = mapped_column(Numeric(7, 2))
    current_rooms: Mapped[int | None] = mapped_column(Integer)    # rooms of the current flat
    two_households_in_flat: Mapped[bool] = mapped_column(default=False)
    debt_to_town_hal: Mapped[int] = mapped_column(Integer, default=0)
    repayment_plan: Mapped[bool] = mapped_column(default=False)
    on_benefits: Mapped[bool] = mapped_column(default=False)
    key_profession: Mapped[str | None] = mapped_column(String(60))
    # Bounded discretionary adjustment; needs a written justification.
    individual_points: Mapped[int] = mapped_column(Integer, default=0)
    individual_justification: Mapped[str | None] = mapped_column(Text)
    individual_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    note: Mapped[str | None] = mapped_column(Text)


class OfferResponse(enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Offer(Synced, Base):
    __tablename__ = "offer"

    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    rule_set_id: Mapped[str | None] = mapped_column(ForeignKey("rule_set.id"))
    offered_on: Mapped[dt.date]
    offered_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    rank: Mapped[int | None]
    score: Mapped[int | None]
    response: Mapped[OfferResponse] = enum_column(OfferResponse, default=OfferResponse.PENDING)
    responded_on: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)

    application: Mapped[Application] = relationship()


class Refusal(Synced, Base):
    """A refused offer; counts towards the refusal exclusion rule."""
    __tablename__ = "refusal"

    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("offer.id"))
    flat_id: Mapped[str | None] = mapped_column(ForeignKey("flat.id"))
    refused_on: Mapped[dt.date]
    reason: Mapped[str | None] = mapped_column(Text)
    justified: Mapped[bool] = mapped_column(default=False)  # a serious reason does not count


class DecisionOutcome(enum.Enum):
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class AllocationDecision(Synced, Base):
    """The council decision; freezes the rules and the ranking used."""
    __tablename__ = "allocation_decision"

    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("offer.id"))
    rule_set_id: Mapped[str | None] = mapped_column(ForeignKey("rule_set.id"))
    decided_on: Mapped[dt.date]
    body: Mapped[str | None]                 # "Rada města Trutnova"
    resolution_number: Mapped[str | None] = mapped_column(String(60))
    outcome: Mapped[DecisionOutcome] = enum_column(DecisionOutcome, default=DecisionOutcome.APPROVED)
    rules_snapshot_json: Mapped[str | None] = mapped_column(Text)
    ranking_snapshot_json: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
