"""Everything back out (issue 17.3): the office's persons, households, the
waiting list, flats and leases as one workbook — one sheet per record type,
the same Czech column names the import reads (so the workbook imports into
another installation without any mapping), dates and Kč formatted.

Who: taking the whole register out of the office is what the bundle export
is — ``EXPORT_BUNDLES`` (by default the KMB lead and the administrator).
Each sheet is written only when the role may also see that record type;
special-category data (health, disability, ETHOS) is not in the workbook at
all. The export is audited with the file's hash and its counts."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.allocation import Application
from models.housing import Building, Flat
from models.leases import Lease
from models.people import (Address, ContactKind, Household, HouseholdMember, Person,
                           PersonContact, Relation)

from .. import audit
from ..files import write_atomic
from ..labels import label
from ..rows import live
from ..security import Actor, Permission
from ..tabular import Sheet, xlsx_bytes
from .fields import KINDS

P = Permission


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    counts: dict[str, int]          # sheet title → rows


def _labels(kind: str) -> dict[str, str]:
    return {f.key: f.label for f in KINDS[kind].fields}


def _cols(kind: str, keys: list[str]) -> list[tuple[str, str]]:
    """(field, header); money fields end in _hal so the sheet formats them in Kč."""
    lab = _labels(kind)
    return [(k + "_hal" if k in _MONEY else k, lab[k]) for k in keys]


_MONEY = {"household_income", "rent", "services", "lease_rent", "deposit"}


def _rc(digits: str | None) -> str | None:
    return f"{digits[:6]}/{digits[6:]}" if digits else None


def _persons(s: Session) -> Sheet:
    contacts: dict[tuple[str, ContactKind], str] = {}
    for pid, kind, value in s.execute(select(PersonContact.person_id, PersonContact.kind,
                                             PersonContact.value).where(live(PersonContact))):
        contacts.setdefault((pid, kind), value)
    sheet = Sheet("Osoby", _cols("persons", [
        "person_code", "title_before", "given_name", "surname", "title_after", "birth_date",
        "birth_number", "phone", "email", "street", "house_number", "city", "postcode",
        "citizenship", "note"]))
    for p, a in s.execute(select(Person, Address).outerjoin(
            Address, Address.id == Person.permanent_address_id)
            .where(live(Person), Person.merged_into_id.is_(None)).order_by(Person.sort_key)):
        sheet.rows.append({
            "person_code": p.id, "title_before": p.title_before, "given_name": p.given_name,
            "surname": p.surname, "title_after": p.title_after, "birth_date": p.birth_date,
            "birth_number": _rc(p.birth_number),
            "phone": contacts.get((p.id, ContactKind.PHONE)),
            "email": contacts.get((p.id, ContactKind.EMAIL)),
            "street": a.street if a else None, "house_number": a.house_number if a else None,
            "city": a.city if a else None, "postcode": a.postcode if a else None,
            "citizenship": p.citizenship, "note": p.note})
    return sheet


def _members(s: Session) -> Sheet:
    # czech-on-purpose: sheet names of the export workbook, read back by the import (a Czech file format)
    sheet = Sheet("Domácnosti", _cols("households", [
        "household_code", "household", "relation", "person_code", "given_name", "surname",
        "birth_date", "birth_number"]))
    for h, m, p in s.execute(
            select(Household, HouseholdMember, Person)
            .join(HouseholdMember, HouseholdMember.household_id == Household.id)
            .join(Person, Person.id == HouseholdMember.person_id)
            .where(live(Household, HouseholdMember, Person), HouseholdMember.until.is_(None),
                   Person.merged_into_id.is_(None))
            .order_by(Household.name, Household.id, HouseholdMember.relation != Relation.HEAD)):
        sheet.rows.append({
            "household_code": h.id, "household": h.name, "relation": label(m.relation),
            "person_code": p.id, "given_name": p.given_name, "surname": p.surname,
            "birth_date": p.birth_date, "birth_number": _rc(p.birth_number)})
    return sheet


def _applications(s: Session) -> Sheet:
    # czech-on-purpose: sheet names of the export workbook, read back by the import (a Czech file format)
    sheet = Sheet("Žádosti", _cols("applications", [
        "application_code", "application_number", "filed_on", "state", "category",
        "valid_until", "household_size", "children", "household_income", "household_code",
        "household", "person_code", "given_name", "surname", "birth_date", "birth_number"]))
    for a, h, p in s.execute(
            select(Application, Household, Person)
            .join(Household, Household.id == Application.household_id)
            .outerjoin(Person, Person.id == Application.applicant_id)
            .where(live(Application)).order_by(Application.filed_on, Application.number)):
        sheet.rows.append({
            "application_code": a.id, "application_number": a.number, "filed_on": a.filed_on,
            "state": label(a.state), "category": label(a.requested_category),
            "valid_until": a.valid_until, "household_size": a.household_size,
            "children": a.children, "household_income_hal": a.household_income_hal,
            "household_code": h.id, "household": h.name,
            "person_code": p.id if p else None, "given_name": p.given_name if p else None,
            "surname": p.surname if p else None, "birth_date": p.birth_date if p else None,
            "birth_number": _rc(p.birth_number) if p else None})
    return sheet


def _flats(s: Session) -> Sheet:
    sheet = Sheet("Byty", _cols("flats", [
        "flat_code", "flat_street", "flat_house_number", "flat_city", "flat_postcode",
        "flat_number", "floor", "layout", "rooms", "floor_area", "flat_category",
        "flat_status", "rent", "services", "barrier_free", "note"]))
    for f, b in s.execute(select(Flat, Building).join(Building, Building.id == Flat.building_id)
                          .where(live(Flat)).order_by(Building.sort_key, Flat.number)):
        sheet.rows.append({
            **_flat_place(f, b), "floor": f.floor, "layout": f.layout, "rooms": f.rooms,
            "floor_area": f.floor_area_m2, "flat_category": label(f.category),
            "flat_status": label(f.status), "rent_hal": f.rent_hal,
            "services_hal": f.services_hal, "barrier_free": "ano" if f.barrier_free else "ne",
            "note": f.note})
    return sheet


def _flat_place(f: Flat, b: Building) -> dict:
    return {"flat_code": f.id, "flat_street": b.street or b.name,
            "flat_house_number": b.house_number, "flat_city": b.city,
            "flat_postcode": b.postcode, "flat_number": f.number}


def _leases(s: Session) -> Sheet:
    sheet = Sheet("Smlouvy", _cols("leases", [
        "lease_code", "lease_number", "lease_state", "starts_on", "ends_on", "signed_on",
        "ended_on", "lease_rent", "deposit", "flat_code", "flat_street", "flat_house_number",
        "flat_city", "flat_number", "household_code", "person_code", "given_name", "surname",
        "birth_date", "birth_number"]))
    for lease, f, b, p in s.execute(
            select(Lease, Flat, Building, Person)
            .join(Flat, Flat.id == Lease.flat_id)
            .join(Building, Building.id == Flat.building_id)
            .join(Person, Person.id == Lease.tenant_id)
            .where(live(Lease)).order_by(Lease.starts_on, Lease.number)):
        sheet.rows.append({
            "lease_code": lease.id, "lease_number": lease.number,
            "lease_state": label(lease.state), "starts_on": lease.starts_on,
            "ends_on": lease.ends_on, "signed_on": lease.signed_on, "ended_on": lease.ended_on,
            "lease_rent_hal": lease.rent_hal, "deposit_hal": lease.deposit_hal,
            **_flat_place(f, b), "household_code": lease.household_id, "person_code": p.id,
            "given_name": p.given_name, "surname": p.surname, "birth_date": p.birth_date,
            "birth_number": _rc(p.birth_number)})
    return sheet


# sheet → what the role must be allowed to see
SHEETS = [
    (_persons, {P.VIEW_PERSONS}),
    (_members, {P.VIEW_PERSONS}),
    (_applications, {P.VIEW_PERSONS, P.MANAGE_ALLOCATION}),
    (_flats, {P.VIEW_FLATS}),
    (_leases, {P.VIEW_PERSONS, P.VIEW_LEASES}),
]


def export_xlsx(db, actor: Actor, out_path: str | Path) -> ExportResult:
    """Write the workbook (atomically) and audit it."""
    actor.require(P.EXPORT_BUNDLES)
    with db.reading() as s:
        sheets = [build(s) for build, needs in SHEETS if all(actor.can(n) for n in needs)]
    data = xlsx_bytes(sheets)
    path = write_atomic(out_path, data)
    digest = hashlib.sha256(data).hexdigest()
    counts = {sh.title: len(sh.rows) for sh in sheets}
    with db.transaction() as s:
        audit.record(s, actor, "export", "office_workbook", None,
                     {"file": path.name, "file_sha256": digest, "sheets": counts})
    return ExportResult(path, digest, counts)
