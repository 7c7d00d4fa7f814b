"""Potvrzení o ručení: the guarantee of one private lease as a document for the
landlord, the tenant and the town to sign. The tenant's guardian or legal
representative valid on the day of printing signs beside the tenant, as on
a municipal lease contract. Printing is audited."""
# czech-on-purpose: the guarantee contract (a Czech legal document)
from __future__ import annotations

import datetime as dt

from models.landlords import Guarantee, Landlord, LandlordKind, PrivateLease
from models.people import Person
from reports.guarantee import GuaranteeDocument, render

from .. import audit, settings
from ..formatting import format_date, format_money
from ..labels import label
from ..leases.documents import SIGNING_PLACE
from ..office import office_info
from ..people.guardians import signing_representatives
from ..people.households import current_members
from ..rows import get_live
from ..security import Actor, Permission
from .guarantees import claimed, guarantees_of
from ..i18n import _, czech


NBSP = "\u00a0"


def _money(hal: int) -> str:
    return format_money(hal, nbsp=False)


def _conditions(account: str | None) -> list[str]:
    paid_to = f"na účet pronajímatele {account}" if account else "na účet pronajímatele"
    return [
        "Ručitel plní jen dluhy nájemce z tohoto nájmu – nájemné, úhrady za služby a náhradu "
        "škody na bytě – vzniklé v době ručení.",
        "Pronajímatel oznámí kontaktnímu místu pro bydlení (KMB) každý dluh nájemce nejpozději "
        "do 30 dnů od jeho vzniku a dříve, než nájem vypoví, dá KMB příležitost jednat "
        "s domácností.",
        f"O plnění pronajímatel žádá písemně s vyúčtováním dluhu; ručitel plní do 30 dnů "
        f"{paid_to}.",
        "Každé plnění snižuje zbývající částku ručení. Co ručitel za nájemce zaplatil, "
        "nájemce obci vrátí podle dohody o splátkách.",
        "Ručení zaniká uplynutím doby ručení, skončením nájmu nebo vyčerpáním částky; za dluhy "
        "vzniklé později ručitel neodpovídá.",
        "Zvýšení nájemného nebo změna nájemce potřebuje písemný souhlas ručitele.",
    ]


def _born(person: Person) -> str:
    if not person.birth_date:
        return person.full_name
    # a date is not split across lines
    born = format_date(person.birth_date).replace(" ", NBSP)
    return f"{person.full_name} (nar.{NBSP}{born})"


def document_data(s, guarantee_id: str, today: dt.date) -> GuaranteeDocument:
    g = get_live(s, Guarantee, guarantee_id, _("Ručení"))
    lease = s.get(PrivateLease, g.private_lease_id)
    landlord = s.get(Landlord, lease.landlord_id)
    tenant = s.get(Person, lease.tenant_id)
    office = office_info(s)
    company = landlord.kind == LandlordKind.COMPANY
    landlord_fields = [("Název" if company else "Jméno a příjmení", landlord.name)]
    if landlord.ico:
        landlord_fields.append(("IČO", landlord.ico))
    if company and landlord.contact_person:
        landlord_fields.append(("Kontaktní osoba", landlord.contact_person))
    landlord_fields += [("Adresa", landlord.address or ""),
                        ("Bankovní účet", landlord.bank_account or "")]
    members = [_born(p) for _m, p in current_members(s, lease.household_id, on=today)
               if p.id != tenant.id]
    term = format_date(lease.ends_on) if lease.ends_on else "na dobu neurčitou"
    lease_fields = [("Byt", lease.address), ("Druh", label(lease.kind)),
                    ("Smlouva pronajímatele", lease.contract_ref or ""),
                    ("Nájemné měsíčně", _money(lease.rent_hal)),
                    ("Jistota", _money(lease.deposit_hal)),
                    ("Nájem od – do", f"{format_date(lease.starts_on)} – {term}")]
    line = guarantees_of(s, [lease.id])[lease.id]
    claims = next(x for x in line if x.id == g.id).claims
    paid = claimed(s, g.id)
    signer = office.signatories[0].name if office.signatories else ""
    signatures = [(f"za ručitele ({office.name})" if office.name else "za ručitele", signer),
                  ("za pronajímatele" if company else "pronajímatel",
                   (landlord.contact_person or "") if company else landlord.name),
                  ("nájemce", tenant.full_name)]
    # the tenant's guardian or representative valid on the day of signing signs too
    signatures += signing_representatives(s, tenant.id, today, "nájemce")
    return GuaranteeDocument(
        office=office, number=g.number or "",
        guarantor=[("Ručitel", office.name), ("Útvar", office.department),
                   ("Adresa", office.address)],
        landlord=landlord_fields,
        tenant=[("Nájemce", tenant.full_name),
                ("Datum narození", format_date(tenant.birth_date) if tenant.birth_date
                 else "")],
        household=members, lease=lease_fields, amount=_money(g.amount_hal),
        term=f"{format_date(g.starts_on)} – {format_date(g.ends_on)}",
        conditions=_conditions(landlord.bank_account),
        claims=[(format_date(c.paid_on), _money(c.amount_hal), c.reason or "")
                for c in claims],
        claimed=_money(paid), remaining=_money(g.amount_hal - paid), note=g.note,
        signatures=signatures,
        place_date=f"{_place(s, office)} dne ....................".strip())


def _place(s, office) -> str:
    """Where documents are signed: the lease documents' setting, else the town."""
    return settings.get(s, SIGNING_PLACE) or (f"{office.town}," if office.town else "")


def guarantee_pdf(db, actor: Actor, guarantee_id: str,
                  today: dt.date | None = None) -> tuple[bytes, str]:
    """The document as PDF bytes and a file name (audited as a print)."""
    actor.require(Permission.VIEW_LANDLORDS)
    actor.require(Permission.PRINT)
    with db.transaction() as s:
        with czech():                 # a Czech document under any UI language
            data = document_data(s, guarantee_id, today or dt.date.today())
        audit.record(s, actor, "print", "guarantee", guarantee_id, {"document": "guarantee"})
    with czech():
        pdf = render(data)
    return pdf, f"ruceni-{(data.number or guarantee_id).replace('/', '-')}.pdf"
