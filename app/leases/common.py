"""Small helpers shared by the lease modules: month arithmetic, how a flat is
named, and who the household's social worker is."""
from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases import Case, CaseStatus
from models.housing import Building, Flat
from models.staff import Role, User

from ..i18n import _
from ..rows import live


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 31st becomes the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def term_end(starts_on: dt.date, months: int) -> dt.date:
    """The last day of a fixed term: 1. 1. 2026 + 12 months → 31. 12. 2026."""
    return add_months(starts_on, months) - dt.timedelta(days=1)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def flat_address(flat: Flat, building: Building | None = None) -> str:
    b = building or flat.building
    return _("{address}, byt č. {number}").format(address=b.address_line(), number=flat.number)


def lead_user_id(session: Session) -> str | None:
    """The KMB lead (the first active one by user name)."""
    return session.scalars(select(User.id).where(
        User.role == Role.LEAD, User.active.is_(True), live(User))
        .order_by(User.username)).first()


def responsible_worker(session: Session, household_id: str | None,
                       person_id: str | None = None) -> tuple[str | None, str | None]:
    """(worker id, case id): the assigned worker of the household's (or the
    tenant's) most recent open case, falling back to the KMB lead."""
    conds = []
    if household_id:
        conds.append(Case.household_id == household_id)
    if person_id:
        conds.append(Case.person_id == person_id)
    for cond in conds:
        case = session.scalars(select(Case).where(
            cond, live(Case), Case.status != CaseStatus.CLOSED,
            Case.assigned_worker_id.is_not(None))
            .order_by(Case.opened_on.desc(), Case.id.desc())).first()
        if case is not None:
            return case.assigned_worker_id, case.id
    return lead_user_id(session), None
