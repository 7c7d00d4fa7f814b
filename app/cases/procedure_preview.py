"""A procedure document's live preview (Nastavení → Dokumenty řízení): the
office's own wording filled with a made-up applicant, so editing the wording
shows no real person's data and prints nothing that needs an audit record.
The office is the real one — it is what the wording will print with."""
# czech-on-purpose: a made-up Czech applicant for the preview of a procedure document (a Czech document)
from __future__ import annotations

from reports.contract import ContractData, render_contract

from ..errors import NotFound, ValidationError
from ..i18n import _
from ..office import office_info
from ..security import Actor, Permission
from .procedure_documents import KINDS, PLACEHOLDERS, check_template

# Generated example values (never a real person).
SAMPLE = {
    "spisova_znacka": "KMB/2026/0007",
    "cislo_jednaci": "MUTR 123/2026",
    "zadatel": "Jana Vzorová",
    "zadatel_narozeni": "3. 4. 1985",
    "narozen": "narozena",
    "zadatel_2p": "Jany Vzorové",
    "zadatel_3p": "Janě Vzorové",
    "zadatel_4p": "Janu Vzorovou",
    "osloveni": "Vážená paní Vzorová,",
    "pan_pani": "paní",
    "podal": "podala",
    "ucastnik": "účastnice",
    "zadatel_slovo": "žadatelka",
    "zadatel_adresa": "Vzorová 12, 541 01 Trutnov",
    "zastoupeni": "",
    "clenove_domacnosti": "Petr Vzor, nar. 15. 9. 2012",
    "zadost_podana": "1. 7. 2026",
    "zpusob_podani": "osobně",
    "setreni_zahajeno": "2. 7. 2026",
    "setreni_dokonceno": "10. 7. 2026",
    "zjisteni": "Žadatelka bydlí se synem u příbuzných v jedné místnosti.",
    "pracovnik": "Eva Příkladná",
    "pracovnik_funkce": "sociální pracovnice",
    "provedl": "provedla",
    "zpracoval": "zpracovala",
    "stanovisko_cj": "UPCR-00000/2026",
    "stanovisko_doruceno": "3. 8. 2026",
    "stanovisko_vysledek": "splňuje podmínky",
    "rozhodnuto_dne": "20. 8. 2026",
    "vyrok": ("Žádosti se vyhovuje: Jana Vzorová se zapisuje do evidence podle zákona "
              "č. 175/2025 Sb., o podpoře bydlení."),
    "oduvodneni": "Podmínky zápisu jsou splněny.",
    "lhuta_odvolani": "15 dnů",
    "datum": "20. 8. 2026",
}


def sample_procedure_pdf(db, actor: Actor, kind: str, template: str) -> bytes:
    """The edited wording of ``kind`` rendered with the example applicant; a
    wording that cannot be used is refused with its problems."""
    actor.require(Permission.SETTINGS)
    if kind not in KINDS:
        raise NotFound(_("Neznámý dokument „{kind}“.").format(kind=kind))
    problems = check_template(template)
    if problems:
        raise ValidationError(_("Šablonu nelze použít: {problems}").format(
            problems=" ".join(problems[:3])), field="template")
    with db.reading() as s:
        office = office_info(s)
    place = f"V {office.town}" if office.town else ""
    values = {key: "" for key in PLACEHOLDERS} | SAMPLE | {
        "urad": office.name or "Městský úřad", "misto": place}
    if kind == "decision":
        signatures = [("oprávněná úřední osoba", SAMPLE["pracovnik"])]
    elif kind == "protocol":
        signatures = [("za úřad – sociální pracovnice", SAMPLE["pracovnik"]),
                      ("účastnice", SAMPLE["zadatel"])]
    else:
        signatures = [("žadatelka", SAMPLE["zadatel"]),
                      ("za úřad zpracovala", SAMPLE["pracovnik"])]
    return render_contract(ContractData(
        office=office, template=template, values=values, signatures=signatures,
        place_date=f"{place} dne {SAMPLE['datum']}".strip(),
        doc_title=KINDS[kind].title, reference=_("VZOR – náhled šablony")))
