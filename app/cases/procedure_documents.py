"""Documents of the Housing Support Act's procedure, printed from templates the
office edits in Nastavení (žádost o zápis, protokol o šetření, rozhodnutí), and
their hand-over to the office's records system (spisová služba): the PDF and a
metadata file (JSON: document type, č. j., spisová značka, dates, author, hash).

An issued decision is frozen: its data (template wording included) is kept at
issue and every later print renders from it byte for byte, with its hash in
the footer."""
# czech-on-purpose: decisions and protocols of the procedure are Czech legal documents
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.people import Person, Sex
from models.procedure import HousingProcedure
from models.staff import User
from reports.base import OfficeInfo
from reports.contract import ContractData, render_contract, template_problems
from resources import path as resource_path

from .. import audit, settings
from ..czech_names import by_sex, case_forms, worker_forms
from ..errors import NotFound, ValidationError
from ..files import write_atomic
from ..formatting import format_date
from ..labels import label
from ..legal.parameters import table as legal_table
from ..office import office_info
from ..people.households import current_members
from ..rows import get_live
from ..security import Actor, Permission
from ..i18n import N_, _, czech
from ..people.guardians import signing_representatives, valid_guardians


@dataclass(frozen=True)
class Kind:
    key: str
    title: str               # Czech, in Nastavení and in the records system's metadata
    file: str                # bundled default wording
    file_prefix: str


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("application", N_("Žádost o zápis do evidence"), "zadost_o_zapis.txt", "zadost"),
    Kind("protocol", N_("Protokol o šetření bytové situace"), "protokol_o_setreni.txt", "protokol"),
    Kind("decision", N_("Rozhodnutí o žádosti o zápis"), "rozhodnuti.txt", "rozhodnuti"),
)}
TEMPLATE_KEY = "procedure.template."


def kind_title(kind: str) -> str:
    """The document's title in the person's language (KINDS hold the Czech)."""
    return _(KINDS[kind].title)


settings.register_defaults({TEMPLATE_KEY + k: None for k in KINDS})

# Placeholders of the three templates and what they hold (shown in Nastavení).
PLACEHOLDERS: dict[str, str] = {
    "spisova_znacka": N_("spisová značka řízení"),
    "cislo_jednaci": N_("číslo jednací rozhodnutí"),
    "urad": N_("název úřadu"),
    "zadatel": N_("jméno a příjmení žadatele"),
    "zadatel_narozeni": N_("datum narození žadatele"),
    "narozen": N_("„narozen“ nebo „narozena“ podle pohlaví žadatele"),
    "podal": N_("„podal“ nebo „podala“ podle pohlaví žadatele"),
    "ucastnik": N_("„účastník“ nebo „účastnice“ (řízení) podle pohlaví žadatele"),
    "zadatel_slovo": N_("„žadatel“ nebo „žadatelka“ podle pohlaví"),
    "zadatel_2p": N_("jméno žadatele ve 2. pádě („Šárky Řezníčkové“, „Jana Nováka“)"),
    "zadatel_3p": N_("jméno žadatele ve 3. pádě („Šárce Řezníčkové“, „Janu Novákovi“)"),
    "zadatel_4p": N_("jméno žadatele ve 4. pádě („Šárku Řezníčkovou“, „Jana Nováka“)"),
    "osloveni": N_("oslovení žadatele („Vážená paní Řezníčková,“ / „Vážený pane Šimku,“)"),
    "pan_pani": N_("„pan“ nebo „paní“ podle pohlaví žadatele"),
    "zadatel_adresa": N_("trvalé bydliště žadatele"),
    "zastoupeni": N_("„, za niž/něhož jedná opatrovník …“ platný v den dokumentu (s čárkou "
                     "na začátku); prázdné, jedná-li žadatel sám"),
    "clenove_domacnosti": N_("další členové domácnosti"),
    "zadost_podana": N_("den podání žádosti"),
    "zpusob_podani": N_("jak byla žádost podána"),
    "setreni_zahajeno": N_("den zahájení šetření (§ 16)"),
    "setreni_dokonceno": N_("den dokončení šetření"),
    "zjisteni": N_("zjištění ze šetření"),
    "pracovnik": N_("kdo šetření provedl"),
    "pracovnik_funkce": N_("„sociální pracovnice“ nebo „sociální pracovník“ podle pohlaví pracovníka"),
    "provedl": N_("„provedla“ nebo „provedl“ podle pohlaví pracovníka"),
    "zpracoval": N_("„zpracovala“ nebo „zpracoval“ podle pohlaví pracovníka"),
    "stanovisko_cj": N_("č. j. závazného stanoviska Úřadu práce"),
    "stanovisko_doruceno": N_("den doručení stanoviska"),
    "stanovisko_vysledek": N_("co stanovisko říká"),
    "rozhodnuto_dne": N_("den rozhodnutí"),
    "vyrok": N_("výrok rozhodnutí"),
    "oduvodneni": N_("odůvodnění rozhodnutí"),
    "lhuta_odvolani": N_("lhůta pro odvolání („15 dnů“)"),
    "misto": N_("místo vydání („V Trutnově“)"),
    "datum": N_("datum dokumentu"),
}
BLANK = "…………………"


def default_template(kind: str) -> str:
    return resource_path("templates", KINDS[kind].file).read_text(encoding="utf-8")


def template_of(session: Session, kind: str) -> str:
    return settings.get(session, TEMPLATE_KEY + kind) or default_template(kind)


def check_template(text: str) -> list[str]:
    """What is wrong with a wording (unknown placeholders, braces, no title)."""
    return template_problems(text, set(PLACEHOLDERS), tr=_)


# -- Nastavení: the office's wording ------------------------------------------------

@dataclass(frozen=True)
class TemplateRow:
    kind: str
    title: str
    text: str
    edited: bool             # False: the bundled wording is used


def document_templates(db, actor: Actor) -> list[TemplateRow]:
    actor.require(Permission.SETTINGS)
    with db.reading() as s:
        return [TemplateRow(k.key, kind_title(k.key), template_of(s, k.key),
                            bool(settings.get(s, TEMPLATE_KEY + k.key)))
                for k in KINDS.values()]


def save_document_template(db, actor: Actor, kind: str, text: str | None) -> None:
    """Store the office's wording; an empty text returns to the bundled one.
    A wording with an unknown placeholder is refused with the list of problems."""
    actor.require(Permission.SETTINGS)
    if kind not in KINDS:
        raise NotFound(_("Neznámý dokument „{kind}“.").format(kind=kind))
    text = (text or "").replace("\r\n", "\n")
    if text.strip():
        problems = check_template(text)
        if problems:
            raise ValidationError(_("Šablonu „{title}“ nelze uložit: {problems}").format(
                title=kind_title(kind), problems=" ".join(problems[:5])), field="template")
    with db.transaction() as s:
        settings.put(s, actor, TEMPLATE_KEY + kind, text if text.strip() else None)
        audit.record(s, actor, "update", "setting", TEMPLATE_KEY + kind)


# -- filling ---------------------------------------------------------------------------

def _born(sex) -> str:
    return {Sex.FEMALE: "narozena", Sex.MALE: "narozen"}.get(sex, "narozen(a)")


def _values(s: Session, p: HousingProcedure, office: OfficeInfo, day: dt.date,
            kind: str = "application", today: dt.date | None = None) -> dict:
    person = s.get(Person, p.person_id)
    sex = person.sex.value if person.sex else None
    members = []
    if p.household_id:
        for _m, other in current_members(s, p.household_id, on=today):
            if other.id != person.id:
                born = f", nar. {format_date(other.birth_date)}" if other.birth_date else ""
                members.append(f"{other.full_name}{born}")
    worker = s.get(User, p.worker_id) if p.worker_id else None
    # the worker's words agree with the sex stored on their user (else their name)
    forms = worker_forms(worker.full_name if worker else "",
                         worker.sex.value if worker is not None and worker.sex else None)
    appeal = legal_table(s).int_on("procedure.appeal_days", p.delivered_on or day)
    place = f"V {office.town}" if office.town else ""
    place = settings.get(s, "leases.signing_place") or place
    return {
        "spisova_znacka": p.file_ref or BLANK,
        "cislo_jednaci": p.decision_ref or BLANK,
        "urad": office.name or "Městský úřad",
        "zadatel": person.full_name,
        "zadatel_narozeni": format_date(person.birth_date) or BLANK,
        "narozen": _born(person.sex),
        "podal": {Sex.FEMALE: "podala", Sex.MALE: "podal"}.get(person.sex, "podal(a)"),
        "zadatel_adresa": (person.permanent_address.one_line()
                           if person.permanent_address else BLANK),
        "zastoupeni": _acting_for(s, person, sex, _document_day(kind, p)),
        # the words agree with the applicant's sex (žadatelka žije sama)
        "clenove_domacnosti": ", ".join(members) if members else by_sex(
            sex, "žadatel žije sám", "žadatelka žije sama", "žadatel(ka) žije sám/sama"),
        "ucastnik": by_sex(sex, "účastník", "účastnice", "účastník"),
        "zadatel_slovo": by_sex(sex, "žadatel", "žadatelka", "žadatel"),
        "zadost_podana": format_date(p.application_on),
        "zpusob_podani": p.application_channel or "osobně",
        "setreni_zahajeno": format_date(p.inquiry_started_on) or BLANK,
        "setreni_dokonceno": format_date(p.inquiry_done_on) or BLANK,
        "zjisteni": p.inquiry_findings or BLANK,
        "pracovnik": worker.full_name if worker else BLANK,
        "pracovnik_funkce": forms["social_worker"],
        "provedl": forms["did"],
        "zpracoval": forms["prepared"],
        "stanovisko_cj": p.opinion_ref or BLANK,
        "stanovisko_doruceno": format_date(p.opinion_received_on) or BLANK,
        "stanovisko_vysledek": label(p.opinion_result) or BLANK,
        "rozhodnuto_dne": format_date(p.decision_on) or BLANK,
        "vyrok": _verdict(p, person),
        "oduvodneni": p.decision_reason or BLANK,
        "lhuta_odvolani": f"{appeal} dnů",
        "misto": place.rstrip(","),
        "datum": format_date(day),
        # declined where a wording needs a case ("doručuje se Šárce Řezníčkové")
        **case_forms("zadatel", person.given_name, person.surname, sex,
                     person.title_before, person.title_after),
    }


def _acting_for(s: Session, person: Person, sex: str | None, day: dt.date) -> str:
    """", za niž jedná opatrovník Bc. Alena Šírová (rozsudek …)" – the
    representatives valid on the document's day; empty when the person acts alone."""
    reps = []
    for g in valid_guardians(s, person.id, day):
        ref = f" ({g.decision_ref})" if g.decision_ref else ""
        reps.append(f"{label(g.kind)} {g.name}{ref}")
    if not reps:
        return ""
    verb = "jednají" if len(reps) > 1 else "jedná"
    return f", {by_sex(sex, 'za něhož', 'za niž', 'za něhož/niž')} {verb} {' a '.join(reps)}"


def _verdict(p: HousingProcedure, person: Person) -> str:
    from models.procedure import DecisionOutcome
    if p.decision_outcome == DecisionOutcome.ENTERED:
        return (f"Žádosti se vyhovuje: {person.full_name} se zapisuje do evidence podle "
                "zákona č. 175/2025 Sb., o podpoře bydlení.")
    if p.decision_outcome == DecisionOutcome.REJECTED:
        return "Žádost se zamítá."
    if p.decision_outcome == DecisionOutcome.DISCONTINUED:
        return "Řízení se zastavuje."
    return BLANK


def _signatures(s: Session, kind: str, p: HousingProcedure, office: OfficeInfo,
                values: dict) -> list[tuple[str, str]]:
    # the applicant's guardian valid on the document's day signs beside them;
    # a decision is delivered to the guardian, who signs its receipt
    reps = signing_representatives(
        s, p.person_id, _document_day(kind, p),
        "žadatele – převzal(a) rozhodnutí" if kind == "decision" else "žadatele")
    if kind == "application":
        return [(values["zadatel_slovo"], values["zadatel"]), *reps,
                (f"za úřad {values['zpracoval']}", values["pracovnik"])]
    if kind == "protocol":
        return [(f"za úřad – {values['pracovnik_funkce']}", values["pracovnik"]),
                (values["ucastnik"], values["zadatel"]), *reps]
    first = office.signatories[0] if office.signatories else None
    return [(first.function if first and first.function else "oprávněná úřední osoba",
             first.name if first else values["pracovnik"]), *reps]


def _document_day(kind: str, p: HousingProcedure) -> dt.date:
    if kind == "decision":
        return p.decision_on or dt.date.today()
    if kind == "protocol":
        return p.inquiry_done_on or p.inquiry_started_on or dt.date.today()
    return p.application_on


def _data(s: Session, p: HousingProcedure, kind: str, template: str, *,
          today: dt.date | None = None) -> ContractData:
    """``today``: the day whose household members the document lists (the
    demo's reference day; else the clock's)."""
    office = office_info(s)
    day = _document_day(kind, p)
    values = _values(s, p, office, day, kind, today)
    ref = p.decision_ref if kind == "decision" and p.decision_ref else (p.file_ref or "")
    return ContractData(
        office=office, template=template, values=values,
        signatures=_signatures(s, kind, p, office, values),
        place_date=f"{values['misto']} dne {values['datum']}".strip(),
        doc_title=KINDS[kind].title, reference=ref)


# -- signed means frozen ----------------------------------------------------------------

def _snapshot(data: ContractData) -> str:
    o = data.office
    return json.dumps({
        "office": {"name": o.name, "department": o.department, "address": o.address,
                   "phone": o.phone, "email": o.email, "town": o.town,
                   "logo_png_b64": base64.b64encode(o.logo_png).decode() if o.logo_png
                   else None},
        "template": data.template, "values": data.values,
        "signatures": [list(x) for x in data.signatures], "place_date": data.place_date,
        "doc_title": data.doc_title, "reference": data.reference,
    }, ensure_ascii=False, sort_keys=True)


def _from_snapshot(text: str) -> ContractData:
    d = json.loads(text)
    o = d["office"]
    logo = base64.b64decode(o["logo_png_b64"]) if o.get("logo_png_b64") else None
    office = OfficeInfo(o["name"], o["department"], o["address"], o["phone"], o["email"],
                        o["town"], logo)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return ContractData(office=office, template=d["template"], values=d["values"],
                        signatures=[tuple(x) for x in d["signatures"]],
                        place_date=d["place_date"], doc_title=d["doc_title"],
                        reference=f"{d['reference']}  ·  otisk {digest}", frozen=True)


def freeze_decision(session: Session, p: HousingProcedure) -> None:
    """At issue: keep what the decision says, so that later edits of the person,
    the office or the template never change it."""
    template = template_of(session, "decision")
    if check_template(template):
        template = default_template("decision")     # a broken wording never blocks a decision
    p.decision_snapshot_json = _snapshot(_data(session, p, "decision", template))


# -- printing and the records system -----------------------------------------------------

def _render(s: Session, p: HousingProcedure, kind: str) -> bytes:
    if kind == "decision" and p.decision_snapshot_json:
        return render_contract(_from_snapshot(p.decision_snapshot_json))
    if kind == "decision":
        raise ValidationError(_("Rozhodnutí ještě nebylo vydáno: zapište ho v kroku Rozhodnutí."),
                              field="document")
    template = template_of(s, kind)
    problems = check_template(template)
    if problems:
        raise ValidationError(_("Šablonu „{title}“ nelze použít: {problems} Opravte ji v "
                                "Nastavení.").format(title=kind_title(kind),
                                                     problems=" ".join(problems[:3])),
                              field="template")
    return render_contract(_data(s, p, kind, template))


def _may_read(actor: Actor, kind: str) -> None:
    """The protocol and the decision carry findings and reasons that can be
    special-category data: only roles that read such data print them."""
    if kind in ("protocol", "decision"):
        actor.require(Permission.VIEW_SENSITIVE)


def _file_name(p: HousingProcedure, kind: str) -> str:
    ref = (p.decision_ref if kind == "decision" else p.file_ref) or p.id
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ref)
    return f"{KINDS[kind].file_prefix}-{safe}"


def print_procedure_document(db, actor: Actor, procedure_id: str, kind: str
                             ) -> tuple[bytes, str]:
    """A procedure document as PDF bytes and a file name (the print is audited)."""
    actor.require(Permission.VIEW_CASES)
    actor.require(Permission.PRINT)
    if kind not in KINDS:
        raise NotFound(_("Neznámý dokument „{kind}“ (známé: {join}).")
            .format(kind=kind, join=', '.join(KINDS)))
    _may_read(actor, kind)
    with db.transaction() as s:
        p = get_live(s, HousingProcedure, procedure_id, _("Řízení o zápisu"))
        with czech():                 # a Czech document under any UI language
            pdf = _render(s, p, kind)
        audit.record(s, actor, "print", "housing_procedure", p.id, {"document": kind})
        return pdf, _file_name(p, kind) + ".pdf"


def _metadata(s: Session, p: HousingProcedure, kind: str, actor: Actor, pdf: bytes,
              name: str) -> dict:
    person = s.get(Person, p.person_id)
    worker = s.get(User, p.worker_id) if p.worker_id else None
    office = office_info(s)
    iso = lambda d: d.isoformat() if d else None        # noqa: E731
    return {
        "format": "kmb-desk/spisova-sluzba/1",
        "druh_dokumentu": KINDS[kind].title,
        "kod_dokumentu": kind,
        "cislo_jednaci": p.decision_ref if kind == "decision" else None,
        "spisova_znacka": p.file_ref,
        "vec": "Řízení o zápisu do evidence podle zákona č. 175/2025 Sb., o podpoře bydlení",
        "ucastnik": person.full_name,
        "puvodce": office.name,
        "zpracovatel": worker.full_name if worker else None,
        "exportoval": actor.name,
        "datumy": {
            "zadost_podana": iso(p.application_on),
            "setreni_zahajeno": iso(p.inquiry_started_on),
            "setreni_dokonceno": iso(p.inquiry_done_on),
            "stanovisko_vyzadano": iso(p.opinion_requested_on),
            "stanovisko_doruceno": iso(p.opinion_received_on),
            "rozhodnuto": iso(p.decision_on),
            "doruceno": iso(p.delivered_on),
            "lhuta_odvolani_do": iso(p.appeal_until),
            "pravni_moc": iso(p.final_on),
        },
        "soubor": {"nazev": name, "velikost": len(pdf), "typ": "application/pdf",
                   "sha256": hashlib.sha256(pdf).hexdigest()},
    }


def export_for_records(db, actor: Actor, procedure_id: str, kind: str, out_path: str
                       ) -> Path:
    """One ZIP per document for the records system: ``<name>.pdf`` and
    ``<name>.json`` with its metadata (the export is audited)."""
    actor.require(Permission.VIEW_CASES)
    actor.require(Permission.PRINT)
    if kind not in KINDS:
        raise NotFound(_("Neznámý dokument „{kind}“ (známé: {join}).")
            .format(kind=kind, join=', '.join(KINDS)))
    _may_read(actor, kind)
    with db.transaction() as s:
        p = get_live(s, HousingProcedure, procedure_id, _("Řízení o zápisu"))
        with czech():                 # a Czech document under any UI language
            pdf = _render(s, p, kind)
        base = _file_name(p, kind)
        meta = _metadata(s, p, kind, actor, pdf, base + ".pdf")
        audit.record(s, actor, "export", "housing_procedure", p.id,
                     {"document": kind, "sha256": meta["soubor"]["sha256"]})
    buf = io.BytesIO()
    # fixed timestamps: the same document exports to the same bytes
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in ((base + ".pdf", pdf),
                           (base + ".json", json.dumps(meta, ensure_ascii=False, indent=2)
                            .encode())):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return write_atomic(out_path, buf.getvalue())

