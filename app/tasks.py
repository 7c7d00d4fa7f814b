"""Tasks: the one way any area creates a task (a referral's follow-up, an
agreed next step, a defect found in a flat, rent arrears …) and completes it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.cases import Task, TaskSource

from . import audit
from .errors import ValidationError
from .rows import get_live, live
from .security import Actor
from .i18n import _


def add_task(session: Session, actor: Actor | None, title: str, *,
             owner_id: str | None = None, due_on: dt.date | None = None,
             case_id: str | None = None, person_id: str | None = None,
             household_id: str | None = None, flat_id: str | None = None,
             detail: str | None = None, source: TaskSource = TaskSource.MANUAL,
             source_ref: str | None = None, department: str | None = None) -> Task:
    """Create a task inside an open transaction. A task with the same source
    and source record is not created twice (idempotent for automatic tasks).
    ``department`` is a department's code (models/departments.py)."""
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError(_("Vyplňte, co je potřeba udělat."), field="title")
    if source_ref:
        existing = session.scalars(select(Task).where(
            Task.source == source, Task.source_ref == source_ref,
            live(Task))).first()
        if existing is not None:
            return existing
    task = Task(title=title, detail=detail, owner_id=owner_id, due_on=due_on, case_id=case_id,
                person_id=person_id, household_id=household_id, flat_id=flat_id,
                source=source, source_ref=source_ref,
                department=str(department) if department else None)
    session.add(task)
    session.flush()
    audit.record(session, actor, "create", "task", task.id, {"source": source.value})
    return task


def complete_task(session: Session, actor: Actor, task_id: str, *,
                  covering_for: str | None = None) -> Task:
    """``covering_for``: done as the deputy of this colleague (kept in the audit)."""
    task = get_live(session, Task, task_id, _("Úkol"))
    if task.done_at is None:
        task.done_at = utcnow()
        task.done_by_id = actor.user_id
        audit.record(session, actor, "complete", "task", task.id,
                     {"covering_for": covering_for} if covering_for else None)
    return task
