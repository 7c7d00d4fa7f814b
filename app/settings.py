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


_MEMO = "kmb_settings_memo"


@contextmanager
def remembered(session: Session) -> Iterator[None]:
    """Read-only bulk work that asks for the same settings thousands of times
    (the demo freezing every contract): each key and prefix is read once. On a
    server every read is a round trip; a key that is not set is not in the
    session's identity map, so ``session.get`` would ask again each time."""
    session.info[_MEMO] = {}
    try:
        yield
    finally:
        session.info.pop(_MEMO, None)


def _row(session: Session, key: str) -> Setting | None:
    memo = session.info.get(_MEMO)
    if memo is None:
        return session.get(Setting, setting_id(key))
    if key not in memo:
        memo[key] = session.get(Setting, setting_id(key))
    return memo[key]


def get(session: Session, key: str, default: Any = None) -> Any:
    row = _row(session, key)
    if not is_live(row):
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row.value_json)


def get_many(session: Session, prefix: str) -> dict[str, Any]:
    values = {k: v for k, v in DEFAULTS.items() if k.startswith(prefix)}
    memo = session.info.get(_MEMO)
    rows = memo.get(("prefix", prefix)) if memo is not None else None
    if rows is None:
        rows = list(session.execute(select(Setting.key, Setting.value_json).where(
            Setting.key.startswith(prefix), live(Setting))))
        if memo is not None:
            memo[("prefix", prefix)] = rows
    for key, value_json in rows:
        values[key] = json.loads(value_json)
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
