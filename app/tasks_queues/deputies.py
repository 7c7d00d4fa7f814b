"""Deputies (zástup): X covers for Y from one day to another. Set by whoever
manages the staff (the KMB lead, the administrator); every change is audited.
What a deputy may then see and do is the row rule in app/privacy/cover.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.base import utcnow
from models.queues import Deputy
from models.staff import User

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..rows import get_live, is_live, live
from ..security import Actor, Permission
from ..i18n import _


@dataclass(frozen=True)
class DeputyRow:
    id: str
    user_id: str
    user_name: str
    deputy_id: str
    deputy_name: str
    valid_from: dt.date
    valid_to: dt.date
    note: str | None

    def active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_to


def list_deputies(db: Database, actor: Actor, *, current_on: dt.date | None = None
                  ) -> list[DeputyRow]:
    """All covering periods (or those not yet over on ``current_on``), newest first."""
    actor.require(Permission.MANAGE_USERS)
    absent, deputy = aliased(User), aliased(User)
    stmt = (select(Deputy, absent.full_name, deputy.full_name)
            .join(absent, absent.id == Deputy.user_id)
            .join(deputy, deputy.id == Deputy.deputy_id).where(live(Deputy)))
    if current_on is not None:
        stmt = stmt.where(Deputy.valid_to >= current_on)
    with db.reading() as s:
        rows = [DeputyRow(d.id, d.user_id, a, d.deputy_id, b, d.valid_from, d.valid_to, d.note)
                for d, a, b in s.execute(stmt)]
    return sorted(rows, key=lambda r: (r.valid_from, r.id), reverse=True)


def _check_user(s, user_id: str | None, field: str) -> User:
    user = s.get(User, user_id) if user_id else None
    if not is_live(user) or not user.active:
        raise ValidationError(_("Vyberte pracovníka ze seznamu."), field=field)
    return user


def add_deputy(db: Database, actor: Actor, user_id: str, deputy_id: str,
               valid_from: dt.date | None, valid_to: dt.date | None, *,
               note: str | None = None) -> str:
    """``deputy_id`` covers for ``user_id`` from ``valid_from`` to ``valid_to``."""
    actor.require(Permission.MANAGE_USERS)
    errors = {}
    if valid_from is None:
        errors["valid_from"] = _("Zadejte, od kdy zástup platí.")
    if valid_to is None:
        errors["valid_to"] = _("Zadejte, do kdy zástup platí.")
    elif valid_from is not None and valid_to < valid_from:
        errors["valid_to"] = _("Konec zástupu nemůže být před jeho začátkem.")
    if user_id and user_id == deputy_id:
        errors["deputy_id"] = _("Pracovník nemůže zastupovat sám sebe.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        absent = _check_user(s, user_id, "user_id")
        deputy = _check_user(s, deputy_id, "deputy_id")
        row = Deputy(user_id=absent.id, deputy_id=deputy.id, valid_from=valid_from,
                     valid_to=valid_to, note=(note or "").strip() or None)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "deputy", row.id,
                     {"user": absent.id, "deputy": deputy.id, "from": valid_from.isoformat(),
                      "to": valid_to.isoformat()})
        return row.id


def end_deputy(db: Database, actor: Actor, deputy_row_id: str, *,
               today: dt.date | None = None) -> None:
    """The colleague is back: covering ends yesterday (a period not yet begun is
    withdrawn). What the deputy did meanwhile stays theirs in the audit."""
    actor.require(Permission.MANAGE_USERS)
    today = today or dt.date.today()
    with db.transaction() as s:
        row = get_live(s, Deputy, deputy_row_id, _("Zástup"))
        if row.valid_from >= today:
            row.deleted_at = utcnow()
            audit.record(s, actor, "delete", "deputy", row.id)
        elif row.valid_to >= today:
            row.valid_to = today - dt.timedelta(days=1)
            audit.record(s, actor, "update", "deputy", row.id,
                         {"fields": ["valid_to"], "to": row.valid_to.isoformat()})
