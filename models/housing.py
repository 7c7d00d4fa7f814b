"""Housing stock: buildings, flats and their meters."""
from __future__ import annotations

import decimal
import enum

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .dialects import binary_string
from .base import Base, Synced, enum_column


class Building(Synced, Base):
    __tablename__ = "building"

    name: Mapped[str | None]
    address_id: Mapped[str | None] = mapped_column(ForeignKey("address.id"))
    street: Mapped[str | None]
    house_number: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    # RÚIAN address point (kód ADM) of the building's entrance: its flats' address
    ruian_code: Mapped[str | None] = mapped_column(String(20))
    manager: Mapped[str | None]        # owner or manager (správce)
    has_lift: Mapped[bool] = mapped_column(default=False)
    floors: Mapped[int | None]
    year_built: Mapped[int | None]
    cadastral_area: Mapped[str | None] = mapped_column(String(100))   # katastrální území
    parcel: Mapped[str | None] = mapped_column(String(40))            # parcela (st. p. č.)
    note: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(binary_string(400), default="", index=True)

    flats: Mapped[list[Flat]] = relationship(back_populates="building")

    def address_line(self) -> str:
        street = " ".join(p for p in (self.street, self.house_number) if p)
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (street, town) if p)


class FlatCategory(enum.Enum):
    SOCIAL = "social"                    # sociální
    KEY_PROFESSIONS = "key_professions"  # klíčové profese
    SENIORS = "seniors"                  # senioři
    SPECIAL_PURPOSE = "special_purpose"  # zvláštní určení
    STANDARD = "standard"                # běžný


class FlatStatus(enum.Enum):
    VACANT = "vacant"        # volný
    OCCUPIED = "occupied"    # obsazený
    REPAIR = "repair"        # v opravě


class Flat(Synced, Base):
    __tablename__ = "flat"
    __table_args__ = (Index("ix_flat_category_status", "category", "status"),)

    building_id: Mapped[str] = mapped_column(ForeignKey("building.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))      # číslo bytu
    floor: Mapped[int | None]
    rooms: Mapped[int] = mapped_column(Integer, default=1)
    layout: Mapped[str | None] = mapped_column(String(20))  # dispozice, e.g. "2+1"
    floor_area_m2: Mapped[decimal.Decimal] = mapped_column(Numeric(7, 2), default=0)
    barrier_free: Mapped[bool] = mapped_column(default=False)
    category: Mapped[FlatCategory] = enum_column(FlatCategory, default=FlatCategory.STANDARD)
    status: Mapped[FlatStatus] = enum_column(FlatStatus, default=FlatStatus.OCCUPIED)
    rent_hal: Mapped[int] = mapped_column(Integer, default=0)       # monthly rent
    services_hal: Mapped[int] = mapped_column(Integer, default=0)   # expected advances
    owner: Mapped[str | None]
    manager: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(Text)
    appurtenances: Mapped[str | None] = mapped_column(Text)   # příslušenství (sklep č. 3 …)

    building: Mapped[Building] = relationship(back_populates="flats")
    meters: Mapped[list[Meter]] = relationship(back_populates="flat")


class MeterKind(enum.Enum):
    ELECTRICITY = "electricity"   # elektřina (EAN, T1/T2), kWh
    GAS = "gas"                   # plyn (EIC), m³
    COLD_WATER = "cold_water"     # studená voda, m³
    HOT_WATER = "hot_water"       # teplá voda, m³
    HEAT = "heat"                 # teplo (GJ / dílky)


class Meter(Synced, Base):
    __tablename__ = "meter"

    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    kind: Mapped[MeterKind] = enum_column(MeterKind)
    serial: Mapped[str | None] = mapped_column(String(60))
    supply_point: Mapped[str | None] = mapped_column(String(40))  # EAN / EIC
    two_tariffs: Mapped[bool] = mapped_column(default=False)
    unit: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None]

    flat: Mapped[Flat] = relationship(back_populates="meters")
