"""The worker's sex on the user (issue 14 item 1): set in Nastavení →
Uživatelé (the form suggests it from the given name, nothing is stored until
Save), and the procedure documents print the worker's words by it —
"provedla sociální pracovnice" for a woman, "provedl sociální pracovník" for a
man — read back with pdftotext."""
from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.auth import NewUser, create_user
from app.cases import procedure as proc
from app.cases.procedure_documents import print_procedure_document
from app.cases.service import open_case
from app.czech_names import worker_forms
from app.errors import PermissionDenied, ValidationError
from app.people.guardians import GuardianInput, save_guardian
from app.people.records import PersonInput, create_person
from app.security import actor_from_user
from app.staff import set_user_sex
from models.audit import AuditEvent
from models.guardians import GuardianKind
from models.people import Sex
from models.staff import Role, User
from ui.settings.users_tab import NewUserDialog, SexDialog, UsersTab

from .ui_helpers import make_context, type_text

D = dt.date
PW = "heslo-pracovnika"


def _worker(db, admin, username, full_name, sex=None) -> str:
    return create_user(db, admin, NewUser(username, full_name, Role.SOCIAL_WORKER, PW, PW,
                                          sex=sex))


def _procedure(db, admin, worker_id, sex=Sex.FEMALE, given="Marie", surname="Šťastná") -> str:
    """A case worked by ``worker_id`` through the inquiry (the protocol's data)."""
    pid = create_person(db, admin, PersonInput(
        given_name=given, surname=surname, birth_date=D(1984, 3, 2), sex=sex,
        street="Horská", house_number="12", city="Trutnov", postcode="541 01"))
    with db.transaction() as s:
        cid = open_case(s, admin, pid, worker_id=worker_id, opened_on=D(2026, 7, 1)).id
    today = D(2026, 8, 20)
    proc_id = proc.start_procedure(db, admin, cid, application_on=D(2026, 7, 1),
                                   channel="osobně", today=today)
    proc.record_step(db, admin, proc_id, "inquiry", {
        "inquiry_started_on": "2. 7. 2026", "inquiry_done_on": "10. 7. 2026",
        "inquiry_findings": "Bydlí u příbuzných."}, today=today)
    return proc_id


def _pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.replace("\u00a0", " ").split())


@pytest.mark.parametrize("full_name,sex,words", [
    ("Eva Malá", "F", ("provedla sociální pracovnice Eva Malá", "za úřad – sociální pracovnice",
                       "za úřad zpracovala")),
    ("Jan Veliký", "M", ("provedl sociální pracovník Jan Veliký", "za úřad – sociální pracovník",
                         "za úřad zpracoval")),
])
def test_a_woman_and_a_man_worker_print_their_forms(db, admin, tmp_path, full_name, sex, words):
    uid = _worker(db, admin, "pracovnik", full_name, sex)
    pid = _procedure(db, admin, uid)
    protocol = _pdftotext(print_procedure_document(db, admin, pid, "protocol")[0], tmp_path)
    assert words[0] in protocol and words[1] in protocol
    application = _pdftotext(print_procedure_document(db, admin, pid, "application")[0],
                             tmp_path)
    assert words[2] in application and "zpracoval(a)" not in application


def test_the_stored_sex_decides_where_the_name_does_not_tell(db, admin, tmp_path):
    uid = _worker(db, admin, "sasa.kadlec", "Saša Kadlec")          # no sex stored
    pid = _procedure(db, admin, uid)
    text = _pdftotext(print_procedure_document(db, admin, pid, "protocol")[0], tmp_path)
    assert "provedl(a) sociální pracovník/pracovnice Saša Kadlec" in text
    set_user_sex(db, admin, uid, "F")
    text = _pdftotext(print_procedure_document(db, admin, pid, "protocol")[0], tmp_path)
    assert "provedla sociální pracovnice Saša Kadlec" in text
    # the other documents' words come from the same forms
    assert worker_forms("Saša Kadlec", "F")["prepared"] == "zpracovala"
    assert worker_forms("Jana Nováková", "M")["social_worker"] == "sociální pracovník"


def test_setting_the_sex_is_checked_audited_and_for_managers_only(db, admin):
    uid = _worker(db, admin, "jana.prace", "Jana Práce")
    with pytest.raises(ValidationError) as err:
        set_user_sex(db, admin, uid, "X")
    assert "žena, muž" in err.value.message
    with pytest.raises(ValidationError):
        create_user(db, admin, NewUser("x.y", "X Y", Role.SOCIAL_WORKER, PW, PW, sex="Z"))
    with db.reading() as s:
        worker = actor_from_user(s.get(User, uid))
        assert s.get(User, uid).sex is None                       # nothing by guess
    with pytest.raises(PermissionDenied):
        set_user_sex(db, worker, uid, "F")                        # not even her own
    set_user_sex(db, admin, uid, "F")
    with db.reading() as s:
        assert s.get(User, uid).sex == Sex.FEMALE
        details = [json.loads(d) for (d,) in s.execute(select(AuditEvent.detail).where(
            AuditEvent.entity == "user", AuditEvent.entity_id == uid,
            AuditEvent.action == "update"))]
    assert details == [{"sex": "F", "was": None}]


def test_the_applicants_guardian_acts_for_them_on_application_and_decision(db, admin,
                                                                          tmp_path):
    uid = _worker(db, admin, "eva.mala", "Eva Malá", "F")
    pid = _procedure(db, admin, uid, sex=Sex.MALE, given="Karel", surname="Vondra")
    application = _pdftotext(print_procedure_document(db, admin, pid, "application")[0],
                             tmp_path)
    assert "jedná" not in application                              # he acts alone
    with db.reading() as s:
        from models.procedure import HousingProcedure
        person_id = s.get(HousingProcedure, pid).person_id
    save_guardian(db, admin, person_id, GuardianInput(
        GuardianKind.GUARDIAN, "Bc. Alena Šírová", "rozsudek OS Trutnov 14 P 7/2024",
        valid_from=D(2020, 1, 1)))
    application = _pdftotext(print_procedure_document(db, admin, pid, "application")[0],
                             tmp_path)
    assert ("trvale bytem Horská 12, 541 01 Trutnov, za něhož jedná opatrovník "
            "Bc. Alena Šírová (rozsudek OS Trutnov 14 P 7/2024)") in application
    today = D(2026, 8, 20)
    proc.record_step(db, admin, pid, "opinion_request", {"opinion_requested_on": D(2026, 7, 13)},
                     today=today)
    proc.record_step(db, admin, pid, "opinion", {
        "opinion_received_on": D(2026, 8, 3), "opinion_ref": "UPCR-1/2026",
        "opinion_result": "meets"}, today=today)
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 5/2026",
        "decision_outcome": "entered", "decision_reason": "Splněno."}, today=today)
    decision = _pdftotext(print_procedure_document(db, admin, pid, "decision")[0], tmp_path)
    assert ("za něhož jedná opatrovník Bc. Alena Šírová (rozsudek OS Trutnov 14 P 7/2024), "
            "takto") in decision


def test_users_tab_sets_the_sex_suggested_by_the_name_only_on_save(qtbot, db, admin, tmp_path,
                                                                    monkeypatch):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    seen = {}

    def new_user(dialog):
        type_text(qtbot, dialog.full_name, "Lucie Bílá")
        seen["suggested"] = dialog.sex.currentText()
        type_text(qtbot, dialog.username, "lucie.bila")
        type_text(qtbot, dialog.password, PW)
        type_text(qtbot, dialog.again, PW)
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewUserDialog, "exec", new_user)
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert seen["suggested"] == "žena"
    rows = {tab.model.row(r).full_name: r for r in range(tab.model.rowCount())}
    assert tab.model.index(rows["Lucie Bílá"], 4).data() == "žena"
    with db.reading() as s:
        assert s.scalar(select(User.sex).where(User.username == "lucie.bila")) == Sex.FEMALE

    _worker(db, admin, "petr.horak", "Petr Horák")                  # stored without sex
    tab.refresh()
    rows = {tab.model.row(r).full_name: r for r in range(tab.model.rowCount())}
    assert tab.model.index(rows["Petr Horák"], 4).data() == "neuvedeno"
    tab.table.setCurrentIndex(tab.model.index(rows["Petr Horák"], 0))

    def confirm(dialog):
        seen["intro"] = dialog.intro.text()
        seen["shown"] = dialog.sex.currentText()
        with db.reading() as s:     # the suggestion is not stored while the form is open
            seen["stored"] = s.scalar(select(User.sex).where(User.username == "petr.horak"))
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SexDialog, "exec", confirm)
    assert tab.sex_button.isEnabled()
    qtbot.mouseClick(tab.sex_button, Qt.LeftButton)
    assert seen["shown"] == "muž" and "návrh podle jména: muž" in seen["intro"]
    assert seen["stored"] is None
    rows = {tab.model.row(r).full_name: r for r in range(tab.model.rowCount())}
    assert tab.model.index(rows["Petr Horák"], 4).data() == "muž"
    with db.reading() as s:
        assert s.scalar(select(User.sex).where(User.username == "petr.horak")) == Sex.MALE


def test_the_demo_staff_have_their_sex(town_db):
    with town_db.reading() as s:
        staff = {u.username: u.sex for u in s.scalars(select(User)) if u.role != Role.ADMIN}
    assert staff and None not in staff.values()
    assert staff["jana.dvorakova"] == Sex.FEMALE and staff["petr.horak"] == Sex.MALE
