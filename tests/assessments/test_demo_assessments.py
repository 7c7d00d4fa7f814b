"""The town demo's assessments and inspections are realistic and consistent."""
from __future__ import annotations

from sqlalchemy import func, select

from models.assessments import Assessment, AssessmentStep, RecordState
from models.cases import Task, TaskSource
from models.inspections import (
    ChecklistTemplate,
    Inspection,
    InspectionItem,
    InspectionKind,
    KeyHandover,
    MeterReading,
)
from models.leases import Lease
from models.people import Household


def test_town_has_closed_and_draft_assessments_for_many_households(town_db):
    with town_db.reading() as s:
        # KMB client households (ordinary tenants of the town's flats are not clients)
        tenants = select(Lease.household_id).where(Lease.via_kmb.is_(False))
        households = s.scalar(select(func.count()).select_from(Household).where(
            Household.id.not_in(tenants)))
        covered = s.scalar(select(func.count(func.distinct(Assessment.household_id))))
        assert covered >= households * 0.25
        states = dict(s.execute(select(Assessment.state, func.count()).group_by(
            Assessment.state)).all())
        assert states[RecordState.CLOSED] > states[RecordState.DRAFT] > 0
        amended = s.scalars(select(Assessment).where(Assessment.amends_id.is_not(None))).all()
        assert amended and all(s.get(Assessment, a.amends_id).state == RecordState.CLOSED
                               for a in amended)
        # every step of a closed record became a task, and no step of a draft did
        for step, state in s.execute(select(AssessmentStep, Assessment.state).join(
                Assessment, Assessment.id == AssessmentStep.assessment_id)):
            assert (step.task_id is not None) == (state == RecordState.CLOSED)


def test_town_has_inspections_of_every_kind_with_readings_and_defects(town_db):
    with town_db.reading() as s:
        kinds = dict(s.execute(select(Inspection.kind, func.count()).group_by(
            Inspection.kind)).all())
        assert set(kinds) == set(InspectionKind)
        assert s.scalar(select(func.count()).select_from(MeterReading)) >= 100
        assert s.scalar(select(func.count()).select_from(KeyHandover)) >= 20
        assert s.scalar(select(func.count()).select_from(ChecklistTemplate)) == 3
        bedbugs = s.scalars(select(InspectionItem).where(
            InspectionItem.defect.like("%štěnic%"))).all()
        assert bedbugs and all(i.task_id for i in bedbugs)
        tasks = s.scalar(select(func.count()).where(Task.source == TaskSource.INSPECTION))
        assert tasks >= 5
        # readings of a meter grow from one inspection to the next
        rows = s.execute(select(MeterReading.meter_id, MeterReading.read_on, MeterReading.value)
                         .order_by(MeterReading.meter_id, MeterReading.read_on)).all()
        for a, b in zip(rows, rows[1:]):
            if a.meter_id == b.meter_id:
                assert b.value >= a.value
