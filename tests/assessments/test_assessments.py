"""Social assessments: drafts, closing, locking, amendments, tasks, and who
may read the health data."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import security
from app.assessments.records import (
    AssessmentInput,
    DebtLine,
    IncomeLine,
    StepLine,
    amend_assessment,
    assessment_detail,
    close_assessment,
    create_assessment,
    delete_draft,
    list_assessments,
    save_draft,
)
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.printing import render
from models.assessments import Assessment, AssessmentIncome, IncomeKind, RecordState
from models.audit import AuditEvent
from models.cases import Task, TaskSource
from models.staff import Role

from .helpers import TODAY


def _filled(office, **kw) -> AssessmentInput:
    data = AssessmentInput(
        consent_given=True, consent_on=dt.date(2026, 11, 20), visit_on=dt.date(2026, 11, 20),
        visit_place="v místě pobytu", present_persons="Řehoř Šťastný, Věra Šťastná",
        ethos_category=9, housing_situation="Výpověď z nájmu pro dluh.",
        health="Diabetes, léčí se.", disability="Invalidní důchod I. stupně.",
        conclusion="Domácnost je v bytové nouzi.", recommendation="Sociální byt.",
        incomes=[IncomeLine(IncomeKind.WAGE, 2_450_000, office.person_id),
                 IncomeLine(IncomeKind.HOUSING_ALLOWANCE, 350_000)],
        debts=[DebtLine("dodavatel elektřiny", 1_234_500, in_execution=True)],
        steps=[StepLine("Podat žádost o příspěvek na bydlení", "klient", dt.date(2026, 12, 4)),
               StepLine("Domluvit dluhovou poradnu", "sociální pracovnice",
                        dt.date(2026, 12, 11), owner_id=office.lead.user_id)])
    for k, v in kw.items():
        setattr(data, k, v)
    return data


def test_draft_saves_then_closing_locks_and_makes_tasks(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    d = assessment_detail(db, w, aid)
    assert d.state == RecordState.DRAFT and d.household_name == "Šťastní"
    assert [m.name for m in d.members] == ["Řehoř Šťastný", "Věra Šťastná"]
    save_draft(db, w, aid, _filled(office), today=TODAY)
    d = assessment_detail(db, w, aid)
    assert d.data.income_total_hal == 2_800_000 and d.data.debts[0].in_execution
    assert [s.text for s in d.data.steps][0] == "Podat žádost o příspěvek na bydlení"

    result = close_assessment(db, w, aid, today=TODAY)
    assert result.tasks_created == 2
    with db.reading() as s:
        made = s.scalars(select(Task).where(Task.source == TaskSource.ASSESSMENT)).all()
        assert {t.title for t in made} == {"Podat žádost o příspěvek na bydlení",
                                          "Domluvit dluhovou poradnu"}
        owners = {t.title: t.owner_id for t in made}
        assert owners["Domluvit dluhovou poradnu"] == office.lead.user_id
        assert owners["Podat žádost o příspěvek na bydlení"] == w.user_id
        assert all(t.person_id == office.person_id and t.household_id == office.household_id
                   for t in made)
    d = assessment_detail(db, w, aid)
    assert d.locked and d.closed_by_name == "Jana Dvořáková"
    assert all(s.task_id for s in d.data.steps)
    with pytest.raises(Conflict, match="uzavřený"):
        save_draft(db, w, aid, _filled(office, conclusion="jiný závěr"), today=TODAY)
    with pytest.raises(Conflict):
        close_assessment(db, w, aid, today=TODAY)
    with pytest.raises(Conflict):
        delete_draft(db, w, aid)
    assert assessment_detail(db, w, aid).data.conclusion == "Domácnost je v bytové nouzi."


def test_closing_needs_consent_visit_and_conclusion(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    with pytest.raises(ValidationError) as exc:
        close_assessment(db, w, aid, today=TODAY)
    assert set(exc.value.errors) == {"consent_given", "visit_on", "conclusion"}
    save_draft(db, w, aid, _filled(office, visit_on=dt.date(2026, 12, 1)), today=TODAY)
    with pytest.raises(ValidationError, match="budoucnosti"):
        close_assessment(db, w, aid, today=TODAY)
    assert assessment_detail(db, w, aid).state == RecordState.DRAFT


def test_amendment_is_a_new_version_and_the_old_one_stays(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    save_draft(db, w, aid, _filled(office), today=TODAY)
    close_assessment(db, w, aid, today=TODAY)
    with pytest.raises(Conflict, match="Rozpracovaný"):
        amend_assessment(db, w, create_assessment(db, w, office.partner_id))

    new_id = amend_assessment(db, w, aid)
    assert amend_assessment(db, w, aid) == new_id          # the draft amendment is reused
    new = assessment_detail(db, w, new_id)
    assert (new.version, new.amends_id, new.state) == (2, aid, RecordState.DRAFT)
    assert new.data.conclusion == "Domácnost je v bytové nouzi."
    assert new.data.income_total_hal == 2_800_000 and len(new.data.debts) == 1
    assert [v.version for v in new.versions] == [1, 2]

    data = new.data
    data.conclusion = "Oprava: klient nastoupil do zaměstnání."
    data.steps.append(StepLine("Doložit pracovní smlouvu", "klient", dt.date(2026, 12, 2)))
    save_draft(db, w, new_id, data, today=TODAY)
    assert close_assessment(db, w, new_id, today=TODAY).tasks_created == 1   # no duplicates
    old = assessment_detail(db, w, aid)
    assert old.data.conclusion == "Domácnost je v bytové nouzi." and old.superseded_by == new_id
    with pytest.raises(Conflict, match="verzí 2"):
        amend_assessment(db, w, aid)
    rows = {r.id: r for r in list_assessments(db, w)}
    assert rows[aid].superseded and not rows[new_id].superseded
    assert new_id in {r.id for r in list_assessments(db, w, latest_only=True)}
    assert aid not in {r.id for r in list_assessments(db, w, latest_only=True)}


def test_removed_lines_are_tombstoned_not_deleted(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    save_draft(db, w, aid, _filled(office), today=TODAY)
    data = assessment_detail(db, w, aid).data
    data.incomes = data.incomes[:1]
    save_draft(db, w, aid, data, today=TODAY)
    with db.reading() as s:
        rows = s.scalars(select(AssessmentIncome).where(
            AssessmentIncome.assessment_id == aid)).all()
        assert len(rows) == 2 and sum(r.deleted_at is not None for r in rows) == 1
    assert len(assessment_detail(db, w, aid).data.incomes) == 1


def test_bad_input_names_the_fields_and_saves_nothing(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    bad = _filled(office, ethos_category=14)
    bad.incomes.append(IncomeLine(IncomeKind.PENSION, -100))
    bad.debts.append(DebtLine("", 50_000))
    with pytest.raises(ValidationError) as exc:
        save_draft(db, w, aid, bad, today=TODAY)
    assert {"ethos_category", "incomes.2.monthly_hal", "debts.1.creditor"} <= set(exc.value.errors)
    d = assessment_detail(db, w, aid)
    assert d.data.conclusion is None and d.data.incomes == []
    with pytest.raises(NotFound):
        create_assessment(db, w, "nikdo")


def test_property_department_never_sees_an_assessment(db, office):
    w, prop = office.worker, office.property
    aid = create_assessment(db, w, office.person_id)
    save_draft(db, w, aid, _filled(office), today=TODAY)
    for call in (lambda: assessment_detail(db, prop, aid), lambda: list_assessments(db, prop),
                 lambda: render(db, prop, "assessment", aid),
                 lambda: create_assessment(db, prop, office.person_id)):
        with pytest.raises(PermissionDenied):
            call()


def test_health_data_needs_view_sensitive(db, office, monkeypatch):
    """A role that may read the record but not special-category data gets
    neither the health fields nor can overwrite them, on screen or on paper."""
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    save_draft(db, w, aid, _filled(office), today=TODAY)
    perms = dict(security.ROLE_PERMISSIONS)
    perms[Role.READONLY] = perms[Role.READONLY] | {security.Permission.VIEW_ASSESSMENTS,
                                                   security.Permission.EDIT_ASSESSMENTS,
                                                   security.Permission.PRINT}
    monkeypatch.setattr(security, "ROLE_PERMISSIONS", perms)
    clerk = office.readonly
    d = assessment_detail(db, clerk, aid)
    assert not d.sensitive_visible and d.data.health is None and d.data.disability is None
    assert d.data.conclusion == "Domácnost je v bytové nouzi."
    d.data.conclusion = "Upraveno bez zdravotních údajů."
    save_draft(db, clerk, aid, d.data, today=TODAY)          # health stays as it was
    with db.reading() as s:
        row = s.get(Assessment, aid)
        assert row.health == "Diabetes, léčí se." and row.conclusion.startswith("Upraveno")
    pdf, _ = render(db, clerk, "assessment", aid)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Diabetes" not in text and "nejsou uvedeny" in text
    pdf, _ = render(db, w, "assessment", aid)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Diabetes, léčí se." in text


def test_opening_and_printing_are_audited(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    assessment_detail(db, w, aid)
    render(db, w, "assessment", aid)
    with db.reading() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "assessment", AuditEvent.entity_id == aid))]
    assert actions == ["create", "open", "print"]


def test_a_draft_started_by_mistake_can_be_thrown_away(db, office):
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    delete_draft(db, w, aid)
    assert list_assessments(db, w) == []
    with pytest.raises(NotFound):
        assessment_detail(db, w, aid)


def test_autosave_reports_the_ids_of_new_lines(db, office):
    """The form keeps the ids it is given back, so the next autosave updates
    the same rows instead of adding new ones."""
    w = office.worker
    aid = create_assessment(db, w, office.person_id)
    data = _filled(office)
    data.incomes.insert(1, IncomeLine())                 # an empty line the form added
    first = save_draft(db, w, aid, data, today=TODAY)
    ids = first.line_ids["incomes"]
    assert ids[1] is None and ids[0] and ids[2] and len(set(ids)) == 3
    for line, new_id in zip(data.incomes, ids):
        line.id = new_id
    data.incomes[0].monthly_hal = 2_500_000
    second = save_draft(db, w, aid, data, today=TODAY)
    assert second.line_ids["incomes"] == ids
    with db.reading() as s:
        rows = s.scalars(select(AssessmentIncome).where(
            AssessmentIncome.assessment_id == aid)).all()
        assert len(rows) == 2 and all(r.deleted_at is None for r in rows)
        assert {r.monthly_hal for r in rows} == {2_500_000, 350_000}
