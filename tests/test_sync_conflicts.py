"""Conflicts that converge: a deletion against a concurrent edit is a conflict a
person decides; conflict records reach a scoped laptop, are never themselves in
conflict, and a resolution on one side resolves everywhere."""
from __future__ import annotations

import datetime as dt

from app.installation import current
from app.sync import conflicts
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.people import Person, PersonContact
from models.sync import SyncConflict

from .sync_helpers import data_rows, installation, link
from .test_sync_trust import _household


def _send(src, sa, dst, da, path):
    export_bundle(src, sa, current(dst).id, path)
    return import_bundle(dst, da, path)


def _open(db, actor):
    return conflicts.list_conflicts(db, actor)


def test_delete_against_concurrent_edit_is_a_conflict_and_undo_travels(tmp_path):
    office, oa = installation(tmp_path / "o.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "l.sqlite", "Notebook")
    link(office, oa, laptop, la)
    with office.transaction() as s:
        p = Person(given_name="Jan", surname="Novák")
        s.add(p)
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    with office.transaction() as s:
        s.get(Person, p.id).deleted_at = dt.datetime(2026, 12, 1, 9, 0)
    with laptop.transaction() as s:
        s.get(Person, p.id).note = "důležitá poznámka z terénu"
    up = _send(laptop, la, office, oa, tmp_path / "2.kmbx")
    down = _send(office, oa, laptop, la, tmp_path / "3.kmbx")
    assert up.conflicts == 1     # the laptop gets the same record with the bundle
    for db, actor in ((office, oa), (laptop, la)):
        [c] = _open(db, actor)
        assert c.column == "deleted_at" and c.table == "person"
    assert _open(office, oa)[0].id == _open(laptop, la)[0].id      # one conflict, one id
    # a person decides: the edit wins, the person comes back everywhere
    conflicts.restore_loser(office, oa, _open(office, oa)[0].id)
    _send(office, oa, laptop, la, tmp_path / "4.kmbx")
    _send(laptop, la, office, oa, tmp_path / "5.kmbx")
    for db, actor in ((office, oa), (laptop, la)):
        assert _open(db, actor) == []
        with db.reading() as s:
            person = s.get(Person, p.id)
            assert person.deleted_at is None and person.note == "důležitá poznámka z terénu"
    assert data_rows(office, "sync_conflict") == data_rows(laptop, "sync_conflict")
    assert data_rows(office, "person") == data_rows(laptop, "person")
    office.close()
    laptop.close()


def test_conflicts_on_contacts_reach_the_laptop_and_resolution_travels(tmp_path):
    from models.staff import Role, User
    office, oa = installation(tmp_path / "o.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "l.sqlite", "Notebook W")
    with office.transaction() as s:
        w = User(username="w.terenni", full_name="Věra Terénní", role=Role.SOCIAL_WORKER)
        s.add(w)
        s.flush()
        mine = _household(s, w.id, "Moje")
        contact = PersonContact(person_id=mine["person"], kind="phone", value="777 111 222")
        s.add(contact)
    link(office, oa, laptop, la, scope_on_a=f"worker:{w.id}")
    _send(office, oa, laptop, la, tmp_path / "1.kmbx")
    with office.transaction() as s:
        s.get(PersonContact, contact.id).value = "777 000 001"
    with laptop.transaction() as s:
        s.get(PersonContact, contact.id).value = "777 000 002"
    _send(laptop, la, office, oa, tmp_path / "2.kmbx")
    _send(office, oa, laptop, la, tmp_path / "3.kmbx")
    [at_office] = _open(office, oa)
    [at_laptop] = _open(laptop, la)
    assert at_office.id == at_laptop.id and at_office.table == "person_contact"
    conflicts.keep_winner(office, oa, at_office.id)
    _send(office, oa, laptop, la, tmp_path / "4.kmbx")
    _send(laptop, la, office, oa, tmp_path / "5.kmbx")
    assert _open(laptop, la) == [] and _open(office, oa) == []
    with laptop.reading() as s:
        assert s.get(SyncConflict, at_office.id).resolution == "kept"
    # no conflict about the conflict record itself
    with office.reading() as s:
        assert s.query(SyncConflict).filter(SyncConflict.table_name == "sync_conflict").count() == 0
    with laptop.reading() as s:
        assert s.query(SyncConflict).filter(SyncConflict.table_name == "sync_conflict").count() == 0
        assert s.get(PersonContact, contact.id).value == office_value(office, contact.id)
    office.close()
    laptop.close()


def office_value(db, contact_id):
    with db.reading() as s:
        return s.get(PersonContact, contact_id).value
