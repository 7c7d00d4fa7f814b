"""Merging two records of one person: every reference to the merged record
(contacts, cases, notes, referrals, memberships, assessments, leases … any
column with a foreign key to ``person.id``) moves to the surviving record;
the merged record stays as a tombstone pointing at the survivor
(``merged_into_id``), so references arriving later from another installation
can still be followed. One transaction, one audit event "merge".

The referencing columns are found from the schema (``Base.metadata``), so a
table added later by any area is covered without touching this module."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import Base, utcnow
from models.people import HouseholdMember, Person, PossibleDuplicate

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..intake import duplicates
from ..rows import get_live, live
from ..security import Actor, Permission
from .households import current_members
from ..i18n import _

# Fields copied to the survivor where it has none.
FILL_FIELDS = ("title_before", "title_after", "birth_date", "birth_number", "sex", "citizenship",
               "permanent_address_id", "contact_address_id")
# Handled separately: the flags between the pair are resolved, not moved.
SPECIAL = {("possible_duplicate", "person_a_id"), ("possible_duplicate", "person_b_id")}


def referencing_columns() -> list[tuple[type, str]]:
    """(mapped class, attribute name) of every column with a FK to person.id."""
    classes = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "person" and fk.column.name == "id":
                cls = classes.get(table.name)
                if cls is None:
                    continue
                attr = next(a.key for a in cls.__mapper__.column_attrs
                            if fk.parent in a.columns)
                out.append((cls, attr))
    return out


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    birth_date: dt.date | None
    birth_number: str | None
    address: str
    references: dict[str, int] = field(default_factory=dict)   # table -> rows

    @property
    def total_references(self) -> int:
        return sum(self.references.values())


def _summary(session: Session, person: Person) -> PersonSummary:
    refs: dict[str, int] = {}
    for cls, attr in referencing_columns():
        if (cls.__tablename__, attr) in SPECIAL or (cls is Person and attr == "merged_into_id"):
            continue
        col = getattr(cls, attr)
        conds = [col == person.id]
        if hasattr(cls, "deleted_at"):
            conds.append(live(cls))
        n = session.scalar(select(func.count()).select_from(cls).where(*conds))
        if n:
            refs[cls.__tablename__] = refs.get(cls.__tablename__, 0) + n
    rc = person.birth_number
    addr = person.permanent_address
    return PersonSummary(person.id, f"{person.surname} {person.given_name}", person.birth_date,
                         f"{rc[:6]}/{rc[6:]}" if rc else None,
                         addr.one_line() if addr else "", refs)


def _live(session: Session, person_id: str) -> Person:
    p = get_live(session, Person, person_id, _("Osoba"))
    if p.merged_into_id:
        raise ValidationError(_("Tento záznam už byl sloučen s jiným."), field="person")
    return p


def merge_preview(db: Database, actor: Actor, a_id: str, b_id: str
                  ) -> tuple[PersonSummary, PersonSummary]:
    actor.require(Permission.MERGE_PERSONS)
    with db.reading() as s:
        return _summary(s, _live(s, a_id)), _summary(s, _live(s, b_id))


@dataclass(frozen=True)
class MergeResult:
    survivor_id: str
    merged_id: str
    moved: dict[str, int]          # "table.column" -> rows moved


def merge_persons(db: Database, actor: Actor, survivor_id: str, merged_id: str) -> MergeResult:
    """Merge ``merged_id`` into ``survivor_id``; nothing is lost."""
    actor.require(Permission.MERGE_PERSONS)
    if survivor_id == merged_id:
        raise ValidationError(_("Vyberte dva různé záznamy."), field="person")
    with db.transaction() as s:
        survivor, merged = _live(s, survivor_id), _live(s, merged_id)
        if (survivor.birth_number and merged.birth_number
                and survivor.birth_number != merged.birth_number):
            raise ValidationError(_("Záznamy mají různá rodná čísla – nejde o tutéž osobu."),
                                  field="birth_number")
        for key in FILL_FIELDS:
            if getattr(survivor, key) is None and getattr(merged, key) is not None:
                setattr(survivor, key, getattr(merged, key))
        if merged.note:
            survivor.note = "\n".join(p for p in (survivor.note, merged.note) if p)

        moved: dict[str, int] = {}
        now = utcnow()
        for cls, attr in referencing_columns():
            if (cls.__tablename__, attr) in SPECIAL:
                continue
            col = getattr(cls, attr)
            for obj in s.scalars(select(cls).where(col == merged.id)).all():
                if obj is merged or obj is survivor:
                    continue
                if cls is HouseholdMember and _same_household(s, obj, survivor.id):
                    if obj.deleted_at is None:
                        obj.deleted_at = now       # the survivor is already a member
                    continue
                setattr(obj, attr, survivor.id)
                name = f"{cls.__tablename__}.{attr}"
                moved[name] = moved.get(name, 0) + 1

        for flag in s.scalars(select(PossibleDuplicate).where(
                (PossibleDuplicate.person_a_id == merged.id)
                | (PossibleDuplicate.person_b_id == merged.id),
                live(PossibleDuplicate))).all():
            other = flag.person_b_id if flag.person_a_id == merged.id else flag.person_a_id
            if other != survivor.id and flag.resolution is None:
                # an open flag with a third person now concerns the survivor
                duplicates.flag(s, actor, survivor.id, other, flag.reason)
            if flag.resolution is None:
                flag.resolution = "merged"
                flag.resolved_by_id = actor.user_id

        merged.merged_into_id = survivor.id
        audit.record(s, actor, "merge", "person", survivor.id,
                     {"merged": merged.id, "moved": moved})
        return MergeResult(survivor.id, merged.id, moved)


def _same_household(session: Session, membership: HouseholdMember, survivor_id: str) -> bool:
    return any(p.id == survivor_id for _, p in current_members(session, membership.household_id))
