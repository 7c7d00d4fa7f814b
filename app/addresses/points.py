"""Keeping a stored kód ADM honest: a code is kept only while the typed
street and house number are still that point's (a person who picked an
address and then retyped it has a free-text address, not the old point)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from .completion import point_in


def _same(a: str | None, b: str | None) -> bool:
    return "".join((a or "").split()).casefold() == "".join((b or "").split()).casefold()


def address_code(session: Session, code: str | None, street: str | None,
                 house_number: str | None) -> tuple[str | None, str | None]:
    """(kód ADM, town part) to store. A code this installation cannot look up
    (no RÚIAN file here, e.g. a record edited on a field laptop) is kept as
    it came: the text beside it is what people read."""
    code = (code or "").strip() or None
    if code is None:
        return None, None
    if not code.isdigit() or len(code) > 12:
        return None, None
    point = point_in(session, code)
    if point is None:
        return code, None
    if _same(point.street, street) and _same(point.house_number, house_number):
        return code, point.town_part
    return None, None
