"""Office settings: typed accessors over the synchronised ``setting`` table.

Every setting has a default here, so a fresh installation works before
anyone opens the settings screen; amounts that change by regulation (the
subsistence minimum, the income limit factor) are settings, not constants.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.settings import Setting, setting_id

from . import audit
from .rows import live
from .security import Actor, Permission

DEFAULTS: dict[str, Any] = {
    "office.name": "Městský úřad",
    "office.department": "Kontaktní místo pro bydlení",
    "office.address": "",
    "office.town": "",
    "office.phone": "",
    "office.email": "",
    "office.logo_png_b64": None,
    "office.signatories": [],          # [{"name": ..., "function": ...}]
    "security.lock_minutes": 10,       # the window locks after this long without input
}


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, setting_id(key))
    if row is None or row.deleted_at is not None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row.value_json)


def get_many(session: Session, prefix: str) -> dict[str, Any]:
    values = {k: v for k, v in DEFAULTS.items() if k.startswith(prefix)}
    for row in session.scalars(select(Setting).where(Setting.key.startswith(prefix),
                                                     live(Setting))):
        values[row.key] = json.loads(row.value_json)
    return values


def put(session: Session, actor: Actor | None, key: str, value: Any) -> None:
    """Set a value inside an open transaction (audited)."""
    if actor is not None:
        actor.require(Permission.SETTINGS)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, setting_id(key))
    if row is None:
        session.add(Setting(id=setting_id(key), key=key, value_json=encoded))
    elif row.value_json != encoded or row.deleted_at is not None:
        row.value_json = encoded
        row.deleted_at = None
    else:
        return
    audit.record(session, actor, "update", "setting", setting_id(key), {"key": key})


def register_defaults(values: dict[str, Any]) -> None:
    """Areas add their own settings' defaults at import time."""
    for key, value in values.items():
        DEFAULTS.setdefault(key, value)
