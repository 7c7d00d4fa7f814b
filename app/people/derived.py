"""Derived search and ordering columns, kept right in one place: a
``before_flush`` listener (registered in app.db before the change capture, so
the derived values are stamped with the write that caused them)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from models.housing import Building
from models.people import Person

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
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Person):
            refresh_person(obj)
        elif isinstance(obj, Building):
            refresh_building(obj)
