"""Social assessments in a case's (or person's) timeline. Only the record's
heading and conclusion are shown there; health data never appear in it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.assessments import Assessment, RecordState
from models.staff import User

from ..cases.timeline import Scope, TimelineEntry, scoped
from ..rows import live
from ..security import Permission
from ..i18n import _


def assessments(session, scope: Scope, actor) -> list:
    if not actor.can(Permission.VIEW_ASSESSMENTS):
        return []
    stmt = (select(Assessment, User.full_name)
            .outerjoin(User, User.id == Assessment.worker_id)
            .where(scoped(Assessment, scope), live(Assessment)))
    out = []
    for a, worker in session.execute(stmt):
        day = a.visit_on or a.created_at.date()
        state = _("uzavřeno") if a.state == RecordState.CLOSED else _("rozpracováno")
        title = f"verze {a.version}, {state}" if a.version > 1 else state
        text = a.conclusion or ""
        out.append(TimelineEntry(dt.datetime(day.year, day.month, day.day, 11), "assessment",
                                 _("sociální šetření"), title, text, worker, a.id))
    return out
