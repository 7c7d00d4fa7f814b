"""Filling the lease documents: the contract from the town's template and the
renewal amendment / notice. The layout is in reports/; here the data."""
# czech-on-purpose: contracts, addenda and notices are Czech legal documents
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.allocation import AllocationDecision, DecisionOutcome
from models.housing import Building, Flat
from models.leases import Lease, LeaseService, Renewal, RenewalDecision, ServiceKind
from models.people import Person, Sex
from reports.base import OfficeInfo
from reports.contract import ContractData, render_contract, template_problems

from .. import audit, settings
from ..errors import KmbError, ValidationError
from ..formatting import floor_location, format_area, format_date, format_money
from ..rows import chunked, get_live, live
from ..security import Actor, Permission
from ..i18n import N_, _, czech

# Reprinting a signed contract (the usual print) reads its snapshot only: what
# fills a document from live data (the landlord's settings, guardians, household
# members, declension, the renewal layout; ~15 ms of imports in a fresh process)
# is imported by the functions that use it.
if TYPE_CHECKING:
    from reports.renewal import RenewalData

    from . import config

SIGNING_PLACE = "leases.signing_place"
settings.register_defaults({SIGNING_PLACE: ""})

# Placeholders of the contract template and what they hold (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "cislo_smlouvy": N_("číslo smlouvy"),
    "pronajimatel": N_("pronajímatel (obec)"),
    "pronajimatel_adresa": N_("sídlo pronajímatele"),
    "pronajimatel_ico": N_("IČO pronajímatele"),
    "pronajimatel_zastoupeni": N_("kdo za pronajímatele jedná"),
    "najemce": N_("jméno a příjmení nájemce"),
    "najemce_narozeni": N_("datum narození nájemce"),
    "narozen": N_("„narozen“ nebo „narozena“ podle pohlaví nájemce"),
    "najemce_2p": N_("jméno nájemce ve 2. pádě („Šárky Řezníčkové“, „Jana Nováka“)"),
    "najemce_3p": N_("jméno nájemce ve 3. pádě („Šárce Řezníčkové“, „Janu Novákovi“)"),
    "najemce_4p": N_("jméno nájemce ve 4. pádě („Šárku Řezníčkovou“, „Jana Nováka“)"),
    "osloveni": N_("oslovení nájemce („Vážená paní Řezníčková,“ / „Vážený pane Šimku,“)"),
    "pan_pani": N_("„pan“ nebo „paní“ podle pohlaví nájemce"),
    "najemce_adresa": N_("trvalé bydliště nájemce"),
    "clenove_domacnosti": N_("další členové domácnosti"),
    "byt_cislo": N_("číslo bytu"),
    "byt_podlazi": N_("podlaží („ve 2. patře“, „v přízemí“)"),
    "byt_dum": N_("adresa domu"),
    "byt_adresa": N_("adresa bytu včetně čísla bytu"),
    "byt_dispozice": N_("dispozice (2+1)"),
    "byt_plocha": N_("podlahová plocha"),
    "byt_kategorie": N_("kategorie bytu"),
    "katastralni_uzemi": N_("katastrální území domu"),
    "parcela": N_("parcela, na které dům stojí"),
    "prislusenstvi": N_("příslušenství bytu (sklep, komora …)"),
    "ucet": N_("účet pronajímatele pro nájemné"),
    "variabilni_symbol": N_("variabilní symbol (číslice čísla smlouvy)"),
    "usneseni": N_("číslo usnesení rady o pronájmu"),
    "usneseni_datum": N_("datum usnesení rady"),
    "dolozka": N_("doložka podle § 41 zákona o obcích (usnesení rady)"),
    "pocatek": N_("začátek nájmu"),
    "konec": N_("konec nájmu"),
    "doba": N_("doba nájmu slovy (na dobu určitou … od … do …)"),
    "najemne": N_("měsíční nájemné"),
    "zalohy_celkem": N_("zálohy na služby celkem"),
    "platba_celkem": N_("nájemné a zálohy celkem"),
    "jistota": N_("jistota"),
    "prah_prodlouzeni": N_("dluh, do kterého se nájem prodlužuje automaticky"),
    "delka_prodlouzeni": N_("o kolik se nájem prodlužuje"),
    "misto": N_("místo podpisu"),
    "datum": N_("datum podpisu"),
}
BLOCK_HELP = {
    "tabulka_sluzeb": N_("tabulka záloh na služby (samostatný řádek)"),
    "podpisy": N_("podpisy stran (samostatný řádek)"),
    "nova_strana": N_("nová strana (samostatný řádek)"),
}


def months_text(n: int) -> str:
    if n == 1:
        return "1 měsíc"
    if 2 <= n <= 4:
        return f"{n} měsíce"
    return f"{n} měsíců"


def floor_text(floor: int | None) -> str:
    return floor_location(floor)


def variable_symbol(number: str | None) -> str:
    """The digits of the contract number (a variable symbol is numeric, at most
    ten digits): NS/2026/0012 → 20260012."""
    digits = "".join(c for c in (number or "") if c.isdigit())
    return digits[-10:].lstrip("0") or "0"


def born_word(sex) -> str:
    return {Sex.FEMALE: "narozena", Sex.MALE: "narozen"}.get(sex, "narozen(a)")


def _resolutions(session: Session, offer_ids) -> dict[str, tuple[str, str]]:
    """Offer id → (number, date) of the council resolution a lease from that offer
    rests on (§ 41 zákona o obcích): the approved decision on the offer."""
    found: dict[str, tuple[str, str]] = {}
    for ids in chunked({o for o in offer_ids if o}):
        for d in session.scalars(select(AllocationDecision).where(
                AllocationDecision.offer_id.in_(ids),
                AllocationDecision.outcome == DecisionOutcome.APPROVED,
                live(AllocationDecision))):
            found.setdefault(d.offer_id, (d.resolution_number or "", format_date(d.decided_on)))
    return found


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False)


def _place(session: Session, office: OfficeInfo) -> str:
    return settings.get(session, SIGNING_PLACE) or (f"{office.town}," if office.town else "")


def _salutation(person: Person) -> str:
    """"Vážená paní Řezníčková," / "Vážený pane Šimku," (the surname in the vocative)."""
    from ..czech_names import salutation
    return salutation(person.given_name, person.surname,
                      person.sex.value if person.sex else None)


def _vacate_words(person: Person) -> str:
    if person.sex == Sex.FEMALE:
        return "vyklidila a předala"
    if person.sex == Sex.MALE:
        return "vyklidil a předal"
    return "vyklidil(a) a předal(a)"


# the texts of reports.contract.template_problems, marked here for extraction
TEMPLATE_PROBLEMS = (
    N_("Šablona je prázdná."), N_("Neznámý zástupný symbol {placeholder}."),
    N_("Řádek {line}: neuzavřené závorky {braces}."),
    N_("Řádek {line}: {block} musí stát na samostatném řádku."),
    N_("Šablona nemá nadpis (řádek začínající „# “)."))


def check_template(template: str) -> list[str]:
    """What is wrong with a wording, in the UI language (shown on screen)."""
    return template_problems(template, set(PLACEHOLDERS), tr=_)


@dataclass
class _Sources:
    """What the documents of a set of leases rest on, read in a few statements
    for any number of leases (the demo freezes thousands; a round trip each on
    PostgreSQL). One lease's document is the set of one."""
    office: OfficeInfo
    land: config.Landlord
    cfg: config.LeaseSettings
    place: str
    flats: dict[str, Flat]
    buildings: dict[str, Building]
    persons: dict[str, Person]
    services: dict[str, list[LeaseService]]
    members: dict[str, list]
    resolutions: dict[str, tuple[str, str]]
    guardians: dict[str, list]


def _by_id(session: Session, model, ids, *options) -> dict:
    """Rows by id, deleted ones too (as ``session.get``)."""
    found = {}
    for chunk in chunked({i for i in ids if i}):
        found.update((r.id, r) for r in session.scalars(
            select(model).where(model.id.in_(chunk)).options(*options)))
    return found


def _sources(session: Session, leases, *, on: dt.date | None = None) -> _Sources:
    """``on``: the day whose household members the contracts list (today)."""
    from ..office import office_info
    from ..people.guardians import guardians_of
    from ..people.households import members_of
    from . import config
    office = office_info(session)
    flats = _by_id(session, Flat, (x.flat_id for x in leases))
    order = {k: i for i, k in enumerate(ServiceKind)}
    services: dict[str, list[LeaseService]] = {}
    for ids in chunked({x.id for x in leases}):
        for x in session.scalars(select(LeaseService).where(LeaseService.lease_id.in_(ids),
                                                            live(LeaseService))):
            services.setdefault(x.lease_id, []).append(x)
    for rows in services.values():
        rows.sort(key=lambda x: order[x.kind])
    tenants = {x.tenant_id for x in leases}
    return _Sources(
        office=office, land=config.landlord(session), cfg=config.lease_settings(session),
        place=_place(session, office), flats=flats,
        buildings=_by_id(session, Building, (f.building_id for f in flats.values())),
        # the address in the same read, not one lazy load per tenant
        persons=_by_id(session, Person, tenants, selectinload(Person.permanent_address)),
        services=services, members=members_of(session, (x.household_id for x in leases), on=on),
        resolutions=_resolutions(session, (x.offer_id for x in leases)),
        guardians=guardians_of(session, tenants))


def _contract_data(session: Session, lease: Lease, template: str) -> ContractData:
    return _contract_from(_sources(session, [lease]), lease, template)


def _contract_from(src: _Sources, lease: Lease, template: str) -> ContractData:
    from ..czech_names import by_sex, case_forms
    from ..labels import label
    from ..people.guardians import representative_lines
    office, land, cfg = src.office, src.land, src.cfg
    flat = src.flats[lease.flat_id]
    building = src.buildings[flat.building_id]
    tenant = src.persons[lease.tenant_id]
    services = src.services.get(lease.id, [])
    services_total = sum(x.advance_hal for x in services)
    members = []
    for m, p in src.members.get(lease.household_id, []):
        if p.id != tenant.id:
            born = f", nar. {format_date(p.birth_date)}" if p.birth_date else ""
            members.append(f"{p.full_name}{born}")
    start, end = format_date(lease.starts_on), format_date(lease.ends_on)
    flat_name = _flat_name(flat, building)
    resolution, resolution_day = src.resolutions.get(lease.offer_id, ("", ""))
    council = f"Rada města {office.town}" if office.town else "Rada obce"
    blank = "…………………"
    dolozka = (f"O pronájmu bytu rozhodla {council} usnesením č. {resolution or blank} "
               f"ze dne {resolution_day or blank} (§ 41 zákona č. 128/2000 Sb., o obcích).")
    if lease.ends_on:
        term = (f"na dobu určitou {months_text(lease.term_months)}, "
                if lease.term_months else "na dobu určitou, ")
        doba = f"{term}od {start} do {end}"
    else:
        doba = f"na dobu neurčitou s účinností od {start}"
    values = {
        "cislo_smlouvy": lease.number or "",
        "pronajimatel": land.name,
        "pronajimatel_adresa": land.address or "—",
        "pronajimatel_ico": land.ico or "—",
        "pronajimatel_zastoupeni": land.representative or "—",
        "najemce": tenant.full_name,
        "najemce_narozeni": format_date(tenant.birth_date) or "—",
        "narozen": born_word(tenant.sex),
        **case_forms("najemce", tenant.given_name, tenant.surname,
                     tenant.sex.value if tenant.sex else None,
                     tenant.title_before, tenant.title_after),
        "najemce_adresa": _home_line(tenant),
        "clenove_domacnosti": ", ".join(members) if members else by_sex(
            tenant.sex.value if tenant.sex else None, "nikdo další (nájemce bydlí sám)",
            "nikdo další (nájemkyně bydlí sama)", "nikdo další"),
        "byt_cislo": flat.number,
        "byt_podlazi": floor_text(flat.floor),
        "byt_dum": building.address_line(),
        "byt_adresa": flat_name,
        "byt_dispozice": flat.layout or f"{flat.rooms} pokoj(e)",
        "byt_plocha": f"{format_area(flat.floor_area_m2)} m²",
        "byt_kategorie": label(flat.category),
        "katastralni_uzemi": building.cadastral_area or blank,
        "parcela": building.parcel or blank,
        "prislusenstvi": flat.appurtenances or "bez příslušenství",
        "ucet": land.bank_account or blank,
        "variabilni_symbol": variable_symbol(lease.number),
        "usneseni": resolution or blank,
        "usneseni_datum": resolution_day or blank,
        "dolozka": dolozka,
        "pocatek": start,
        "konec": end or "—",
        "doba": doba,
        "najemne": _money(lease.rent_hal),
        "zalohy_celkem": _money(services_total),
        "platba_celkem": _money(lease.rent_hal + services_total),
        "jistota": _money(lease.deposit_hal),
        "prah_prodlouzeni": _money(cfg.renewal_threshold_hal),
        "delka_prodlouzeni": months_text(lease.term_months or cfg.term_months),
        "misto": src.place.rstrip(","),
        "datum": format_date(lease.signed_on) if lease.signed_on else "",
    }
    signed = format_date(lease.signed_on) if lease.signed_on else "...................."
    return ContractData(
        office=office, template=template, values=values,
        services=[(label(x.kind) + (f" ({x.note})" if x.note else ""), _money(x.advance_hal))
                  for x in services],
        services_total=_money(services_total),
        signatures=[("za pronajímatele", _landlord_signatory(land)), ("nájemce", tenant.full_name)]
        # the tenant's guardian or representative valid on the day of signing signs too
        + representative_lines(src.guardians.get(tenant.id, []),
                               lease.signed_on or dt.date.today(), "nájemce"),
        place_date=f"{src.place} dne {signed}".strip(),
        doc_title="Nájemní smlouva", reference=lease.number or "")


def _flat_name(flat: Flat, building: Building) -> str:
    from .common import flat_address
    with czech():           # the flat's name as the contract says it, whatever the UI language
        return flat_address(flat, building)


def _home_line(tenant: Person) -> str:
    return tenant.permanent_address.one_line() if tenant.permanent_address else "—"


def _landlord_signatory(land: config.Landlord) -> str:
    return land.representative.split(",")[0] if land.representative else land.name


# -- signed means frozen ----------------------------------------------------------------

def _snapshot(data: ContractData) -> dict:
    o = data.office
    return {
        "office": {"name": o.name, "department": o.department, "address": o.address,
                   "phone": o.phone, "email": o.email, "town": o.town,
                   "logo_png_b64": base64.b64encode(o.logo_png).decode() if o.logo_png
                   else None},
        "template": data.template, "values": data.values,
        "services": [list(x) for x in data.services], "services_total": data.services_total,
        "signatures": [list(x) for x in data.signatures], "place_date": data.place_date,
        "doc_title": data.doc_title, "reference": data.reference,
    }


def _from_snapshot(text: str) -> ContractData:
    d = json.loads(text)
    o = d["office"]
    logo = base64.b64decode(o["logo_png_b64"]) if o.get("logo_png_b64") else None
    office = OfficeInfo(o["name"], o["department"], o["address"], o["phone"], o["email"],
                        o["town"], logo)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return ContractData(
        office=office, template=d["template"], values=d["values"],
        services=[tuple(x) for x in d["services"]], services_total=d["services_total"],
        signatures=[tuple(x) for x in d["signatures"]], place_date=d["place_date"],
        doc_title=d["doc_title"], reference=f"{d['reference']}  ·  otisk {digest}",
        frozen=True)


def freeze_contract(session: Session, lease: Lease) -> None:
    """At signing: keep what the contract says (wording, parties, flat, money) so
    that later edits of the lease, the flat or the person never change it."""
    lease.contract_snapshot_json = contract_snapshots(session, [lease])[0]


def contract_snapshots(session: Session, leases: list[Lease]) -> list[str]:
    """The frozen contracts of these leases (the stored JSON), in their order,
    from one set of reads."""
    from . import config
    src, template = _sources(session, leases), config.contract_template(session)
    return [json.dumps(_snapshot(_contract_from(src, lease, template)), ensure_ascii=False,
                       sort_keys=True) for lease in leases]


def contract_pdf(db, actor: Actor, lease_id: str, *, template: str | None = None
                 ) -> tuple[bytes, str]:
    """The contract of a lease as PDF bytes and a file name; ``template``
    previews an edited (not yet saved) wording."""
    actor.require(Permission.VIEW_LEASES)
    actor.require(Permission.PRINT)
    with db.transaction() as s:
        lease = get_live(s, Lease, lease_id, _("Smlouva „{id}“").format(id=lease_id))
        if template is None and lease.contract_snapshot_json:
            data = _from_snapshot(lease.contract_snapshot_json)      # signed: frozen
        else:
            from . import config
            text = template if template is not None else config.contract_template(s)
            problems = check_template(text)
            if problems:
                raise ValidationError(_("Šablonu smlouvy nelze použít: {problems}").format(
                    problems=" ".join(problems[:3])), field="template")
            data = _contract_data(s, lease, text)
        audit.record(s, actor, "print", "lease", lease.id, {"document": "contract"})
    name = f"smlouva-{(lease.number or lease.id).replace('/', '-')}.pdf"
    return render_contract(data), name


def latest_lease_id(db, actor: Actor) -> str | None:
    """A lease to preview a template on (the newest one)."""
    actor.require(Permission.VIEW_LEASES)
    with db.reading() as s:
        return s.scalars(select(Lease.id).where(live(Lease))
                         .order_by(Lease.created_at.desc(), Lease.id.desc())).first()


def _amendment_reason(r: Renewal) -> str:
    """What the amendment says about the check: the agreed facts, never the
    office's internal note (that stays in the renewal history)."""
    if r.arrears_hal <= r.threshold_hal:
        return "Dluh nepřevyšuje práh pro automatické prodloužení nájmu sjednaný ve smlouvě."
    return "Pronajímatel se s nájemcem dohodl na prodloužení nájmu i přes tento dluh."


def _renewal_data(s: Session, r: Renewal) -> RenewalData:
    return _renewals_data(s, [r])[0]


def _renewals_data(s: Session, renewals: list[Renewal]) -> list[RenewalData]:
    """The amendments or notices as agreed on the day of each decision: the rent
    and advances of the lease on that day (the caller freezes them then)."""
    leases = _by_id(s, Lease, (r.lease_id for r in renewals))
    src = _sources(s, list(leases.values()))
    return [_renewal_from(src, r, leases[r.lease_id]) for r in renewals]


def _renewal_from(src: _Sources, r: Renewal, lease: Lease) -> RenewalData:
    from reports.renewal import Party, RenewalData

    from ..people.guardians import representative_lines
    # the parts of the contract a renewal quotes, not the whole contract (the
    # demo freezes thousands of renewals)
    land, office = src.land, src.office
    approved = r.decision == RenewalDecision.APPROVED
    day = format_date(r.decided_on or dt.date.today())
    tenant = src.persons[lease.tenant_id]
    flat = src.flats[lease.flat_id]
    flat_name = _flat_name(flat, src.buildings[flat.building_id])
    services_total = sum(x.advance_hal for x in src.services.get(lease.id, []))
    return RenewalData(
        office=office, approved=approved, lease_number=lease.number or "",
        amendment_number=r.amendment_number or "",
        landlord=Party(land.name, (f"se sídlem {land.address}" if land.address else "",
                                   f"IČO {land.ico}" if land.ico else "",
                                   f"zastoupené: {land.representative}"
                                   if land.representative else "")),
        tenant=Party(tenant.full_name, (
            f"{born_word(tenant.sex)} {format_date(tenant.birth_date) or '—'}",
            f"trvale bytem {_home_line(tenant)}") if approved
            else (flat_name,)),
        flat=flat_name,
        previous_ends_on=format_date(r.previous_ends_on),
        new_ends_on=format_date(r.new_ends_on), rent=_money(lease.rent_hal),
        services_total=_money(services_total), arrears=_money(r.arrears_hal),
        check_on=format_date(r.check_on),
        # a notice tells the tenant why; an amendment states the agreed facts only
        reason=_amendment_reason(r) if approved else (r.note or ""),
        place_date=f"{src.place} dne {day}",
        landlord_signatory=_landlord_signatory(land),
        contact=f" ({office.address}, tel. {office.phone})" if office.phone else "",
        salutation=_salutation(tenant), vacate_words=_vacate_words(tenant),
        # an amendment is signed by the tenant: their guardian valid that day signs too
        representatives=(representative_lines(src.guardians.get(tenant.id, []),
                                              r.decided_on or dt.date.today(), "nájemce")
                         if approved else ()))


def _renewal_snapshot(data: RenewalData) -> str:
    o = data.office
    d = {k: getattr(data, k) for k in data.__dataclass_fields__
         if k not in ("office", "landlord", "tenant", "fingerprint", "frozen")}
    d["office"] = {"name": o.name, "department": o.department, "address": o.address,
                   "phone": o.phone, "email": o.email, "town": o.town,
                   "logo_png_b64": base64.b64encode(o.logo_png).decode() if o.logo_png
                   else None}
    d["landlord"] = [data.landlord.name, list(data.landlord.lines)]
    d["tenant"] = [data.tenant.name, list(data.tenant.lines)]
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def _renewal_from_snapshot(text: str) -> RenewalData:
    from reports.renewal import Party, RenewalData
    d = json.loads(text)
    o = d.pop("office")
    logo = base64.b64decode(o["logo_png_b64"]) if o.get("logo_png_b64") else None
    office = OfficeInfo(o["name"], o["department"], o["address"], o["phone"], o["email"],
                        o["town"], logo)
    landlord, tenant = d.pop("landlord"), d.pop("tenant")
    return RenewalData(office=office, landlord=Party(landlord[0], tuple(landlord[1])),
                       tenant=Party(tenant[0], tuple(tenant[1])),
                       fingerprint=hashlib.sha256(text.encode()).hexdigest()[:16],
                       frozen=True, **d)


def freeze_renewal(session: Session, r: Renewal) -> None:
    """At the decision: keep the amendment or notice as issued (rent, advances,
    dates, parties), so that a later rent change or edit never alters it."""
    r.document_snapshot_json = renewal_snapshots(session, [r])[0]


def renewal_snapshots(session: Session, renewals: list[Renewal]) -> list[str]:
    """The frozen amendments / notices of these renewals, in their order, from
    one set of reads."""
    return [_renewal_snapshot(d) for d in _renewals_data(session, renewals)]


def render_renewal(data: RenewalData) -> bytes:
    # imported here: a contract, the usual print, needs none of it (~3 ms)
    from reports.renewal import render_renewal as render
    return render(data)


def renewal_pdf(db, actor: Actor, renewal_id: str) -> tuple[bytes, str]:
    """Dodatek (approved renewal) or notice of non-renewal (rejected)."""
    actor.require(Permission.VIEW_LEASES)
    actor.require(Permission.PRINT)
    with db.transaction() as s:
        r = get_live(s, Renewal, renewal_id, _("Prodloužení „{id}“").format(id=renewal_id))
        if r.decision == RenewalDecision.PENDING:
            raise KmbError(_("O prodloužení ještě nebylo rozhodnuto; dodatek nebo oznámení lze "
                           "vytisknout až po rozhodnutí."))
        lease = s.get(Lease, r.lease_id)
        with czech():                 # a Czech document under any UI language
            data = (_renewal_from_snapshot(r.document_snapshot_json) if r.document_snapshot_json
                    else _renewal_data(s, r))     # decided before documents were frozen
        approved = data.approved
        audit.record(s, actor, "print", "lease", lease.id,
                     {"document": "amendment" if approved else "notice", "renewal": r.id})
        ref = (r.amendment_number if approved else lease.number) or r.id
    kind = "dodatek" if approved else "oznameni"
    with czech():
        pdf = render_renewal(data)
    return pdf, f"{kind}-{ref.replace('/', '-')}.pdf"
