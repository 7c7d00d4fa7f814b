"""Filling the lease documents: the contract from the town's template and the
renewal amendment / notice. The layout is in reports/; here the data."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.housing import Building, Flat
from models.leases import Lease, LeaseService, Renewal, RenewalDecision, ServiceKind
from models.people import HouseholdMember, Person, Sex
from reports.base import OfficeInfo
from reports.contract import ContractData, render_contract, template_problems
from reports.renewal import Party, RenewalData, render_renewal

from .. import audit, settings
from ..errors import KmbError, ValidationError
from ..formatting import format_area, format_date, format_money
from ..labels import label
from ..office import office_info
from ..rows import get_live, live
from ..security import Actor, Permission
from . import config
from .common import flat_address

SIGNING_PLACE = "leases.signing_place"
settings.register_defaults({SIGNING_PLACE: ""})

# Placeholders of the contract template and what they hold (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "cislo_smlouvy": "číslo smlouvy",
    "pronajimatel": "pronajímatel (obec)",
    "pronajimatel_adresa": "sídlo pronajímatele",
    "pronajimatel_ico": "IČO pronajímatele",
    "pronajimatel_zastoupeni": "kdo za pronajímatele jedná",
    "najemce": "jméno a příjmení nájemce",
    "najemce_narozeni": "datum narození nájemce",
    "najemce_adresa": "trvalé bydliště nájemce",
    "clenove_domacnosti": "další členové domácnosti",
    "byt_cislo": "číslo bytu",
    "byt_podlazi": "podlaží („ve 2. podlaží“, „v přízemí“)",
    "byt_dum": "adresa domu",
    "byt_adresa": "adresa bytu včetně čísla bytu",
    "byt_dispozice": "dispozice (2+1)",
    "byt_plocha": "podlahová plocha",
    "byt_kategorie": "kategorie bytu",
    "pocatek": "začátek nájmu",
    "konec": "konec nájmu",
    "doba": "doba nájmu slovy (na dobu určitou … od … do …)",
    "najemne": "měsíční nájemné",
    "zalohy_celkem": "zálohy na služby celkem",
    "platba_celkem": "nájemné a zálohy celkem",
    "jistota": "jistota",
    "prah_prodlouzeni": "dluh, do kterého se nájem prodlužuje automaticky",
    "delka_prodlouzeni": "o kolik se nájem prodlužuje",
    "misto": "místo podpisu",
    "datum": "datum podpisu",
}
BLOCK_HELP = {
    "tabulka_sluzeb": "tabulka záloh na služby (samostatný řádek)",
    "podpisy": "podpisy stran (samostatný řádek)",
    "nova_strana": "nová strana (samostatný řádek)",
}


def months_text(n: int) -> str:
    if n == 1:
        return "1 měsíc"
    if 2 <= n <= 4:
        return f"{n} měsíce"
    return f"{n} měsíců"


def floor_text(floor: int | None) -> str:
    if floor is None:
        return ""
    if floor == 0:
        return "v přízemí"
    if floor < 0:
        return "v suterénu"
    prep = "ve" if floor in (2, 3, 4) or 12 <= floor <= 14 else "v"
    return f"{prep} {floor}. podlaží"


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False)


def _place(session: Session, office: OfficeInfo) -> str:
    return settings.get(session, SIGNING_PLACE) or (f"{office.town}," if office.town else "")


def _salutation(person: Person) -> str:
    if person.sex == Sex.FEMALE:
        return "Vážená paní,"
    if person.sex == Sex.MALE:
        return "Vážený pane,"
    return "Vážená paní, vážený pane,"


def check_template(template: str) -> list[str]:
    return template_problems(template, set(PLACEHOLDERS))


def _contract_data(session: Session, lease: Lease, template: str) -> ContractData:
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
        for m, p in session.execute(select(HouseholdMember, Person).join(Person).where(
                HouseholdMember.household_id == lease.household_id,
                live(HouseholdMember), HouseholdMember.until.is_(None))):
            if p.id != tenant.id:
                born = f", nar. {format_date(p.birth_date)}" if p.birth_date else ""
                members.append(f"{p.full_name}{born}")
    start, end = format_date(lease.starts_on), format_date(lease.ends_on)
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
        "najemce_adresa": (tenant.permanent_address.one_line()
                           if tenant.permanent_address else "—"),
        "clenove_domacnosti": ", ".join(members) if members else "nikdo další (nájemce bydlí sám)",
        "byt_cislo": flat.number,
        "byt_podlazi": floor_text(flat.floor),
        "byt_dum": building.address_line(),
        "byt_adresa": flat_address(flat, building),
        "byt_dispozice": flat.layout or f"{flat.rooms} pokoj(e)",
        "byt_plocha": f"{format_area(flat.floor_area_m2)} m²",
        "byt_kategorie": label(flat.category),
        "pocatek": start,
        "konec": end or "—",
        "doba": doba,
        "najemne": _money(lease.rent_hal),
        "zalohy_celkem": _money(services_total),
        "platba_celkem": _money(lease.rent_hal + services_total),
        "jistota": _money(lease.deposit_hal),
        "prah_prodlouzeni": _money(cfg.renewal_threshold_hal),
        "delka_prodlouzeni": months_text(lease.term_months or cfg.term_months),
        "misto": _place(session, office).rstrip(","),
        "datum": format_date(lease.signed_on) if lease.signed_on else "",
    }
    signed = format_date(lease.signed_on) if lease.signed_on else "...................."
    return ContractData(
        office=office, template=template, values=values,
        services=[(label(x.kind) + (f" ({x.note})" if x.note else ""), _money(x.advance_hal))
                  for x in services],
        services_total=_money(services_total),
        signatures=[("za pronajímatele", land.representative.split(",")[0] if land.representative
                     else land.name), ("nájemce", tenant.full_name)],
        place_date=f"{_place(session, office)} dne {signed}".strip(),
        doc_title="Nájemní smlouva", reference=lease.number or "")


def contract_pdf(db, actor: Actor, lease_id: str, *, template: str | None = None
                 ) -> tuple[bytes, str]:
    """The contract of a lease as PDF bytes and a file name; ``template``
    previews an edited (not yet saved) wording."""
    actor.require(Permission.VIEW_LEASES)
    actor.require(Permission.PRINT)
    with db.transaction() as s:
        lease = get_live(s, Lease, lease_id, f"Smlouva „{lease_id}“")
        text = template if template is not None else config.contract_template(s)
        problems = check_template(text)
        if problems:
            raise ValidationError("Šablonu smlouvy nelze použít: " + " ".join(problems[:3]),
                                  field="template")
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


def renewal_pdf(db, actor: Actor, renewal_id: str) -> tuple[bytes, str]:
    """Dodatek (approved renewal) or notice of non-renewal (rejected)."""
    actor.require(Permission.VIEW_LEASES)
    actor.require(Permission.PRINT)
    with db.transaction() as s:
        r = get_live(s, Renewal, renewal_id, f"Prodloužení „{renewal_id}“")
        if r.decision == RenewalDecision.PENDING:
            raise KmbError("O prodloužení ještě nebylo rozhodnuto; dodatek nebo oznámení lze "
                           "vytisknout až po rozhodnutí.")
        lease = s.get(Lease, r.lease_id)
        base = _contract_data(s, lease, "# x")
        v = base.values
        land = config.landlord(s)
        approved = r.decision == RenewalDecision.APPROVED
        today = format_date(r.decided_on or dt.date.today())
        data = RenewalData(
            office=base.office, approved=approved, lease_number=lease.number or "",
            amendment_number=r.amendment_number or "",
            landlord=Party(land.name, (f"se sídlem {land.address}" if land.address else "",
                                       f"IČO {land.ico}" if land.ico else "",
                                       f"zastoupené: {land.representative}"
                                       if land.representative else "")),
            tenant=Party(v["najemce"], (f"narozen(a) {v['najemce_narozeni']}",
                                        f"trvale bytem {v['najemce_adresa']}") if approved
                         else (v["byt_adresa"],)),
            flat=v["byt_adresa"], previous_ends_on=format_date(r.previous_ends_on),
            new_ends_on=format_date(r.new_ends_on), rent=v["najemne"],
            services_total=v["zalohy_celkem"], arrears=_money(r.arrears_hal),
            check_on=format_date(r.check_on),
            reason=r.note or ("Dluh nepřevyšuje práh pro automatické prodloužení."
                              if approved else ""),
            place_date=f"{_place(s, base.office)} dne {today}",
            landlord_signatory=base.signatures[0][1],
            contact=(f" ({base.office.address}, tel. {base.office.phone})"
                     if base.office.phone else ""),
            salutation=_salutation(s.get(Person, lease.tenant_id)))
        audit.record(s, actor, "print", "lease", lease.id,
                     {"document": "amendment" if approved else "notice", "renewal": r.id})
    kind = "dodatek" if approved else "oznameni"
    ref = (r.amendment_number if approved else lease.number) or r.id
    return render_renewal(data), f"{kind}-{ref.replace('/', '-')}.pdf"
