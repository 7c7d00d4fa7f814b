"""Office settings: typed accessors over the synchronised ``setting`` table.

Every setting has a default here, so a fresh installation works before
anyone opens the settings screen; amounts that change by regulation (the
subsistence minimum, the income limit factor) are settings, not constants.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.settings import Setting, setting_id

from . import audit
from .rows import is_live, live
from .security import Actor, Permission

# czech-on-purpose: the office's default name, stored as its data
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


_SNAPSHOT = "kmb.settings_snapshot"


@contextmanager
def snapshot(session: Session) -> Iterator[None]:
    """Batch reads (the demo freezing a thousand documents): every setting is
    read once for the block instead of once per document and key. A missing
    key is a query each time otherwise (the identity map keeps no "absent"),
    one server round trip each on PostgreSQL. Nothing writes settings inside."""
    session.info[_SNAPSHOT] = {row.id: row for row in session.scalars(select(Setting))}
    try:
        yield
    finally:
        session.info.pop(_SNAPSHOT, None)


def get(session: Session, key: str, default: Any = None) -> Any:
    rows = session.info.get(_SNAPSHOT)
    row = (rows.get(setting_id(key)) if rows is not None
           else session.get(Setting, setting_id(key)))
    if not is_live(row):
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row.value_json)


def get_many(session: Session, prefix: str) -> dict[str, Any]:
    values = {k: v for k, v in DEFAULTS.items() if k.startswith(prefix)}
    rows = session.info.get(_SNAPSHOT)
    found = ([r for r in rows.values() if r.key.startswith(prefix) and is_live(r)]
             if rows is not None else
             session.scalars(select(Setting).where(Setting.key.startswith(prefix),
                                                   live(Setting))))
    for row in found:
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
