"""Guardians and legal representatives of a person (opatrovník, zákonný
zástupce, zmocněnec, podpůrce): who they are, on what decision, from when to
when. Documents the person signs print the ones valid on the document's date
beside the person's signature (``signing_representatives``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.guardians import Guardian, GuardianKind
from models.people import Person

from .. import audit
from ..db import Database
from ..errors import ValidationError
from ..formatting import format_date
from ..labels import label
from ..rows import chunked, get_live, live
from ..security import Actor, Permission
from ..i18n import _


@dataclass(frozen=True)
class GuardianInput:
    kind: GuardianKind
    name: str
    decision_ref: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class GuardianRow:
    id: str
    person_id: str
    kind: GuardianKind
    name: str
    decision_ref: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str | None

    def valid_on(self, day: dt.date) -> bool:
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))

    @property
    def period(self) -> str:
        if self.valid_from and self.valid_to:
            return f"{format_date(self.valid_from)} – {format_date(self.valid_to)}"
        if self.valid_from:
            return f"od {format_date(self.valid_from)}"
        return (_("do {day}").format(day=format_date(self.valid_to)) if self.valid_to
                else _("bez omezení"))


def _row(g: Guardian) -> GuardianRow:
    return GuardianRow(g.id, g.person_id, g.kind, g.name, g.decision_ref, g.valid_from,
                       g.valid_to, g.note)


def list_guardians(db: Database, actor: Actor, person_id: str) -> list[GuardianRow]:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        rows = s.scalars(select(Guardian).where(live(Guardian), Guardian.person_id == person_id))
        return sorted((_row(g) for g in rows),
                      key=lambda r: (r.valid_from or dt.date.min, r.name), reverse=True)


def _clean(data: GuardianInput) -> GuardianInput:
    name = " ".join((data.name or "").split())
    errors = {}
    if not isinstance(data.kind, GuardianKind):
        errors["kind"] = _("Vyberte, o jaké zastoupení jde.")
    if not name:
        errors["name"] = _("Vyplňte jméno opatrovníka nebo zástupce.")
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        errors["valid_to"] = _("Konec platnosti nemůže být před jejím začátkem.")
    if errors:
        raise ValidationError.from_errors(errors)
    ref = " ".join((data.decision_ref or "").split()) or None
    if ref and len(ref) > 120:
        raise ValidationError(_("Číslo rozhodnutí je příliš dlouhé (nejvýše 120 znaků)."),
                              field="decision_ref")
    return GuardianInput(data.kind, name[:200], ref, data.valid_from, data.valid_to,
                         (data.note or "").strip() or None)


def save_guardian(db: Database, actor: Actor, person_id: str, data: GuardianInput, *,
                  guardian_id: str | None = None) -> str:
    """Add a guardian to a person, or change one (``guardian_id``)."""
    actor.require(Permission.EDIT_PERSONS)
    if data is None:
        raise ValidationError(_("Vyplňte údaje zástupce."), field="name")
    clean = _clean(data)
    with db.transaction() as s:
        person = get_live(s, Person, person_id, _("Osoba"))
        if guardian_id:
            g = get_live(s, Guardian, guardian_id, _("Zástupce"))
            if g.person_id != person.id:
                raise ValidationError(_("Zástupce patří jiné osobě."), field="name")
        else:
            g = Guardian(person_id=person.id)
            s.add(g)
        g.kind, g.name, g.decision_ref = clean.kind, clean.name, clean.decision_ref
        g.valid_from, g.valid_to, g.note = clean.valid_from, clean.valid_to, clean.note
        s.flush()
        audit.record(s, actor, "update" if guardian_id else "create", "guardian", g.id,
                     {"person": person.id, "fields": audit.changed_fields(g)} if guardian_id
                     else {"person": person.id})
        return g.id


def remove_guardian(db: Database, actor: Actor, guardian_id: str) -> None:
    actor.require(Permission.EDIT_PERSONS)
    with db.transaction() as s:
        g = get_live(s, Guardian, guardian_id, _("Zástupce"))
        g.deleted_at = utcnow()
        audit.record(s, actor, "delete", "guardian", g.id, {"person": g.person_id})


def valid_guardians(session: Session, person_id: str, day: dt.date) -> list[GuardianRow]:
    rows = session.scalars(select(Guardian).where(
        live(Guardian), Guardian.person_id == person_id,
        or_(Guardian.valid_from.is_(None), Guardian.valid_from <= day),
        or_(Guardian.valid_to.is_(None), Guardian.valid_to >= day)))
    return sorted((_row(g) for g in rows), key=lambda r: (r.kind.value, r.name))


def signing_representatives(session: Session, person_id: str, day: dt.date,
                            whose: str) -> list[tuple[str, str]]:
    """Signature lines (caption, name) of the person's representatives valid on
    ``day``; ``whose`` names the person's part ("nájemce", "klienta")."""
    return representative_lines(valid_guardians(session, person_id, day), day, whose)


def guardians_of(session: Session, person_ids) -> dict[str, list[GuardianRow]]:
    """Every live representative of these persons, any period (documents frozen
    by the thousand pick the valid ones with ``representative_lines``)."""
    found: dict[str, list[GuardianRow]] = {}
    for ids in chunked({p for p in person_ids if p}):
        for g in session.scalars(select(Guardian).where(live(Guardian),
                                                        Guardian.person_id.in_(ids))):
            found.setdefault(g.person_id, []).append(_row(g))
    return found


def representative_lines(rows: list[GuardianRow], day: dt.date,
                         whose: str) -> list[tuple[str, str]]:
    """``signing_representatives`` from rows already read: those valid on ``day``."""
    lines = []
    for g in sorted((r for r in rows if r.valid_on(day)), key=lambda r: (r.kind.value, r.name)):
        caption = f"{label(g.kind)} {whose}"
        if g.decision_ref:
            caption += f" ({g.decision_ref})"
        lines.append((caption, g.name))
    return lines
