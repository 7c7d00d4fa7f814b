"""Completing address fields from the imported RÚIAN table: street as you
type, then the house numbers of that street (with PSČ and town part), and
one address point by its kód ADM. Every query is a prefix range or an
equality on an index and returns a handful of rows (milliseconds even for
a whole region), so screens call it directly.

RÚIAN is public reference data without personal data: any signed-in person
may read it (no permission)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.addresses import RuianAddress

from ..czech_text import fold, sort_key
from ..db import Database
from ..security import Actor
from .ruian_file import house_number

_HIGH = "\uffff"
A = RuianAddress


@dataclass(frozen=True)
class StreetSuggestion:
    street: str                # the street, or the town part where there are no streets
    municipality: str
    municipality_code: int

    @property
    def text(self) -> str:
        return f"{self.street}, {self.municipality}"


@dataclass(frozen=True)
class AddressPoint:
    code: str                  # kód ADM, as stored on addresses and buildings
    street: str
    house_number: str          # "512/12a"
    postcode: str              # "541 01"
    town_part: str
    municipality: str
    municipality_code: int

    @property
    def text(self) -> str:
        part = f" ({self.town_part})" if self.town_part != self.municipality else ""
        return f"{self.house_number} – {self.postcode} {self.municipality}{part}"


def format_postcode(digits: str) -> str:
    return f"{digits[:3]} {digits[3:]}" if len(digits) == 5 else digits


def street_suggestions(db: Database, actor: Actor, text: str, limit: int = 15
                       ) -> list[StreetSuggestion]:
    """Streets (and street-less town parts) starting with ``text``, any municipality."""
    key = fold(text)
    if not key:
        return []
    with db.reading() as s:
        found = s.execute(
            select(A.street_search, A.municipality_code, A.street_label, A.municipality)
            .where(A.street_search >= key, A.street_search < key + _HIGH)
            .distinct().order_by(A.street_search, A.municipality_code).limit(limit)).all()
    out = [StreetSuggestion(r.street_label, r.municipality, r.municipality_code) for r in found]
    return sorted(out, key=lambda x: (sort_key(x.street), sort_key(x.municipality)))


def _point(r: RuianAddress) -> AddressPoint:
    return AddressPoint(str(r.code), r.street_label,
                        house_number(r.building_kind, r.house_no, r.orientation_no,
                                     r.orientation_sign),
                        format_postcode(r.postcode), r.town_part, r.municipality,
                        r.municipality_code)


def address_points(db: Database, actor: Actor, municipality_code: int, street: str,
                   text: str = "", limit: int = 60) -> list[AddressPoint]:
    """The address points of one street, by house number; ``text`` narrows
    them to numbers starting with it ("51" → 51, 512/12 …)."""
    with db.reading() as s:
        found = s.scalars(
            select(A).where(A.municipality_code == municipality_code, A.street_label == street)
            .order_by(A.house_no, A.orientation_no)).all()
        points = [_point(r) for r in found]
    typed = text.strip().replace(" ", "")
    if typed:
        points = [p for p in points if p.house_number.replace(" ", "").startswith(typed)]
    return points[:limit]


def address_point(db: Database, actor: Actor, code: str) -> AddressPoint | None:
    with db.reading() as s:
        return point_in(s, code)


def point_in(session: Session, code: str | None) -> AddressPoint | None:
    """The point inside an open session (services checking a stored code)."""
    if not code or not str(code).isdigit():
        return None
    row = session.get(A, int(code))
    return _point(row) if row is not None else None


def imported_count(db: Database, actor: Actor) -> int:
    from sqlalchemy import func
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(A)) or 0
