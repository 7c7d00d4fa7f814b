"""A peer is trusted only as far as its kind: an adversarial suite. Each bundle
here is signed with a genuine, paired key (tests/sync_helpers.MaliciousPeer) and
must be refused whole, in one line, with every table as it was and one audit
event for the refusal."""
from __future__ import annotations

import datetime as dt

import pytest

from app.auth import authenticate
from app.errors import KmbError
from app.installation import current
from app.people.records import PersonInput, update_person
from app.sync.export import export_bundle
from app.sync.identity import revoke_peer
from app.sync.importer import import_bundle
from app.sync.stamps import physical_now
from app.sync.trust import MAX_HLC
from models.cases import Case, Note
from models.people import Household, HouseholdMember, Person
from models.staff import Role, User
from models.sync import Peer, Revocation

from .keys import TEST_KEY
from .sync_helpers import MaliciousPeer, assert_refused, installation, link

HOUR_MS = 3_600_000


def _household(s, worker_id: str, surname: str) -> dict:
    hh = Household(name=f"Domácnost {surname}")
    person = Person(given_name="Marie", surname=surname, birth_number="8551011234",
                    note="zdravotní stav: SENTINEL-ZDRAVI")
    s.add_all([hh, person])
    s.flush()
    s.add(HouseholdMember(household_id=hh.id, person_id=person.id, relation="head"))
    case = Case(person_id=person.id, household_id=hh.id, assigned_worker_id=worker_id,
                opened_on=dt.date(2026, 10, 1))
    s.add(case)
    s.flush()
    note = Note(case_id=case.id, person_id=person.id, author_id=worker_id,
                written_at=dt.datetime(2026, 10, 2, 9, 0), text="poznámka k případu")
    s.add(note)
    s.flush()
    return {"household": hh.id, "person": person.id, "case": case.id, "note": note.id}


@pytest.fixture
def field(tmp_path):
    """An office, and the field laptop of worker W (scope worker:W) holding W's data."""
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook W")
    with office.transaction() as s:
        w = User(username="w.terenni", full_name="Věra Terénní", role=Role.SOCIAL_WORKER)
        x = User(username="x.jiny", full_name="Xaver Jiný", role=Role.SOCIAL_WORKER)
        s.add_all([w, x])
        s.flush()
        ids = {"w": w.id, "x": x.id, "mine": _household(s, w.id, "Moje"),
               "other": _household(s, x.id, "Cizí")}
    link(office, oa, laptop, la, scope_on_a=f"worker:{ids['w']}")
    export_bundle(office, oa, current(laptop).id, tmp_path / "down.kmbx")
    import_bundle(laptop, la, tmp_path / "down.kmbx")
    evil = MaliciousPeer(laptop, office)
    yield office, oa, laptop, la, evil, ids
    office.close()
    laptop.close()


def _edit(evil: MaliciousPeer, db, table: str, row_id: str, **changes):
    """The row as the office has it, with ``changes`` stamped by the sender."""
    values, meta = evil.local_row(db, table, row_id)
    values.update(changes)
    stamp = evil.stamp()
    meta.setdefault("c", {})
    for col in changes:
        meta["c"][col] = stamp
    meta.setdefault("v", {})[stamp[1]] = stamp[0]
    return table, values, meta


def test_an_honest_laptop_edit_inside_its_scope_is_accepted(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    update_person(laptop, la, ids["mine"]["person"],
                  PersonInput(given_name="Marie", surname="Moje", note="zapsáno v terénu"))
    export_bundle(laptop, la, current(office).id, tmp_path / "up.kmbx")
    summary = import_bundle(office, oa, tmp_path / "up.kmbx")
    assert summary.changed >= 1
    with office.reading() as s:
        assert s.get(Person, ids["mine"]["person"]).note == "zapsáno v terénu"
    # and a crafted but honest-looking edit, signed by the same key, is accepted too
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="Mojová")
    import_bundle(office, oa, evil.bundle(tmp_path / "ok.kmbx", [row]))
    with office.reading() as s:
        assert s.get(Person, ids["mine"]["person"]).surname == "Mojová"


# -- clocks ---------------------------------------------------------------------------

def test_overflowing_clock_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    path = evil.bundle(tmp_path / "e.kmbx", [], seq_to=2 ** 63 - 2)
    assert_refused(office, oa, path, "Notebook W.*rozsah hodin")
    # the office still writes (its clock is untouched)
    update_person(office, oa, ids["other"]["person"],
                  PersonInput(given_name="Marie", surname="Cizí", note="dál funguje"))


def test_far_future_clock_is_refused_naming_sender_and_how_far(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    year = 365 * 24 * HOUR_MS
    path = evil.bundle(tmp_path / "e.kmbx", [], seq_to=evil.now(year))
    msg = assert_refused(office, oa, path, "Notebook W")
    assert "365 dní" in msg and "napřed" in msg
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="Budoucí")
    row[2]["c"]["surname"] = [evil.now(year), evil.origin]
    assert_refused(office, oa, evil.bundle(tmp_path / "f.kmbx", [row]), "napřed")


def test_clock_tolerance_is_a_setting(field, tmp_path):
    from app import settings
    office, oa, laptop, la, evil, ids = field
    two_days = evil.now(48 * HOUR_MS)
    assert_refused(office, oa, evil.bundle(tmp_path / "a.kmbx", [], seq_to=two_days),
                   "48 h|2 dní")
    with office.transaction() as s:
        settings.put(s, oa, "sync.clock_tolerance_hours", 72)
    import_bundle(office, oa, evil.bundle(tmp_path / "b.kmbx", [], seq_to=two_days))


@pytest.mark.parametrize("bad", [2 ** 63 - 2, -5, 1.5e17, "123", True, None])
def test_stamps_must_be_integers_in_range(field, tmp_path, bad):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="X")
    row[2]["c"]["surname"] = [bad, evil.origin]
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row], seq_to=MAX_HLC // 2),
                   "razítk|rozsah|napřed")


def test_a_stamp_beyond_the_manifests_clock_range_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="X")
    path = evil.bundle(tmp_path / "e.kmbx", [row], seq_to=row[2]["c"]["surname"][0] - 1)
    assert_refused(office, oa, path, "mimo rozsah hodin uvedený v manifestu")


def test_export_warns_when_the_clock_is_far_from_the_peers(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    with office.transaction() as s:
        peer = s.get(Peer, evil.id)
        peer.last_clock = physical_now() - ((10 * 24 * HOUR_MS) << 16)
    summary = export_bundle(office, oa, evil.id, tmp_path / "x.kmbx")
    assert summary.warnings and "10 dní" in summary.warnings[0]
    assert "Notebook W" in summary.warnings[0]


# -- what a laptop may write -----------------------------------------------------------

def test_out_of_scope_row_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "person", ids["other"]["person"], surname="Přejmenovaná")
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row]), "mimo rozsah")


def test_tombstoning_another_workers_case_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "case", ids["other"]["case"], deleted_at="2026-12-01T10:00:00")
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row]), "mimo rozsah")


def test_a_new_note_on_another_workers_case_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    from models.base import new_id
    values = {"id": new_id(), "case_id": ids["other"]["case"], "person_id": None,
              "author_id": ids["w"], "written_at": "2026-12-01T10:00:00", "text": "podvrh",
              "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
              "deleted_at": None}
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [("note", values, evil.meta())]),
                   "odkazuje mimo rozsah")


def test_moving_a_foreign_person_into_my_household_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    from models.base import new_id
    values = {"id": new_id(), "household_id": ids["mine"]["household"],
              "person_id": ids["other"]["person"], "relation": "other", "since": None,
              "until": None, "created_at": "2026-12-01T10:00:00",
              "updated_at": "2026-12-01T10:00:00", "deleted_at": None}
    assert_refused(office, oa, evil.bundle(
        tmp_path / "e.kmbx", [("household_member", values, evil.meta())]), "mimo rozsah")


def test_forged_office_origin_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    office_origin = current(office).origin
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="Úřední")
    stamp = [evil.now(), office_origin]
    row[2]["c"]["surname"] = stamp
    row[2]["v"][office_origin] = stamp[0]
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row]), "vydávanou za změnu této instalace")


def test_promoting_a_user_is_refused_and_a_new_user_gets_no_account(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "user", ids["x"], full_name="Xaver Správce")
    row[1]["role"] = "admin"
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row]), "user|mimo rozsah")
    # a new worker row claiming a login and a role: a worker, never an account
    from models.base import new_id
    uid = new_id()
    values = {"id": uid, "full_name": "Nový Pracovník", "email": None, "phone": None,
              "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
              "deleted_at": None}
    import_bundle(office, oa, evil.bundle(tmp_path / "u.kmbx", [("user", values, evil.meta())]))
    with office.reading() as s:
        user = s.get(User, uid)
        assert user.role == Role.SOCIAL_WORKER and user.password_hash is None
        assert user.username == "~" + uid
    with pytest.raises(KmbError):
        authenticate(office, "~" + uid, "")


@pytest.mark.parametrize("table,values", [
    ("setting", {"key": "office.name", "value_json": '"Podvodný úřad"'}),
    ("rule_set", {"name": "Pravidla", "version": 99, "state": "active", "body_json": "{}",
                  "sha256": None, "adopted_on": None, "adopted_by": None, "note": None}),
])
def test_settings_and_rule_sets_from_a_laptop_are_refused(field, tmp_path, table, values):
    office, oa, laptop, la, evil, ids = field
    from models.base import new_id
    values = dict(values, id=new_id(), created_at="2026-12-01T10:00:00",
                  updated_at="2026-12-01T10:00:00", deleted_at=None)
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [(table, values, evil.meta())]),
                   f"nesmí měnit tabulku „{table}“")


def test_a_laptop_cannot_revoke_installations(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    rec = {"installation_id": "x" * 36, "origin": "abcdef", "revoked_hlc": 1,
           "revoked_by": evil.id}
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [],
                                           manifest={"revocations": [rec]}), "odvolávat")


# -- manifests that lie -----------------------------------------------------------------

def test_a_manifest_that_lies_about_its_parts_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    row = _edit(evil, office, "person", ids["mine"]["person"], surname="X")
    fake = [{"name": "changes.ndjson.gz", "sha256": "0" * 64, "size": 10}]
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row], parts_override=fake),
                   "poškozený")


def test_a_manifest_with_columns_a_table_does_not_have_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    table, values, meta = _edit(evil, office, "person", ids["mine"]["person"], surname="X")
    path = tmp_path / "e.kmbx"
    evil.bundle(path, [(table, values, meta)],
                manifest={"tables": [["person", ["id", "surname", "password_hash"]]]})
    assert_refused(office, oa, path, "neznámý sloupec|nesouhlasí")


# -- revocation travels and holds on every path -----------------------------------------

def test_revoked_laptops_later_edits_are_refused_when_relayed(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    from app.sync.identity import add_peer, contact_card
    link(office, oa, laptop, la)
    add_peer(office, oa, contact_card(partner, pa), kind="partner")
    add_peer(partner, pa, contact_card(office, oa), kind="office")
    add_peer(partner, pa, contact_card(laptop, la))
    with office.transaction() as s:
        person = Person(given_name="Jan", surname="Novák")
        s.add(person)
    export_bundle(office, oa, current(partner).id, tmp_path / "p0.kmbx")
    import_bundle(partner, pa, tmp_path / "p0.kmbx")
    laptop_info = current(laptop)
    revoke_peer(office, oa, laptop_info.id)
    # the revocation reaches the partner inside the office's signed manifest
    export_bundle(office, oa, current(partner).id, tmp_path / "p1.kmbx")
    import_bundle(partner, pa, tmp_path / "p1.kmbx")
    with partner.reading() as s:
        assert s.get(Revocation, laptop_info.id) is not None
        assert s.get(Peer, laptop_info.id).revoked_at is not None
    # the partner (or anyone relaying) now sends an edit the laptop made afterwards
    evil = MaliciousPeer(partner, office)
    row = _edit(evil, office, "person", person.id, surname="Po odvolání")
    stamp = [evil.now(), laptop_info.origin]
    row[2]["c"]["surname"] = stamp
    row[2]["v"][laptop_info.origin] = stamp[0]
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [row]), "odvolané instalace")
    # the same edit relayed by the partner is accepted when made before the revocation
    with office.reading() as s:
        revoked_hlc = s.get(Revocation, laptop_info.id).revoked_hlc
    row[2]["c"]["surname"] = [revoked_hlc - (60_000 << 16), laptop_info.origin]
    row[2]["v"][laptop_info.origin] = revoked_hlc - (60_000 << 16)
    import_bundle(office, oa, evil.bundle(tmp_path / "ok.kmbx", [row]))
    for db in (office, partner, laptop):
        db.close()


def test_a_partner_cannot_write_settings(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    from app.sync.identity import add_peer, contact_card
    add_peer(office, oa, contact_card(partner, pa), kind="partner")
    add_peer(partner, pa, contact_card(office, oa))
    evil = MaliciousPeer(partner, office)
    from models.base import new_id
    values = {"id": new_id(), "key": "office.name", "value_json": '"Cizí úřad"',
              "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
              "deleted_at": None}
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [("setting", values,
                                                                   evil.meta())]),
                   "partnerská kancelář nesmí měnit tabulku „setting“")
    office.close()
    partner.close()


def test_restored_installation_notices_and_gets_its_own_edits_back(field, tmp_path):
    import shutil
    office, oa, laptop, la, evil, ids = field
    laptop_path = laptop.path
    backup = tmp_path / "laptop-backup.sqlite"
    laptop.close()
    shutil.copy(laptop_path, backup)
    from app.config import sqlite_url
    from app.db import open_database
    laptop = open_database(sqlite_url(laptop_path), key=TEST_KEY)
    update_person(laptop, la, ids["mine"]["person"],
                  PersonInput(given_name="Marie", surname="Moje", note="ztratí se obnovou"))
    export_bundle(laptop, la, current(office).id, tmp_path / "up.kmbx")
    import_bundle(office, oa, tmp_path / "up.kmbx")
    export_bundle(office, oa, current(laptop).id, tmp_path / "down2.kmbx")
    import_bundle(laptop, la, tmp_path / "down2.kmbx")
    laptop.close()
    # the disk dies; the laptop comes back from the older copy
    for suffix in ("", "-wal", "-shm"):
        p = type(laptop_path)(f"{laptop_path}{suffix}")
        p.unlink(missing_ok=True)
    shutil.copy(backup, laptop_path)
    laptop = open_database(sqlite_url(laptop_path), key=TEST_KEY)
    export_bundle(office, oa, current(laptop).id, tmp_path / "down3.kmbx")
    summary = import_bundle(laptop, la, tmp_path / "down3.kmbx")
    assert summary.restored
    # it asks for everything; the office's next bundle brings its own edit back
    export_bundle(laptop, la, current(office).id, tmp_path / "ask.kmbx")
    import_bundle(office, oa, tmp_path / "ask.kmbx")
    export_bundle(office, oa, current(laptop).id, tmp_path / "full.kmbx")
    import_bundle(laptop, la, tmp_path / "full.kmbx")
    with laptop.reading() as s:
        assert s.get(Person, ids["mine"]["person"]).note == "ztratí se obnovou"
    laptop.close()


def test_cli_refusal_is_one_line_exit_4_and_audited(field, tmp_path, capsys, monkeypatch):
    from app.cli.main import main as cli

    from .keys import TEST_PASSWORD
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    office, oa, laptop, la, evil, ids = field
    path = evil.bundle(tmp_path / "e.kmbx", [], seq_to=evil.now(48 * HOUR_MS))
    before = len(_audit(office))
    code = cli(["bundle", "import", str(path), "--db", str(office.path), "--user", "admin"])
    out, err = capsys.readouterr()
    assert code == 4 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Notebook W" in err and "napřed" in err
    # the CLI's sign-in is audited too, then the refusal
    assert [a for a, _ in _audit(office)[before:] if a != "login"] == ["refuse"]


def _audit(db):
    from .sync_helpers import audit_actions
    return audit_actions(db)


def test_a_bundle_of_an_unknown_schema_revision_is_refused(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    for revision in ("9999", ["0004"], None):
        path = evil.bundle(tmp_path / "e.kmbx", [], manifest={"schema_revision": revision})
        assert_refused(office, oa, path, "novější verze KMB Desk")


def test_the_sync_page_loads_without_alembic():
    """Alembic (~0.3 s to import) loads when a bundle's revision is checked,
    not when the Synchronizace area is opened."""
    import os
    import subprocess
    import sys
    code = "import sys, ui.sync.page; print('alembic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_laptop_cannot_make_its_worker_a_deputy(field, tmp_path):
    """Who covers for whom opens a colleague's tasks: only the office sets it."""
    office, oa, laptop, la, evil, ids = field
    from models.base import new_id
    values = {"id": new_id(), "user_id": ids["x"], "deputy_id": ids["w"],
              "valid_from": "2026-01-01", "valid_to": "2030-12-31", "note": None,
              "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
              "deleted_at": None}
    assert_refused(office, oa, evil.bundle(tmp_path / "d.kmbx", [("deputy", values,
                                                                   evil.meta())]),
                   "nesmí měnit tabulku „deputy“")


_NEW = {"created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
        "deleted_at": None}


@pytest.mark.parametrize("table,values", [
    # a landlord is the payee of fund payments: a new one (or a changed bank account)
    ("landlord", {"kind": "company", "name": "Podvodná s.r.o.", "ico": None,
                  "contact_person": None, "phone": None, "email": None, "address": None,
                  "bank_account": "19-2000145399/0800", "active": True, "note": None}),
    ("programme", {"code": "X", "name": "Cizí program", "funder": "other", "starts_on": None,
                   "ends_on": None, "indicators": None, "note": None}),
    ("deputy", {"user_id": None, "deputy_id": None, "valid_from": "2026-01-01",
                "valid_to": "2030-12-31", "note": None}),
])
def test_a_partner_brings_no_news_to_the_offices_own_registers(tmp_path, table, values):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    from app.sync.identity import add_peer, contact_card
    from models.base import new_id
    add_peer(office, oa, contact_card(partner, pa), kind="partner")
    add_peer(partner, pa, contact_card(office, oa))
    if table == "deputy":
        from sqlalchemy import select
        with office.reading() as s:
            uid = s.scalars(select(User.id)).first()
        values = dict(values, user_id=uid, deputy_id=uid)
    evil = MaliciousPeer(partner, office)
    row = dict(values, id=new_id(), **_NEW)
    assert_refused(office, oa, evil.bundle(tmp_path / "e.kmbx", [(table, row, evil.meta())]),
                   f"nesmí měnit tabulku „{table}“")
    office.close()
    partner.close()
