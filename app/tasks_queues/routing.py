"""Where automatic tasks go. Flat defects found at an inspection are the
property side's work: by default they go to the majetkový odbor's queue, not to
the social worker who happened to inspect (office setting
``tasks.defect_queue``: the code of one of the office's departments, or
``inspector``; chosen in Nastavení → Odbory, app/departments/manage.py)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from models.cases import Department

from .. import settings
from ..departments import lookup

DEFECT_QUEUE = "tasks.defect_queue"
INSPECTOR = "inspector"
settings.register_defaults({DEFECT_QUEUE: Department.PROPERTY.value})


def defect_assignee(session: Session, inspector_id: str | None) -> dict:
    """``owner_id``/``department`` of a defect task (keyword arguments of add_task).
    A department that is gone or inactive sends the defect to the inspector
    rather than to a queue nobody reads."""
    value = settings.get(session, DEFECT_QUEUE, Department.PROPERTY.value)
    if value != INSPECTOR:
        dept = lookup.find(session, value)
        if dept is not None and dept.code == value and dept.active:
            return {"owner_id": None, "department": dept.code}
    return {"owner_id": inspector_id, "department": None}
