"""Shared set-up for the assessment and inspection tests: staff of every
role, Řehoř Šťastný of Žluťoučká 12 with his household, and a flat in
Žluťoučká 12 with meters."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from PIL import Image

from app.people.households import add_household, add_member
from app.people.records import PersonInput, add_person
from app.security import Actor, actor_from_user
from models.housing import Building, Flat, FlatCategory, Meter, MeterKind
from models.people import Relation
from models.staff import Role, User

TODAY = dt.date(2026, 11, 27)


@dataclass
class Office:
    worker: Actor
    lead: Actor
    property: Actor
    readonly: Actor
    person_id: str
    partner_id: str
    household_id: str
    flat_id: str
    meter_ids: dict


def setup_office(db, admin) -> Office:
    with db.transaction() as s:
        users = {}
        for username, name, role in (("jana", "Jana Dvořáková", Role.SOCIAL_WORKER),
                                     ("petr", "Petr Horák", Role.LEAD),
                                     ("tomas", "Tomáš Krejčí", Role.PROPERTY),
                                     ("host", "Host", Role.READONLY)):
            u = User(username=username, full_name=name, role=role)
            s.add(u)
            s.flush()
            users[username] = actor_from_user(u)
        person = add_person(s, admin, PersonInput(
            given_name="Řehoř", surname="Šťastný", birth_date=dt.date(1984, 5, 17),
            street="Žluťoučká", house_number="12", city="Trutnov", postcode="541 01"))
        partner = add_person(s, admin, PersonInput(
            given_name="Věra", surname="Šťastná", birth_date=dt.date(1987, 2, 3)))
        hh = add_household(s, admin, "Šťastní")
        add_member(s, admin, hh.id, person.id, Relation.HEAD)
        add_member(s, admin, hh.id, partner.id, Relation.PARTNER)
        b = Building(street="Žluťoučká", house_number="12", city="Trutnov", postcode="541 01")
        s.add(b)
        s.flush()
        flat = Flat(building_id=b.id, number="3", floor=1, rooms=2, layout="2+1",
                    floor_area_m2=Decimal("54.2"), category=FlatCategory.SOCIAL)
        s.add(flat)
        s.flush()
        meters = {}
        for kind, serial, sp, two, unit in (
                (MeterKind.ELECTRICITY, "41234567", "859182400123456789", True, "kWh"),
                (MeterKind.GAS, "7654321", "27ZG600012345678", False, "m³"),
                (MeterKind.COLD_WATER, "V1111111", None, False, "m³"),
                (MeterKind.HOT_WATER, "V2222222", None, False, "m³")):
            m = Meter(flat_id=flat.id, kind=kind, serial=serial, supply_point=sp,
                      two_tariffs=two, unit=unit)
            s.add(m)
            s.flush()
            meters[kind] = m.id
        return Office(users["jana"], users["petr"], users["tomas"], users["host"], person.id,
                      partner.id, hh.id, flat.id, meters)


def jpeg(width=4000, height=3000, *, exif_gps=False) -> bytes:
    img = Image.new("RGB", (width, height), (180, 160, 140))
    for x in range(0, width, max(1, width // 20)):
        for y in range(height // 3, height // 3 + 40):
            img.putpixel((x, y), (40, 40, 40))
    out = io.BytesIO()
    if exif_gps:
        exif = Image.Exif()
        exif[0x010F] = "Telefon"                  # Make
        exif[0x8825] = {1: "N", 2: (50.0, 34.0, 0.0)}   # GPS
        img.save(out, "JPEG", quality=90, exif=exif)
    else:
        img.save(out, "JPEG", quality=90)
    return out.getvalue()


def png(width=300, height=120) -> bytes:
    img = Image.new("RGBA", (width, height), (20, 80, 140, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()

