"""Freezing contracts and renewals set-based gives exactly what the plain path
gives.

``contract_snapshots`` / ``renewal_snapshots`` read what all the documents need
in a few statements (leases, flats, buildings, tenants with their addresses,
services, household members, council resolutions, representatives, office and
landlord) and fill each document from that. Here every lease and every decided
renewal of the town demo is frozen both ways — the plain path below is the
former per-document code (a ``session.get`` or query for each flat, building,
tenant, service list, household, resolution and representative) — and the
stored JSON must be equal byte for byte. The one-document path the GUI and the
CLI use (``freeze_contract``, ``freeze_renewal``, the PDF preview) is the set
of one, checked too; and the statements of the set path do not grow with the
number of documents."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_area, format_date
from app.labels import label
from app.leases import config, documents as d
from app.leases.common import flat_address
from app.czech_names import by_sex, case_forms
from app.office import office_info
from app.people.guardians import signing_representatives
from app.people.households import current_members
from app.rows import live
from app import settings
from models.guardians import Guardian, GuardianKind
from models.allocation import AllocationDecision, DecisionOutcome
from models.housing import Building, Flat
from models.leases import Lease, LeaseService, Renewal, RenewalDecision, ServiceKind
from models.people import Person
from reports.contract import ContractData
from reports.renewal import Party, RenewalData

from .statements import counted


# -- the plain path: one document at a time, as before ------------------------------

def _plain_resolution(session, lease):
    if not lease.offer_id:
        return "", ""
    found = session.scalars(select(AllocationDecision).where(
        AllocationDecision.offer_id == lease.offer_id,
        AllocationDecision.outcome == DecisionOutcome.APPROVED,
        live(AllocationDecision))).first()
    if found is None:
        return "", ""
    return found.resolution_number or "", format_date(found.decided_on)


def _plain_place(session, office):
    return settings.get(session, d.SIGNING_PLACE) or (f"{office.town}," if office.town else "")


def _plain_contract(session: Session, lease: Lease, template: str) -> ContractData:
    office = office_info(session)
    flat = session.get(Flat, lease.flat_id)
    building = session.get(Building, flat.building_id)
    tenant = session.get(Person, lease.tenant_id)
    land = config.landlord(session)
    cfg = config.lease_settings(session)
    order = {k: i for i, k in enumerate(ServiceKind)}
    services = sorted(session.scalars(select(LeaseService).where(
        LeaseService.lease_id == lease.id, live(LeaseService))),
        key=lambda x: order[x.kind])
    services_total = sum(x.advance_hal for x in services)
    members = []
    if lease.household_id:
        for m, p in current_members(session, lease.household_id):
            if p.id != tenant.id:
                born = f", nar. {format_date(p.birth_date)}" if p.birth_date else ""
                members.append(f"{p.full_name}{born}")
    start, end = format_date(lease.starts_on), format_date(lease.ends_on)
    resolution, resolution_day = _plain_resolution(session, lease)
    council = f"Rada města {office.town}" if office.town else "Rada obce"
    blank = "…………………"
    dolozka = (f"O pronájmu bytu rozhodla {council} usnesením č. {resolution or blank} "
               f"ze dne {resolution_day or blank} (§ 41 zákona č. 128/2000 Sb., o obcích).")
    if lease.ends_on:
        term = (f"na dobu určitou {d.months_text(lease.term_months)}, "
                if lease.term_months else "na dobu určitou, ")
        doba = f"{term}od {start} do {end}"
    else:
        doba = f"na dobu neurčitou s účinností od {start}"
    money = d._money
    values = {
        "cislo_smlouvy": lease.number or "",
        "pronajimatel": land.name,
        "pronajimatel_adresa": land.address or "—",
        "pronajimatel_ico": land.ico or "—",
        "pronajimatel_zastoupeni": land.representative or "—",
        "najemce": tenant.full_name,
        "najemce_narozeni": format_date(tenant.birth_date) or "—",
        "narozen": d.born_word(tenant.sex),
        **case_forms("najemce", tenant.given_name, tenant.surname,
                     tenant.sex.value if tenant.sex else None,
                     tenant.title_before, tenant.title_after),
        "najemce_adresa": (tenant.permanent_address.one_line()
                           if tenant.permanent_address else "—"),
        "clenove_domacnosti": ", ".join(members) if members else by_sex(
            tenant.sex.value if tenant.sex else None, "nikdo další (nájemce bydlí sám)",
            "nikdo další (nájemkyně bydlí sama)", "nikdo další"),
        "byt_cislo": flat.number,
        "byt_podlazi": d.floor_text(flat.floor),
        "byt_dum": building.address_line(),
        "byt_adresa": flat_address(flat, building),
        "byt_dispozice": flat.layout or f"{flat.rooms} pokoj(e)",
        "byt_plocha": f"{format_area(flat.floor_area_m2)} m²",
        "byt_kategorie": label(flat.category),
        "katastralni_uzemi": building.cadastral_area or blank,
        "parcela": building.parcel or blank,
        "prislusenstvi": flat.appurtenances or "bez příslušenství",
        "ucet": land.bank_account or blank,
        "variabilni_symbol": d.variable_symbol(lease.number),
        "usneseni": resolution or blank,
        "usneseni_datum": resolution_day or blank,
        "dolozka": dolozka,
        "pocatek": start,
        "konec": end or "—",
        "doba": doba,
        "najemne": money(lease.rent_hal),
        "zalohy_celkem": money(services_total),
        "platba_celkem": money(lease.rent_hal + services_total),
        "jistota": money(lease.deposit_hal),
        "prah_prodlouzeni": money(cfg.renewal_threshold_hal),
        "delka_prodlouzeni": d.months_text(lease.term_months or cfg.term_months),
        "misto": _plain_place(session, office).rstrip(","),
        "datum": format_date(lease.signed_on) if lease.signed_on else "",
    }
    signed = format_date(lease.signed_on) if lease.signed_on else "...................."
    return ContractData(
        office=office, template=template, values=values,
        services=[(label(x.kind) + (f" ({x.note})" if x.note else ""), money(x.advance_hal))
                  for x in services],
        services_total=money(services_total),
        signatures=[("za pronajímatele", land.representative.split(",")[0] if land.representative
                     else land.name), ("nájemce", tenant.full_name)]
        + signing_representatives(session, tenant.id, lease.signed_on or dt.date.today(),
                                  "nájemce"),
        place_date=f"{_plain_place(session, office)} dne {signed}".strip(),
        doc_title="Nájemní smlouva", reference=lease.number or "")


def _plain_renewal(s: Session, r: Renewal) -> RenewalData:
    lease = s.get(Lease, r.lease_id)
    base = _plain_contract(s, lease, "# x")
    v = base.values
    land = config.landlord(s)
    approved = r.decision == RenewalDecision.APPROVED
    day = format_date(r.decided_on or dt.date.today())
    tenant = s.get(Person, lease.tenant_id)
    return RenewalData(
        office=base.office, approved=approved, lease_number=lease.number or "",
        amendment_number=r.amendment_number or "",
        landlord=Party(land.name, (f"se sídlem {land.address}" if land.address else "",
                                   f"IČO {land.ico}" if land.ico else "",
                                   f"zastoupené: {land.representative}"
                                   if land.representative else "")),
        tenant=Party(v["najemce"], (f"{v['narozen']} {v['najemce_narozeni']}",
                                    f"trvale bytem {v['najemce_adresa']}") if approved
                     else (v["byt_adresa"],)),
        flat=v["byt_adresa"], previous_ends_on=format_date(r.previous_ends_on),
        new_ends_on=format_date(r.new_ends_on), rent=v["najemne"],
        services_total=v["zalohy_celkem"], arrears=d._money(r.arrears_hal),
        check_on=format_date(r.check_on),
        reason=d._amendment_reason(r) if approved else (r.note or ""),
        place_date=f"{_plain_place(s, base.office)} dne {day}",
        landlord_signatory=base.signatures[0][1],
        contact=(f" ({base.office.address}, tel. {base.office.phone})"
                 if base.office.phone else ""),
        salutation=d._salutation(tenant), vacate_words=d._vacate_words(tenant),
        representatives=(signing_representatives(s, tenant.id, r.decided_on or dt.date.today(),
                                                 "nájemce") if approved else ()))


def _plain_contract_json(s, lease, template) -> str:
    return json.dumps(d._snapshot(_plain_contract(s, lease, template)), ensure_ascii=False,
                      sort_keys=True)


# -- the checks ------------------------------------------------------------------------

def _leases_from_offers(db) -> None:
    """The demo's leases came from no offer: give a few the offers the council
    approved, so that the resolution (§ 41) is filled in both paths."""
    with db.transaction() as s:
        offers = s.scalars(select(AllocationDecision.offer_id).where(
            AllocationDecision.outcome == DecisionOutcome.APPROVED)).all()
        leases = s.scalars(select(Lease).order_by(Lease.id).limit(len(offers))).all()
        for lease, offer in zip(leases, offers):
            lease.offer_id = offer


def test_every_contract_of_the_town_demo_is_frozen_byte_identical(town_db):
    _leases_from_offers(town_db)
    with town_db.reading() as s:
        template = config.contract_template(s)
        leases = s.scalars(select(Lease).order_by(Lease.id)).all()
        plain = [_plain_contract_json(s, x, template) for x in leases]
        assert d.contract_snapshots(s, leases) == plain
        # what the documents hold, so that the comparison means something
        values = [json.loads(x)["values"] for x in plain]
        assert len(leases) > 100
        assert sum("nar." in v["clenove_domacnosti"] for v in values) > 20
        assert sum(v["usneseni"] != "…………………" for v in values) >= 5
        assert sum(len(json.loads(x)["signatures"]) > 2 for x in plain) >= 1   # a guardian
        assert sum(v["zalohy_celkem"] != "0 Kč" for v in values) > 50
        # the one-lease path (signing in the GUI or CLI) is the set of one
        for lease, want in list(zip(leases, plain))[::25]:
            assert d.contract_snapshots(s, [lease]) == [want]
            assert d._snapshot(d._contract_data(s, lease, template)) == json.loads(want)


def _representatives_of_some_tenants(db) -> None:
    """Tenants of decided renewals with representatives valid on the decision
    day, expired before it, starting after it, and a removed one: only the
    valid ones sign, in both paths."""
    with db.transaction() as s:
        rows = s.execute(select(Renewal, Lease).join(Lease, Lease.id == Renewal.lease_id).where(
            Renewal.decision == RenewalDecision.APPROVED).order_by(Renewal.id.desc())
            .limit(4)).all()
        for i, (r, lease) in enumerate(rows):
            day = r.decided_on
            s.add(Guardian(person_id=lease.tenant_id, kind=GuardianKind.GUARDIAN,
                           name=f"Mgr. Alena Šírová {i}", decision_ref=f"12 P {i}/2025",
                           valid_from=day - dt.timedelta(days=100)))
            s.add(Guardian(person_id=lease.tenant_id, kind=GuardianKind.ATTORNEY,
                           name="Bc. Petr Holý", valid_to=day - dt.timedelta(days=1)))
            s.add(Guardian(person_id=lease.tenant_id, kind=GuardianKind.SUPPORTER,
                           name="Eva Malá", valid_from=day + dt.timedelta(days=1)))
            s.add(Guardian(person_id=lease.tenant_id, kind=GuardianKind.SUPPORTER,
                           name="Jan Malý", valid_to=day, deleted_at=dt.datetime(2026, 1, 1)))


def test_every_decided_renewal_of_the_town_demo_is_frozen_byte_identical(town_db):
    _representatives_of_some_tenants(town_db)
    with town_db.transaction() as s:       # the demo approves all: a few notices too
        for r in s.scalars(select(Renewal).where(
                Renewal.decision == RenewalDecision.APPROVED).order_by(Renewal.id).limit(7)):
            r.decision, r.note = RenewalDecision.REJECTED, "Dluh na nájemném převyšuje práh."
    with town_db.reading() as s:
        renewals = s.scalars(select(Renewal).where(
            Renewal.decision != RenewalDecision.PENDING).order_by(Renewal.id)).all()
        plain = [d._renewal_snapshot(_plain_renewal(s, r)) for r in renewals]
        assert len(renewals) > 100
        assert d.renewal_snapshots(s, renewals) == plain
        assert {json.loads(x)["approved"] for x in plain} == {True, False}
        signing = [json.loads(x)["representatives"] for x in plain]
        assert sum(len(x) == 1 for x in signing) >= 3 and not any(len(x) > 1 for x in signing)
        for r, want in list(zip(renewals, plain))[::40]:
            assert d.renewal_snapshots(s, [r]) == [want]


def test_set_path_statements_do_not_grow_with_the_number_of_documents(town_db):
    counts = {}
    for model, freeze, where in (
            (Lease, d.contract_snapshots, Lease.id.is_not(None)),
            (Renewal, d.renewal_snapshots, Renewal.decision != RenewalDecision.PENDING)):
        for n in (1, 100, 400):
            with town_db.reading() as s:
                rows = s.scalars(select(model).where(where).order_by(model.id).limit(n)).all()
                with counted(town_db) as statements:
                    freeze(s, rows)
            counts[model.__name__, n] = len(statements)
    assert len({n for (name, _), n in counts.items() if name == "Lease"}) == 1, counts
    assert len({n for (name, _), n in counts.items() if name == "Renewal"}) == 1, counts
    assert max(counts.values()) <= 30, counts      # mostly settings: one read each
