"""Demo: the town's RÚIAN address file (generated in ČÚZK's exact format and
read back through the importer's parser), most demo addresses and buildings
linked to their address point, the ORP's municipalities and localities as
settings, and contacts and cases placed in them for the statistics."""
from __future__ import annotations

import json
import random

from sqlalchemy import insert, select, text

from models.addresses import RuianAddress
from models.settings import setting_id

from ..addresses import ruian_file
from ..addresses.completion import format_postcode
from .context import DemoContext
from .ruian import TRUTNOV_ORP, csv_bytes, file_name, points

# the whole ORP as the office lists it; only some municipalities have a file loaded
ORP_MUNICIPALITIES = [m.name for m in TRUTNOV_ORP] + [
    "Mladé Buky", "Pec pod Sněžkou", "Hajnice", "Chvaleč", "Bernartice"]
EXCLUDED_LOCALITIES = ["Ubytovna Kryblice", "Ubytovna U Nádraží", "Lokalita Voletiny – Lesnická"]
LINKED_SHARE = 0.85          # the rest stay free text, as typed before the file was loaded


def build_addresses(ctx: DemoContext) -> None:
    if ctx.size != "town":
        return                 # the city benchmark office works with free-text addresses
    rng = random.Random(ctx.rng.random())
    conn = ctx.conn
    addresses = conn.execute(text("SELECT id, street, house_number FROM address")).all()
    buildings = conn.execute(text("SELECT id, street, house_number FROM building")).all()
    wanted: dict[str, set[str]] = {}
    for row in [*addresses, *buildings]:
        if row.street and row.house_number:
            wanted.setdefault(row.street, set()).add(row.house_number)
    rows: list[dict] = []
    for m in TRUTNOV_ORP:
        data = csv_bytes(points(m, rng, wanted if m.name == "Trutnov" else None,
                                per_street=(3, 12)))
        rows += ruian_file.rows(file_name(m), data)       # the importer's own reading
    conn.execute(insert(RuianAddress), rows)
    town = {(r["street_label"], ruian_file.house_number(
        r["building_kind"], r["house_no"], r["orientation_no"], r["orientation_sign"])): r
        for r in rows if r["municipality"] == "Trutnov"}
    _link(conn, rng, addresses, buildings, town)
    _settings(ctx)
    _place_contacts(conn, rng, rows)


def _link(conn, rng, addresses, buildings, town) -> None:
    linked, typed = [], []
    for a in addresses:
        point = town.get((a.street, a.house_number))
        if point and rng.random() < LINKED_SHARE:
            linked.append(dict(id=a.id, code=str(point["code"]), part=point["town_part"],
                               postcode=format_postcode(point["postcode"])))
        elif point:           # typed by hand, with the house's right postcode
            typed.append(dict(id=a.id, postcode=format_postcode(point["postcode"])))
    if linked:
        conn.execute(text("UPDATE address SET ruian_code = :code, city_part = :part, "
                          "postcode = :postcode WHERE id = :id"), linked)
    if typed:
        conn.execute(text("UPDATE address SET postcode = :postcode WHERE id = :id"), typed)
    # a house has one postcode: the flat's address and its tenant's agree
    codes = [dict(id=b.id, code=str(point["code"]), postcode=format_postcode(point["postcode"]))
             for b in buildings if (point := town.get((b.street, b.house_number)))]
    if codes:
        conn.execute(text("UPDATE building SET ruian_code = :code, postcode = :postcode "
                          "WHERE id = :id"), codes)


def _settings(ctx: DemoContext) -> None:
    values = {"geo.municipalities": ORP_MUNICIPALITIES, "geo.localities": EXCLUDED_LOCALITIES}
    ctx.insert("setting", [dict(id=setting_id(k), key=k,
                                value_json=json.dumps(v, ensure_ascii=False, sort_keys=True))
                           for k, v in values.items()])


def _place_contacts(conn, rng, rows) -> None:
    """Most clients live in the town (the part of their address); some come
    from the ORP's villages, some from an excluded locality."""
    from models.cases import Case
    from models.intake import ContactRecord
    from models.people import Address, Person
    parts: dict[str, list[str]] = {}
    for r in rows:
        parts.setdefault(r["municipality"], [])
        if r["town_part"] not in parts[r["municipality"]]:
            parts[r["municipality"]].append(r["town_part"])
    home = dict(conn.execute(
        select(Person.id, Address.city_part)
        .join(Address, Address.id == Person.permanent_address_id)).all())
    place: dict[str, tuple[str | None, str | None]] = {}
    excluded = 0
    for pid in sorted(home):
        roll = rng.random()
        if roll < 0.12:
            town = rng.choice(ORP_MUNICIPALITIES[1:])
            part = rng.choice(parts[town]) if town in parts and rng.random() < 0.6 else None
            place[pid] = (town, part)
        elif roll < 0.2:        # in turn, so that every excluded locality has its clients
            place[pid] = ("Trutnov", EXCLUDED_LOCALITIES[excluded % len(EXCLUDED_LOCALITIES)])
            excluded += 1
        elif roll < 0.95:
            part = home[pid]
            place[pid] = ("Trutnov", part if part in parts["Trutnov"] else None)
        # else: not recorded (older contacts)
    for model in (ContactRecord, Case):
        updates = [dict(id=i, m=place[p][0], l=place[p][1])
                   for i, p in conn.execute(select(model.id, model.person_id)).all()
                   if p in place]
        if updates:
            table = model.__tablename__
            conn.execute(text(f'UPDATE "{table}" SET municipality = :m, locality = :l '
                              "WHERE id = :id"), updates)
