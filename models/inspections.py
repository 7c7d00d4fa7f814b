"""Flat inspections and handovers: checklist items, meter readings, keys,
attachments (photos)."""
from __future__ import annotations

import datetime as dt
import decimal
import enum

from sqlalchemy import ForeignKey, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .assessments import RecordState
from .base import Base, Synced, enum_column
from .housing import MeterKind


class InspectionKind(enum.Enum):
    MOVE_IN = "move_in"           # předání při nastěhování
    MOVE_OUT = "move_out"         # převzetí při vystěhování
    PERIODIC = "periodic"         # pravidelná kontrola
    EXTRAORDINARY = "extraordinary"  # mimořádná


class ChecklistTemplate(Synced, Base):
    __tablename__ = "checklist_template"

    name: Mapped[str]
    kind: Mapped[InspectionKind | None] = enum_column(InspectionKind)
    # JSON list of {"room": ..., "item": ...} in order
    items_json: Mapped[str] = mapped_column(Text, default="[]")
    active: Mapped[bool] = mapped_column(default=True)


class Inspection(Synced, Base):
    __tablename__ = "inspection"

    flat_id: Mapped[str] = mapped_column(ForeignKey("flat.id"), index=True)
    kind: Mapped[InspectionKind] = enum_column(InspectionKind)
    inspected_on: Mapped[dt.date] = mapped_column(index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    lease_id: Mapped[str | None] = mapped_column(ForeignKey("lease.id"), index=True)
    template_id: Mapped[str | None] = mapped_column(ForeignKey("checklist_template.id"))
    present_persons: Mapped[str | None] = mapped_column(Text)
    state: Mapped[RecordState] = enum_column(RecordState, default=RecordState.DRAFT)
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    summary: Mapped[str | None] = mapped_column(Text)
    # what the closed handover protocol said (reprints use it, byte for byte)
    handover_snapshot_json: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[InspectionItem]] = relationship(
        back_populates="inspection", order_by="InspectionItem.position")
    readings: Mapped[list[MeterReading]] = relationship(back_populates="inspection")
    keys: Mapped[list[KeyHandover]] = relationship(back_populates="inspection")


class Condition(enum.Enum):
    GOOD = "good"           # v pořádku
    WORN = "worn"           # opotřebené
    DAMAGED = "damaged"     # poškozené
    MISSING = "missing"     # chybí
    NOT_CHECKED = "not_checked"


class InspectionItem(Synced, Base):
    __tablename__ = "inspection_item"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    room: Mapped[str]
    item: Mapped[str]
    condition: Mapped[Condition] = enum_column(Condition, default=Condition.NOT_CHECKED)
    defect: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str | None] = mapped_column(ForeignKey("task.id"))

    inspection: Mapped[Inspection] = relationship(back_populates="items")


class MeterReading(Synced, Base):
    __tablename__ = "meter_reading"

    inspection_id: Mapped[str | None] = mapped_column(ForeignKey("inspection.id"), index=True)
    meter_id: Mapped[str | None] = mapped_column(ForeignKey("meter.id"), index=True)
    flat_id: Mapped[str | None] = mapped_column(ForeignKey("flat.id"), index=True)
    kind: Mapped[MeterKind] = enum_column(MeterKind)
    serial: Mapped[str | None] = mapped_column(String(60))
    supply_point: Mapped[str | None] = mapped_column(String(40))  # EAN / EIC
    read_on: Mapped[dt.date]
    value: Mapped[decimal.Decimal] = mapped_column(Numeric(14, 3))      # T1 / single
    value_t2: Mapped[decimal.Decimal | None] = mapped_column(Numeric(14, 3))
    unit: Mapped[str | None] = mapped_column(String(10))

    inspection: Mapped[Inspection | None] = relationship(back_populates="readings")


class KeyKind(enum.Enum):
    FLAT = "flat"           # byt
    MAILBOX = "mailbox"     # schránka
    COMMON = "common"       # společné prostory
    OTHER = "other"


class KeyHandover(Synced, Base):
    __tablename__ = "key_handover"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    kind: Mapped[KeyKind] = enum_column(KeyKind)
    count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None]

    inspection: Mapped[Inspection] = relationship(back_populates="keys")


class Attachment(Synced, Base):
    """A file (photo) stored with a record; travels in bundles."""
    __tablename__ = "attachment"

    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str]
    mime_type: Mapped[str] = mapped_column(String(60))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None]
    height: Mapped[int | None]
    caption: Mapped[str | None]
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
