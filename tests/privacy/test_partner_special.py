"""Special-category data to a partner office only with the lead's permission
and a recorded legal basis: without it the bundle (decrypted, every part)
carries no health text and the partner stores none; once allowed, the next
bundle carries it. Own offices get it as before."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.assessments.records import AssessmentInput, create_assessment, save_draft
from app.errors import PermissionDenied, ValidationError
from app.people.records import PersonInput, create_person
from app.privacy import partners
from app.security import Actor
from app.sync.export import export_bundle
from app.sync.identity import add_peer, contact_card
from app.sync.importer import import_bundle
from models.assessments import Assessment
from models.staff import Role
from models.sync import Peer

from ..sync_helpers import installation
from .test_retention_run import _bundle_plain

HEALTH = "SENTINEL-ZDRAVI-PARTNER: závislost na alkoholu"
CONCLUSION = "Doporučeno sociální bydlení SENTINEL-ZAVER"


@pytest.fixture
def office_and_partner(tmp_path):
    a, a_admin = installation(tmp_path / "a.sqlite", "Kancelář")
    p, p_admin = installation(tmp_path / "p.sqlite", "Charita")
    add_peer(a, a_admin, contact_card(p, p_admin), kind="partner")
    add_peer(p, p_admin, contact_card(a, a_admin))
    pid = create_person(a, a_admin, PersonInput(given_name="Karel", surname="Partnerský"))
    aid = create_assessment(a, a_admin, pid)
    save_draft(a, a_admin, aid, AssessmentInput(health=HEALTH, conclusion=CONCLUSION,
                                                debts_note="SENTINEL-DLUH exekuce"))
    with a.reading() as s:
        peer_id = s.scalars(select(Peer.id)).one()
    yield a, a_admin, p, p_admin, peer_id, aid
    a.close()
    p.close()


def test_partner_gets_no_special_category_data_until_the_lead_allows_it(office_and_partner,
                                                                        tmp_path):
    a, a_admin, p, p_admin, peer_id, aid = office_and_partner
    first = tmp_path / "1.kmbx"
    export_bundle(a, a_admin, peer_id, first)
    plain = _bundle_plain(first, p)
    assert b"sentinel-zaver" in plain                      # the assessment itself travels
    assert b"sentinel-zdravi" not in plain and b"sentinel-dluh" not in plain
    import_bundle(p, p_admin, first)
    with p.reading() as s:
        row = s.get(Assessment, aid)
        assert row.conclusion == CONCLUSION and row.health is None and row.debts_note is None

    with pytest.raises(ValidationError):                   # no legal basis, no permission
        partners.set_special_for_peer(a, a_admin, peer_id, True, "")
    worker = Actor(a_admin.user_id, "Pracovnice", Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):
        partners.set_special_for_peer(a, worker, peer_id, True, "čl. 9 odst. 2 písm. h GDPR")
    partners.set_special_for_peer(a, a_admin, peer_id, True,
                                  "čl. 9 odst. 2 písm. h GDPR, smlouva o spolupráci č. 12/2026")
    consent = partners.special_for_peer(a, a_admin, peer_id)
    assert consent.allowed and "12/2026" in consent.legal_basis
    assert "smlouva o spolupráci" in partners.describe(consent)

    second = tmp_path / "2.kmbx"
    export_bundle(a, a_admin, peer_id, second)
    assert b"sentinel-zdravi" in _bundle_plain(second, p)
    import_bundle(p, p_admin, second)
    with p.reading() as s:
        assert s.get(Assessment, aid).health == HEALTH

    # withdrawn: later bundles go without it again
    partners.set_special_for_peer(a, a_admin, peer_id, False)
    save_draft(a, a_admin, aid, AssessmentInput(health=HEALTH + " (doplněno)",
                                                conclusion=CONCLUSION + " 2"))
    third = tmp_path / "3.kmbx"
    export_bundle(a, a_admin, peer_id, third)
    plain = _bundle_plain(third, p)
    assert b"sentinel-zaver 2" in plain and b"(dopln" not in plain


def test_an_own_office_gets_the_data_as_before(tmp_path):
    a, a_admin = installation(tmp_path / "a.sqlite", "Kancelář")
    b, b_admin = installation(tmp_path / "b.sqlite", "Pobočka")
    add_peer(a, a_admin, contact_card(b, b_admin))
    add_peer(b, b_admin, contact_card(a, a_admin))
    pid = create_person(a, a_admin, PersonInput(given_name="Karel", surname="Kancelářský"))
    aid = create_assessment(a, a_admin, pid)
    save_draft(a, a_admin, aid, AssessmentInput(health=HEALTH))
    with a.reading() as s:
        peer_id = s.scalars(select(Peer.id)).one()
    out = tmp_path / "b.kmbx"
    export_bundle(a, a_admin, peer_id, out)
    assert b"sentinel-zdravi" in _bundle_plain(out, b)
    a.close()
    b.close()


def test_a_note_goes_to_the_partner_without_its_text(office_and_partner, tmp_path):
    """A case note's text is special-category and cannot be empty in the
    database: it travels blank, and the partner's import still succeeds."""
    from app.cases.service import add_note, open_case
    from models.cases import Note
    a, a_admin, p, p_admin, peer_id, aid = office_and_partner
    with a.transaction() as s:
        pid = s.scalars(select(Assessment.person_id)).one()
        case_id = open_case(s, a_admin, pid, worker_id=None).id
    add_note(a, a_admin, case_id, "SENTINEL-POZNAMKA pije")
    export_bundle(a, a_admin, peer_id, tmp_path / "n.kmbx")
    assert b"sentinel-poznamka" not in _bundle_plain(tmp_path / "n.kmbx", p)
    import_bundle(p, p_admin, tmp_path / "n.kmbx")
    with p.reading() as s:
        assert [n.text for n in s.scalars(select(Note))] == [""]
