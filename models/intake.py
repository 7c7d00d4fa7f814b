"""Intake at the front desk: contact record, referral, partner organisation,
and the Housing Support Act steps (counselling §12, assessment §16, entry as
"potřebný" §13–27)."""
from __future__ import annotations

import datetime as dt
import decimal
import enum

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column


class PartnerKind(enum.Enum):
    CITIZENS_ADVICE = "citizens_advice"      # občanská poradna
    DEBT_COUNSELLING = "debt_counselling"    # dluhová poradna
    NGO = "ngo"                              # NNO
    SOCIAL_REHABILITATION = "social_rehabilitation"
    PSYCHIATRIC_CARE = "psychiatric_care"
    LABOUR_OFFICE = "labour_office"          # úřad práce
    SOCIAL_DEPARTMENT = "social_department"  # sociální odbor (OSPOD, …)
    SHELTER = "shelter"                      # azylový dům, noclehárna
    OTHER = "other"


class PartnerOrganisation(Synced, Base):
    __tablename__ = "partner_organisation"

    name: Mapped[str]
    kind: Mapped[PartnerKind] = enum_column(PartnerKind, default=PartnerKind.OTHER)
    contact_person: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None]
    address: Mapped[str | None]
    opening_hours: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class Channel(enum.Enum):
    IN_PERSON = "in_person"   # osobně
    PHONE = "phone"           # telefon
    EMAIL = "email"           # e-mail
    FIELD = "field"           # terén


class Urgency(enum.Enum):
    ACUTE = "acute"           # akutní – dnes
    WEEK = "week"             # do týdne
    PLANNED = "planned"       # plánované


class Outcome(enum.Enum):
    INFORMATION = "information"   # jen informace / poradenství
    REFERRAL = "referral"         # předání na službu
    CASE_OPENED = "case_opened"   # otevřen případ


class ContactRecord(Synced, Base):
    """One contact with a client (a visit, call, e-mail, field meeting)."""
    __tablename__ = "contact_record"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    channel: Mapped[Channel] = enum_column(Channel, default=Channel.IN_PERSON)
    reason: Mapped[str | None] = mapped_column(Text)
    # ETHOS operational category 1–13 (conceptual category derives from it).
    ethos_category: Mapped[int | None] = mapped_column(Integer)
    dwelling_area_m2: Mapped[decimal.Decimal | None] = mapped_column(Numeric(7, 2))
    dwelling_persons: Mapped[int | None]
    urgency: Mapped[Urgency] = enum_column(Urgency, default=Urgency.PLANNED)
    minutes_spent: Mapped[int | None]
    outcome: Mapped[Outcome] = enum_column(Outcome, default=Outcome.INFORMATION)
    counselling_given: Mapped[bool] = mapped_column(default=False)  # §12
    note: Mapped[str | None] = mapped_column(Text)
    # Where the client lives: a municipality of the ORP and a town part or an
    # excluded locality (lists in the settings "geo.*"), for statistics.
    municipality: Mapped[str | None] = mapped_column(String(100))
    locality: Mapped[str | None] = mapped_column(String(100))

    referrals: Mapped[list[Referral]] = relationship(back_populates="contact")


class Referral(Synced, Base):
    """Sending a client on to a partner service; followed up by a task."""
    __tablename__ = "referral"

    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact_record.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner_organisation.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    referred_on: Mapped[dt.date]
    reason: Mapped[str | None] = mapped_column(Text)
    # None = not known yet; True = arrived at the service; False = did not.
    arrived: Mapped[bool | None]
    checked_on: Mapped[dt.date | None]
    follow_up_task_id: Mapped[str | None] = mapped_column(ForeignKey("task.id"))

    contact: Mapped[ContactRecord | None] = relationship(back_populates="referrals")
    partner: Mapped[PartnerOrganisation] = relationship()


class DistrictLink(enum.Enum):
    PERMANENT_RESIDENCE = "permanent_residence"   # trvalý pobyt v obvodu
    LIVING_2Y = "living_2y"                       # 2 roky zde žije
    WORKING_2Y = "working_2y"                     # 2 roky zde pracuje
    STUDYING_2Y = "studying_2y"                   # 2 roky zde studuje
    NONE = "none"


class NeedState(enum.Enum):
    PENDING = "pending"       # šetření probíhá
    REGISTERED = "registered" # zapsán jako potřebný
    REJECTED = "rejected"     # nesplňuje podmínky
    EXPIRED = "expired"       # platnost zápisu skončila
    CANCELLED = "cancelled"


class HousingNeedRecord(Synced, Base):
    """The §16 housing-situation assessment and the entry as "potřebný"."""
    __tablename__ = "housing_need_record"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact_record.id"))
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    assessment_started_on: Mapped[dt.date | None]   # §16 šetření zahájeno
    assessment_done_on: Mapped[dt.date | None]
    household_income_hal: Mapped[int | None]         # monthly, haléře
    subsistence_minimum_hal: Mapped[int | None]      # household's životní minimum
    income_limit_factor: Mapped[decimal.Decimal | None] = mapped_column(Numeric(4, 2))
    income_eligible: Mapped[bool | None]
    district_link: Mapped[DistrictLink | None] = enum_column(DistrictLink)
    special_vulnerability: Mapped[bool] = mapped_column(default=False)  # §6
    state: Mapped[NeedState] = enum_column(NeedState, default=NeedState.PENDING)
    registered_on: Mapped[dt.date | None]
    valid_until: Mapped[dt.date | None]               # §23
    note: Mapped[str | None] = mapped_column(Text)
