"""Another program's commit is told apart from ours exactly (app/changes.py,
``ExternalWrites``): each write transaction takes a number of commit_counter,
so a foreign commit in the very instant after one of ours is not mistaken for
ours, which ``PRAGMA data_version`` alone could not promise."""
from __future__ import annotations

import threading

import pytest

from app.config import sqlite_url
from app.db import connect_raw, open_database
from app.installation import admin_actor
from app.people.records import PersonInput, create_person

from .keys import TEST_KEY

pytestmark = pytest.mark.sqlite_only("the file watch of a SQLite database; a server tells "
                                     "other workstations by NOTIFY (test_server_changes)")


def _person(db, actor, surname: str) -> None:
    create_person(db, actor, PersonInput(given_name="Eva", surname=surname))


@pytest.fixture
def other(db):
    """The same file opened by a second program (``kmb`` in a terminal)."""
    second = open_database(sqlite_url(db.path), key=TEST_KEY)
    yield second, admin_actor(second)
    second.close()


def test_own_commits_are_never_taken_for_anothers(db, admin):
    db.check_external()
    for i in range(5):
        _person(db, admin, f"Nováková{i}")
    assert db.check_external() is False


def test_a_foreign_commit_right_after_ours_is_seen(db, admin, other):
    second, actor = other
    db.check_external()
    _person(db, admin, "Svobodová")          # ours …
    _person(second, actor, "Dvořáková")       # … and at once another program's:
    # data_version moved once for both; the counter says one number is not ours
    assert db.check_external() is True
    assert db.check_external() is False       # told once
    _person(second, actor, "Černá")
    _person(db, admin, "Veselá")              # the other order
    assert db.check_external() is True


def test_a_foreign_commit_between_our_commit_and_its_news_is_seen(db, admin, other,
                                                                  monkeypatch):
    # The race the data_version watch lost: the other program commits after our
    # commit but before this process has noted it (publish runs after commit).
    second, actor = other
    db.check_external()
    publish = db.publish

    def publish_late(changes):
        _person(second, actor, "Mezi")
        publish(changes)

    monkeypatch.setattr(db, "publish", publish_late)
    _person(db, admin, "Naše")
    monkeypatch.setattr(db, "publish", publish)
    assert db.check_external() is True


def test_a_foreign_commit_among_many_of_ours_from_two_threads_is_seen(db, admin, other):
    second, actor = other
    db.check_external()
    start = threading.Barrier(3)

    def ours(tag: str) -> None:
        start.wait()
        for i in range(6):
            _person(db, admin, f"{tag}{i}")

    threads = [threading.Thread(target=ours, args=(t,)) for t in ("Malá", "Bílá")]
    for t in threads:
        t.start()
    start.wait()
    _person(second, actor, "Cizí")
    for t in threads:
        t.join()
    assert db.check_external() is True
    threads = [threading.Thread(target=ours, args=(t,)) for t in ("Hrubá", "Tichá")]
    start = threading.Barrier(2)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert db.check_external() is False       # our own, concurrent: no false alarm


def test_a_writer_that_takes_no_number_is_still_seen(db, admin):
    db.check_external()
    con = connect_raw(db.path, TEST_KEY)      # e.g. an older program on the same file
    try:
        con.execute("UPDATE person SET note = 'x' WHERE 0")   # nothing: no change
        con.execute("INSERT INTO setting (id, key, value_json, sync_seq, deleted_at) "
                    "SELECT 'raw-1', 'raw.test', '1', 0, NULL WHERE 0")
        con.commit()
        assert db.check_external() is False   # the file did not change
        con.execute("CREATE TABLE scratch_raw (x)")
        con.commit()
    finally:
        con.close()
    assert db.check_external() is True


def test_numbers_are_taken_only_by_transactions_that_wrote(db, admin):
    from sqlalchemy import text
    with db.reading() as s:
        before = s.execute(text("SELECT n FROM commit_counter")).scalar() or 0
    with db.transaction() as s:                 # a write transaction that wrote nothing
        s.execute(text("SELECT 1"))
    _person(db, admin, "Králová")
    with db.reading() as s:
        after = s.execute(text("SELECT n FROM commit_counter")).scalar()
    assert after == before + 1
