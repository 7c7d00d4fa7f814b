"""Finding persons: by name (ignoring case and diacritics), birth date,
year of birth or rodné číslo, ordered by Czech collation, page by page.

Names match by prefix on indexed folded columns, so "novak" finds "Novák" and
"Nováková", "sťastny" finds "Šťastný"; pages are read with a keyset (the last
row's sort key and id), so page 500 costs as little as page 1.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.people import Address, Person

from ..czech_text import fold
from ..formatting import looks_like_date, parse_date
from ..rows import live
from ..security import Permission

PAGE_SIZE = 200
_RC = re.compile(r"^\d{6}/?\d{0,4}$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_HIGH = "\uffff"


@dataclass(frozen=True)
class PersonRow:
    id: str
    surname: str
    given_name: str
    birth_date: dt.date | None
    address: str
    sort_key: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_name}"


def _prefix(column, token: str):
    return and_(column >= token, column < token + _HIGH)


_SPACED_DATE = re.compile(r"\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")


def _conditions(text: str) -> list:
    conds = []
    # "3. 1. 1985" is how Czech dates are written: keep it one token
    text = _SPACED_DATE.sub(lambda m: f"{m[1]}.{m[2]}.{m[3]}", text or "")
    for raw in text.split():
        if _RC.match(raw):
            digits = raw.replace("/", "")
            conds.append(_prefix(Person.birth_number, digits))
        elif looks_like_date(raw):
            conds.append(Person.birth_date == parse_date(raw))
        elif _YEAR.match(raw):
            year = int(raw)
            conds.append(Person.birth_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        else:
            token = fold(raw).strip(".,;")
            if token:
                conds.append(or_(_prefix(Person.search_surname, token),
                                 _prefix(Person.search_given, token)))
    return conds


def _base(text: str):
    return [live(Person), Person.merged_into_id.is_(None), *_conditions(text)]


def search(session: Session, text: str = "", *, after: tuple[str, str] | None = None,
           limit: int = PAGE_SIZE) -> list[PersonRow]:
    """One page of persons matching ``text``, after the keyset ``after``."""
    where = _base(text)
    if after is not None:
        key, pid = after
        where.append(or_(Person.sort_key > key, and_(Person.sort_key == key, Person.id > pid)))
    stmt = (
        select(Person.id, Person.surname, Person.given_name, Person.birth_date,
               Person.sort_key, Address.street, Address.house_number, Address.city)
        .outerjoin(Address, Address.id == Person.permanent_address_id)
        .where(*where)
        .order_by(Person.sort_key, Person.id)
        .limit(limit)
    )
    rows = []
    for r in session.execute(stmt):
        street = " ".join(p for p in (r.street, r.house_number) if p)
        address = ", ".join(p for p in (street, r.city) if p)
        rows.append(PersonRow(r.id, r.surname, r.given_name, r.birth_date, address, r.sort_key))
    return rows


def count(session: Session, text: str = "") -> int:
    return session.scalar(select(func.count()).select_from(Person).where(*_base(text)))


def search_persons(db, actor, text: str = "", *, after: tuple[str, str] | None = None,
                   limit: int = PAGE_SIZE) -> list[PersonRow]:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        return search(s, text, after=after, limit=limit)


def count_persons(db, actor, text: str = "") -> int:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        return count(s, text)
