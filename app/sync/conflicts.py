"""Reviewing conflicts: the losing value of a concurrent edit, kept for a
person to decide. "Ponechat" accepts the winner; "obnovit" writes the lost
value again — as a new edit it carries a newer stamp and so wins everywhere
after the next exchange."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from models.base import Base, utcnow
from models.sync import Installation, Peer, SyncConflict

from .. import audit
from ..db import Database
from ..errors import Conflict, NotFound
from ..formatting import format_date, format_datetime
from ..labels import label
from ..people.disambiguate import household_labels, person_labels
from ..privacy.visibility import shown
from ..security import Actor, Permission
from .codec import codecs
from .stamps import format_stamp, hlc_to_unix_ms
from ..i18n import N_, _

TABLE_LABELS = {
    "person": N_("Osoba"), "household": N_("Domácnost"), "household_member": N_("Člen domácnosti"),
    "person_contact": N_("Kontakt osoby"), "address": N_("Adresa"), "contact_record": N_("Kontakt s klientem"),
    "referral": N_("Předání na službu"), "case": N_("Případ"), "task": N_("Úkol"), "note": N_("Poznámka"),
    "assessment": N_("Sociální šetření"), "inspection": N_("Kontrola bytu"), "flat": N_("Byt"),
    "building": N_("Dům"), "application": N_("Žádost o byt"), "lease": N_("Nájemní smlouva"),
    "fund_request": N_("Žádost z krizového fondu"), "setting": N_("Nastavení"), "user": N_("Uživatel"),
}
COLUMN_LABELS = {
    "given_name": N_("jméno"), "surname": N_("příjmení"), "birth_date": N_("datum narození"),
    "birth_number": N_("rodné číslo"), "note": N_("poznámka"), "deleted_at": N_("smazáno"),
    "street": N_("ulice"), "house_number": N_("číslo domu"), "city": N_("obec"), "postcode": N_("PSČ"),
    "status": N_("stav"), "title": N_("název"), "due_on": N_("termín"), "owner_id": N_("řešitel"),
    "assigned_worker_id": N_("přidělený pracovník"), "value": N_("hodnota"), "name": N_("název"),
    "relation": N_("vztah"), "phone": N_("telefon"), "email": N_("e-mail"),
}


# kept stamp of a conflict made by rolling back a revoked installation's edit
# (revocation.py): the kept side is the row's current, trusted value
ROLLED_BACK = format_stamp((0, ""))
ROLLED_BACK_BY = N_("vráceno po odvolání instalace")


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    record: str
    column: str
    field: str
    kept: str
    kept_by: str
    kept_at: dt.datetime | None
    lost: str
    lost_by: str
    lost_at: dt.datetime | None
    resolution: str | None
    resolved_at: dt.datetime | None


def _origins(s) -> dict[str, str]:
    names = {p.origin: p.name for p in s.scalars(select(Peer))}
    inst = s.scalars(select(Installation)).first()
    if inst:
        names[inst.origin] = f"{inst.name} (tato instalace)"
    return names


def _stamp_parts(stamp: str, names: dict[str, str]) -> tuple[str, dt.datetime | None]:
    hlc_hex, _, origin = stamp.partition("@")
    try:
        when = dt.datetime.fromtimestamp(hlc_to_unix_ms(int(hlc_hex, 16)) / 1000, dt.UTC)
        when = when.replace(tzinfo=None)
    except ValueError:
        when = None
    return names.get(origin, origin), when


def _show(table: str, column: str, value_json: str | None) -> str:
    """A stored value as a person reads it (dates d. M. yyyy, labels for codes)."""
    if value_json is None:
        return ""
    value = json.loads(value_json)
    if value is None:
        return _("(prázdné)")
    if isinstance(value, bool):
        return _("ano") if value else _("ne")
    codec = codecs().get(table)
    if codec is not None and column in codec.decoders and column not in codec.blob_columns:
        decoded = codec.decoders[column](value)
        if isinstance(decoded, dt.datetime):
            return format_datetime(decoded)
        if isinstance(decoded, dt.date):
            return format_date(decoded)
        if hasattr(decoded, "value"):
            return label(decoded)
    return str(value)


def _current(s, table: str, row_id: str, column: str) -> str:
    """The value a row holds now, as a person reads it (or that the row is gone)."""
    codec = codecs().get(table)
    if codec is None or column not in codec.columns:
        return ""
    row = s.execute(select(codec.table).where(codec.table.c.id == row_id)).mappings().first()
    if row is None:
        return _("(záznam odstraněn)")
    if column in codec.blob_columns:
        return _("(příloha)")
    return _show(table, column, json.dumps(codec.encoders[column](row[column])))


def _record_label(s, table: str, row_id: str, apart: dict[str, str] | None = None) -> str:
    label = _(TABLE_LABELS[table]) if table in TABLE_LABELS else table
    if apart and row_id in apart:       # a namesake: with birth year or address
        return f"{label} {apart[row_id]}"
    t = Base.metadata.tables.get(table)
    if t is None:
        return f"{label} {row_id[:8]}"
    row = s.execute(select(t).where(t.c.id == row_id)).mappings().first()
    if row is None:
        return f"{label} {row_id[:8]}"
    if table == "person":
        return f"{label} {row['given_name']} {row['surname']}"
    for key in ("name", "title", "number", "surname"):
        if key in row and row[key]:
            return f"{label} {row[key]}"
    return f"{label} {row_id[:8]}"


def list_conflicts(db: Database, actor: Actor, include_resolved: bool = False) -> list[ConflictView]:
    actor.require(Permission.VIEW_PERSONS)
    with db.reading() as s:
        names = _origins(s)
        stmt = select(SyncConflict).where(SyncConflict.deleted_at.is_(None)).order_by(
            SyncConflict.detected_at.desc())
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        out = []
        found = s.scalars(stmt).all()
        apart = {**person_labels(s, [c.row_id for c in found if c.table_name == "person"],
                                 given_first=True),
                 **household_labels(s, [c.row_id for c in found
                                         if c.table_name == "household"])}
        for c in found:
            kept_by, kept_at = _stamp_parts(c.kept_stamp, names)
            lost_by, lost_at = _stamp_parts(c.lost_stamp, names)
            kept = _show(c.table_name, c.column, c.kept_json)
            if c.kept_stamp == ROLLED_BACK:
                # a revoked installation's later edit, rolled back: what is there now
                kept, kept_by = _current(s, c.table_name, c.row_id, c.column), _(ROLLED_BACK_BY)
                lost_by = _("{who} (odvolaná)").format(who=lost_by)
            out.append(ConflictView(
                c.id, c.table_name, c.row_id, _record_label(s, c.table_name, c.row_id, apart), c.column,
                _(COLUMN_LABELS[c.column]) if c.column in COLUMN_LABELS else c.column,
                shown(actor, c.table_name, c.column, kept),
                kept_by, kept_at,
                shown(actor, c.table_name, c.column, _show(c.table_name, c.column, c.lost_json)),
                lost_by, lost_at,
                c.resolution, c.resolved_at))
        return out


def _conflict(s, conflict_id: str) -> SyncConflict:
    c = s.get(SyncConflict, conflict_id)
    if c is None:
        raise NotFound(_("Konflikt neexistuje."))
    if c.resolved_at is not None:
        raise Conflict(_("Konflikt už je vyřešený."))
    return c


def keep_winner(db: Database, actor: Actor, conflict_id: str) -> None:
    actor.require(Permission.EDIT_PERSONS)
    with db.transaction() as s:
        c = _conflict(s, conflict_id)
        c.resolved_at, c.resolved_by_id, c.resolution = utcnow(), actor.user_id, "kept"
        audit.record(s, actor, "resolve", "sync_conflict", c.id, {"resolution": "kept"})


def restore_loser(db: Database, actor: Actor, conflict_id: str) -> None:
    """Write the lost value again (a new edit that wins on every installation)."""
    actor.require(Permission.EDIT_PERSONS)
    with db.transaction() as s:
        c = _conflict(s, conflict_id)
        codec = codecs().get(c.table_name)
        cls = next((m.class_ for m in Base.registry.mappers
                    if getattr(m.class_, "__tablename__", None) == c.table_name), None)
        if codec is None or cls is None or c.column in codec.blob_columns:
            raise Conflict(_("Tuto hodnotu nelze obnovit."))
        obj = s.get(cls, c.row_id)
        if obj is None:
            raise NotFound(_("Záznam, kterého se konflikt týká, neexistuje."))
        value = codec.decoders[c.column](json.loads(c.lost_json))
        setattr(obj, c.column, value)
        c.resolved_at, c.resolved_by_id, c.resolution = utcnow(), actor.user_id, "restored"
        audit.record(s, actor, "resolve", "sync_conflict", c.id,
                     {"resolution": "restored", "column": c.column})
