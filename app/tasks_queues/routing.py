"""Where automatic tasks go. Flat defects found at an inspection are the
property side's work: by default they go to the majetkový odbor's queue, not to
the social worker who happened to inspect (office setting
``tasks.defect_queue``: property, flat_manager, or inspector)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from models.cases import Department

from .. import settings

DEFECT_QUEUE = "tasks.defect_queue"
settings.register_defaults({DEFECT_QUEUE: Department.PROPERTY.value})


def defect_assignee(session: Session, inspector_id: str | None) -> dict:
    """``owner_id``/``department`` of a defect task (keyword arguments of add_task)."""
    value = settings.get(session, DEFECT_QUEUE, Department.PROPERTY.value)
    if value == "inspector":
        return {"owner_id": inspector_id, "department": None}
    try:
        return {"owner_id": None, "department": Department(value)}
    except ValueError:
        return {"owner_id": None, "department": Department.PROPERTY}
