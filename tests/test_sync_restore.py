"""Restore from backup and the resync of issue 11: ``kmb backup restore`` makes
the installation ask its peers for everything at the next exchange, and a
restored office takes back its own lost edits from a field laptop, but only
inside the window its own restore recorded (a peer's word opens nothing)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.backups import create_backup, restore_backup
from app.cli.main import main as cli
from app.config import sqlite_url
from app.db import open_database
from app.installation import current
from app.people.records import PersonInput, update_person
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.people import Person
from models.sync import BundleLog, Installation, Peer

from .keys import TEST_KEY, TEST_PASSWORD
from .sync_helpers import MaliciousPeer, assert_refused, audit_actions
from .test_sync_trust import field  # noqa: F401 – the office and W's laptop

__all__ = ["field"]


class Pair:
    """The office and the laptop, with bundles carried both ways."""

    def __init__(self, office, oa, laptop, la, root):
        self.office, self.oa, self.laptop, self.la, self.root = office, oa, laptop, la, root
        self.n = 0

    def send(self, src, src_actor, dst, dst_actor):
        self.n += 1
        path = self.root / f"b{self.n}.kmbx"
        export_bundle(src, src_actor, current(dst).id, path)
        return import_bundle(dst, dst_actor, path)

    def exchange(self):
        down = self.send(self.office, self.oa, self.laptop, self.la)
        up = self.send(self.laptop, self.la, self.office, self.oa)
        return down, up

    def restore_office(self, backup, capsys, monkeypatch) -> str:
        """``kmb backup restore`` on the office, as an administrator would."""
        path = self.office.path
        self.office.close()
        monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
        capsys.readouterr()
        assert cli(["backup", "restore", str(backup), "--db", str(path),
                    "--user", "admin"]) == 0
        out = capsys.readouterr().out
        self.office = open_database(sqlite_url(path), key=TEST_KEY)
        return out


def _note(db, pid):
    with db.reading() as s:
        return s.get(Person, pid).note


def _edit(db, actor, pid, note, surname="Moje"):
    update_person(db, actor, pid, PersonInput(given_name="Marie", surname=surname, note=note))


def test_restored_office_gets_its_later_edits_back_from_the_laptop(
        field, tmp_path, capsys, monkeypatch):
    office, oa, laptop, la, _evil, ids = field
    pair = Pair(office, oa, laptop, la, tmp_path)
    mine = ids["mine"]["person"]
    backup = create_backup(office, oa, tmp_path / "kancelar.kmbbak").path
    before = _note(office, mine)
    _edit(office, oa, mine, "po záloze v kanceláři")       # office-origin stamp
    pair.exchange()
    assert _note(laptop, mine) == "po záloze v kanceláři"
    _edit(laptop, la, mine, "po záloze v kanceláři", surname="Mojová")
    pair.exchange()
    out = pair.restore_office(backup, capsys, monkeypatch)
    assert "úplné balíčky" in out and "(1)" in out
    assert _note(pair.office, mine) == before                # lost with the disk
    with pair.office.reading() as s:
        peer = s.scalars(select(Peer)).one()
        assert peer.ask_full and peer.acked_seq == 0
        window = s.scalars(select(BundleLog).where(BundleLog.direction == "rst")).one()
        assert window.seq_from < window.seq_to <= s.scalars(select(Installation)).one().hlc
    pair.exchange()          # the office asks; the laptop's full resend brings it back
    with pair.office.reading() as s:
        person = s.get(Person, mine)
        assert (person.note, person.surname) == ("po záloze v kanceláři", "Mojová")
        # the full resend closed the window
        assert s.scalars(select(BundleLog).where(BundleLog.direction == "rst")).first() is None
    events = audit_actions(pair.office)
    restore = [json.loads(d) for a, d in events if a == "restore"]
    assert restore and restore[-1]["resync_peers"] == 1
    assert any(json.loads(d).get("returned_own", 0) >= 1 for a, d in events if a == "import")
    # and the next exchange changes nothing more
    down, up = pair.exchange()
    assert up.changed == 0 and up.conflicts == 0
    pair.office.close()


def test_restored_laptop_gets_its_later_edits_back_from_the_office(field, tmp_path,
                                                                   monkeypatch, capsys):
    office, oa, laptop, la, _evil, ids = field
    pair = Pair(office, oa, laptop, la, tmp_path)
    mine = ids["mine"]["person"]
    backup = create_backup(laptop, la, tmp_path / "notebook.kmbbak").path
    before = _note(laptop, mine)
    _edit(laptop, la, mine, "zapsáno v terénu po záloze")
    pair.exchange()
    path = laptop.path
    laptop.close()
    told = []
    restore_backup(path, backup, username="admin", password=TEST_PASSWORD, tell=told.append)
    assert told and "úplné balíčky" in told[0]
    pair.laptop = open_database(sqlite_url(path), key=TEST_KEY)
    assert _note(pair.laptop, mine) == before
    pair.exchange()
    pair.exchange()
    assert _note(pair.laptop, mine) == "zapsáno v terénu po záloze"
    pair.laptop.close()


# -- a hostile laptop cannot use "you were restored" ---------------------------------

def _own_stamped(evil: MaliciousPeer, db, table, row_id, hlc, origin, **changes):
    values, meta = evil.local_row(db, table, row_id)
    values.update(changes)
    meta.setdefault("c", {})
    for col in changes:
        meta["c"][col] = [hlc, origin]
    meta.setdefault("v", {})[origin] = max(meta.get("v", {}).get(origin, 0), hlc)
    return table, values, meta


def test_a_laptop_saying_the_office_was_restored_opens_nothing(field, tmp_path):
    office, oa, laptop, la, evil, ids = field
    with office.reading() as s:
        inst = s.scalars(select(Installation)).one()
        office_id, origin, clock = inst.id, inst.origin, inst.hlc
    forged = _own_stamped(evil, office, "person", ids["mine"]["person"], evil.now(), origin,
                          note="vydáváno za kancelář")
    path = evil.bundle(tmp_path / "e.kmbx", [forged],
                       manifest={"acks": {office_id: evil.now()}, "full": True})
    assert clock < evil.now()
    msg = assert_refused(office, oa, path, "vydávanou za změnu této instalace")
    assert "kmb backup restore" in msg
    # without the claim: refused the same, no hint
    path = evil.bundle(tmp_path / "f.kmbx", [forged])
    assert "kmb backup restore" not in assert_refused(office, oa, path, "této instalace")


def test_the_restore_window_is_bounded_scoped_and_closes(field, tmp_path, capsys,
                                                        monkeypatch):
    office, oa, laptop, la, evil, ids = field
    pair = Pair(office, oa, laptop, la, tmp_path)
    backup = create_backup(office, oa, tmp_path / "kancelar.kmbbak").path
    _edit(office, oa, ids["mine"]["person"], "po záloze")
    _edit(office, oa, ids["other"]["person"], "cizí po záloze", surname="Cizí")
    pair.exchange()
    pair.restore_office(backup, capsys, monkeypatch)
    office = pair.office
    with office.reading() as s:
        origin = s.scalars(select(Installation)).one().origin
        lo, hi = s.execute(select(BundleLog.seq_from, BundleLog.seq_to)
                           .where(BundleLog.direction == "rst")).one()
    evil = MaliciousPeer(laptop, office)
    inside = lo + 1
    # inside the window, but another worker's household: the scope still holds
    out_of_scope = _own_stamped(evil, office, "person", ids["other"]["person"], inside,
                                origin, note="mimo rozsah")
    assert_refused(office, oa, evil.bundle(tmp_path / "a.kmbx", [out_of_scope]),
                   "mimo rozsah pracovníka")
    # in scope, but a stamp the restored database never lost (after the window)
    later = _own_stamped(evil, office, "person", ids["mine"]["person"], hi + 1, origin,
                         note="po okně")
    assert_refused(office, oa, evil.bundle(tmp_path / "b.kmbx", [later]), "této instalace")
    # the laptop's full resend closes the window: afterwards no stamp of ours is
    # taken from it, not even one from inside the old window
    pair.exchange()
    assert _note(office, ids["mine"]["person"]) == "po záloze"
    with office.reading() as s:
        assert s.scalars(select(BundleLog).where(BundleLog.direction == "rst")).first() is None
    replay = _own_stamped(evil, office, "person", ids["mine"]["person"], inside + 1, origin,
                          given_name="Marta")
    assert_refused(office, oa, evil.bundle(tmp_path / "c.kmbx", [replay]), "této instalace")
    office.close()
