"""Subject access (čl. 15 GDPR) for a private landlord who is a natural person
(or a company's contact person asking about themselves): the landlord's card,
the private leases with them, the guarantees the town gave them and the
claims paid under those, and the crisis-fund payments made to them – the
same package (ZIP with summary PDF, XLSX, JSON) as for a client.

What the office wrote about the tenant's household (the notes on a lease and
on a fund payment) and which fund request a payment came from are the
household's data, not the landlord's: they are withheld (čl. 15 odst. 4).
The tenant's name stays – the landlord is the other party of that lease."""
# czech-on-purpose: the landlord's access package (čl. 15 GDPR) is a Czech document
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.base import Base
from models.landlords import Landlord, LandlordKind
from models.people import Person
from models.sync import Peer

from .. import audit, settings
from ..db import Database
from ..errors import NotFound
from ..i18n import _
from ..security import Actor, Permission
from .audit_log import events_about
from .subject_access import (SHOWN_EVENTS, WITHHELD, Package, _chunks, _plain, _rows,
                             package_zip)

# (table, column) of the household's data beside the landlord's: withheld
HOUSEHOLDS_DATA = {("private_lease", "note"), ("private_lease", "end_note"),
                   ("fund_payment", "note"), ("fund_payment", "request_id")}
# ids of office-internal rows that tell the landlord nothing
DROPPED = {("private_lease", "household_id"), ("private_lease", "worker_id")}
PURPOSE = ("bydlení s ručením: nájmy domácností klientů KMB u soukromých pronajímatelů, "
           "ručení obce za tyto nájmy a platby z krizového fondu obce pronajímateli "
           "(zákon č. 175/2025 Sb., o podpoře bydlení; smlouva o ručení)")


def collect_landlord(s, landlord_id: str) -> dict[str, list[dict]]:
    """table → rows about the landlord (raw, before shaping)."""
    tables = Base.metadata.tables
    found = {"landlord": _rows(s, tables["landlord"], "id", {landlord_id})}
    found["private_lease"] = _rows(s, tables["private_lease"], "landlord_id", {landlord_id})
    found["guarantee"] = _rows(s, tables["guarantee"], "private_lease_id",
                               {r["id"] for r in found["private_lease"]})
    found["guarantee_claim"] = _rows(s, tables["guarantee_claim"], "guarantee_id",
                                     {r["id"] for r in found["guarantee"]})
    found["fund_payment"] = _rows(s, tables["fund_payment"], "landlord_id", {landlord_id})
    return {k: v for k, v in found.items() if v}


def _tenant_names(s, rows: list[dict]) -> dict[str, str]:
    ids = sorted({r["tenant_id"] for r in rows if r.get("tenant_id")})
    names = {}
    for chunk in _chunks(ids):
        names.update({p.id: p.full_name for p in s.scalars(
            select(Person).where(Person.id.in_(chunk)))})
    return names


def _shape(table: str, row: dict, tenants: dict[str, str]) -> dict:
    out = {}
    for name, value in row.items():
        if (table, name) in DROPPED:
            continue
        if (table, name) in HOUSEHOLDS_DATA and value:
            value = WITHHELD
        elif table == "private_lease" and name == "tenant_id":
            out["tenant"] = tenants.get(value, "")
        out[name] = _plain(value)
    return out


def build_landlord_package(db: Database, actor: Actor, landlord_id: str) -> Package:
    """Everything about the landlord (audited as an export of the landlord's card)."""
    actor.require(Permission.SUBJECT_ACCESS)
    actor.require(Permission.VIEW_LANDLORDS)
    actor.require(Permission.VIEW_FUND)        # payments from the fund are in it
    with db.reading() as s:
        landlord = s.get(Landlord, landlord_id)
        if landlord is None or landlord.deleted_at is not None:
            raise NotFound(_("Pronajímatel neexistuje."))
        raw = collect_landlord(s, landlord_id)
        tenants = _tenant_names(s, raw.get("private_lease", []))
        # who worked with the card, the leases and the guarantees (not the fund requests)
        ids = {r["id"] for t in ("landlord", "private_lease", "guarantee", "guarantee_claim")
               for r in raw.get(t, [])}
        pkg = Package(landlord_id, landlord.name, dt.datetime.now().replace(microsecond=0),
                      events=events_about(s, ids))
        pkg.tables = {t: [_shape(t, r, tenants) for r in rows] for t, rows in raw.items()}
        pkg.summary = _summary(s, pkg, landlord)
    with db.transaction() as s:
        audit.record(s, actor, "export", "landlord", landlord_id,
                     {"what": "subject_access", "rows": pkg.row_count,
                      "tables": sorted(pkg.tables)})
    return pkg


def _summary(s, pkg: Package, landlord: Landlord):
    from reports.subject_access import SubjectSummary

    from ..czech_text import sort_key
    from ..formatting import format_date, format_datetime
    from ..office import office_info
    from . import retention
    from .audit_log import ACTION_LABELS
    from .labels import table_label
    from .processing import KIND_LABELS
    company = landlord.kind == LandlordKind.COMPANY
    identity = (("Název" if company else "Jméno a příjmení", landlord.name),
                ("IČO", landlord.ico or ""), ("Kontaktní osoba", landlord.contact_person or ""),
                ("Adresa", landlord.address or ""), ("Bankovní účet", landlord.bank_account or ""))
    peers = s.scalars(select(Peer).where(Peer.revoked_at.is_(None)).order_by(Peer.name))
    years = settings.get(s, retention.LANDLORD_YEARS)
    return SubjectSummary(
        office=office_info(s), person_name=pkg.person_name,
        made_on=format_date(pkg.made_at.date()), identity=identity,
        records=tuple((table_label(t), len(rows)) for t, rows in sorted(
            pkg.tables.items(), key=lambda kv: sort_key(table_label(kv[0])))),
        purposes=(PURPOSE,),
        recipients=tuple(f"{p.name} ({KIND_LABELS.get(p.kind, p.kind)})" for p in peers),
        retention=(f"{years} let od skončení posledního nájmu, ručení nebo platby; potom se "
                   "údaje pronajímatele – fyzické osoby (u firmy kontaktní osoby) "
                   "anonymizují",
                   "poznámky pracovníků o domácnosti nájemce se nevydávají "
                   "(údaje dalších osob, čl. 15 odst. 4 GDPR)"),
        access=tuple((format_datetime(e.at), e.user_name or "", ACTION_LABELS.get(
            e.action, e.action), table_label(e.entity)) for e in pkg.events[:SHOWN_EVENTS]),
        access_total=len(pkg.events))


def export_landlord(db: Database, actor: Actor, landlord_id: str, out_path) -> Package:
    """``kmb landlord export`` and the button on the landlord's card: a ZIP file."""
    from ..files import write_atomic
    pkg = build_landlord_package(db, actor, landlord_id)
    write_atomic(out_path, package_zip(pkg))
    return pkg
