"""Meter readings: Czech number format, supply-point codes and the warning
when a reading is lower than the previous one of the same meter."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.housing import MeterKind
from models.inspections import MeterReading

from ..errors import ValidationError
from ..formatting import NBSP, format_date
from ..labels import shown
from ..rows import live
from ..i18n import _

UNITS = {MeterKind.ELECTRICITY: "kWh", MeterKind.GAS: "m³", MeterKind.COLD_WATER: "m³",
         MeterKind.HOT_WATER: "m³", MeterKind.HEAT: "GJ"}
_EAN = re.compile(r"^\d{18}$")
_EIC = re.compile(r"^27[A-Z0-9]{14}$")
MAX_VALUE = Decimal("99999999999")


def parse_reading(text: str | None, field: str | None = None) -> Decimal | None:
    """"12 345,6" → Decimal("12345.6"); empty → None."""
    cleaned = (text or "").replace(NBSP, "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(_("„{text}“ není stav měřidla (číslo, např. 12 345,6).")
            .format(text=text),
                              field=field) from None
    if not value.is_finite() or value < 0:
        raise ValidationError(_("Stav měřidla nemůže být záporný."), field=field)
    if value > MAX_VALUE:
        raise ValidationError(_("Stav „{text}“ je příliš velký – zkontrolujte ho.")
            .format(text=text), field=field)
    return value.quantize(Decimal("0.001"))


def format_reading(value: Decimal | None) -> str:
    """Decimal("12345.600") → "12 345,6" (a thin-space-free, printable form)."""
    if value is None:
        return ""
    text = f"{Decimal(value):,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def normalise_supply_point(kind: MeterKind, code: str | None,
                           field: str | None = None) -> str | None:
    code = "".join((code or "").split()).upper()
    if not code:
        return None
    if kind == MeterKind.ELECTRICITY and not _EAN.match(code):
        raise ValidationError(_("EAN odběrného místa „{code}“ má mít 18 číslic (např. "
                                "859182400123456789).").format(code=code), field=field)
    if kind == MeterKind.GAS and not _EIC.match(code):
        raise ValidationError(_("EIC odběrného místa „{code}“ má 16 znaků a začíná 27 (např. "
                                "27ZG600012345678).").format(code=code), field=field)
    return code


def meter_title(kind: MeterKind, serial: str | None) -> str:
    if not serial:
        return shown(kind)
    return _("{kind} č. {serial}").format(kind=shown(kind), serial=serial)


@dataclass(frozen=True)
class PreviousReading:
    read_on: dt.date
    value: Decimal
    value_t2: Decimal | None
    inspection_id: str | None


@dataclass(frozen=True)
class ReadingWarning:
    index: int                 # position of the reading line in the input
    meter: str                 # "elektřina č. 12345678"
    message: str


def previous_reading(session: Session, *, meter_id: str | None, kind: MeterKind,
                     serial: str | None, before: dt.date,
                     exclude_inspection: str | None) -> PreviousReading | None:
    """The last reading of the same meter (by meter record, else by serial
    number) on or before ``before``, not counting this inspection's own."""
    if meter_id is None and not serial:
        return None
    same = [MeterReading.meter_id == meter_id] if meter_id else []
    if serial:
        same.append((MeterReading.serial == serial) & (MeterReading.kind == kind))
    stmt = (select(MeterReading).where(
        or_(*same), live(MeterReading), MeterReading.read_on <= before)
        .order_by(MeterReading.read_on.desc(), MeterReading.created_at.desc()))
    if exclude_inspection:
        stmt = stmt.where(or_(MeterReading.inspection_id.is_(None),
                              MeterReading.inspection_id != exclude_inspection))
    row = session.scalars(stmt.limit(1)).first()
    if row is None:
        return None
    return PreviousReading(row.read_on, row.value, row.value_t2, row.inspection_id)


def lower_than_previous(index: int, kind: MeterKind, serial: str | None, unit: str | None,
                        value: Decimal | None, value_t2: Decimal | None,
                        prev: PreviousReading | None) -> ReadingWarning | None:
    """A warning when a new reading is below the previous one (a typo, or a
    replaced meter that should get its own line)."""
    if prev is None or value is None:
        return None
    unit = unit or UNITS.get(kind, "")
    title = meter_title(kind, serial)
    parts = []
    if value < prev.value:
        parts.append(_("stav {value} {unit} je nižší než předchozí odečet {previous} {unit}")
                     .format(value=format_reading(value), unit=unit,
                             previous=format_reading(prev.value)))
    if value_t2 is not None and prev.value_t2 is not None and value_t2 < prev.value_t2:
        parts.append(_("stav T2 {value} {unit} je nižší než předchozí {previous} {unit}")
                     .format(value=format_reading(value_t2), unit=unit,
                             previous=format_reading(prev.value_t2)))
    if not parts:
        return None
    msg = (_("{what}: {problems} ze dne {day}. Zkontrolujte odečet, nebo zda nebylo "
             "měřidlo vyměněno.").format(what=title[:1].upper() + title[1:],
                                         problems=_(" a ").join(parts),
                                         day=format_date(prev.read_on)))
    return ReadingWarning(index, title, msg)
