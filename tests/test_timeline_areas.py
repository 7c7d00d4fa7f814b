"""Assessments and leases appear in a person's timeline, for those allowed."""
from __future__ import annotations

from sqlalchemy import select

from app.cases.timeline import Scope, collect
from app.security import actor_from_user, find_user
from models.assessments import Assessment, RecordState
from models.leases import Lease


def _actor(db, username):
    with db.reading() as s:
        return actor_from_user(find_user(s, username))


def test_assessment_and_lease_entries(town_db):
    worker = _actor(town_db, "jana.dvorakova")
    property_dept = _actor(town_db, "tomas.krejci")
    with town_db.reading() as s:
        record = s.scalars(select(Assessment).where(
            Assessment.state == RecordState.CLOSED, Assessment.conclusion.is_not(None))).first()
        entries = collect(s, Scope(None, record.person_id), worker)
        mine = [e for e in entries if e.kind == "assessment" and e.ref_id == record.id]
        assert mine and mine[0].text == record.conclusion
        hidden = collect(s, Scope(None, record.person_id), property_dept)
        assert not [e for e in hidden if e.kind == "assessment"]
        lease = s.scalars(select(Lease).where(Lease.number.is_not(None))).first()
        entries = collect(s, Scope(None, lease.tenant_id), property_dept)
        assert [e.title for e in entries if e.kind == "lease" and e.ref_id == lease.id] == \
            [lease.number]
