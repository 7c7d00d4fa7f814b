"""Possible duplicates: two person records that may be one person.

Before a new person is saved at intake, the worker sees the records with the
same rodné číslo, or with the same name (ignoring case and diacritics) and
birth date, and may use one of them instead. A person saved anyway is flagged
(``PossibleDuplicate``) for a later merge or a "different people" decision.
The flag's id derives from the sorted pair, so the same flag raised on two
installations merges into one row."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from models.people import Address, Person, PossibleDuplicate

from .. import audit
from ..czech_text import fold
from ..db import Database
from ..errors import KmbError, ValidationError
from ..people.records import PersonInput, validate
from ..rows import get_live, live
from ..security import Actor, Permission
from ..i18n import N_, _

_NAMESPACE = uuid.UUID("0b6f8e0e-5d0c-4d7a-9b1e-3f0c2a7d9e41")
REASON_BIRTH_NUMBER = "birth_number"
REASON_NAME_BIRTH_DATE = "name_birth_date"
REASON_LABELS = {
    REASON_BIRTH_NUMBER: N_("stejné rodné číslo"),
    REASON_NAME_BIRTH_DATE: N_("stejné jméno a datum narození"),
}


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    name: str                   # "Novák Jan"
    birth_date: dt.date | None
    birth_number: str | None    # formatted 850312/1234
    address: str
    reason: str                 # REASON_*

    @property
    def reason_label(self) -> str:
        return _(REASON_LABELS[self.reason]) if self.reason in REASON_LABELS else self.reason


class PossibleDuplicateFound(ValidationError):
    """A new person matches existing records; the caller decides."""

    def __init__(self, candidates: list[DuplicateCandidate]):
        first = candidates[0]
        super().__init__(
            _("Osoba už je možná v evidenci: {name} ({reason_label}). Použijte existující záznam, "
              "nebo potvrďte, že jde o jinou osobu.").format(name=first.name, reason_label=first.reason_label),
            field="duplicate")
        self.candidates = candidates


def pair_id(a: str, b: str) -> str:
    lo, hi = sorted((a, b))
    return str(uuid.uuid5(_NAMESPACE, f"{lo}|{hi}"))


def _rc(digits: str | None) -> str | None:
    return f"{digits[:6]}/{digits[6:]}" if digits else None


def find_duplicates(session: Session, data: PersonInput,
                    exclude: tuple[str, ...] = ()) -> list[DuplicateCandidate]:
    """Existing persons that may be ``data`` (``data`` already validated)."""
    conds = []
    if data.birth_number:
        conds.append(Person.birth_number == data.birth_number)
    if data.birth_date and data.surname and data.given_name:
        # either order: the given name typed as surname is the usual slip
        surname, given = fold(data.surname), fold(data.given_name)
        conds.append(and_(Person.birth_date == data.birth_date,
                          or_(and_(Person.search_surname == surname,
                                   Person.search_given == given),
                              and_(Person.search_surname == given,
                                   Person.search_given == surname))))
    if not conds:
        return []
    stmt = (select(Person, Address).outerjoin(Address, Address.id == Person.permanent_address_id)
            .where(or_(*conds), live(Person), Person.merged_into_id.is_(None))
            .order_by(Person.sort_key).limit(20))
    out = []
    for p, addr in session.execute(stmt):
        if p.id in exclude:
            continue
        reason = (REASON_BIRTH_NUMBER if data.birth_number and p.birth_number == data.birth_number
                  else REASON_NAME_BIRTH_DATE)
        out.append(DuplicateCandidate(p.id, f"{p.surname} {p.given_name}", p.birth_date,
                                      _rc(p.birth_number), addr.one_line() if addr else "",
                                      reason))
    return out


def check_duplicates(db: Database, actor: Actor, data: PersonInput) -> list[DuplicateCandidate]:
    """Validate ``data`` (errors at the fields) and list possible duplicates."""
    actor.require(Permission.VIEW_PERSONS)
    clean = validate(data)
    with db.reading() as s:
        return find_duplicates(s, clean)


def flag(session: Session, actor: Actor | None, a: str, b: str, reason: str) -> PossibleDuplicate:
    """Flag a pair inside an open transaction (idempotent)."""
    if a == b:
        raise KmbError(_("Osobu nelze označit jako duplicitu sebe sama."))
    lo, hi = sorted((a, b))
    fid = pair_id(lo, hi)
    row = session.get(PossibleDuplicate, fid)
    if row is None:
        row = PossibleDuplicate(id=fid, person_a_id=lo, person_b_id=hi, reason=reason)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "possible_duplicate", fid, {"reason": reason})
    return row


@dataclass(frozen=True)
class DuplicatePair:
    id: str
    reason: str
    a: DuplicateCandidate
    b: DuplicateCandidate
    flagged_at: dt.datetime

    @property
    def reason_label(self) -> str:
        return _(REASON_LABELS[self.reason]) if self.reason in REASON_LABELS else self.reason


def list_open_pairs(db: Database, actor: Actor) -> list[DuplicatePair]:
    """Flags nobody has resolved yet, oldest first (both records still live)."""
    actor.require(Permission.VIEW_PERSONS)
    pa, pb = aliased(Person), aliased(Person)
    aa, ab = aliased(Address), aliased(Address)
    stmt = (select(PossibleDuplicate, pa, pb, aa, ab)
            .join(pa, pa.id == PossibleDuplicate.person_a_id)
            .join(pb, pb.id == PossibleDuplicate.person_b_id)
            .outerjoin(aa, aa.id == pa.permanent_address_id)
            .outerjoin(ab, ab.id == pb.permanent_address_id)
            .where(live(PossibleDuplicate),
                   PossibleDuplicate.resolution.is_(None),
                   pa.merged_into_id.is_(None), pb.merged_into_id.is_(None),
                   live(pa), live(pb))
            .order_by(PossibleDuplicate.created_at))

    def cand(p, addr, reason):
        return DuplicateCandidate(p.id, f"{p.surname} {p.given_name}", p.birth_date,
                                  _rc(p.birth_number), addr.one_line() if addr else "", reason)

    with db.reading() as s:
        return [DuplicatePair(d.id, d.reason, cand(a, x, d.reason), cand(b, y, d.reason),
                              d.created_at)
                for d, a, b, x, y in s.execute(stmt)]


def resolve(session: Session, actor: Actor, flag_id: str, resolution: str) -> None:
    row = get_live(session, PossibleDuplicate, flag_id, _("Označení možné duplicity"))
    if row.resolution != resolution:
        row.resolution = resolution
        row.resolved_by_id = actor.user_id
        audit.record(session, actor, "resolve", "possible_duplicate", row.id,
                     {"resolution": resolution})


def mark_different(db: Database, actor: Actor, flag_id: str) -> None:
    """The worker checked: two different people with the same data."""
    actor.require(Permission.EDIT_PERSONS)
    with db.transaction() as s:
        resolve(s, actor, flag_id, "different")
