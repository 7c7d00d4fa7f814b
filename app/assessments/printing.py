"""``assessment`` documents: the record of a social assessment as a PDF
(``kmb print assessment ID -o FILE.pdf`` and the form's Tisk…)."""
# czech-on-purpose: the social assessment record PDF (a Czech document)
from __future__ import annotations

import dataclasses

import datetime as dt

from models.assessments import RecordState
from reports.assessment import AssessmentDoc, render_assessment

from .. import audit
from ..czech_names import by_sex, worker_forms
from ..czech_text import fold
from ..db import Database
from ..formatting import format_date, format_money
from ..labels import ethos_label, label
from ..office_settings import OfficeSettings, office_info, read_office
from ..security import Actor, Permission
from ..people.guardians import signing_representatives
from .records import AssessmentDetail, read_detail


def _debt_status(d) -> str:
    parts = [text for flag, text in ((d.in_execution, "exekuce"),
                                     (d.insolvency, "insolvence (oddlužení)"),
                                     (d.repayment_plan, "splátkový kalendář")) if flag]
    return ", ".join(parts) or "bez řešení"


def signing_date(detail: AssessmentDetail) -> dt.date:
    if detail.closed_at:
        return detail.closed_at.date()
    return detail.data.visit_on or dt.date.today()


def place_date(office: OfficeSettings, day: dt.date) -> str:
    place = office.place_phrase
    return f"{place} dne {format_date(day)}" if place else f"Dne {format_date(day)}"


def build_document(detail: AssessmentDetail, office: OfficeSettings) -> AssessmentDoc:
    d = detail.data
    names = {m.person_id: m.name for m in detail.members}
    client = by_sex(detail.person_sex, "Klient udělil", "Klientka udělila", "Klient(ka) udělil(a)")
    consent = (f"{client} souhlas se zpracováním osobních údajů pro účely sociální "
               "práce" + (f" dne {format_date(d.consent_on)}." if d.consent_on else ".")
               if d.consent_given else
               "Souhlas se zpracováním osobních údajů zatím nebyl udělen.")
    version_note = None
    if detail.amends_id:
        prev = next((v for v in detail.versions if v.id == detail.amends_id), None)
        if prev:
            version_note = (f"Oprava záznamu: nahrazuje verzi {prev.version}"
                            + (f" uzavřenou dne {format_date(prev.closed_at)}."
                               if prev.closed_at else "."))
    if detail.superseded_by:
        newer = next((v for v in detail.versions if v.id == detail.superseded_by), None)
        version_note = ((version_note + " ") if version_note else "") + (
            f"Tento záznam byl později opraven verzí {newer.version if newer else ''}.")
    worker = worker_forms(detail.worker_name, detail.worker_sex)
    signatures = [(worker["social_worker"], detail.worker_name),
                  (by_sex(detail.person_sex, "klient", "klientka", "klient/klientka"),
                   detail.person_name)]
    approver = office.signatory(office.signatory_assessment)
    if approver:
        signatures.append((approver.function or "schválil(a)", approver.name))
    state = label(detail.state)
    if detail.closed_at:
        state += f" {format_date(detail.closed_at)}"
        if detail.closed_by_name:
            state += f" ({detail.closed_by_name})"
    return AssessmentDoc(
        reference=f"záznam {detail.id[:8]}, verze {detail.version}",
        client_name=detail.person_name, client_birth=format_date(detail.person_birth_date),
        client_address=detail.person_address, household_name=detail.household_name or "",
        worker_name=detail.worker_name, state_label=state,
        worker_title=worker["social_worker"].capitalize(), worker_of=worker["of_social_worker"],
        worker_did=worker["did"],
        client_title=by_sex(detail.person_sex, "Klient", "Klientka", "Klient(ka)"),
        is_draft=detail.state == RecordState.DRAFT, version=detail.version,
        version_note=version_note, visit_date=format_date(d.visit_on),
        visit_place=d.visit_place, present_persons=d.present_persons, consent_line=consent,
        client_declaration=d.client_declaration,
        members=[(m.name, m.relation, format_date(m.birth_date)) for m in detail.members],
        household_description=d.household_description,
        ethos=ethos_label(d.ethos_category) or None, housing_situation=d.housing_situation,
        housing_condition=d.housing_condition,
        incomes=[(names.get(i.person_id, "domácnost"), label(i.kind),
                  format_money(i.monthly_hal), i.note or "") for i in d.incomes],
        income_total=format_money(d.income_total_hal), income_note=d.income_note,
        debts=[(x.creditor, format_money(x.amount_hal), _debt_status(x), x.note or "")
               for x in d.debts],
        debt_total=format_money(d.debt_total_hal), debts_note=d.debts_note,
        sensitive_included=detail.sensitive_visible, health=d.health, disability=d.disability,
        risks=d.risks, needs=d.needs, conclusion=d.conclusion, recommendation=d.recommendation,
        steps=[(st.text, st.who or "", format_date(st.due_on)) for st in d.steps],
        place_date=place_date(office, signing_date(detail)), signatures=tuple(signatures))


def file_name(prefix: str, name: str, day: dt.date | None) -> str:
    slug = "-".join(fold(name).replace(",", " ").split()) or "zaznam"
    return f"{prefix}-{slug}-{(day or dt.date.today()).isoformat()}.pdf"


def print_assessment(db: Database, actor: Actor, assessment_id: str) -> tuple[bytes, str]:
    actor.require(Permission.PRINT)
    actor.require(Permission.VIEW_ASSESSMENTS)
    with db.transaction() as s:
        detail = read_detail(s, actor, assessment_id)
        office = read_office(s)
        # the client signs the record: so does their guardian valid on that day
        reps = signing_representatives(s, detail.person_id, signing_date(detail), "klienta")
        audit.record(s, actor, "print", "assessment", assessment_id,
                     {"sensitive": detail.sensitive_visible})
    doc = build_document(detail, office)
    doc = dataclasses.replace(doc, signatures=(*doc.signatures, *reps))
    pdf = render_assessment(office_info(office), doc)
    return pdf, file_name("socialni-setreni", detail.person_name, detail.data.visit_on)

