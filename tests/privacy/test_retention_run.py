"""Retention and anonymisation, tried as an auditor would: a client whose case
closed twelve years ago is planted with a sentinel name, rodné číslo,
contacts, a note and health text; a control client with an open case stays.
After ``kmb retention run`` nothing of the sentinel is left anywhere in the
decrypted file (free pages and WAL included), nor in a bundle made
afterwards, and the peer that had the client anonymises it on import."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.assessments.records import AssessmentInput, create_assessment, save_draft
from app.cases.service import add_note, change_status, open_case
from app.cli.main import main
from app.errors import PermissionDenied, ValidationError
from app.people.records import PersonInput, create_person
from app.privacy import retention
from app.security import Actor
from app.sync import container
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.assessments import Assessment
from models.cases import Case, CaseStatus, Note
from models.people import Person, PersonContact
from models.staff import Role
from models.sync import Installation, SyncConflict

from .. import backends
from ..keys import TEST_KEY, TEST_PASSWORD, as_user
from ..sync_helpers import installation, link
from .pages import decrypted_content

SURNAME, GIVEN = "Sentinelova", "Xenie"
RC = next(f"805517{n:03d}{d}" for n in range(100, 999) for d in range(10)
          if int(f"805517{n:03d}{d}") % 11 == 0)
NEEDLES = [b"sentinelova", "sentinelová".encode(), RC.encode(), b"777123456", b"xenie.s", b"sentinel-zdravi",
           b"sentinel-pozn", b"sentinelova ulice"]


def _plant(db, actor) -> tuple[str, str]:
    """(sentinel person, control person) with their records."""
    pid = create_person(db, actor, PersonInput(
        given_name=GIVEN, surname=SURNAME, birth_date=dt.date(1980, 5, 17), birth_number=RC,
        phone="+420 777 123 456", email="xenie.s@example.cz", street="Sentinelova ulice",
        house_number="5", city="Trutnov", postcode="541 01",
        note="Klientka Sentinelova, SENTINEL-POZN"))
    with db.transaction() as s:
        case_id = open_case(s, actor, pid, worker_id=None,
                            summary="Xenie Sentinelova – SENTINEL-POZN").id
    add_note(db, actor, case_id, "Paní Sentinelova volala; SENTINEL-POZN")
    aid = create_assessment(db, actor, pid, case_id=case_id)
    save_draft(db, actor, aid, AssessmentInput(
        health="SENTINEL-ZDRAVI: diabetes (Sentinelova)", ethos_category=3,
        debts_note="Půjčka od bratra Sentinelova", housing_situation="ubytovna"))
    change_status(db, actor, case_id, CaseStatus.CLOSED, "Uzavřeno – SENTINEL-POZN")
    with db.transaction() as s:        # the case closed twelve years ago
        case = s.get(Case, case_id)
        case.opened_on, case.closed_on = dt.date(2013, 2, 1), dt.date(2014, 6, 30)
        for note in s.scalars(select(Note).where(Note.case_id == case_id)):
            note.written_at = dt.datetime(2014, 3, 1, 10, 0)
    with db.transaction() as s:        # a conflict that kept an older spelling of the name
        s.add(SyncConflict(table_name="person", row_id=pid, column="surname",
                           kept_json='"Sentinelova"', kept_stamp="1@x",
                           lost_json='"Sentinelová"', lost_stamp="2@y"))
    control = create_person(db, actor, PersonInput(given_name="Olga", surname="Kontrolní"))
    with db.transaction() as s:
        open_case(s, actor, control, worker_id=None, opened_on=dt.date(2013, 1, 1))
    return pid, control


def _bundle_plain(path: Path, receiver) -> bytes:
    with receiver.reading() as s:
        identity = s.scalars(select(Installation.age_identity)).first()
    data = container.decrypt(path, identity, 1 << 30)
    tar = tarfile.open(fileobj=io.BytesIO(data))
    out = []
    for member in tar:
        raw = tar.extractfile(member).read()
        try:
            raw = gzip.decompress(raw)
        except OSError:
            pass
        out.append(raw)
    return b"\n".join(out).lower()


def _leftovers(blob: bytes) -> list[bytes]:
    blob = blob.lower()
    return [n for n in NEEDLES if n in blob]


@pytest.fixture
def offices(tmp_path):
    a, a_admin = installation(tmp_path / "a.sqlite", "Kancelář")
    b, b_admin = installation(tmp_path / "b.sqlite", "Pobočka")
    link(a, a_admin, b, b_admin)
    yield (a, a_admin, tmp_path / "a.sqlite"), (b, b_admin, tmp_path / "b.sqlite")
    a.close()
    b.close()


@pytest.mark.sqlite_only("reads the decrypted pages of the SQLite file and its WAL; the "
                         "server's row versions are checked in the next test")
def test_retention_run_leaves_nothing_behind_and_reaches_the_peer(offices, tmp_path,
                                                                   monkeypatch, capsys):
    (a, a_admin, a_path), (b, b_admin, b_path) = offices
    pid, control = _plant(a, a_admin)
    first = tmp_path / "1.kmbx"
    export_bundle(a, a_admin, _peer_id(a), first)
    import_bundle(b, b_admin, first)
    with b.reading() as s:                       # the peer has the client, name and all
        assert s.get(Person, pid).surname == SURNAME
    assert _leftovers(decrypted_content(a_path, TEST_KEY))   # the check can fail

    due = retention.due_persons(a, a_admin)
    assert [d.person_id for d in due] == [pid]   # the control's case is open
    assert due[0].rule == "uzavřený případ" and due[0].due_on == dt.date(2024, 6, 30)

    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert main(as_user(["retention", "run", "--dry-run", "--db", str(a_path)])) == 0
    out = capsys.readouterr().out
    assert "Xenie Sentinelova" in out and "nic se nezměnilo" in out
    with a.reading() as s:
        assert s.get(Person, pid).surname == SURNAME
    assert main(as_user(["retention", "run", "--db", str(a_path)])) == 0
    assert "Anonymizováno osob: 1." in capsys.readouterr().out

    with a.reading() as s:
        p = s.get(Person, pid)
        assert (p.surname, p.given_name, p.birth_number, p.note) == ("Anonymizováno", "", None,
                                                                      None)
        assert p.birth_date == dt.date(1980, 1, 1)            # the year stays for statistics
        a_row = s.scalars(select(Assessment).where(Assessment.person_id == pid)).one()
        assert a_row.health is None and a_row.ethos_category == 3   # ETHOS stays
        assert all(c.value == "" and c.deleted_at for c in s.scalars(
            select(PersonContact).where(PersonContact.person_id == pid)))
        assert s.get(Person, control).surname == "Kontrolní"
    assert _leftovers(decrypted_content(a_path, TEST_KEY)) == []
    with a.engine.connect() as c:                # the audit says what happened, not who
        events = c.execute(text("SELECT action, detail FROM audit_event "
                                "WHERE entity_id = :p"), {"p": pid}).all()
        assert ("anonymise", '{"rule": "retention"}') in events

    second = tmp_path / "2.kmbx"
    export_bundle(a, a_admin, _peer_id(a), second)
    assert _leftovers(_bundle_plain(second, b)) == []
    import_bundle(b, b_admin, second)
    with b.reading() as s:
        p = s.get(Person, pid)
        assert p.surname == "Anonymizováno" and p.birth_number is None
        assert s.scalars(select(Assessment.health).where(Assessment.person_id == pid)).one() \
            is None
    # the peer's own run (nobody due) clears what the import freed
    assert retention.anonymise(b, b_admin, []) == 0
    assert _leftovers(decrypted_content(b_path, TEST_KEY)) == []


def _row_versions(url: str) -> bytes:
    """Every row version the server still keeps in the database's tables (their
    TOAST tables too), dead ones included: read page by page with pageinspect
    by the server's administrator. What VACUUM has removed is not there."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    admin = create_engine(make_url(backends.ADMIN_URL).set(
        drivername="postgresql+psycopg", database=make_url(url).database),
        isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pageinspect")
            rels = c.execute(text(
                "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 't') AND "
                "n.nspname IN ('public', 'pg_toast') AND c.relowner = "
                "(SELECT oid FROM pg_roles WHERE rolname = :role)"),
                {"role": backends.ROLE}).scalars().all()
            out = []
            for rel in rels:
                out += c.execute(text(
                    "SELECT i.t_data FROM generate_series(0, pg_relation_size(CAST(:r AS regclass)) / "
                    "current_setting('block_size')::int - 1) b, "
                    "LATERAL heap_page_items(get_raw_page(CAST(:r AS text), b::int)) i "
                    "WHERE i.t_data IS NOT NULL"), {"r": rel}).scalars().all()
    finally:
        admin.dispose()
    return b"\n".join(bytes(d) for d in out)


@pytest.mark.skipif(not backends.on_postgres(), reason="the server part; the file is checked "
                    "by the test above")
def test_retention_run_on_a_server_leaves_no_row_version_behind(db, admin, tmp_path,
                                                                 monkeypatch, capsys):
    """On PostgreSQL an update leaves the old row version in the table until
    VACUUM: after ``kmb retention run`` no row version, live or dead, holds
    the sentinel, and the laptop that had the client anonymises it on import."""
    b, b_admin = installation(tmp_path / "b.sqlite", "Pobočka")
    try:
        link(db, admin, b, b_admin)
        pid, control = _plant(db, admin)
        first = tmp_path / "1.kmbx"
        export_bundle(db, admin, _peer_id(db), first)
        import_bundle(b, b_admin, first)
        assert _leftovers(_row_versions(db.url))          # the check can fail
        monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
        assert main(as_user(["retention", "run", "--db", db.url])) == 0
        assert "Anonymizováno osob: 1." in capsys.readouterr().out
        with db.reading() as s:
            p = s.get(Person, pid)
            assert (p.surname, p.birth_number, p.note) == ("Anonymizováno", None, None)
            assert s.get(Person, control).surname == "Kontrolní"
        assert _leftovers(_row_versions(db.url)) == []
        second = tmp_path / "2.kmbx"
        export_bundle(db, admin, _peer_id(db), second)
        assert _leftovers(_bundle_plain(second, b)) == []
        import_bundle(b, b_admin, second)
        with b.reading() as s:
            assert s.get(Person, pid).surname == "Anonymizováno"
    finally:
        b.close()


def _peer_id(db) -> str:
    from models.sync import Peer
    with db.reading() as s:
        return s.scalars(select(Peer.id)).one()


def test_only_persons_due_are_anonymised_and_only_by_the_retention_role(offices):
    (a, a_admin, _), _ = offices
    pid, control = _plant(a, a_admin)
    with pytest.raises(ValidationError):
        retention.anonymise(a, a_admin, [control])
    with a.reading() as s:
        assert s.get(Person, control).surname == "Kontrolní"
    worker = Actor(a_admin.user_id, "Pracovnice", Role.SOCIAL_WORKER)
    for fn in (lambda: retention.due_persons(a, worker),
               lambda: retention.anonymise(a, worker, [pid])):
        with pytest.raises(PermissionDenied):
            fn()
    # a longer period set by the office: nobody is due
    retention.set_periods(a, a_admin, 15, 5)
    assert retention.due_persons(a, a_admin) == []
    with pytest.raises(ValidationError):
        retention.set_periods(a, a_admin, 0, 5)


def test_a_frozen_council_ranking_loses_the_anonymised_applicant_only(town_db):
    """The ranking frozen in a council decision names every applicant; the
    anonymised one disappears from it, the others stay."""
    import json as _json
    from models.allocation import AllocationDecision, Application
    with town_db.reading() as s:
        decision = s.scalars(select(AllocationDecision).where(
            AllocationDecision.ranking_snapshot_json.is_not(None))).first()
        if decision is None:
            pytest.skip("the demo has no council decision")
        raw, decision_id = decision.ranking_snapshot_json, decision.id
        applicants = [s.get(Person, a.applicant_id) for a in s.scalars(select(Application))]
        named = [p for p in applicants if p and p.surname and f"{p.surname} {p.given_name}" in raw
                 or p and f"{p.given_name} {p.surname}" in raw]
        assert len(named) >= 2, "the snapshot names its applicants"
        gone, kept = named[0], named[1]
        gone_id, gone_name = gone.id, (gone.given_name, gone.surname)
        kept_names = {f"{kept.given_name} {kept.surname}", f"{kept.surname} {kept.given_name}"}
    with town_db.transaction() as s:        # the anonymisation itself (due or not)
        retention._anonymise_person(s, gone_id)
    with town_db.reading() as s:
        after = s.get(AllocationDecision, decision_id).ranking_snapshot_json
    given, surname = gone_name
    assert f"{given} {surname}" not in after and f"{surname} {given}" not in after
    assert any(n in after for n in kept_names)
    _json.loads(after)                       # still a readable snapshot
