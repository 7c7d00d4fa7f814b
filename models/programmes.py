"""Programmes and funding: the register of projects and grants a KMB runs on
(OPZ+, IROP, ITI, Housing First, Housing Led …), the tags that put cases,
leases and fund budgets into a programme (many to many: a case can be in a
Housing First project and an OPZ+ project at once, as funders count them),
and the funding of a flat bought or rebuilt with a grant, with the target
group it must go to while the sustainability period lasts."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class Funder(enum.Enum):
    OPZ_PLUS = "opz_plus"              # Operační program Zaměstnanost plus
    IROP = "irop"                      # Integrovaný regionální operační program
    ITI = "iti"                        # integrované teritoriální investice
    HOUSING_FIRST = "housing_first"
    HOUSING_LED = "housing_led"
    MUNICIPAL = "municipal"            # rozpočet obce
    OTHER = "other"


class Programme(Synced, Base):
    __tablename__ = "programme"

    code: Mapped[str] = mapped_column(String(40), index=True)   # e.g. CZ.03.02.01/…
    name: Mapped[str]
    funder: Mapped[Funder] = enum_column(Funder)
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None]
    indicators: Mapped[str | None] = mapped_column(Text)        # one indicator a line
    note: Mapped[str | None] = mapped_column(Text)


class ProgrammeTag(Synced, Base):
    """One record in one programme: exactly one of case, lease, fund budget."""
    __tablename__ = "programme_tag"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    lease_id: Mapped[str | None] = mapped_column(ForeignKey("lease.id"), index=True)
    fund_budget_id: Mapped[str | None] = mapped_column(ForeignKey("fund_budget.id"), index=True)
    tagged_on: Mapped[dt.date]


class FlatFunding(Synced, Base):
    """A flat bought or rebuilt with a grant. While ``sustainability_until``
    lasts, the allocation engine offers it only to the target group: ETHOS
    categories, households in a programme, or income below a limit (any of
    the conditions that are set; none set = no restriction)."""
    __tablename__ = "flat_funding"

    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    source: Mapped[str] = mapped_column(String(60))                 # "IROP", "ITI" …
    programme_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"))
    sustainability_until: Mapped[dt.date | None]
    target_ethos: Mapped[str | None] = mapped_column(String(60))   # "1,2,3,4,5,6,7"
    target_programme_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"))
    # monthly income per person in haléře, below which a household qualifies
    target_income_hal: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
