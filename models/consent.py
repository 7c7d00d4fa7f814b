"""The client's consent for one purpose on a case (GDPR čl. 6 odst. 1 písm. a
and čl. 7): sharing the case with a partner office, contacting relatives …

A consent is given on a date, in a form, and may be withdrawn later; the row
keeps both dates, so a case's consents are its history (a consent given again
after a withdrawal is a new row). Sharing with a partner installation checks
it on the day of every bundle (app/sync/scope.py)."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class ConsentPurpose(enum.Enum):
    PARTNER_SHARING = "partner_sharing"        # předání případu partnerské organizaci
    CONTACT_RELATIVES = "contact_relatives"    # kontaktování příbuzných a blízkých osob
    OTHER_INSTITUTIONS = "other_institutions"  # předání údajů dalším institucím


class CaseConsent(Synced, Base):
    __tablename__ = "case_consent"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    purpose: Mapped[ConsentPurpose] = enum_column(ConsentPurpose)
    # sharing: the partner installation (its id; peers are local, not a foreign key)
    recipient_peer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    given_on: Mapped[dt.date]
    form: Mapped[str] = mapped_column(String(40))          # písemně / ústně do záznamu …
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    withdrawn_on: Mapped[dt.date | None]
    withdrawn_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    note: Mapped[str | None] = mapped_column(Text)
