"""Issue 18.3: texts of app/ that are built first and shown later – an import
summary, the audit check's problems, a database error, a CLI password prompt, a
concurrent-save refusal, an import row's problem, a case timeline – read in
English when the language is English; documents stay Czech whatever the language."""
from __future__ import annotations

import datetime as dt
import getpass
import re

import pytest
from sqlalchemy.exc import OperationalError

from app import audit, i18n
from app.cli import main as cli
from models.audit import AuditEvent

from .keys import TEST_PASSWORD

CZECH = re.compile(r"\w*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("cs")
    cli.set_language([])


def no_czech(text: str) -> str:
    assert not CZECH.findall(text), f"Czech in the English text: {text!r}"
    return text


def test_a_bundle_import_summary_in_english(english):
    from app.sync.importer import ImportSummary
    summary = ImportSummary("b1", "peer1", "Field laptop N1", new=3, changed=2, unchanged=7,
                            conflicts=1, duplicates=0)
    assert no_czech(summary.line()) == (
        "Imported from “Field laptop N1”: 3 new records, 2 changed, 7 unchanged, "
        "1 conflicts to review, 0 possible duplicate persons.")
    summary.already_imported = True
    assert "already imported" in no_czech(summary.line())


def test_the_audit_checks_problems_in_english(db, admin, english):
    from app.people.records import PersonInput, create_person
    for i in range(4):
        create_person(db, admin, PersonInput(given_name="Jana", surname=f"Osoba{i}",
                                             birth_date=dt.date(1980, 5, 1)))
    with db.transaction() as s:
        s.execute(AuditEvent.__table__.update().where(AuditEvent.seq == 3)
                  .values(user_name="Someone else"))
    with db.reading() as s:
        problems = [p.text for p in audit.check(s)]
    assert "Entry no. 3 was altered." in problems, problems
    for text in problems:
        no_czech(text)
    i18n.set_language("cs")
    with db.reading() as s:
        assert "Záznam č. 3 byl změněn." in [p.text for p in audit.check(s)]


def test_database_errors_in_english(english):
    from app.db import describe_db_error
    locked = OperationalError("SELECT 1", {}, Exception("database is locked"))
    assert no_czech(describe_db_error("/srv/office.kmb", locked)) == (
        "The database /srv/office.kmb is locked by another program. Try again in a moment.")
    refused = OperationalError("SELECT 1", {}, Exception("connection refused"))
    assert "does not answer" in no_czech(
        describe_db_error("postgresql://kmb@db.example/kmb", refused))
    lost = OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    assert "nothing was saved" in no_czech(
        describe_db_error("postgresql://kmb@db.example/kmb", lost, saving=True))


class _Terminal:
    """stdin as a terminal: the CLI asks for the password instead of refusing."""
    def isatty(self):
        return True


def test_the_cli_password_prompt_in_english(db, admin, monkeypatch, capsys, english):
    asked = []
    monkeypatch.delenv("KMB_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt)
                        or TEST_PASSWORD)
    code = cli.main(["--lang", "en", "audit", "verify", "--db", str(db.url), "--user", "admin"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert asked == ["Password of user admin: "]
    no_czech(out + err)


def test_a_concurrent_save_refusal_in_english(english):
    from app.concurrency import ConcurrentEdit, FieldChange, shown
    refusal = ConcurrentEdit(i18n._("Případ {number}").format(number="KMB-2026/0007"),
                             [FieldChange("summary", i18n._("Shrnutí"), "new text", shown(None))],
                             "Eva Horak", None, 3)
    assert no_czech(refusal.message) == (
        "Case KMB-2026/0007 was saved meanwhile by Eva Horak (meanwhile); your changes were "
        "not saved. Summary: your value “new text”, stored value “(empty)”. Save again, or "
        "load the stored version.")


def test_an_import_rows_problems_in_english(english):
    from app.imports import values
    from app.imports.service import RowProblem
    with pytest.raises(ValueError) as bad:
        values.parse_int("deset")
    assert no_czech(str(RowProblem(12, str(bad.value)))) == "row 12: “deset” is not a whole number"
    with pytest.raises(ValueError) as bad:
        values.parse_date("32. 13. 2020")
    no_czech(str(bad.value))


def test_a_case_timeline_in_english(db, admin, english):
    """The kinds and facts of a timeline are computed when shown: English; what the
    office wrote (a stored task title, a note) stays as written."""
    from app.cases.service import case_detail
    from app.intake.service import IntakeInput, save_intake
    from app.people.records import PersonInput
    from models.intake import Outcome
    result = save_intake(db, admin, IntakeInput(
        new_person=PersonInput(given_name="Jana", surname="Horak",
                               birth_date=dt.date(1980, 5, 1)),
        outcome=Outcome.CASE_OPENED, counselling_given=True, reason="Needs a flat",
        case_worker_id=admin.user_id))
    entries = case_detail(db, admin, result.case_id).timeline
    assert {e.kind for e in entries} >= {"contact", "status"}, entries
    for e in entries:
        no_czech(e.kind_label)
    contact = next(e for e in entries if e.kind == "contact")
    assert "housing counselling (§12)" in contact.text + contact.title, contact


def test_documents_stay_czech_in_english(english):
    """Czech on purpose: a floor as documents name it, an office's place phrase."""
    from app.formatting import floor_location, format_floor
    assert format_floor(2) == "2. patro"
    assert floor_location(0) == "v přízemí"
