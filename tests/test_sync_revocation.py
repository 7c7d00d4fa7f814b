"""A partner that took a lost laptop's edits before it learned of the laptop's
revocation: when the revocation arrives, those edits are rolled back to the
last trusted value and kept in the conflict list for a person to decide, so
the partner's later bundles are accepted again and everyone converges."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.installation import current
from app.people.records import PersonInput, add_person, update_person
from app.sync import conflicts
from app.sync.export import export_bundle
from app.sync.identity import add_peer, contact_card, revoke_peer
from app.sync.importer import import_bundle
from models.people import Person
from models.sync import Peer, SyncConflict

from .sync_helpers import audit_actions, data_rows, installation, link


class Net:
    def __init__(self, root):
        self.root, self.n = root, 0

    def send(self, src, sa, dst, da):
        self.n += 1
        path = self.root / f"b{self.n}.kmbx"
        export_bundle(src, sa, current(dst).id, path)
        return import_bundle(dst, da, path)


def test_partner_rolls_back_a_revoked_laptops_later_edits(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    add_peer(office, oa, contact_card(partner, pa), kind="partner")
    add_peer(partner, pa, contact_card(office, oa), kind="office")
    add_peer(partner, pa, contact_card(laptop, la))
    add_peer(laptop, la, contact_card(partner, pa))
    net = Net(tmp_path)
    with office.transaction() as s:
        person = Person(given_name="Jan", surname="Novák", note="z kanceláře")
        s.add(person)
    pid = person.id
    net.send(office, oa, partner, pa)
    net.send(office, oa, laptop, la)
    # the laptop is lost; the office revokes it
    revoke_peer(office, oa, current(laptop).id)
    # whoever has it edits a person and adds one, and it reaches the partner first
    update_person(laptop, la, pid, PersonInput(given_name="Jan", surname="Ukradený",
                                                note="z kanceláře"))
    with laptop.transaction() as s:
        new = add_person(s, la, PersonInput(given_name="Cizí", surname="Podvržený"))
        s.flush()
        new_id = new.id
    net.send(laptop, la, partner, pa)
    with partner.reading() as s:
        assert s.get(Person, pid).surname == "Ukradený"
    # the revocation reaches the partner: the laptop's later edits are rolled back
    summary = net.send(office, oa, partner, pa)
    assert summary.rolled_back >= 2
    with partner.reading() as s:
        assert s.get(Person, new_id) is None               # created after: removed
        open_conflicts = s.scalars(select(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))).all()
        lost = {(c.row_id, c.column): json.loads(c.lost_json) for c in open_conflicts}
        assert lost[(pid, "surname")] == "Ukradený"         # kept for a person to decide
        assert lost[(new_id, "surname")] == "Podvržený"
        assert all(p.ask_full for p in s.scalars(select(Peer).where(
            Peer.revoked_at.is_(None))))
    assert any(a == "import" and "revoked_rolled_back" in (d or "")
               for a, d in audit_actions(partner))
    # the partner's bundles are accepted by the office again (before: refused for good)
    net.send(partner, pa, office, oa)
    net.send(office, oa, partner, pa)       # the full resend brings the trusted value
    net.send(partner, pa, office, oa)
    with partner.reading() as s:
        assert s.get(Person, pid).surname == "Novák"
    assert data_rows(partner, "person") == data_rows(office, "person")
    # the conflict list says what happened: the trusted value now, the revoked one lost
    view = {(v.row_id, v.column): v for v in conflicts.list_conflicts(partner, pa)}
    assert (view[(pid, "surname")].kept, view[(pid, "surname")].lost) == ("Novák", "Ukradený")
    assert view[(pid, "surname")].kept_by == conflicts.ROLLED_BACK_BY
    assert "(odvolaná)" in view[(pid, "surname")].lost_by
    assert view[(new_id, "surname")].kept == "(záznam odstraněn)"
    assert data_rows(partner, "sync_conflict") == data_rows(office, "sync_conflict")
    # a person at the partner decides the laptop's edit was genuine: it travels as theirs
    with partner.reading() as s:
        cid = s.scalars(select(SyncConflict.id).where(SyncConflict.row_id == pid,
                                                      SyncConflict.column == "surname")).one()
    conflicts.restore_loser(partner, pa, cid)
    net.send(partner, pa, office, oa)
    with office.reading() as s:
        assert s.get(Person, pid).surname == "Ukradený"
    for db in (office, partner, laptop):
        db.close()


def test_a_partners_revocation_record_undoes_nothing(tmp_path):
    """A partner office may relay revocations (later edits are refused), but its
    record could name any installation and any time: it rolls nothing back."""
    from app.sync.stamps import RowMeta

    from .sync_helpers import MaliciousPeer
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    partner, pa = installation(tmp_path / "partner.sqlite", "Partner")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    add_peer(office, oa, contact_card(partner, pa), kind="partner")
    add_peer(partner, pa, contact_card(office, oa))
    net = Net(tmp_path)
    with laptop.transaction() as s:
        new = add_person(s, la, PersonInput(given_name="Eva", surname="Terénní"))
        s.flush()
        pid = new.id
    net.send(laptop, la, office, oa)
    info = current(laptop)
    record = {"installation_id": info.id, "origin": info.origin, "revoked_hlc": 1,
              "revoked_by": current(partner).id}
    evil = MaliciousPeer(partner, office)
    summary = import_bundle(office, oa, evil.bundle(tmp_path / "r.kmbx", [],
                                                     manifest={"revocations": [record]}))
    assert summary.rolled_back == 0
    with office.reading() as s:
        person = s.get(Person, pid)
        assert person is not None and person.surname == "Terénní"
        assert RowMeta.loads(person.sync_meta).base[1] == info.origin
        assert s.scalars(select(SyncConflict)).first() is None
        # it names an installation of our own office: not adopted at all
        assert s.get(Peer, info.id).revoked_at is None
    # so the laptop's later edits are still taken
    with laptop.transaction() as s:
        later = add_person(s, la, PersonInput(given_name="Petr", surname="Pozdější"))
        s.flush()
        later_id = later.id
    net.send(laptop, la, office, oa)
    with office.reading() as s:
        assert s.get(Person, later_id) is not None
    # nor can it revoke the office itself (the whole bundle is refused)
    from .sync_helpers import assert_refused
    own = current(office)
    evil.bundle(tmp_path / "r2.kmbx", [], manifest={"revocations": [
        {"installation_id": own.id, "origin": own.origin, "revoked_hlc": 1,
         "revoked_by": current(partner).id}]})
    assert_refused(office, oa, tmp_path / "r2.kmbx", "příjemce")
    with office.reading() as s:
        from models.sync import Revocation
        assert s.get(Revocation, own.id) is None and s.get(Revocation, info.id) is None
    for db in (office, partner, laptop):
        db.close()
