"""Derived search and ordering columns, kept right in one place: a
``before_flush`` listener (registered in app.db before the change capture, so
the derived values are stamped with the write that caused them)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from models.people import Person

if TYPE_CHECKING:
    from models.housing import Building

from ..czech_text import fold, person_sort_key, sort_key


def _set(obj, key: str, value: str) -> None:
    if getattr(obj, key) != value:   # no spurious change (and stamp) when equal
        setattr(obj, key, value)


def refresh_person(p: Person) -> None:
    _set(p, "search_surname", fold(p.surname))
    _set(p, "search_given", fold(p.given_name))
    _set(p, "sort_key", person_sort_key(p.surname or "", p.given_name or ""))


def refresh_building(b: Building) -> None:
    _set(b, "sort_key",
         sort_key(f"{b.street or b.name or ''} {(b.house_number or '').zfill(6)}"))


def before_flush(session: Session, flush_context, instances) -> None:
    if session.info.get("sync_applying"):
        return
    # A process that never imported the housing models (``kmb list persons``
    # maps only what it reads) has no Building to refresh.
    housing = sys.modules.get("models.housing")
    building = housing.Building if housing is not None else ()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Person):
            refresh_person(obj)
        elif isinstance(obj, building):
            refresh_building(obj)
