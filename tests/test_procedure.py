"""The Housing Support Act's procedure on a case: steps in order, the dates
checked against each other, reminders as tasks (late opinion, finality, end of
the entry's validity), the appeal period counted with weekends and holidays,
a frozen decision, templates and the export to the records system."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections import namedtuple

import pytest
from sqlalchemy import select

from app.cases import procedure as proc
from app.cases import procedure_documents as docs
from app.cases.service import open_case
from app.errors import Conflict, PermissionDenied, ValidationError
from app.legal import deadlines
from app.people.records import PersonInput, create_person
from app.printing import render
from app.security import Actor
from models.audit import AuditEvent
from models.cases import Task, TaskSource
from models.people import Sex
from models.procedure import HousingProcedure
from models.staff import Role

D = dt.date
TaskLine = namedtuple("TaskLine", "due_on done_at owner_id case_id")


def _case(db, admin, sex=Sex.FEMALE) -> str:
    pid = create_person(db, admin, PersonInput(
        given_name="Marie", surname="Šťastná", birth_date=D(1984, 3, 2), sex=sex,
        street="Horská", house_number="12", city="Trutnov", postcode="541 01"))
    with db.transaction() as s:
        return open_case(s, admin, pid, worker_id=admin.user_id,
                         opened_on=D(2026, 6, 1)).id


def _through_opinion(db, admin, cid, today=D(2026, 8, 20)) -> str:
    pid = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1),
                               channel="osobně", today=today)
    proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": "2. 7. 2026",
                                                 "inquiry_done_on": "10. 7. 2026",
                                                 "inquiry_findings": "Bydlí u příbuzných."},
                     today=today)
    proc.record_step(db, admin, pid, "opinion_request", {"opinion_requested_on": D(2026, 7, 13)},
                     today=today)
    proc.record_step(db, admin, pid, "opinion", {
        "opinion_received_on": D(2026, 8, 3), "opinion_ref": "UPCR-12345/2026",
        "opinion_result": "meets"}, today=today)
    return pid


def _tasks(db, source):
    with db.reading() as s:
        return [TaskLine(t.due_on, t.done_at, t.owner_id, t.case_id)
                for t in s.scalars(select(Task).where(Task.source == source))]


def test_appeal_period_moves_over_weekends_and_holidays():
    assert deadlines.easter_sunday(2026) == D(2026, 4, 5)
    assert D(2026, 4, 3) in deadlines.public_holidays(2026)      # Velký pátek
    # delivered Wed 2. 9. 2026: day 15 is Thu 17. 9. (a working day)
    assert deadlines.appeal_deadline(D(2026, 9, 2)) == D(2026, 9, 17)
    # delivered Thu 3. 9.: day 15 is Fri 18. 9.
    assert deadlines.appeal_deadline(D(2026, 9, 3)) == D(2026, 9, 18)
    # delivered Fri 4. 9.: day 15 is Sat 19. 9. → Mon 21. 9.
    assert deadlines.appeal_deadline(D(2026, 9, 4)) == D(2026, 9, 21)
    # delivered Tue 13. 10.: day 15 is Wed 28. 10., a public holiday → Thu 29. 10.
    assert deadlines.appeal_deadline(D(2026, 10, 13)) == D(2026, 10, 29)
    # delivered 9. 12.: day 15 is Thu 24. 12.; 24.–26. 12. holidays, 27. 12. Sunday → Mon 28. 12.
    assert deadlines.appeal_deadline(D(2026, 12, 9)) == D(2026, 12, 28)


def test_the_whole_procedure_with_its_reminders(db, admin):
    cid = _case(db, admin)
    today = D(2026, 11, 27)
    pid = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1),
                               channel="poštou", today=today)
    view = proc.procedure_for_case(db, admin, cid, today=today)
    assert [s.key for s in view.steps][:3] == ["application", "inquiry", "opinion_request"]
    assert view.file_ref.startswith("KMB-")       # the case's file number by default
    with pytest.raises(Conflict):                 # no opinion request before the inquiry
        proc.record_step(db, admin, pid, "opinion_request",
                         {"opinion_requested_on": D(2026, 7, 2)}, today=today)
    proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": D(2026, 7, 2)},
                     today=today)
    proc.record_step(db, admin, pid, "opinion_request",
                     {"opinion_requested_on": D(2026, 7, 6)}, today=today)
    # the opinion is due 30 days later (a dated legal parameter); a task reminds the worker
    reminder = _tasks(db, TaskSource.PROCEDURE_OPINION)
    assert len(reminder) == 1 and reminder[0].due_on == D(2026, 8, 5)
    assert reminder[0].owner_id == admin.user_id and reminder[0].case_id == cid
    view = proc.procedure_for_case(db, admin, cid, today=D(2026, 8, 6))
    opinion = next(s for s in view.steps if s.key == "opinion")
    assert opinion.state == proc.LATE and "5. 8. 2026" in opinion.summary
    assert next(s for s in proc.procedure_for_case(db, admin, cid, today=D(2026, 8, 5)).steps
                if s.key == "opinion").state == proc.OPEN

    proc.record_step(db, admin, pid, "opinion", {
        "opinion_received_on": "10. 8. 2026", "opinion_ref": "UPCR-1/2026",
        "opinion_result": "meets"}, today=today)
    assert _tasks(db, TaskSource.PROCEDURE_OPINION)[0].done_at is not None
    proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": D(2026, 7, 2),
                                                 "inquiry_done_on": D(2026, 7, 9)},
                     today=today)
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 1234/2026",
        "decision_outcome": "entered", "decision_reason": "Podmínky § 13 jsou splněny."},
        today=today)
    proc.record_step(db, admin, pid, "delivery", {"delivered_on": D(2026, 9, 4)}, today=today)
    with db.reading() as s:
        p = s.get(HousingProcedure, pid)
        assert p.appeal_until == D(2026, 9, 21)        # Saturday → Monday
    final = _tasks(db, TaskSource.PROCEDURE_FINAL)
    assert len(final) == 1 and final[0].due_on == D(2026, 9, 22)
    with pytest.raises(Conflict):                      # no entry before finality
        proc.record_step(db, admin, pid, "entry", {"entry_on": D(2026, 9, 25),
                                                   "entry_ref": "E-1"}, today=today)
    proc.record_step(db, admin, pid, "final", {"final_on": D(2026, 9, 22)}, today=today)
    assert _tasks(db, TaskSource.PROCEDURE_FINAL)[0].done_at is not None
    proc.record_step(db, admin, pid, "entry", {"entry_on": D(2026, 9, 25), "entry_ref": "E-1"},
                     today=today)
    with db.reading() as s:
        p = s.get(HousingProcedure, pid)
        assert p.entry_valid_until == D(2027, 9, 25)   # 12 months (§ 23, legal parameter)
    expiry = _tasks(db, TaskSource.PROCEDURE_EXPIRY)
    assert len(expiry) == 1 and expiry[0].due_on == D(2027, 8, 26)   # 30 days before
    proc.record_step(db, admin, pid, "change", {"changed_on": D(2026, 10, 1),
                                                "description": "Narodilo se dítě."},
                     today=today)
    view = proc.procedure_for_case(db, admin, cid, today=today)
    assert all(s.state == proc.DONE for s in view.steps if s.key != "change")
    assert [c.description for c in view.changes] == ["Narodilo se dítě."]
    with db.reading() as s:
        steps = [json.loads(e.detail).get("step") for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "housing_procedure",
                                     AuditEvent.action == "update"))]
    assert "decision" in steps and "entry" in steps


def test_bad_input_is_a_czech_message_and_stores_nothing(db, admin):
    cid = _case(db, admin)
    today = D(2026, 11, 27)
    with pytest.raises(ValidationError) as err:
        proc.start_procedure(db, admin, cid, application_on=D(2026, 12, 24), today=today)
    assert "budoucnosti" in err.value.message
    assert proc.procedure_for_case(db, admin, cid, today=today) is None
    pid = _through_opinion(db, admin, cid)
    before = proc.procedure_for_case(db, admin, cid, today=today).values
    with pytest.raises(ValidationError) as err:
        proc.record_step(db, admin, pid, "decision", {
            "decision_on": "20. 6. 2026", "decision_ref": "", "decision_outcome": "x",
            "decision_reason": "Důvod"}, today=today)
    assert set(err.value.errors) == {"decision_on", "decision_ref", "decision_outcome"}
    assert "1. 7. 2026" in err.value.errors["decision_on"]
    with pytest.raises(ValidationError) as err:
        proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": "32. 7. 2026"},
                         today=today)
    assert "inquiry_started_on" in err.value.errors
    assert proc.procedure_for_case(db, admin, cid, today=today).values == before
    with pytest.raises(Conflict):
        proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1), today=today)


def test_entry_needs_a_positive_opinion_and_decision_numbers_are_unique(db, admin):
    today = D(2026, 11, 27)
    a, b = _case(db, admin), _case(db, admin, Sex.MALE)
    pa, pb = _through_opinion(db, admin, a), _through_opinion(db, admin, b)
    proc.record_step(db, admin, pb, "opinion", {
        "opinion_received_on": D(2026, 8, 3), "opinion_ref": "UPCR-2/2026",
        "opinion_result": "does_not_meet"}, today=today)
    with pytest.raises(ValidationError) as err:
        proc.record_step(db, admin, pb, "decision", {
            "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 1/2026",
            "decision_outcome": "entered", "decision_reason": "…"}, today=today)
    assert "stanoviskem" in err.value.errors["decision_outcome"]
    proc.record_step(db, admin, pa, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 1/2026",
        "decision_outcome": "entered", "decision_reason": "Splněno."}, today=today)
    with pytest.raises(ValidationError) as err:
        proc.record_step(db, admin, pb, "decision", {
            "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 1/2026",
            "decision_outcome": "rejected", "decision_reason": "Nesplněno."}, today=today)
    assert "decision_ref" in err.value.errors
    proc.record_step(db, admin, pb, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 2/2026",
        "decision_outcome": "rejected", "decision_reason": "Nesplněno."}, today=today)
    entry = next(s for s in proc.procedure_for_case(db, admin, b, today=today).steps
                 if s.key == "entry")
    assert entry.state == proc.NOT_NEEDED
    with pytest.raises(Conflict):               # an issued decision cannot be rewritten
        proc.record_step(db, admin, pa, "decision", {
            "decision_on": D(2026, 8, 21), "decision_ref": "MUTR 3/2026",
            "decision_outcome": "entered", "decision_reason": "Jinak."}, today=today)


def test_issued_decision_reprints_byte_identically_after_edits(db, admin, tmp_path):
    cid = _case(db, admin)
    today = D(2026, 11, 27)
    pid = _through_opinion(db, admin, cid)
    with pytest.raises(ValidationError):
        render(db, admin, "need-decision", pid)           # not issued yet
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 7/2026",
        "decision_outcome": "entered", "decision_reason": "Podmínky jsou splněny."},
        today=today)
    first, name = render(db, admin, "need-decision", pid)
    assert name == "rozhodnuti-MUTR-7-2026.pdf" and first.startswith(b"%PDF")
    # the person moves and the office rewrites the template: the decision stays
    from app.people.records import update_person
    with db.reading() as s:
        person_id = s.get(HousingProcedure, pid).person_id
    update_person(db, admin, person_id, PersonInput(given_name="Marie", surname="Nová",
                                                    birth_date=D(1984, 3, 2), sex=Sex.FEMALE))
    docs.save_document_template(db, admin, "decision", "# Jiné rozhodnutí\n{{zadatel}}\n")
    again, _ = render(db, admin, "need-decision", pid)
    assert again == first
    (tmp_path / "r.pdf").write_bytes(first)
    import subprocess
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
                          capture_output=True, text=True).stdout
    assert "Šťastná" in text and "MUTR 7/2026" in text and "narozena" in text
    assert "otisk" in text and "15 dnů" in text


def test_templates_are_validated_and_used(db, admin):
    with pytest.raises(ValidationError) as err:
        docs.save_document_template(db, admin, "application",
                                    "# Žádost\n{{zadatel}} {{neznamy_udaj}}\n")
    assert "{{neznamy_udaj}}" in err.value.message
    rows = {r.kind: r for r in docs.document_templates(db, admin)}
    assert not rows["application"].edited and "{{zadatel}}" in rows["application"].text
    docs.save_document_template(db, admin, "application",
                                "# Žádost o zápis (vzor úřadu)\nŽadatel: {{zadatel}}\n")
    cid = _case(db, admin)
    pid = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1),
                               today=D(2026, 11, 27))
    pdf, name = render(db, admin, "need-application", pid)
    assert name.startswith("zadost-KMB-")
    assert pdf.startswith(b"%PDF")
    docs.save_document_template(db, admin, "application", "")       # back to the bundled one
    assert not {r.kind: r for r in docs.document_templates(db, admin)}["application"].edited
    protocol, _ = render(db, admin, "need-protocol", pid)
    assert protocol.startswith(b"%PDF")


def test_export_for_the_records_system(db, admin, tmp_path):
    cid = _case(db, admin)
    pid = _through_opinion(db, admin, cid)
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 9/2026",
        "decision_outcome": "entered", "decision_reason": "Splněno."}, today=D(2026, 11, 27))
    proc.record_step(db, admin, pid, "delivery", {"delivered_on": D(2026, 8, 24)},
                     today=D(2026, 11, 27))
    out = docs.export_for_records(db, admin, pid, "decision", tmp_path / "spis.zip")
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["rozhodnuti-MUTR-9-2026.json",
                                        "rozhodnuti-MUTR-9-2026.pdf"]
        pdf = z.read("rozhodnuti-MUTR-9-2026.pdf")
        meta = json.loads(z.read("rozhodnuti-MUTR-9-2026.json"))
    assert meta["cislo_jednaci"] == "MUTR 9/2026"
    assert meta["spisova_znacka"].startswith("KMB-")
    assert meta["druh_dokumentu"] == "Rozhodnutí o žádosti o zápis"
    assert meta["datumy"]["doruceno"] == "2026-08-24"
    assert meta["datumy"]["lhuta_odvolani_do"] == "2026-09-08"
    assert meta["soubor"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert meta["exportoval"] == admin.name
    with db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "export",
                                                AuditEvent.entity == "housing_procedure")).one()
        assert json.loads(ev.detail)["sha256"] == meta["soubor"]["sha256"]


def test_roles_reading_and_printing(db, admin):
    cid = _case(db, admin)
    pid = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1),
                               today=D(2026, 11, 27))
    readonly = Actor("ro", "Jen čtení", Role.READONLY)
    prop = Actor("pr", "Majetkový odbor", Role.PROPERTY)
    assert proc.procedure_for_case(db, readonly, cid) is not None
    for actor in (readonly, prop):
        with pytest.raises(PermissionDenied):
            proc.record_step(db, actor, pid, "inquiry", {"inquiry_started_on": D(2026, 7, 2)})
        with pytest.raises(PermissionDenied):
            render(db, actor, "need-application", pid)
    with pytest.raises(PermissionDenied):
        proc.procedure_for_case(db, prop, cid)
    # findings and reasons are special-category: the read-only role sees a marker
    proc.record_step(db, admin, pid, "inquiry", {"inquiry_started_on": D(2026, 7, 2),
                                                 "inquiry_findings": "Diagnóza: epilepsie"},
                     today=D(2026, 11, 27))
    seen = proc.procedure_for_case(db, readonly, cid).values["inquiry_findings"]
    assert "epilepsie" not in seen and "skryto" in seen
    assert proc.procedure_for_case(db, admin, cid).values["inquiry_findings"] == \
        "Diagnóza: epilepsie"
    # a role with printing but no special-category access prints the application only
    from dataclasses import replace

    from app.security import ROLE_PERMISSIONS, Permission
    clerk = replace(Actor("cl", "Referent", Role.SOCIAL_WORKER), permissions=frozenset(
        ROLE_PERMISSIONS[Role.SOCIAL_WORKER] - {Permission.VIEW_SENSITIVE}))
    assert render(db, clerk, "need-application", pid)[0].startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        render(db, clerk, "need-protocol", pid)


def test_kmb_print_need_decision_on_the_demo(town_path, tmp_path, capsys, demo_password):
    """The demo's issued decisions print from the command line; dates respect the
    Act (decisions and entries from 1. 7. 2026)."""
    from app.cli.main import main as kmb
    from app.config import sqlite_url
    from app.db import open_database

    from .keys import TEST_KEY
    db = open_database(sqlite_url(town_path), key=TEST_KEY)
    with db.reading() as s:
        rows = s.scalars(select(HousingProcedure)).all()
        issued = next(p.id for p in rows if p.decision_snapshot_json)
        assert rows and all(p.decision_on is None or p.decision_on >= proc.MEASURES_FROM
                            for p in rows)
        assert all(p.entry_on is None or p.entry_on >= proc.MEASURES_FROM for p in rows)
    db.close()
    out = tmp_path / "rozhodnuti.pdf"
    assert kmb(["print", "need-decision", issued, "-o", str(out), "--db", str(town_path),
                "--user", "jana.dvorakova"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert kmb(["print", "need-decision", "neni-takove", "-o", str(out), "--db",
                str(town_path), "--user", "jana.dvorakova"]) == 1
    err = capsys.readouterr().err.strip()
    assert "neexistuje" in err and "\n" not in err and "Traceback" not in err
