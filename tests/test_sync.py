"""Offline exchange: round trips, idempotence, order, conflicts, duplicates,
scope, cancel and every refusal (each leaving the database as it was)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.cli.main import main as cli
from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor
from app.people.records import PersonInput, create_person, update_person
from app.sync import conflicts
from app.sync.container import BundleRefused
from app.sync.export import export_bundle
from app.sync.identity import add_peer, contact_card, list_peers, read_card, revoke_peer
from app.sync.importer import ImportCancelled, import_bundle
from models.allocation import Application
from models.cases import Case
from models.intake import ContactRecord
from models.leases import Lease
from models.housing import Flat
from models.people import HouseholdMember, Person, PossibleDuplicate
from models.staff import User
from models.sync import Peer

from .keys import TEST_KEY, TEST_PASSWORD
from .sync_helpers import assert_refused, installation, link, snapshot


@pytest.fixture
def pair(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    yield office, oa, laptop, la
    office.close()
    laptop.close()


def _person(db, actor, given, surname, **kw):
    return create_person(db, actor, PersonInput(given_name=given, surname=surname, **kw))


def _send(src, src_actor, dst, dst_actor, path, **kw):
    export_bundle(src, src_actor, _installation_id(dst), path, **kw)
    return import_bundle(dst, dst_actor, path)


def _installation_id(db):
    from app.installation import current
    return current(db).id


def _person_row(db, pid):
    with db.reading() as s:
        p = s.get(Person, pid)
        return (p.given_name, p.surname, p.note, p.deleted_at)


def test_contact_cards_and_fingerprints(pair):
    office, oa, laptop, la = pair
    card = read_card(contact_card(laptop, la))
    peers = list_peers(office, oa)
    assert [p.name for p in peers] == ["Notebook"]
    assert peers[0].fingerprint == card["fingerprint"]
    assert len(card["fingerprint"].replace(" ", "")) == 20
    with pytest.raises(Exception, match="karta této instalace"):
        add_peer(office, oa, contact_card(office, oa))
    tampered = json.loads(contact_card(laptop, la))
    tampered["card"]["name"] = "Podvržený notebook"
    with pytest.raises(Exception, match="není platná karta"):
        add_peer(office, oa, json.dumps(tampered).encode())


def test_round_trip_office_laptop_office(pair, tmp_path):
    office, oa, laptop, la = pair
    pid = _person(office, oa, "Řehoř", "Šťastný", birth_date=dt.date(1985, 3, 12))
    summary = _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    assert summary.new >= 1 and summary.conflicts == 0
    assert _person_row(laptop, pid)[:2] == ("Řehoř", "Šťastný")
    update_person(laptop, la, pid, PersonInput(given_name="Řehoř", surname="Šťastný",
                                               birth_date=dt.date(1985, 3, 12),
                                               note="zapsáno v terénu"))
    new_id = _person(laptop, la, "Žofie", "Šťastná", birth_date=dt.date(2019, 5, 1))
    back = _send(laptop, la, office, oa, tmp_path / "2.kmbx")
    assert back.changed >= 1 and back.new >= 1
    assert _person_row(office, pid)[2] == "zapsáno v terénu"
    assert _person_row(office, new_id)[:2] == ("Žofie", "Šťastná")


def test_reimport_changes_nothing(pair, tmp_path):
    office, oa, laptop, la = pair
    _person(office, oa, "Jan", "Novák")
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    before = snapshot(laptop)
    again = import_bundle(laptop, la, tmp_path / "1.kmbx")
    assert again.already_imported
    assert snapshot(laptop) == before


def test_older_bundle_after_newer_rolls_nothing_back(pair, tmp_path):
    office, oa, laptop, la = pair
    pid = _person(office, oa, "Jan", "Novák")
    peer_id = _installation_id(laptop)
    export_bundle(office, oa, peer_id, tmp_path / "old.kmbx")
    update_person(office, oa, pid, PersonInput(given_name="Jan", surname="Nováček"))
    export_bundle(office, oa, peer_id, tmp_path / "new.kmbx")
    import_bundle(laptop, la, tmp_path / "new.kmbx")
    import_bundle(laptop, la, tmp_path / "old.kmbx")      # arrives late
    assert _person_row(laptop, pid)[1] == "Nováček"
    with laptop.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_concurrent_edit_keeps_the_loser_and_restore_wins_everywhere(pair, tmp_path):
    office, oa, laptop, la = pair
    pid = _person(office, oa, "Jan", "Novák")
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    update_person(office, oa, pid, PersonInput(given_name="Jan", surname="Novák",
                                               note="z kanceláře"))
    update_person(laptop, la, pid, PersonInput(given_name="Jan", surname="Novák",
                                               note="z terénu"))       # later: wins
    got = _send(laptop, la, office, oa, tmp_path / "2.kmbx")
    assert got.conflicts == 1
    _send(office, oa, laptop, la, tmp_path / "3.kmbx")
    assert _person_row(office, pid)[2] == _person_row(laptop, pid)[2] == "z terénu"
    items = conflicts.list_conflicts(office, oa)
    assert len(items) == 1 and items[0].kept == "z terénu" and items[0].lost == "z kanceláře"
    assert items[0].lost_by.startswith("Kancelář") and items[0].kept_by == "Notebook"
    assert [c.id for c in conflicts.list_conflicts(laptop, la)] == [items[0].id]
    conflicts.restore_loser(office, oa, items[0].id)
    _send(office, oa, laptop, la, tmp_path / "4.kmbx")
    assert _person_row(office, pid)[2] == _person_row(laptop, pid)[2] == "z kanceláře"
    assert conflicts.list_conflicts(laptop, la) == []     # resolved everywhere


def test_same_person_entered_on_two_laptops_is_flagged(pair, tmp_path):
    office, oa, laptop, la = pair
    _person(office, oa, "Eva", "Malá", birth_number="785123/3555")
    _person(laptop, la, "Eva", "Malá", birth_date=dt.date(1978, 1, 23),
            birth_number="7851233555")
    summary = _send(laptop, la, office, oa, tmp_path / "1.kmbx")
    assert summary.duplicates == 1
    with office.reading() as s:
        flag = s.scalars(select(PossibleDuplicate)).one()
        assert flag.reason == "birth_number"


def test_tombstones_travel(pair, tmp_path):
    office, oa, laptop, la = pair
    pid = _person(office, oa, "Jan", "Novák")
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    with office.transaction() as s:
        s.get(Person, pid).deleted_at = dt.datetime(2026, 11, 27, 12, 0)
    _send(office, oa, laptop, la, tmp_path / "2.kmbx")
    assert _person_row(laptop, pid)[3] == dt.datetime(2026, 11, 27, 12, 0)


def test_acknowledgements_shrink_the_next_bundle(pair, tmp_path):
    office, oa, laptop, la = pair
    for i in range(5):
        _person(office, oa, f"Osoba{i}", "Nováková")
    first = export_bundle(office, oa, _installation_id(laptop), tmp_path / "1.kmbx")
    import_bundle(laptop, la, tmp_path / "1.kmbx")
    _send(laptop, la, office, oa, tmp_path / "ack.kmbx")      # carries the acknowledgement
    _person(office, oa, "Nová", "Osoba")
    second = export_bundle(office, oa, _installation_id(laptop), tmp_path / "2.kmbx")
    assert second.rows < first.rows and second.counts.get("person") == 1


def test_cancel_leaves_nothing_applied(pair, tmp_path):
    office, oa, laptop, la = pair
    for i in range(3):
        _person(office, oa, f"Osoba{i}", "Dvořáková")
    export_bundle(office, oa, _installation_id(laptop), tmp_path / "1.kmbx")
    before = snapshot(laptop)
    with pytest.raises(ImportCancelled):
        import_bundle(laptop, la, tmp_path / "1.kmbx", cancelled=lambda: True)
    assert snapshot(laptop) == before


def test_worker_scope_sends_only_that_workers_households(town_path, tmp_path):
    office = open_database(sqlite_url(town_path), key=TEST_KEY)
    oa = admin_actor(office)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook Jana")
    # a new field worker, so that no demo task of hers widens the scope
    with office.transaction() as s:
        worker = User(username="nova.terenni", full_name="Nová Terénní")
        s.add(worker)
        s.flush()
        jana_id = worker.id
    with office.reading() as s:
        members = s.execute(select(HouseholdMember.household_id, HouseholdMember.person_id)
                            .order_by(HouseholdMember.household_id)).all()
        busy = set(s.scalars(select(Case.household_id))) | set(s.scalars(
            select(Lease.household_id))) | set(s.scalars(select(Application.household_id)))
        contacts = s.execute(select(ContactRecord.household_id, ContactRecord.id)).all()
    busy |= {c.household_id for c in contacts}
    quiet = sorted({m.household_id for m in members} - busy)
    households = quiet[:2]      # nothing but their persons: the laptop's persons are exact
    assert households
    with office.transaction() as s:
        for hh in households:
            head = next(m.person_id for m in members if m.household_id == hh)
            s.add(Case(person_id=head, household_id=hh, assigned_worker_id=jana_id,
                       opened_on=dt.date(2026, 10, 1)))
    link(office, oa, laptop, la, scope_on_a=f"worker:{jana_id}")
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    expected = {m.person_id for m in members if m.household_id in households}
    with laptop.reading() as s:
        assert set(s.scalars(select(Person.id))) == expected
        assert s.scalar(select(func.count()).select_from(Flat)) == 700   # reference data
        assert s.scalar(select(func.count()).select_from(Case)) == len(households)
        assert s.scalar(select(func.count()).select_from(ContactRecord)) == 0
    # a household with a year of contacts, assigned later, arrives whole
    extra = next(c.household_id for c in contacts if c.household_id)
    with office.transaction() as s:
        head = next(m.person_id for m in members if m.household_id == extra)
        s.add(Case(person_id=head, household_id=extra, assigned_worker_id=jana_id,
                   opened_on=dt.date(2026, 11, 1)))
    _send(laptop, la, office, oa, tmp_path / "ack.kmbx")
    _send(office, oa, laptop, la, tmp_path / "2.kmbx")
    expected |= {m.person_id for m in members if m.household_id == extra}
    with laptop.reading() as s:
        got = set(s.scalars(select(Person.id)))
        assert expected <= got
        assert len(got) < len(members) // 10      # far from the whole office
        laptop_contacts = set(s.scalars(select(ContactRecord.id)))
    assert laptop_contacts == {c.id for c in contacts if c.household_id == extra}
    office.close()
    laptop.close()


# -- refusals -----------------------------------------------------------------------

def _refused(db, actor, path, match):
    # every refusal now leaves an audit event (and nothing else)
    assert_refused(db, actor, path, match)


@pytest.fixture
def bundle(pair, tmp_path):
    office, oa, laptop, la = pair
    for i in range(30):
        _person(office, oa, f"Osoba{i}", "Procházková", note="x" * 200)
    path = tmp_path / "good.kmbx"
    export_bundle(office, oa, _installation_id(laptop), path)
    return path


def test_refuses_a_file_that_is_not_a_bundle(pair, tmp_path):
    _, _, laptop, la = pair
    path = tmp_path / "fotka.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a bundle at all")
    _refused(laptop, la, path, "není balíček")


def test_refuses_a_truncated_bundle(pair, bundle, tmp_path):
    _, _, laptop, la = pair
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 7):
        short = tmp_path / f"short{cut}.kmbx"
        short.write_bytes(data[:cut])
        _refused(laptop, la, short, "poškozený nebo neúplný")


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_refuses_a_bundle_with_any_byte_flipped(pair, bundle, tmp_path, where):
    _, _, laptop, la = pair
    data = bytearray(bundle.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    bad = tmp_path / "flipped.kmbx"
    bad.write_bytes(bytes(data))
    _refused(laptop, la, bad, "poškozený")


def test_refuses_a_bundle_encrypted_for_someone_else(pair, bundle, tmp_path):
    office, oa, _, _ = pair
    stranger, sa = installation(tmp_path / "stranger.sqlite", "Cizí úřad")
    link(office, oa, stranger, sa)
    _refused(stranger, sa, bundle, "není určen této instalaci")
    stranger.close()


def test_refuses_a_genuine_bundle_re_encrypted_to_someone_else(pair, bundle, tmp_path):
    """The laptop decrypts a genuine office bundle and re-encrypts it to a third
    installation: the signed manifest names the laptop, so the third refuses it."""
    import pyrage
    office, oa, laptop, la = pair
    third, ta = installation(tmp_path / "third.sqlite", "Třetí")
    link(office, oa, third, ta)
    with laptop.reading() as s:
        from models.sync import Installation
        identity = s.scalars(select(Installation)).one().age_identity
    with third.reading() as s:
        from models.sync import Installation
        recipient = pyrage.x25519.Identity.from_str(
            s.scalars(select(Installation)).one().age_identity).to_public()
    plain = pyrage.decrypt(bundle.read_bytes(), [pyrage.x25519.Identity.from_str(identity)])
    forged = tmp_path / "forged.kmbx"
    forged.write_bytes(pyrage.encrypt(plain, [recipient]))
    _refused(third, ta, forged, "pro jinou instalaci")
    third.close()


def test_refuses_unknown_and_revoked_senders_and_replays(pair, bundle, tmp_path):
    office, oa, laptop, la = pair
    other, xa = installation(tmp_path / "other.sqlite", "Neznámý")
    add_peer(other, xa, contact_card(laptop, la))          # other knows laptop, not vice versa
    _person(other, xa, "Jan", "Neznámý")
    export_bundle(other, xa, _installation_id(laptop), tmp_path / "unknown.kmbx")
    _refused(laptop, la, tmp_path / "unknown.kmbx", "neznámá instalace")
    revoke_peer(laptop, la, _installation_id(office))
    _refused(laptop, la, bundle, "odvolaná")               # the same bundle, replayed
    other.close()


def test_refuses_a_bundle_from_a_newer_schema(pair, tmp_path, monkeypatch):
    office, oa, laptop, la = pair
    _person(office, oa, "Jan", "Novák")
    monkeypatch.setattr("app.sync.export._schema_head", lambda: "9999_future")
    export_bundle(office, oa, _installation_id(laptop), tmp_path / "future.kmbx")
    _refused(laptop, la, tmp_path / "future.kmbx", "novější verze")


def test_cli_round_trip_and_refusal_exit_codes(tmp_path, capsys, town_path, monkeypatch):
    office = str(town_path)
    laptop = str(tmp_path / "laptop.sqlite")
    secret = tmp_path / "heslo-notebooku.txt"       # each installation signs in with its own
    secret.write_text(TEST_PASSWORD)
    monkeypatch.setenv("KMB_PASSWORD", "demo")     # the office is the town demo

    def signed(args):
        who = ["--user", "admin"]
        return args + who + (["--password-file", str(secret)] if laptop in args else [])
    run = lambda *a: (cli(signed(list(a))), capsys.readouterr())  # noqa: E731
    assert run("init", "--name", "Notebook Jana", "--series", "N1", "--db", laptop)[0] == 0
    assert run("keys", "card", "-o", str(tmp_path / "o.card"), "--db", office)[0] == 0
    assert run("keys", "card", "-o", str(tmp_path / "l.card"), "--db", laptop)[0] == 0
    code, (out, _) = run("peers", "add", str(tmp_path / "l.card"), "--db", office)
    assert code == 0 and "Ověřte otisk" in out
    assert run("peers", "add", str(tmp_path / "o.card"), "--db", laptop)[0] == 0
    code, (out, _) = run("peers", "list", "--format", "json", "--db", office)
    laptop_id = json.loads(out)[0]["id"]
    code, (out, _) = run("bundle", "export", "--to", laptop_id, "-o",
                         str(tmp_path / "b.kmbx"), "--db", office)
    assert code == 0 and "záznamů" in out
    code, (out, _) = run("bundle", "import", str(tmp_path / "b.kmbx"), "--db", laptop)
    assert code == 0 and "nových záznamů" in out
    code, (in_office, _) = run("list", "persons", "--format", "json", "--db", office)
    code, (on_laptop, _) = run("list", "persons", "--format", "json", "--db", laptop)
    assert len(json.loads(on_laptop)) == len(json.loads(in_office)) >= 300
    # … and back: the laptop's new client reaches the office
    assert run("peers", "list", "--format", "json", "--db", laptop)[0] == 0
    code, (out, _) = run("peers", "list", "--format", "json", "--db", laptop)
    office_id = json.loads(out)[0]["id"]
    from app.signin import sign_in
    on_laptop_db, _ = sign_in(laptop, "admin", TEST_PASSWORD)
    with on_laptop_db.transaction() as s:
        s.add(Person(given_name="Žofie", surname="Terénní", birth_date=dt.date(2001, 2, 3)))
    on_laptop_db.close()
    code, (out, _) = run("bundle", "export", "--to", office_id, "-o",
                         str(tmp_path / "back.kmbx"), "--db", laptop)
    assert code == 0
    code, (out, _) = run("bundle", "import", str(tmp_path / "back.kmbx"), "--db", office)
    # the new client and the laptop's own administrator account; nothing echoed back
    assert code == 0 and "nových záznamů 2" in out and "beze změny 0" in out
    code, (out, _) = run("list", "persons", "--search", "terenni", "--format", "json",
                         "--db", office)
    assert [p["name"] for p in json.loads(out)] == ["Žofie Terénní"]
    bad = tmp_path / "bad.kmbx"
    bad.write_bytes(b"hello")
    code, (out, err) = run("bundle", "import", str(bad), "--db", laptop)
    assert code == 4 and out == "" and len(err.strip().splitlines()) == 1
    assert run("peers", "revoke", laptop_id, "--db", office)[0] == 0
    code, (_, err) = run("bundle", "export", "--to", laptop_id, "-o",
                         str(tmp_path / "c.kmbx"), "--db", office)
    assert code == 1 and "odvolaná" in err
    with open_database(sqlite_url(town_path), key=TEST_KEY).reading() as s:
        assert s.scalar(select(Peer.revoked_at)) is not None


def test_photos_travel_with_the_inspection(town_path, tmp_path):
    """Attachments (photos) are binary columns: they travel as blob parts."""
    import io

    from PIL import Image

    from app.inspections.photos import add_photo, photo_bytes
    from models.assessments import RecordState
    from models.inspections import Attachment, Inspection
    office = open_database(sqlite_url(town_path), key=TEST_KEY)
    oa = admin_actor(office)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    with office.reading() as s:
        inspection_id = s.scalars(select(Inspection.id).where(
            Inspection.state == RecordState.DRAFT)).first()
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 40, 40)).save(buf, "JPEG")
    photo_id = add_photo(office, oa, inspection_id, "stenice.jpg", buf.getvalue())
    photo_id = getattr(photo_id, "id", photo_id)
    summary = _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    assert summary.per_table["attachment"]["new"] >= 1
    assert photo_bytes(laptop, la, photo_id) == photo_bytes(office, oa, photo_id)
    with laptop.reading() as s:
        assert s.get(Attachment, photo_id).filename == "stenice.jpg"
    office.close()
    laptop.close()


def test_passwords_never_travel(pair, tmp_path):
    from app.auth import NewUser, create_user
    from models.staff import Role
    office, oa, laptop, la = pair
    uid = create_user(office, oa, NewUser("jana.dvorakova", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                          "tajne-heslo-1", "tajne-heslo-1"))
    export_bundle(office, oa, _installation_id(laptop), tmp_path / "1.kmbx")
    import_bundle(laptop, la, tmp_path / "1.kmbx")
    with laptop.reading() as s:
        user = s.get(User, uid)
        assert user.full_name == "Jana Dvořáková" and user.password_hash is None
