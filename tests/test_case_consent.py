"""Consent per purpose on a case, and a partner office that receives only the
cases whose client consented to sharing with it (issue 13 item 6, issue 16
item 6). Tried as an auditor (history, audit) and as a partner holding a
genuine key that tries to widen what it gets."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.cases import consent
from app.cases.service import update_summary
from app.config import sqlite_url
from app.db import open_database
from app.errors import ValidationError
from app.installation import admin_actor, current
from app.sync.export import export_bundle
from app.sync.identity import add_peer, contact_card, set_scope
from app.sync.importer import import_bundle
from models.audit import AuditEvent
from models.cases import Case, CaseStatus
from models.consent import CaseConsent, ConsentPurpose
from models.people import Person

from .keys import TEST_KEY
from .sync_helpers import assert_refused, installation

TODAY = dt.date(2026, 11, 30)
P = ConsentPurpose


def _two_cases(db) -> tuple[str, str]:
    """Two cases whose clients have given no consent yet (the demo has some)."""
    with db.reading() as s:
        taken = set(s.scalars(select(CaseConsent.case_id)))
        ids = [i for i in s.scalars(select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS,
                                                          Case.household_id.is_not(None))
                                    .order_by(Case.number)) if i not in taken]
    return ids[0], ids[-1]


def _consents(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(CaseConsent))


def test_consent_is_recorded_withdrawn_and_kept_as_history(town_db, town_worker):
    case_id, _ = _two_cases(town_db)
    first = consent.record_consent(town_db, town_worker, case_id, P.CONTACT_RELATIVES,
                                   given_on=dt.date(2026, 10, 1), form="písemně",
                                   note="sestra Marie", today=TODAY)
    with pytest.raises(ValidationError, match="už platí"):
        consent.record_consent(town_db, town_worker, case_id, P.CONTACT_RELATIVES,
                               given_on=dt.date(2026, 10, 2), form="písemně", today=TODAY)
    consent.withdraw_consent(town_db, town_worker, first, on=dt.date(2026, 11, 2), today=TODAY)
    again = consent.record_consent(town_db, town_worker, case_id, P.CONTACT_RELATIVES,
                                   given_on=dt.date(2026, 11, 20), form="elektronicky",
                                   today=TODAY)
    lines = consent.case_consents(town_db, town_worker, case_id)
    assert [c.id for c in lines] == [again, first]          # newest first, history kept
    assert lines[1].withdrawn_on == dt.date(2026, 11, 2)
    assert lines[1].withdrawn_by == lines[1].recorded_by == "Jana Dvořáková"
    assert not lines[1].valid_on(TODAY) and lines[0].valid_on(TODAY)
    with town_db.reading() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == case_id, AuditEvent.action.like("consent_%"))
            .order_by(AuditEvent.seq)).all()
    assert actions == ["consent_given", "consent_withdrawn", "consent_given"]


@pytest.mark.parametrize("kwargs, field", [
    (dict(given_on=dt.date(2026, 12, 5), form="písemně"), "given_on"),
    (dict(given_on=TODAY, form="mávnutím ruky"), "form"),
    (dict(given_on=TODAY, form="písemně", recipient_peer_id="nobody"), "recipient"),
])
def test_bad_consent_is_refused_at_its_field(town_db, town_worker, kwargs, field):
    case_id, _ = _two_cases(town_db)
    before = _consents(town_db)
    with pytest.raises(ValidationError) as err:
        consent.record_consent(town_db, town_worker, case_id, P.PARTNER_SHARING, today=TODAY,
                               **kwargs)
    assert err.value.field == field
    assert _consents(town_db) == before


def test_a_withdrawal_cannot_precede_the_consent_or_repeat(town_db, town_worker):
    case_id, _ = _two_cases(town_db)
    cid = consent.record_consent(town_db, town_worker, case_id, P.OTHER_INSTITUTIONS,
                                 given_on=dt.date(2026, 11, 10), form="písemně", today=TODAY)
    with pytest.raises(ValidationError, match="dřív"):
        consent.withdraw_consent(town_db, town_worker, cid, on=dt.date(2026, 11, 1), today=TODAY)
    consent.withdraw_consent(town_db, town_worker, cid, on=TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="už byl odvolán"):
        consent.withdraw_consent(town_db, town_worker, cid, on=TODAY, today=TODAY)


# -- a partner office with chosen cases ---------------------------------------------

@pytest.fixture
def offices(town_path, tmp_path):
    office = open_database(sqlite_url(town_path), key=TEST_KEY)
    oa = admin_actor(office)
    partner, pa = installation(tmp_path / "ngo.sqlite", "Naděje – KMB")
    add_peer(office, oa, contact_card(partner, pa), scope="cases")
    add_peer(partner, pa, contact_card(office, oa))
    yield office, oa, partner, pa
    partner.close()
    office.close()


def _send(src, actor, dst, dst_actor, path):
    export_bundle(src, actor, current(dst).id, path)
    return import_bundle(dst, dst_actor, path)


def _cases_at(db) -> set[str]:
    with db.reading() as s:
        return set(s.scalars(select(Case.id)))


def _whole_persons(db) -> set[str]:
    """Persons that arrived with more than a stub's name (birth date known)."""
    with db.reading() as s:
        return set(s.scalars(select(Person.id).where(Person.birth_date.is_not(None))))


def test_partner_gets_only_the_cases_with_a_consent_for_it(offices, tmp_path):
    office, oa, partner, pa = offices
    shared, other = _two_cases(office)
    pid = current(partner).id
    _send(office, oa, partner, pa, tmp_path / "0.kmbx")
    assert _cases_at(partner) == set() and _whole_persons(partner) == set()

    consent.record_consent(office, oa, shared, P.PARTNER_SHARING, recipient_peer_id=pid,
                           given_on=dt.date.today(), form="písemně")
    # a consent for another purpose shares nothing
    consent.record_consent(office, oa, other, P.CONTACT_RELATIVES,
                           given_on=dt.date.today(), form="písemně")
    _send(office, oa, partner, pa, tmp_path / "1.kmbx")
    assert _cases_at(partner) == {shared}
    with office.reading() as s:
        client = s.get(Case, shared).person_id
        other_client = s.get(Case, other).person_id
    assert client in _whole_persons(partner) and other_client not in _whole_persons(partner)

    # withdrawn: later changes of the case no longer go
    line = consent.case_consents(office, oa, shared)[0]
    consent.withdraw_consent(office, oa, line.id, on=dt.date.today())
    update_summary(office, oa, shared, "Nové shrnutí po odvolání souhlasu")
    _send(office, oa, partner, pa, tmp_path / "2.kmbx")
    with partner.reading() as s:
        assert s.get(Case, shared).summary != "Nové shrnutí po odvolání souhlasu"


def test_partner_writes_only_in_shared_cases_and_never_a_consent(offices, tmp_path):
    office, oa, partner, pa = offices
    shared, other = _two_cases(office)
    pid = current(partner).id
    consent.record_consent(office, oa, shared, P.PARTNER_SHARING, recipient_peer_id=pid,
                           given_on=dt.date.today(), form="písemně")
    _send(office, oa, partner, pa, tmp_path / "1.kmbx")

    # its work on the shared case comes back
    update_summary(partner, pa, shared, "Klient dorazil do poradny Naděje.")
    _send(partner, pa, office, oa, tmp_path / "2.kmbx")
    with office.reading() as s:
        assert s.get(Case, shared).summary == "Klient dorazil do poradny Naděje."

    # a consent written at the partner (to widen what it gets) refuses the bundle
    before = _consents(office)
    consent.record_consent(partner, pa, shared, P.OTHER_INSTITUTIONS,
                           given_on=dt.date.today(), form="písemně")
    export_bundle(partner, pa, current(office).id, tmp_path / "3.kmbx")
    assert_refused(office, oa, tmp_path / "3.kmbx", "case_consent")
    assert _consents(office) == before


def test_scope_of_chosen_cases_is_for_partner_offices_only(offices):
    office, oa, partner, pa = offices
    with pytest.raises(ValidationError, match="partnerské kanceláři"):
        set_scope(office, oa, current(partner).id, "cases", kind="office")
    with pytest.raises(ValidationError, match="worker:ID"):
        set_scope(office, oa, current(partner).id, "everything")
    # the consent dialog offers only partners set to chosen cases
    assert [p.name for p in consent.sharing_partners(office, oa)] == ["Naděje – KMB"]
    set_scope(office, oa, current(partner).id, None, kind="partner")
    assert consent.sharing_partners(office, oa) == []
