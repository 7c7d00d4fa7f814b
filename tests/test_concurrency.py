"""Optimistic concurrency: the row version, the concurrent-save message, and
that the version stays local (bundles, sync capture)."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from app.concurrency import IMPORTED_BY, ConcurrentEdit
from app.config import sqlite_url
from app.db import alembic_config, make_engine, open_database
from app.people.detail import person_detail
from app.people.records import PersonInput, create_person, update_person
from app.sync.codec import codecs
from app.sync.capture import data_columns
from models.base import synced_tables
from models.people import Person

from . import backends
from .keys import TEST_KEY


def second_client(db):
    """Another workstation on the same database (its own engine and pool)."""
    return open_database(db.url, key=None if db.server else TEST_KEY)


def _person(db, admin, **kw) -> str:
    data = dict(given_name="Jana", surname="Nováková", phone="+420 603 111 222")
    data.update(kw)
    return create_person(db, admin, PersonInput(**data))


def _form(detail, **changes) -> PersonInput:
    data = PersonInput(given_name=detail.given_name, surname=detail.surname,
                       birth_date=detail.birth_date, phone=detail.phone, email=detail.email,
                       street=detail.street, house_number=detail.house_number,
                       city=detail.city, postcode=detail.postcode, note=detail.note)
    for k, v in changes.items():
        setattr(data, k, v)
    return data


def test_every_synced_table_has_a_row_version_that_counts_writes(db, admin):
    for cls in synced_tables():
        assert cls.__mapper__.version_id_col is cls.__table__.c.row_version, cls
    pid = _person(db, admin)
    first = person_detail(db, admin, pid)
    assert first.row_version == 1
    update_person(db, admin, pid, _form(first, surname="Malá"))
    assert person_detail(db, admin, pid).row_version == 2


def test_stale_save_is_refused_with_both_values_and_who_saved(db, admin):
    pid = _person(db, admin)
    loaded_a = person_detail(db, admin, pid)
    loaded_b = person_detail(db, admin, pid)
    other = second_client(db)
    try:
        update_person(other, admin, pid, _form(loaded_a, surname="Malá"),
                      expected_version=loaded_a.row_version)
    finally:
        other.close()
    with pytest.raises(ConcurrentEdit) as caught:
        update_person(db, admin, pid, _form(loaded_b, surname="Velká", note="moje"),
                      expected_version=loaded_b.row_version)
    exc = caught.value
    by_field = {c.field: c for c in exc.changes}
    assert by_field["surname"].label == "Příjmení"
    assert (by_field["surname"].mine, by_field["surname"].theirs) == ("Velká", "Malá")
    assert (by_field["note"].mine, by_field["note"].theirs) == ("moje", "(prázdné)")
    assert "given_name" not in by_field            # same on both sides: not listed
    assert exc.changed_by.startswith("Správce") and exc.changed_at is not None
    assert exc.current_version == 2
    assert "Příjmení: vaše hodnota „Velká“, uložená hodnota „Malá“" in exc.message
    # nothing of the refused save is stored
    now = person_detail(db, admin, pid)
    assert (now.surname, now.note, now.row_version) == ("Malá", None, 2)
    # "keep mine": saving again on the version the message names
    update_person(db, admin, pid, _form(loaded_b, surname="Velká", note="moje"),
                  expected_version=exc.current_version)
    now = person_detail(db, admin, pid)
    assert (now.surname, now.note, now.row_version) == ("Velká", "moje", 3)


def test_a_changed_contact_alone_moves_the_persons_version(db, admin):
    """The phone lives in another row; the person's screen is still warned."""
    pid = _person(db, admin)
    loaded = person_detail(db, admin, pid)
    update_person(db, admin, pid, _form(loaded, phone="+420 777 000 111"),
                  expected_version=loaded.row_version)
    with pytest.raises(ConcurrentEdit) as caught:
        update_person(db, admin, pid, _form(loaded, note="x"),
                      expected_version=loaded.row_version)
    phone = {c.field: c for c in caught.value.changes}["phone"]
    assert (phone.mine, phone.theirs) == ("+420 603 111 222", "+420 777 000 111")


def test_a_save_without_a_version_goes_ahead_as_before(db, admin):
    """Scripts and the CLI know no version: unchanged behaviour."""
    pid = _person(db, admin)
    loaded = person_detail(db, admin, pid)
    update_person(db, admin, pid, _form(loaded, surname="A"))
    update_person(db, admin, pid, _form(loaded, surname="B"))
    assert person_detail(db, admin, pid).surname == "B"


def test_a_stale_orm_flush_never_overwrites(db, admin):
    """Even code that checks nothing cannot overwrite a newer row: the ORM's
    UPDATE carries the loaded version and touches nothing."""
    from app.errors import Conflict
    pid = _person(db, admin)
    with pytest.raises(Conflict, match="mezitím uložil někdo jiný"):
        with db.transaction() as s:
            person = s.get(Person, pid)
            s.execute(text("UPDATE person SET row_version = row_version + 1, surname = 'Jiná' "
                           "WHERE id = :id"), {"id": pid})
            person.surname = "Moje"
            s.flush()
    assert person_detail(db, admin, pid).surname == "Nováková"


def test_row_version_is_local_bookkeeping():
    for cls in synced_tables():
        assert "row_version" not in data_columns(cls)
    for codec in codecs().values():
        assert "row_version" not in codec.columns


@pytest.mark.sqlite_only("upgrades an SQLite file from revision 0004")
def test_a_database_of_revision_0004_opens_with_its_rows_and_version_one(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path), TEST_KEY)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
        conn.execute(text("INSERT INTO installation (id, name, origin, created_at, hlc) "
                          "VALUES ('i', 'Stará', 'abc', '2026-01-01', 1)"))
        conn.execute(text(
            "INSERT INTO person (id, given_name, surname, search_surname, search_given, sort_key, "
            "created_at, updated_at, sync_seq) VALUES ('p1', 'Eva', 'Šťastná', 'stastna', 'eva', 'x', "
            "'2026-01-01', '2026-01-01', 0)"))
    engine.dispose()
    db = open_database(sqlite_url(path), key=TEST_KEY)
    try:
        with db.reading() as s:
            p = s.scalars(select(Person)).one()
            assert (p.surname, p.row_version) == ("Šťastná", 1)
    finally:
        db.close()


@pytest.mark.sqlite_only("two installations exchanging bundles are SQLite files here")
def test_a_bundle_import_moves_the_version_and_the_worker_is_warned(tmp_path):
    """The version never travels, but an imported change bumps it: a worker
    whose form was loaded before the import gets the question, naming the bundle."""
    from app.installation import current
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle

    from .sync_helpers import installation, link
    office, oa = installation(tmp_path / "o.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "l.sqlite", "Notebook")
    try:
        link(office, oa, laptop, la)
        pid = create_person(office, oa, PersonInput(given_name="Jan", surname="Novák"))
        export_bundle(office, oa, current(laptop).id, tmp_path / "1.kmbx")
        import_bundle(laptop, la, tmp_path / "1.kmbx")
        # the laptop edits twice: its version is 3, the office's stays 1
        for note in ("z terénu", "z terénu, podruhé"):
            d = person_detail(laptop, la, pid)
            update_person(laptop, la, pid, _form(d, note=note), expected_version=d.row_version)
        assert person_detail(laptop, la, pid).row_version == 3
        loaded = person_detail(office, oa, pid)
        assert loaded.row_version == 1
        export_bundle(laptop, la, current(office).id, tmp_path / "2.kmbx")
        import_bundle(office, oa, tmp_path / "2.kmbx")
        after = person_detail(office, oa, pid)
        assert after.note == "z terénu, podruhé" and after.row_version == 2
        with pytest.raises(ConcurrentEdit) as caught:
            update_person(office, oa, pid, _form(loaded, surname="Nováček"),
                          expected_version=loaded.row_version)
        assert caught.value.changed_by == IMPORTED_BY
        note = {c.field: c for c in caught.value.changes}["note"]
        assert (note.mine, note.theirs) == ("(prázdné)", "z terénu, podruhé")
    finally:
        office.close()
        laptop.close()


# -- the other editors: application, lease, case --------------------------------------------

def test_application_lease_and_case_saves_check_the_loaded_version(db, admin):
    import datetime as dt
    from app.allocation.applications import get_application, update_application
    from app.cases.service import assign, case_detail, change_status, open_case, update_summary
    from app.leases.records import create_lease, lease_input, update_lease
    from models.cases import CaseStatus
    from .lease_data import add_flat, add_household
    from .test_numbering import TODAY, _application, _lease
    from app.allocation.applications import create_application

    hh, people = add_household(db)
    app_id = create_application(db, admin, _application(hh), today=TODAY)
    stale = get_application(db, admin, app_id, today=TODAY)
    fresh = get_application(db, admin, app_id, today=TODAY)
    fresh.data.note = "od kolegy"
    update_application(db, admin, app_id, fresh.data, today=TODAY,
                       expected_version=fresh.row_version)
    stale.data.children = 1
    with pytest.raises(ConcurrentEdit) as caught:
        update_application(db, admin, app_id, stale.data, today=TODAY,
                           expected_version=stale.row_version)
    got = {c.label: (c.mine, c.theirs) for c in caught.value.changes}
    assert got == {"Děti": ("1", "0"), "Poznámka": ("(prázdné)", "od kolegy")}
    assert get_application(db, admin, app_id, today=TODAY).data.children == 0

    lease_id = create_lease(db, admin, _lease(add_flat(db), hh, people[0]), today=TODAY)
    stale, fresh = lease_input(db, admin, lease_id), lease_input(db, admin, lease_id)
    fresh.rent_hal = 612_300
    update_lease(db, admin, lease_id, fresh, expected_version=fresh.row_version)
    stale.note = "moje"
    with pytest.raises(ConcurrentEdit) as caught:
        update_lease(db, admin, lease_id, stale, expected_version=stale.row_version)
    got = {c.label: (c.mine, c.theirs) for c in caught.value.changes}
    assert got["Nájemné"] == ("5\xa0000\xa0Kč", "6\xa0123\xa0Kč")
    assert got["Poznámka"] == ("moje", "(prázdné)")
    update_lease(db, admin, lease_id, stale, expected_version=caught.value.current_version)
    assert lease_input(db, admin, lease_id).note == "moje"

    with db.transaction() as s:
        case_id = open_case(s, admin, people[0], worker_id=None, opened_on=dt.date(2026, 3, 2)).id
    loaded = case_detail(db, admin, case_id).row_version
    update_summary(db, admin, case_id, "Hledá byt.", expected_version=loaded)
    for stale_save in (lambda: update_summary(db, admin, case_id, "Jiné", expected_version=loaded),
                       lambda: change_status(db, admin, case_id, CaseStatus.CLOSED,
                                             expected_version=loaded),
                       lambda: assign(db, admin, case_id, admin.user_id,
                                      expected_version=loaded)):
        with pytest.raises(ConcurrentEdit):
            stale_save()
    d = case_detail(db, admin, case_id)
    assert (d.summary, d.row.status, d.row.worker_id) == ("Hledá byt.", CaseStatus.NEW, None)
