"""One row of a file → parsed values by field, or the reasons it is bad.
Pure: no database here (the engine decides new / existing / conflict)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models.allocation import ApplicationState
from models.housing import FlatCategory, FlatStatus
from models.leases import LeaseState
from models.people import Relation

from ..errors import ValidationError
from ..people.records import PersonInput, validate
from . import values
from .fields import Kind
from ..i18n import N_, _

DATES = {"birth_date", "filed_on", "valid_until", "starts_on", "ends_on", "signed_on",
         "ended_on"}
MONEY = {"household_income", "rent", "services", "lease_rent", "deposit"}
INTS = {"household_size", "children", "floor", "rooms"}
DECIMALS = {"floor_area"}
BOOLS = {"barrier_free"}
ENUMS = {"category": FlatCategory, "flat_category": FlatCategory, "flat_status": FlatStatus,
         "state": ApplicationState, "lease_state": LeaseState, "relation": Relation}
_PERSON_LABELS = {"given_name": N_("jméno"), "surname": N_("příjmení"), "birth_date": N_("datum narození"),
                  "birth_number": N_("rodné číslo"), "sex": N_("pohlaví"), "email": N_("e-mail"),
                  "phone": N_("telefon"), "postcode": N_("PSČ")}


@dataclass
class Parsed:
    line: int
    values: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    person: PersonInput | None = None


def _parse_cell(key: str, raw, today: dt.date):
    if key in DATES:
        return values.parse_date(raw, today=today)
    if key in MONEY:
        return values.parse_amount(raw)
    if key in INTS:
        return values.parse_int(raw)
    if key in DECIMALS:
        return values.parse_decimal(raw)
    if key in BOOLS:
        return values.parse_bool(raw)
    if key in ENUMS:
        return values.parse_enum(raw, ENUMS[key])
    return values.text(raw)


_CODE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


_LABELS: dict[str, dict[str, str]] = {}


def _labels(kind: Kind) -> dict[str, str]:
    """Column labels for the row's messages, built once per kind, not per row."""
    if kind.key not in _LABELS:
        _LABELS[kind.key] = {f.key: f.label for f in kind.fields}
    return _LABELS[kind.key]


def parse(kind: Kind, index: dict[str, int], line: int, cells: list,
          today: dt.date) -> Parsed:
    labels = _labels(kind)
    out = Parsed(line)
    for key, i in index.items():
        raw = cells[i] if i < len(cells) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            value = _parse_cell(key, raw, today)
        except ValueError as exc:
            out.errors.append(f"{_(labels[key])}: {exc}")
            continue
        if key.endswith("_code") and value is not None and not _CODE.match(str(value)):
            out.errors.append(_("{label}: „{value}“ není kód záznamu z vývozu KMB Desk")
                              .format(label=_(labels[key]), value=value))
            continue
        if value is not None:
            out.values[key] = value
    if kind.key != "flats" and _has_person(out.values):
        out.person = _person(out, today)
    return out


def _has_person(v: dict) -> bool:
    return any(k in v for k in ("full_name", "full_name_reversed", "surname", "given_name"))


def _person(out: Parsed, today: dt.date) -> PersonInput | None:
    """The row's person through the same validation as the intake form
    (rodné číslo checksum and its agreement with the birth date)."""
    v = out.values
    data = PersonInput(birth_date=v.get("birth_date"), birth_number=v.get("birth_number"),
                       title_before=v.get("title_before"), title_after=v.get("title_after"),
                       given_name=v.get("given_name") or "", surname=v.get("surname") or "",
                       phone=v.get("phone"), email=v.get("email"),
                       citizenship=v.get("citizenship"), street=v.get("street"),
                       house_number=v.get("house_number"), city=v.get("city"),
                       postcode=v.get("postcode"))
    combined = v.get("full_name") or v.get("full_name_reversed")
    if combined and not (data.given_name and data.surname):
        try:
            before, given, surname, after = values.split_name(
                combined, surname_first="full_name_reversed" in v and "full_name" not in v)
        except ValueError as exc:
            out.errors.append(str(exc))
            return None
        data.given_name, data.surname = given, surname
        data.title_before = data.title_before or before
        data.title_after = data.title_after or after
    if v.get("address") and not data.street:
        parts = values.split_address(v["address"])
        data.street, data.house_number = parts["street"], parts["house_number"]
        data.city = data.city or parts["city"]
        data.postcode = data.postcode or parts["postcode"]
    try:
        return validate(data, today=today)
    except ValidationError as exc:
        out.errors.extend(f"{_(_PERSON_LABELS[k]) if k in _PERSON_LABELS else k}: "
                          f"{m[0].lower() + m[1:].rstrip('.')}" for k, m in exc.errors.items())
        return None
