"""Row rule of covering (zastupitelnost): during a set period a deputy works
an absent colleague's tasks and cases as if they were their own; the day after
the period ends, nothing of it is left. Every path that decides whose tasks a
person sees or may complete (inbox, completing, the CLI) asks here, with the
day of the request, so the GUI, the CLI and the tests share one rule."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.queues import Deputy
from models.staff import User

from ..rows import live


def covered_users(session: Session, user_id: str, day: dt.date) -> dict[str, str]:
    """Colleagues ``user_id`` covers for on ``day``: id → full name."""
    rows = session.execute(
        select(User.id, User.full_name).join(Deputy, Deputy.user_id == User.id)
        .where(live(Deputy), Deputy.deputy_id == user_id,
               Deputy.valid_from <= day, Deputy.valid_to >= day)).all()
    return {uid: name for uid, name in rows if uid != user_id}


def covers(session: Session, user_id: str, colleague_id: str | None, day: dt.date) -> bool:
    return colleague_id is not None and colleague_id in covered_users(session, user_id, day)
