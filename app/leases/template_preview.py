"""A contract template's live preview: the office's own wording filled with a
made-up tenant and flat, so editing the wording shows no real person's data
(and prints nothing that would need an audit record). The office, landlord
and numbering settings are the real ones — they are what the wording will
print with."""
# czech-on-purpose: a made-up Czech contract for the template preview (the contract is a Czech document)
from __future__ import annotations

from reports.contract import ContractData, render_contract

from ..errors import ValidationError
from ..i18n import _
from ..office import office_info
from ..security import Actor, Permission
from . import config
from .documents import PLACEHOLDERS, _money, _place, check_template, months_text

# Generated example values (never a real person).
SAMPLE = {
    "cislo_smlouvy": "NS/2026/0001",
    "najemce": "Jana Vzorová",
    "najemce_narozeni": "3. 4. 1985",
    "narozen": "narozena",
    "najemce_2p": "Jany Vzorové",
    "najemce_3p": "Janě Vzorové",
    "najemce_4p": "Janu Vzorovou",
    "osloveni": "Vážená paní Vzorová,",
    "pan_pani": "paní",
    "najemce_adresa": "Vzorová 12, 541 01 Trutnov",
    "clenove_domacnosti": "Petr Vzor, nar. 15. 9. 2012",
    "byt_cislo": "7",
    "byt_podlazi": "ve 2. patře",
    "byt_dum": "Vzorová 12, Trutnov",
    "byt_adresa": "Vzorová 12, Trutnov, byt č. 7",
    "byt_dispozice": "2+1",
    "byt_plocha": "54,3 m²",
    "byt_kategorie": "sociální",
    "katastralni_uzemi": "Trutnov",
    "parcela": "st. 1234",
    "prislusenstvi": "sklep č. 7",
    "variabilni_symbol": "20260001",
    "usneseni": "RM/2026/123",
    "usneseni_datum": "12. 3. 2026",
    "pocatek": "1. 4. 2026",
    "konec": "31. 3. 2027",
    "doba": "na dobu určitou 12 měsíců, od 1. 4. 2026 do 31. 3. 2027",
    "datum": "25. 3. 2026",
}
SAMPLE_RENT_HAL, SAMPLE_SERVICES = 4_850_00, [("vodné a stočné", 600_00), ("teplo", 1_900_00)]


def sample_contract_pdf(db, actor: Actor, template: str) -> bytes:
    """The edited wording rendered with example data; a wording that cannot be
    used is refused with its problems (ValidationError on "contract_template")."""
    actor.require(Permission.VIEW_LEASES)
    problems = check_template(template)
    if problems:
        raise ValidationError(_("Šablonu smlouvy nelze použít: {problems}")
                              .format(problems=" ".join(problems[:3])),
                              field="contract_template")
    with db.reading() as s:
        office = office_info(s)
        land = config.landlord(s)
        cfg = config.lease_settings(s)
        place = _place(s, office)
    services_total = sum(v for _k, v in SAMPLE_SERVICES)
    values = {key: "" for key in PLACEHOLDERS} | SAMPLE | {
        "pronajimatel": land.name,
        "pronajimatel_adresa": land.address or "—",
        "pronajimatel_ico": land.ico or "—",
        "pronajimatel_zastoupeni": land.representative or "—",
        "ucet": land.bank_account or "…………………",
        "dolozka": (f"O pronájmu bytu rozhodla rada usnesením č. {SAMPLE['usneseni']} ze dne "
                    f"{SAMPLE['usneseni_datum']} (§ 41 zákona č. 128/2000 Sb., o obcích)."),
        "najemne": _money(SAMPLE_RENT_HAL),
        "zalohy_celkem": _money(services_total),
        "platba_celkem": _money(SAMPLE_RENT_HAL + services_total),
        "jistota": _money(2 * SAMPLE_RENT_HAL),
        "prah_prodlouzeni": _money(cfg.renewal_threshold_hal),
        "delka_prodlouzeni": months_text(cfg.term_months),
        "misto": place.rstrip(","),
    }
    data = ContractData(
        office=office, template=template, values=values,
        services=[(k, _money(v)) for k, v in SAMPLE_SERVICES],
        services_total=_money(services_total),
        signatures=[("za pronajímatele", land.representative.split(",")[0]
                     if land.representative else land.name), ("nájemce", SAMPLE["najemce"])],
        place_date=f"{place} dne {SAMPLE['datum']}".strip(),
        doc_title="Nájemní smlouva", reference="VZOR – náhled šablony")
    return render_contract(data)
