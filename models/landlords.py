"""Private landlords and bydlení s ručením: the landlord register, private
leases and subleases of a household, and the municipality's guarantees
(ručení) with the claims paid under them."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class LandlordKind(enum.Enum):
    PERSON = "person"       # fyzická osoba
    COMPANY = "company"     # právnická osoba / podnikatel


class Landlord(Synced, Base):
    __tablename__ = "landlord"

    kind: Mapped[LandlordKind] = enum_column(LandlordKind, default=LandlordKind.PERSON)
    name: Mapped[str]                                            # jméno nebo název
    ico: Mapped[str | None] = mapped_column(String(8), index=True)  # IČO, 8 digits
    contact_person: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None]
    address: Mapped[str | None]
    bank_account: Mapped[str | None] = mapped_column(String(40))   # 19-2000145399/0800
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)


class PrivateLeaseKind(enum.Enum):
    LEASE = "lease"         # nájem
    SUBLEASE = "sublease"   # podnájem


class PrivateLeaseState(enum.Enum):
    PREPARED = "prepared"   # sjednává se
    ACTIVE = "active"       # platná
    ENDED = "ended"         # ukončená


class Guarantor(enum.Enum):
    MUNICIPALITY = "municipality"   # obec (KMB) – bydlení s ručením
    OTHER = "other"                 # jiný ručitel
    NONE = "none"                   # bez ručení


class PrivateLease(Synced, Base):
    """A lease (or sublease) of a household with a private landlord. Not a
    municipal lease: it never takes a number of the municipal series."""
    __tablename__ = "private_lease"

    landlord_id: Mapped[str] = mapped_column(ForeignKey("landlord.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[PrivateLeaseKind] = enum_column(PrivateLeaseKind, default=PrivateLeaseKind.LEASE)
    address: Mapped[str]
    contract_ref: Mapped[str | None] = mapped_column(String(60))   # the landlord's own number
    rent_hal: Mapped[int] = mapped_column(Integer, default=0)
    deposit_hal: Mapped[int] = mapped_column(Integer, default=0)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None] = mapped_column(index=True)    # None = indefinite
    state: Mapped[PrivateLeaseState] = enum_column(PrivateLeaseState,
                                                   default=PrivateLeaseState.ACTIVE)
    guarantor: Mapped[Guarantor] = enum_column(Guarantor, default=Guarantor.MUNICIPALITY)
    guarantor_name: Mapped[str | None]                             # for Guarantor.OTHER
    via_kmb: Mapped[bool] = mapped_column(default=True)            # housed through the KMB
    ended_on: Mapped[dt.date | None]
    end_note: Mapped[str | None] = mapped_column(Text)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    note: Mapped[str | None] = mapped_column(Text)


class Guarantee(Synced, Base):
    """Ručení: the municipality answers to the landlord for the tenant's debts
    up to ``amount_hal`` for the term."""
    __tablename__ = "guarantee"

    number: Mapped[str | None] = mapped_column(String(40), index=True)
    private_lease_id: Mapped[str] = mapped_column(ForeignKey("private_lease.id"), index=True)
    amount_hal: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(Text)


class GuaranteeClaim(Synced, Base):
    """A claim the municipality paid to the landlord under a guarantee."""
    __tablename__ = "guarantee_claim"

    guarantee_id: Mapped[str] = mapped_column(ForeignKey("guarantee.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(index=True)
    amount_hal: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
