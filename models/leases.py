"""Leases: lease, services (advances), rent arrears, renewals."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, enum_column


class LeaseState(enum.Enum):
    DRAFT = "draft"         # návrh
    ACTIVE = "active"       # platná
    RENEWED = "renewed"     # prodloužená
    ENDED = "ended"         # ukončená


class EndReason(enum.Enum):
    MOVED_OUT = "moved_out"         # odstěhování
    NOTICE = "notice"               # výpověď
    AGREEMENT = "agreement"         # dohoda
    DEATH = "death"                 # úmrtí
    TRANSFER = "transfer"           # přestěhování
    EXCHANGE = "exchange"           # výměna bytu (a new lease of another municipal flat)
    EXPIRY = "expiry"               # uplynutí doby
    OTHER = "other"


class Lease(Synced, Base):
    __tablename__ = "lease"

    number: Mapped[str | None] = mapped_column(String(40), index=True)  # číslo smlouvy
    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("offer.id"))
    state: Mapped[LeaseState] = enum_column(LeaseState, default=LeaseState.DRAFT)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None] = mapped_column(index=True)  # None = indefinite
    term_months: Mapped[int | None] = mapped_column(Integer, default=12)
    rent_hal: Mapped[int] = mapped_column(Integer, default=0)
    deposit_hal: Mapped[int] = mapped_column(Integer, default=0)
    signed_on: Mapped[dt.date | None]
    moved_in_on: Mapped[dt.date | None]
    ended_on: Mapped[dt.date | None]
    end_reason: Mapped[EndReason | None] = enum_column(EndReason)
    end_note: Mapped[str | None] = mapped_column(Text)
    via_kmb: Mapped[bool] = mapped_column(default=False)   # housed through the KMB
    # an exchange of flats (výměna bytu): signing this lease ends that one
    replaces_lease_id: Mapped[str | None] = mapped_column(ForeignKey("lease.id"))
    # what the contract said when it was signed (reprints use it, byte for byte)
    contract_snapshot_json: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    services: Mapped[list[LeaseService]] = relationship(back_populates="lease")


class ServiceKind(enum.Enum):
    HEATING = "heating"             # vytápění
    HOT_WATER = "hot_water"         # ohřev teplé vody
    WATER = "water"                 # vodné a stočné
    LIFT = "lift"                   # výtah
    COMMON_AREAS = "common_areas"   # osvětlení a úklid společných prostor
    WASTE = "waste"                 # odvoz odpadu
    CHIMNEY = "chimney"             # komíny
    AERIAL = "aerial"               # společná anténa
    OTHER = "other"


class LeaseService(Synced, Base):
    __tablename__ = "lease_service"

    lease_id: Mapped[str] = mapped_column(ForeignKey("lease.id"), index=True)
    kind: Mapped[ServiceKind] = enum_column(ServiceKind)
    advance_hal: Mapped[int] = mapped_column(Integer, default=0)   # monthly
    note: Mapped[str | None]

    lease: Mapped[Lease] = relationship(back_populates="services")


class ArrearsSource(enum.Enum):
    MANUAL = "manual"
    IMPORT = "import"


class ArrearsBalance(Synced, Base):
    """Rent arrears of a lease at the end of a month."""
    __tablename__ = "arrears_balance"

    lease_id: Mapped[str] = mapped_column(ForeignKey("lease.id"), index=True)
    month: Mapped[dt.date] = mapped_column(index=True)   # first day of the month
    balance_hal: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[ArrearsSource] = enum_column(ArrearsSource, default=ArrearsSource.MANUAL)
    source_file: Mapped[str | None]
    note: Mapped[str | None]


class RenewalProposal(enum.Enum):
    AUTOMATIC = "automatic"          # bez dluhu → prodloužit
    NEEDS_DECISION = "needs_decision"


class RenewalDecision(enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Renewal(Synced, Base):
    __tablename__ = "renewal"

    lease_id: Mapped[str] = mapped_column(ForeignKey("lease.id"), index=True)
    check_on: Mapped[dt.date]
    arrears_hal: Mapped[int] = mapped_column(Integer, default=0)
    threshold_hal: Mapped[int] = mapped_column(Integer, default=0)
    proposal: Mapped[RenewalProposal] = enum_column(RenewalProposal)
    decision: Mapped[RenewalDecision] = enum_column(RenewalDecision, default=RenewalDecision.PENDING)
    decided_on: Mapped[dt.date | None]
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    previous_ends_on: Mapped[dt.date | None]
    new_ends_on: Mapped[dt.date | None]
    amendment_number: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    # the amendment or notice as issued (data snapshot): reprints never change
    document_snapshot_json: Mapped[str | None] = mapped_column(Text)
