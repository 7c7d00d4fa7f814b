"""Social assessment (sociální šetření), following the standardised record of
a social worker (vyhláška 332/2013 Sb.) where it applies.

A closed assessment is locked; an amendment is a new version (``amends_id``)
and the old one stays readable.
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column


class RecordState(enum.Enum):
    DRAFT = "draft"       # rozpracováno
    CLOSED = "closed"     # uzavřeno (uzamčeno)


class Assessment(Synced, Base):
    __tablename__ = "assessment"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    state: Mapped[RecordState] = enum_column(RecordState, default=RecordState.DRAFT)
    version: Mapped[int] = mapped_column(Integer, default=1)
    amends_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"))
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    # Consent and declaration
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_on: Mapped[dt.date | None]
    client_declaration: Mapped[str | None] = mapped_column(Text)
    # Visit
    visit_on: Mapped[dt.date | None]
    visit_place: Mapped[str | None]
    present_persons: Mapped[str | None] = mapped_column(Text)
    # Household and relations
    household_description: Mapped[str | None] = mapped_column(Text)
    # Housing
    ethos_category: Mapped[int | None] = mapped_column(Integer)
    housing_situation: Mapped[str | None] = mapped_column(Text)
    housing_condition: Mapped[str | None] = mapped_column(Text)
    # Income and benefits, debts and executions (summaries; lines below)
    income_note: Mapped[str | None] = mapped_column(Text)
    debts_note: Mapped[str | None] = mapped_column(Text)
    # Health and disability: special-category data, social-work roles only
    health: Mapped[str | None] = mapped_column(Text)
    disability: Mapped[str | None] = mapped_column(Text)
    # Risks, needs, conclusion
    risks: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    conclusion: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[str | None] = mapped_column(Text)

    incomes: Mapped[list[AssessmentIncome]] = relationship(back_populates="assessment")
    debts: Mapped[list[AssessmentDebt]] = relationship(back_populates="assessment")
    next_steps: Mapped[list[AssessmentStep]] = relationship(back_populates="assessment")


class IncomeKind(enum.Enum):
    WAGE = "wage"                       # mzda, plat
    PENSION = "pension"                 # důchod
    UNEMPLOYMENT = "unemployment"       # podpora v nezaměstnanosti
    SUBSISTENCE = "subsistence"         # příspěvek na živobytí
    HOUSING_ALLOWANCE = "housing_allowance"   # příspěvek na bydlení
    HOUSING_SUPPLEMENT = "housing_supplement" # doplatek na bydlení
    CHILD_ALLOWANCE = "child_allowance"       # přídavek na dítě
    CARE_ALLOWANCE = "care_allowance"         # příspěvek na péči
    PARENTAL = "parental"                     # rodičovský příspěvek
    ALIMONY = "alimony"                       # výživné
    # dávka státní sociální pomoci (zákon č. 151/2025 Sb.) from 1. 10. 2025: it
    # replaced SUBSISTENCE, HOUSING_ALLOWANCE, HOUSING_SUPPLEMENT and CHILD_ALLOWANCE
    STATE_SOCIAL_AID = "state_social_aid"
    OTHER = "other"


class AssessmentIncome(Synced, Base):
    __tablename__ = "assessment_income"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[IncomeKind] = enum_column(IncomeKind, default=IncomeKind.OTHER)
    monthly_hal: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None]

    assessment: Mapped[Assessment] = relationship(back_populates="incomes")


class AssessmentDebt(Synced, Base):
    __tablename__ = "assessment_debt"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    creditor: Mapped[str]
    amount_hal: Mapped[int] = mapped_column(Integer, default=0)
    in_execution: Mapped[bool] = mapped_column(default=False)   # exekuce
    insolvency: Mapped[bool] = mapped_column(default=False)     # oddlužení
    repayment_plan: Mapped[bool] = mapped_column(default=False) # splátkový kalendář
    note: Mapped[str | None]

    assessment: Mapped[Assessment] = relationship(back_populates="debts")


class AssessmentStep(Synced, Base):
    """An agreed next step; becomes a task when the assessment is closed."""
    __tablename__ = "assessment_step"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    due_on: Mapped[dt.date | None]
    task_id: Mapped[str | None] = mapped_column(ForeignKey("task.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    who: Mapped[str | None] = mapped_column(String(120))  # who does it (client, worker, partner)

    assessment: Mapped[Assessment] = relationship(back_populates="next_steps")
