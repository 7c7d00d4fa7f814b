"""Guardians and legal representatives of a person: who signs for the person
(or with them) and on what decision."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class GuardianKind(enum.Enum):
    GUARDIAN = "guardian"              # opatrovník (appointed by a court)
    LEGAL_REPRESENTATIVE = "legal"     # zákonný zástupce (a parent of a minor)
    ATTORNEY = "attorney"              # zmocněnec (power of attorney)
    SUPPORTER = "supporter"            # podpůrce (nápomoc při rozhodování, § 45 OZ)


class Guardian(Synced, Base):
    __tablename__ = "guardian"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[GuardianKind] = enum_column(GuardianKind, default=GuardianKind.GUARDIAN)
    name: Mapped[str]
    # e.g. the court decision "rozsudek OS Trutnov č. j. 12 P 34/2025"
    decision_ref: Mapped[str | None] = mapped_column(String(120))
    valid_from: Mapped[dt.date | None]
    valid_to: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)
