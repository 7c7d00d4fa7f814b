"""The audit trail proves something: ``kmb audit verify`` notices an edited
column (any column), a deleted row in the middle, rows deleted at the end,
and a chain re-computed after a deletion (the signed anchors no longer
match). Two processes opening records at once never collide on the
sequence. Searches are audited once per query; updates name the fields."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select, text

from app import audit
from app.cli.main import main
from app.config import is_server
from app.db import open_database
from app.people.records import PersonInput, create_person, update_person
from app.people.search import search_persons
from app.privacy import audit_log
from models.audit import AuditAnchor, AuditEvent, AuditSecret

from ..keys import TEST_KEY, TEST_PASSWORD


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)   # the CLI signs in as admin


def _person(db, admin, surname="Nováková", **kw) -> str:
    return create_person(db, admin, PersonInput(given_name="Jana", surname=surname,
                                                birth_date=dt.date(1980, 5, 1), **kw))


@pytest.fixture
def trail(db, admin, tmp_path):
    """An office with a dozen events; returns its database URL (file or server)."""
    for i in range(6):
        pid = _person(db, admin, surname=f"Osoba{i}")
        update_person(db, admin, pid, PersonInput(given_name="Eva", surname=f"Osoba{i}",
                                                  birth_date=dt.date(1980, 5, 1)))
    return db.url


def _verify(capsys, path) -> tuple[int, str]:
    code = main(["audit", "verify", "--db", str(path), "--user", "admin"])
    out, err = capsys.readouterr()
    return code, out + err


def _raw(url, sql, **params):
    database = open_database(url, key=None if is_server(url) else TEST_KEY)
    with database.engine.begin() as conn:
        conn.execute(text(sql), params)
    database.close()


def test_an_intact_trail_verifies(capsys, trail):
    code, out = _verify(capsys, trail)
    assert code == 0 and "neporušený" in out


COLUMNS = ["id", "seq", "at", "user_id", "user_name", "action", "entity", "entity_id",
           "detail", "prev_hash", "hash"]


@pytest.mark.parametrize("column", COLUMNS)
def test_an_edited_column_is_noticed(capsys, trail, column):
    value = {"seq": 999, "at": "2020-01-01 00:00:00.000000"}.get(column, "x" * 8)
    _raw(trail, f'UPDATE audit_event SET "{column}" = :v WHERE seq = 5', v=value)
    code, out = _verify(capsys, trail)
    assert code == 1 and "kmb:" in out


def test_a_deleted_row_in_the_middle_is_noticed(capsys, trail):
    _raw(trail, "DELETE FROM audit_event WHERE seq = 4")
    code, out = _verify(capsys, trail)
    assert code == 1 and "Chybí záznamy č. 4" in out


def test_rows_deleted_at_the_end_are_noticed(capsys, trail):
    _raw(trail, "DELETE FROM audit_event WHERE seq > 9")
    code, out = _verify(capsys, trail)
    # the CLI's own sign-in is audited first: it continues from the head, so the cut
    # tail becomes a gap before the new event
    assert code == 1 and ("Na konci chybí záznamy" in out or "Chybí záznamy č. 10" in out)


def test_a_chain_recomputed_after_a_deletion_contradicts_the_signed_anchor(db, admin, trail):
    """Even someone holding the HMAC key cannot rewrite history silently:
    the daily anchor was signed with the installation's Ed25519 key."""
    with db.transaction() as s:
        assert s.scalars(select(AuditAnchor).where(AuditAnchor.kind == "daily")).first()
        audit.anchor(s, "export", "bundle-1")         # as every bundle export does
    with db.transaction() as s:
        key = s.get(AuditSecret, 1).key
        s.execute(AuditEvent.__table__.delete().where(AuditEvent.seq == 2))
        prev, seq = audit.GENESIS, 1
        for ev in s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all():
            s.execute(AuditEvent.__table__.update().where(AuditEvent.id == ev.id)
                      .values(seq=-seq))
            seq += 1
        s.flush()
        s.expire_all()
        for ev in s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).all():
            ev.seq, ev.prev_hash = -ev.seq, prev
            ev.hash = audit._digest(key, ev)
            prev = ev.hash
            s.flush()
        head = s.get(AuditAnchor, audit.HEAD_ID)
        head.seq, head.hash = seq - 1, prev
        head.signature = audit._head_mac(key, head.seq, head.hash)
    with db.reading() as s:
        texts = [p.text for p in audit.check(s)]
    assert any("podepsané kotvy" in t or "chybí" in t for t in texts), texts


def test_user_name_is_covered(db, admin, trail):
    with db.transaction() as s:
        s.execute(AuditEvent.__table__.update().where(AuditEvent.seq == 3)
                  .values(user_name="Někdo jiný"))
    with db.reading() as s:
        assert audit.verify_chain(s) == 3


def test_person_updates_name_the_changed_fields(db, admin):
    pid = _person(db, admin, phone="+420 777 111 222")
    update_person(db, admin, pid, PersonInput(given_name="Jana", surname="Dvořáková",
                                              birth_date=dt.date(1980, 5, 1),
                                              phone="+420 777 111 333", city="Trutnov"))
    with db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "update",
                                                AuditEvent.entity_id == pid)).one()
        fields = audit_log._row(ev).detail
    assert "surname" in fields and "phone" in fields and "permanent_address_id" in fields
    assert "given_name" not in fields


def test_a_search_is_one_event_however_many_pages(capsys, db, admin, tmp_path):
    for i in range(5):
        _person(db, admin, surname=f"Hledaná{i}")
    rows = search_persons(db, admin, "hledan", limit=2)
    search_persons(db, admin, "hledan", after=(rows[-1].sort_key, rows[-1].id), limit=2)
    main(["list", "persons", "--search", "hledan", "--db", db.url,
          "--user", "admin"])
    capsys.readouterr()
    events = audit_log.list_events(db, admin, action="search")
    assert len(events) == 2 and all("hledan" in e.detail for e in events)


def test_the_viewer_filters_by_person_user_action_and_date(db, admin):
    pid = _person(db, admin)
    from app.people.detail import person_detail
    person_detail(db, admin, pid)
    rows = audit_log.list_events(db, admin, person_id=pid)
    assert {r.action for r in rows} == {"create", "open"}
    assert audit_log.list_events(db, admin, person_id=pid, action="open")[0].user_name
    assert audit_log.list_events(db, admin, user="nikdo-takovy") == []
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert audit_log.list_events(db, admin, date_from=tomorrow) == []
    access = audit_log.person_access(db, admin, pid)
    assert [r.action for r in access] == ["open", "create"]


WORKER = textwrap.dedent("""
    import sys
    from app.config import is_server
    from app.db import open_database
    from app.installation import admin_actor
    from app.people.detail import person_detail
    from tests.keys import TEST_KEY
    db = open_database(sys.argv[1], key=None if is_server(sys.argv[1]) else TEST_KEY)
    actor = admin_actor(db)
    failures = 0
    for _ in range(200):
        try:
            person_detail(db, actor, sys.argv[2])
        except Exception as exc:
            failures += 1
            print(type(exc).__name__, exc, file=sys.stderr)
    print(failures)
""")


@pytest.mark.slow
def test_two_processes_opening_records_never_collide(db, admin, tmp_path):
    pid = _person(db, admin)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db.url, pid],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    failures = sum(int(out.strip().splitlines()[-1]) for out, _ in results)
    assert failures == 0, [err[-500:] for _, err in results]
    with db.reading() as s:
        assert audit.verify_chain(s) is None
        opens = s.scalars(select(AuditEvent).where(AuditEvent.action == "open")).all()
    assert len(opens) == 400
