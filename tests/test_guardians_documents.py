"""Guardians printed wherever the represented person signs (issue 16, helper
"offices"): the handover protocol, the lease amendment (dodatek), the record
of a social assessment and the procedure documents (žádost, protokol, the
decision's receipt) — a representative valid on the document's day, read back
from the PDF's text."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from sqlalchemy import select

from app.assessments.printing import print_assessment
from app.cases.procedure_documents import print_procedure_document
from app.inspections.printing import print_handover
from app.leases.documents import renewal_pdf
from app.leases.renewals import decide_renewal
from app.people import guardians
from app.people.guardians import GuardianInput
from app.security import actor_from_user, find_user
from models.assessments import Assessment
from models.guardians import GuardianKind
from models.inspections import Inspection, InspectionKind
from models.leases import Lease, Renewal, RenewalDecision
from models.procedure import HousingProcedure

REF = "rozsudek OS Trutnov č. j. 14 P 7/2024-3"


def _text(pdf: bytes) -> str:
    raw = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(raw.replace("\u00a0", " ").split())


def _guardian(db, actor, person_id, name="Bc. Alena Šírová", **kw) -> None:
    guardians.save_guardian(db, actor, person_id, GuardianInput(
        kw.pop("kind", GuardianKind.GUARDIAN), name, kw.pop("ref", REF),
        valid_from=kw.pop("valid_from", dt.date(2015, 1, 1)), **kw))


def _lead(db):
    with db.reading() as s:
        return actor_from_user(find_user(s, "petr.horak"))


def test_the_handover_protocol_is_signed_by_the_tenants_guardian(town_db):
    lead = _lead(town_db)
    from app.inspections.records import tenant_of
    with town_db.reading() as s:
        row = s.scalars(select(Inspection).where(
            Inspection.kind == InspectionKind.MOVE_IN, Inspection.deleted_at.is_(None),
            Inspection.handover_snapshot_json.is_(None)).order_by(Inspection.id)).first()
        tenant = tenant_of(s, row)
        tenant_id, day, row_id = tenant.id, row.inspected_on, row.id
    assert "opatrovník" not in _text(print_handover(town_db, lead, row_id)[0])
    _guardian(town_db, lead, tenant_id)
    # a power of attorney that ended before the handover is not printed
    _guardian(town_db, lead, tenant_id, "Zbyněk Dlouhý", kind=GuardianKind.ATTORNEY, ref=None,
              valid_from=day - dt.timedelta(days=400), valid_to=day - dt.timedelta(days=1))
    text = _text(print_handover(town_db, lead, row_id)[0])
    assert "Bc. Alena Šírová" in text and f"opatrovník nájemce ({REF})" in text
    assert "Zbyněk Dlouhý" not in text


def test_the_amendment_is_signed_by_the_guardian_valid_on_its_day(town_db):
    lead = _lead(town_db)
    with town_db.reading() as s:
        renewal, tenant_id = s.execute(
            select(Renewal, Lease.tenant_id).join(Lease, Lease.id == Renewal.lease_id)
            .where(Renewal.decision == RenewalDecision.PENDING)
            .order_by(Renewal.id)).first()
        renewal_id = renewal.id
    _guardian(town_db, lead, tenant_id, kind=GuardianKind.SUPPORTER, ref=None)
    # one appointed only after the decision's day is not on it
    _guardian(town_db, lead, tenant_id, "Marie Kubátová",
              valid_from=dt.date.today() + dt.timedelta(days=30))
    decide_renewal(town_db, lead, renewal_id, True, "Dohoda o splátkách")
    text = _text(renewal_pdf(town_db, lead, renewal_id)[0])
    assert "Dodatek" in text and "Bc. Alena Šírová" in text
    assert "podpůrce nájemce" in text and "Marie Kubátová" not in text
    # issued means frozen: the reprint says the same
    assert _text(renewal_pdf(town_db, lead, renewal_id)[0]) == text


def test_the_assessment_record_is_signed_by_the_clients_guardian(town_db, town_worker):
    with town_db.reading() as s:
        a = s.scalars(select(Assessment).where(Assessment.deleted_at.is_(None))
                      .order_by(Assessment.id)).first()
        a_id, person_id = a.id, a.person_id
    assert "opatrovník klienta" not in _text(print_assessment(town_db, town_worker, a_id)[0])
    _guardian(town_db, town_worker, person_id)
    text = _text(print_assessment(town_db, town_worker, a_id)[0])
    assert f"opatrovník klienta ({REF})" in text and "Bc. Alena Šírová" in text


def test_procedure_documents_carry_the_applicants_guardian(town_db, town_worker):
    with town_db.reading() as s:
        p = s.scalars(select(HousingProcedure).where(
            HousingProcedure.deleted_at.is_(None),
            HousingProcedure.decision_snapshot_json.is_(None))
            .order_by(HousingProcedure.id)).first()
        p_id, person_id = p.id, p.person_id
    _guardian(town_db, town_worker, person_id)
    application = _text(print_procedure_document(town_db, town_worker, p_id, "application")[0])
    assert f"opatrovník žadatele ({REF})" in application and "Bc. Alena Šírová" in application
    protocol = _text(print_procedure_document(town_db, town_worker, p_id, "protocol")[0])
    assert "Bc. Alena Šírová" in protocol
