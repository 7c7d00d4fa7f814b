"""Flat inspections (kontrola bytu) and handovers (předání, převzetí): a
room-by-room checklist from a template, meter readings, keys, present
persons and photos. A draft is saved as often as the worker likes; closing
locks it and turns every defect into a task.

Callable with an optional ``lease_id``/``household_id`` so the leases area can
create the move-in handover of a new lease.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.assessments import RecordState
from models.base import utcnow
from models.cases import TaskSource
from models.housing import Building, Flat, Meter, MeterKind
from models.inspections import (
    Attachment,
    ChecklistTemplate,
    Condition,
    Inspection,
    InspectionItem,
    InspectionKind,
    KeyHandover,
    KeyKind,
    MeterReading,
)
from models.leases import Lease
from models.people import Household, Person
from models.staff import User

from .. import audit, tasks
from ..people.disambiguate import household_labels
from ..czech_text import fold
from ..db import Database
from ..errors import Conflict, ValidationError
from ..formatting import format_date
from ..labels import label
from ..people.households import current_members
from ..rows import get_live, live
from ..security import Actor, Permission
from ..tasks_queues.routing import defect_assignee
from . import templates
from .readings import (
    UNITS,
    PreviousReading,
    ReadingWarning,
    lower_than_previous,
    normalise_supply_point,
    previous_reading,
)
from ..i18n import _, czech

HANDOVER_KINDS = (InspectionKind.MOVE_IN, InspectionKind.MOVE_OUT)
DEFECT_CONDITIONS = (Condition.DAMAGED, Condition.MISSING)
DEFECT_DUE_DAYS = 14
PHOTO_OWNER = "inspection"


# -- data ----------------------------------------------------------------------
@dataclass
class ItemLine:
    room: str = ""
    item: str = ""
    condition: Condition = Condition.NOT_CHECKED
    defect: str | None = None
    note: str | None = None
    id: str | None = None
    task_id: str | None = None          # read only: the task made from the defect

    @property
    def is_defect(self) -> bool:
        return bool(self.defect) or self.condition in DEFECT_CONDITIONS


@dataclass
class ReadingLine:
    kind: MeterKind = MeterKind.ELECTRICITY
    serial: str | None = None
    supply_point: str | None = None
    value: Decimal | None = None
    value_t2: Decimal | None = None
    unit: str | None = None
    meter_id: str | None = None
    id: str | None = None
    two_tariffs: bool = False                       # read only (from the meter)
    previous: PreviousReading | None = None         # read only


@dataclass
class KeyLine:
    kind: KeyKind = KeyKind.FLAT
    count: int = 0
    note: str | None = None
    id: str | None = None


@dataclass
class InspectionInput:
    inspected_on: dt.date | None = None
    present_persons: str | None = None
    summary: str | None = None
    household_id: str | None = None
    lease_id: str | None = None
    items: list[ItemLine] = field(default_factory=list)
    readings: list[ReadingLine] = field(default_factory=list)
    keys: list[KeyLine] = field(default_factory=list)


@dataclass(frozen=True)
class PhotoRow:
    id: str
    filename: str
    caption: str | None
    width: int | None
    height: int | None
    size_bytes: int
    created_at: dt.datetime


@dataclass
class InspectionDetail:
    id: str
    flat_id: str
    flat_label: str            # "Horská 512, 541 01 Trutnov, byt č. 3"
    flat_address: str
    flat_number: str
    flat_layout: str | None
    flat_floor: int | None
    flat_area: Decimal | None
    kind: InspectionKind
    state: str                 # RecordState value
    worker_id: str | None
    worker_name: str
    household_name: str | None
    tenant_name: str | None
    template_name: str | None
    closed_at: dt.datetime | None
    closed_by_name: str | None
    data: InspectionInput
    photos: list[PhotoRow]
    editable: bool

    @property
    def locked(self) -> bool:
        return self.state == "closed"

    @property
    def is_handover(self) -> bool:
        return self.kind in HANDOVER_KINDS

    @property
    def defects(self) -> list[ItemLine]:
        return [i for i in self.data.items if i.is_defect]


@dataclass(frozen=True)
class SaveResult:
    warnings: list[ReadingWarning]
    saved_at: dt.datetime
    # the stored id of each input line by its position (None: an empty line, not stored)
    line_ids: dict[str, list[str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class InspectionRow:
    id: str
    flat_id: str
    flat: str
    kind: InspectionKind
    inspected_on: dt.date
    state: str
    household: str | None
    worker: str | None
    defects: int
    household_id: str | None
    lease_id: str | None


# -- helpers -------------------------------------------------------------------
def _clean(value: str | None, *, multiline: bool = False) -> str | None:
    if value is None:
        return None
    if multiline:
        text = "\n".join(line.rstrip() for line in str(value).strip().splitlines())
    else:
        text = " ".join(str(value).split())
    return text or None


def flat_label(flat: Flat, building: Building) -> str:
    return _("{address}, byt č. {number}").format(address=building.address_line(),
                                                  number=flat.number)


def _get(session: Session, inspection_id: str) -> Inspection:
    row = get_live(session, Inspection, inspection_id, _("Kontrola bytu „{id}“")
        .format(id=inspection_id))
    return row


def _editable(row: Inspection) -> None:
    if row.state == RecordState.CLOSED:
        raise Conflict(_("Protokol je uzavřený a nelze ho měnit."))


def household_head(session: Session, household_id: str | None) -> Person | None:
    if not household_id:
        return None
    members = current_members(session, household_id)
    return members[0][1] if members else None


def tenant_of(session: Session, row: Inspection) -> Person | None:
    if row.lease_id:
        lease = session.get(Lease, row.lease_id)
        if lease is not None:
            return session.get(Person, lease.tenant_id)
    return household_head(session, row.household_id)


def _check_links(session: Session, household_id: str | None, lease_id: str | None,
                 flat_id: str) -> None:
    if household_id:
        hh = get_live(session, Household, household_id, _("Domácnost"))
    if lease_id:
        lease = get_live(session, Lease, lease_id, _("Nájemní smlouva"))
        if lease.flat_id != flat_id:
            raise ValidationError(_("Nájemní smlouva se týká jiného bytu."), field="lease_id")


# -- create --------------------------------------------------------------------
def add_inspection(session: Session, actor: Actor, flat_id: str, kind: InspectionKind, *,
                   inspected_on: dt.date | None = None, template_id: str | None = None,
                   household_id: str | None = None, lease_id: str | None = None,
                   present_persons: str | None = None) -> Inspection:
    """Within an open transaction (the leases area calls this for a move-in)."""
    actor.require(Permission.EDIT_INSPECTIONS)
    flat = get_live(session, Flat, flat_id, _("Byt „{id}“").format(id=flat_id))
    if not isinstance(kind, InspectionKind):
        raise ValidationError(_("Vyberte druh kontroly."), field="kind")
    _check_links(session, household_id, lease_id, flat_id)
    if lease_id and not household_id:
        household_id = session.get(Lease, lease_id).household_id
    templates.ensure_built_in(session, actor)
    tpl = templates.template_for(session, kind, template_id)
    row = Inspection(flat_id=flat_id, kind=kind, inspected_on=inspected_on or dt.date.today(),
                     worker_id=actor.user_id, household_id=household_id, lease_id=lease_id,
                     template_id=tpl.id if tpl else None,
                     present_persons=_clean(present_persons, multiline=True))
    session.add(row)
    session.flush()
    for pos, it in enumerate(templates.items_for_flat(tpl, flat.rooms)):
        session.add(InspectionItem(inspection_id=row.id, position=pos, room=it.room,
                                   item=it.item))
    session.flush()
    audit.record(session, actor, "create", "inspection", row.id, {"kind": kind.value})
    return row


def create_inspection(db: Database, actor: Actor, flat_id: str, kind: InspectionKind, *,
                      inspected_on: dt.date | None = None, template_id: str | None = None,
                      household_id: str | None = None, lease_id: str | None = None,
                      present_persons: str | None = None) -> str:
    with db.transaction() as s:
        return add_inspection(s, actor, flat_id, kind, inspected_on=inspected_on,
                              template_id=template_id, household_id=household_id,
                              lease_id=lease_id, present_persons=present_persons).id


# -- read ----------------------------------------------------------------------
def _photos(session: Session, inspection_id: str) -> list[PhotoRow]:
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.caption, Attachment.width,
               Attachment.height, Attachment.size_bytes, Attachment.created_at)
        .where(Attachment.owner_table == PHOTO_OWNER, Attachment.owner_id == inspection_id,
               live(Attachment))
        .order_by(Attachment.created_at, Attachment.id)).all()
    return [PhotoRow(*r) for r in rows]


def _reading_lines(session: Session, row: Inspection, flat: Flat) -> list[ReadingLine]:
    """One line per meter of the flat (with this inspection's reading, if any),
    then readings of meters that are not registered with the flat."""
    readings = [r for r in row.readings if r.deleted_at is None]
    by_meter = {r.meter_id: r for r in readings if r.meter_id}
    lines: list[ReadingLine] = []
    order = list(MeterKind)
    meters = sorted((m for m in flat.meters if m.deleted_at is None),
                    key=lambda m: (order.index(m.kind), m.serial or ""))
    for m in meters:
        r = by_meter.get(m.id)
        lines.append(ReadingLine(
            kind=m.kind, serial=r.serial if r else m.serial,
            supply_point=(r.supply_point if r else None) or m.supply_point,
            value=r.value if r else None, value_t2=r.value_t2 if r else None,
            unit=(r.unit if r else None) or m.unit or UNITS[m.kind], meter_id=m.id,
            id=r.id if r else None, two_tariffs=m.two_tariffs))
    known = {m.id for m in meters}
    for r in sorted((r for r in readings if r.meter_id not in known),
                    key=lambda r: (order.index(r.kind), r.serial or "")):
        lines.append(ReadingLine(kind=r.kind, serial=r.serial, supply_point=r.supply_point,
                                 value=r.value, value_t2=r.value_t2, unit=r.unit,
                                 meter_id=r.meter_id, id=r.id,
                                 two_tariffs=r.value_t2 is not None))
    for line in lines:
        line.previous = previous_reading(session, meter_id=line.meter_id, kind=line.kind,
                                         serial=line.serial, before=row.inspected_on,
                                         exclude_inspection=row.id)
    return lines


def _user_name(session: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    user = session.get(User, user_id)
    return user.full_name if user else None


def read_detail(session: Session, actor: Actor, inspection_id: str) -> InspectionDetail:
    row = _get(session, inspection_id)
    flat = session.get(Flat, row.flat_id)
    building = session.get(Building, flat.building_id)
    hh = session.get(Household, row.household_id) if row.household_id else None
    tenant = tenant_of(session, row)
    tpl_name = None
    if row.template_id:
        tpl = session.get(ChecklistTemplate, row.template_id)
        tpl_name = tpl.name if tpl else None
    items = [ItemLine(i.room, i.item, i.condition, i.defect, i.note, i.id, i.task_id)
             for i in row.items if i.deleted_at is None]
    keys = [KeyLine(k.kind, k.count, k.note, k.id) for k in
            sorted((k for k in row.keys if k.deleted_at is None),
                   key=lambda k: list(KeyKind).index(k.kind))]
    data = InspectionInput(inspected_on=row.inspected_on, present_persons=row.present_persons,
                           summary=row.summary, household_id=row.household_id,
                           lease_id=row.lease_id, items=items,
                           readings=_reading_lines(session, row, flat), keys=keys)
    return InspectionDetail(
        id=row.id, flat_id=flat.id, flat_label=flat_label(flat, building),
        flat_address=building.address_line(), flat_number=flat.number, flat_layout=flat.layout,
        flat_floor=flat.floor, flat_area=flat.floor_area_m2, kind=row.kind,
        state=row.state.value, worker_id=row.worker_id,
        worker_name=_user_name(session, row.worker_id) or "",
        household_name=hh.name if hh else None,
        tenant_name=tenant.full_name if tenant else None, template_name=tpl_name,
        closed_at=row.closed_at, closed_by_name=_user_name(session, row.closed_by_id),
        data=data, photos=_photos(session, row.id),
        editable=row.state != RecordState.CLOSED and actor.can(Permission.EDIT_INSPECTIONS))


def inspection_detail(db: Database, actor: Actor, inspection_id: str) -> InspectionDetail:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        return read_detail(s, actor, inspection_id)


# A list shows a chunk of rows at a time (ui/widgets/chunked.py): households are
# told apart in the first chunk when read, in the next as the person scrolls.
FIRST_CHUNK = 100


def list_inspections(db: Database, actor: Actor, text: str = "", *,
                     kind: InspectionKind | None = None, state: RecordState | None = None,
                     flat_id: str | None = None,
                     told_apart: int | None = None) -> list[InspectionRow]:
    """Same-named households are told apart in every row, or with ``told_apart``
    only in that many first rows (the rest through ``tell_inspections_apart``)."""
    actor.require(Permission.VIEW_FLATS)
    defects = (select(InspectionItem.inspection_id, func.count().label("n"))
               .where(live(InspectionItem),
                      (InspectionItem.condition.in_(DEFECT_CONDITIONS))
                      | ((InspectionItem.defect.is_not(None)) & (InspectionItem.defect != "")))
               .group_by(InspectionItem.inspection_id).subquery())
    stmt = (select(Inspection, Flat.number, Building, Household.name, User.full_name,
                   defects.c.n)
            .join(Flat, Flat.id == Inspection.flat_id)
            .join(Building, Building.id == Flat.building_id)
            .outerjoin(Household, Household.id == Inspection.household_id)
            .outerjoin(User, User.id == Inspection.worker_id)
            .outerjoin(defects, defects.c.inspection_id == Inspection.id)
            .where(live(Inspection))
            .order_by(Inspection.inspected_on.desc(), Inspection.id.desc()))
    if kind:
        stmt = stmt.where(Inspection.kind == kind)
    if state:
        stmt = stmt.where(Inspection.state == state)
    if flat_id:
        stmt = stmt.where(Inspection.flat_id == flat_id)
    token = fold(text)
    out = []
    with db.reading() as s:
        for ins, number, b, hh_name, worker, n in s.execute(stmt):
            flat = _("{address}, byt č. {number}").format(address=b.address_line(), number=number)
            if token and token not in fold(f"{flat} {hh_name or ''} {label(ins.kind)}"):
                continue
            out.append(InspectionRow(ins.id, ins.flat_id, flat, ins.kind, ins.inspected_on,
                                     ins.state.value, hh_name, worker, n or 0,
                                     ins.household_id, ins.lease_id))
        shown = len(out) if told_apart is None else told_apart
        out[:shown] = _told_apart(s, out[:shown])
    return out


def _told_apart(session, rows: list[InspectionRow]) -> list[InspectionRow]:
    """Same-named households told apart (applicant's birth year, …)."""
    shown = household_labels(session, [r.household_id for r in rows])
    return [replace(r, household=shown.get(r.household_id, r.household)) for r in rows]


def tell_inspections_apart(db: Database, actor: Actor,
                           rows: list[InspectionRow]) -> list[InspectionRow]:
    """The next chunk of a list read with ``told_apart``, its households told apart."""
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        return _told_apart(s, list(rows))


# -- save ----------------------------------------------------------------------
def _validate(data: InspectionInput, today: dt.date) -> dict:
    """Normalised lines; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    if data.inspected_on is None:
        errors["inspected_on"] = _("Vyplňte datum kontroly.")
    elif data.inspected_on > today:
        errors["inspected_on"] = _("Datum kontroly nemůže být v budoucnosti.")
    items = []
    for n, it in enumerate(data.items):
        room, item = _clean(it.room), _clean(it.item)
        defect, note = _clean(it.defect, multiline=True), _clean(it.note, multiline=True)
        if not (room or item or defect or note) and it.id is None:
            continue
        if not room:
            errors[f"items.{n}.room"] = _("Řádek {v1}: vyplňte místnost.").format(v1=n + 1)
        if not item:
            errors[f"items.{n}.item"] = _("Řádek {v1}: vyplňte, co se kontroluje.").format(v1=n + 1)
        items.append(_src(ItemLine(room or "", item or "",
                                   it.condition or Condition.NOT_CHECKED, defect, note, it.id), n))
    readings = []
    for n, r in enumerate(data.readings):
        try:
            sp = normalise_supply_point(r.kind, r.supply_point, f"readings.{n}.supply_point")
        except ValidationError as exc:
            errors[exc.field] = exc.message
            sp = None
        serial = _clean(r.serial)
        if r.value is None and r.value_t2 is not None:
            errors[f"readings.{n}.value"] = _("Vyplňte stav T1 (vysoký tarif).")
        if r.value is not None and r.meter_id is None and not serial:
            errors[f"readings.{n}.serial"] = _("Vyplňte výrobní číslo měřidla.")
        for v, key in ((r.value, "value"), (r.value_t2, "value_t2")):
            if v is not None and v < 0:
                errors[f"readings.{n}.{key}"] = _("Stav měřidla nemůže být záporný.")
        readings.append(_src(ReadingLine(r.kind, serial, sp, r.value, r.value_t2,
                                         _clean(r.unit) or UNITS.get(r.kind), r.meter_id, r.id),
                             n))
    keys = []
    for n, k in enumerate(data.keys):
        if k.count is None or k.count < 0 or k.count > 99:
            errors[f"keys.{n}.count"] = _("Počet klíčů zadejte od 0 do 99.")
            continue
        keys.append(_src(KeyLine(k.kind, int(k.count), _clean(k.note), k.id), n))
    if errors:
        raise ValidationError.from_errors(errors)
    return {"items": items, "readings": readings, "keys": keys}


def _src(line, index: int):
    line.src = index
    return line


def _tombstone(row) -> None:
    if row.deleted_at is None:
        row.deleted_at = utcnow()


def _save_items(session: Session, row: Inspection, items: list[ItemLine]) -> list:
    existing = {i.id: i for i in row.items if i.deleted_at is None}
    kept = set()
    out = []
    for pos, line in enumerate(items):
        obj = existing.get(line.id) if line.id else None
        if obj is None:
            obj = InspectionItem(inspection_id=row.id)
            session.add(obj)
        else:
            kept.add(obj.id)
        obj.position, obj.room, obj.item = pos, line.room, line.item
        obj.condition, obj.defect, obj.note = line.condition, line.defect, line.note
        out.append((line.src, obj))
    for obj_id, obj in existing.items():
        if obj_id not in kept:
            _tombstone(obj)
    return out


def _save_readings(session: Session, row: Inspection, lines: list[ReadingLine]) -> list:
    existing = {r.id: r for r in row.readings if r.deleted_at is None}
    kept = set()
    out = []
    for line in lines:
        obj = existing.get(line.id) if line.id else None
        if line.value is None:
            continue             # an empty line: nothing read (an old value is removed below)
        if line.meter_id:
            meter = session.get(Meter, line.meter_id)
            if meter is None or meter.flat_id != row.flat_id:
                raise ValidationError(_("Měřidlo nepatří k tomuto bytu."), field="readings")
        if obj is None:
            obj = MeterReading(inspection_id=row.id, flat_id=row.flat_id)
            session.add(obj)
        else:
            kept.add(obj.id)
        obj.meter_id, obj.kind, obj.serial = line.meter_id, line.kind, line.serial
        obj.supply_point, obj.unit = line.supply_point, line.unit
        obj.value, obj.value_t2, obj.read_on = line.value, line.value_t2, row.inspected_on
        out.append((line.src, obj))
    for obj_id, obj in existing.items():
        if obj_id not in kept:
            _tombstone(obj)
    return out


def _save_keys(session: Session, row: Inspection, lines: list[KeyLine]) -> list:
    existing = {k.id: k for k in row.keys if k.deleted_at is None}
    kept = set()
    out = []
    for line in lines:
        if line.count == 0 and not line.note:
            continue
        obj = existing.get(line.id) if line.id else None
        if obj is None:
            obj = KeyHandover(inspection_id=row.id)
            session.add(obj)
        else:
            kept.add(obj.id)
        obj.kind, obj.count, obj.note = line.kind, line.count, line.note
        out.append((line.src, obj))
    for obj_id, obj in existing.items():
        if obj_id not in kept:
            _tombstone(obj)
    return out


def _warnings(session: Session, row: Inspection, lines: list[ReadingLine]) -> list[ReadingWarning]:
    out = []
    for n, line in enumerate(lines):
        prev = previous_reading(session, meter_id=line.meter_id, kind=line.kind,
                                serial=line.serial, before=row.inspected_on,
                                exclude_inspection=row.id)
        w = lower_than_previous(getattr(line, "src", n), line.kind, line.serial, line.unit,
                                line.value, line.value_t2, prev)
        if w:
            out.append(w)
    return out


def save_inspection(db: Database, actor: Actor, inspection_id: str, data: InspectionInput, *,
                    today: dt.date | None = None) -> SaveResult:
    """Save a draft. Readings lower than the previous ones are saved but
    reported back as warnings."""
    actor.require(Permission.EDIT_INSPECTIONS)
    clean = _validate(data, today or dt.date.today())
    with db.transaction() as s:
        row = _get(s, inspection_id)
        _editable(row)
        _check_links(s, data.household_id, data.lease_id, row.flat_id)
        row.inspected_on = data.inspected_on
        row.present_persons = _clean(data.present_persons, multiline=True)
        row.summary = _clean(data.summary, multiline=True)
        row.household_id, row.lease_id = data.household_id, data.lease_id
        changed = audit.changed_fields(row)
        stored = {"items": _save_items(s, row, clean["items"]),
                  "readings": _save_readings(s, row, clean["readings"]),
                  "keys": _save_keys(s, row, clean["keys"])}
        s.flush()
        warnings = _warnings(s, row, clean["readings"])
        audit.record(s, actor, "update", "inspection", row.id, {"fields": changed})
        sizes = {"items": len(data.items), "readings": len(data.readings),
                 "keys": len(data.keys)}
        line_ids = {}
        for key, pairs in stored.items():
            ids: list[str | None] = [None] * sizes[key]
            for src, obj in pairs:
                ids[src] = obj.id
            line_ids[key] = ids
        return SaveResult(warnings, utcnow(), line_ids)


def reading_warnings(db: Database, actor: Actor, inspection_id: str,
                     lines: list[ReadingLine], on: dt.date) -> list[ReadingWarning]:
    """Check readings before they are saved (the form marks the lines)."""
    actor.require(Permission.VIEW_FLATS)
    out = []
    with db.reading() as s:
        for n, line in enumerate(lines):
            prev = previous_reading(s, meter_id=line.meter_id, kind=line.kind,
                                    serial=_clean(line.serial), before=on,
                                    exclude_inspection=inspection_id)
            w = lower_than_previous(n, line.kind, _clean(line.serial), line.unit, line.value,
                                    line.value_t2, prev)
            if w:
                out.append(w)
    return out


# -- close ---------------------------------------------------------------------
@dataclass(frozen=True)
class CloseResult:
    tasks_created: int
    warnings: list[ReadingWarning]


def close_inspection(db: Database, actor: Actor, inspection_id: str, *,
                     today: dt.date | None = None) -> CloseResult:
    """Lock the protocol; every defect becomes a task for the flat."""
    actor.require(Permission.EDIT_INSPECTIONS)
    today = today or dt.date.today()
    with db.transaction() as s:
        row = _get(s, inspection_id)
        _editable(row)
        items = [i for i in row.items if i.deleted_at is None]
        readings = [r for r in row.readings if r.deleted_at is None]
        keys = [k for k in row.keys if k.deleted_at is None]
        errors: dict[str, str] = {}
        if row.inspected_on > today:
            errors["inspected_on"] = _("Datum kontroly nemůže být v budoucnosti.")
        for n, it in enumerate(items):
            if it.condition in DEFECT_CONDITIONS and not it.defect:
                errors[f"items.{n}.defect"] = (_("Popište závadu: {room} – {item} ({label}).")
                    .format(room=it.room, item=it.item, label=label(it.condition)))
        if row.kind in HANDOVER_KINDS:
            if not readings:
                errors["readings"] = _("Předávací protokol potřebuje stavy měřidel – zapište je.")
            if not any(k.count > 0 for k in keys):
                errors["keys"] = _("Zapište, kolik klíčů bylo předáno.")
        if errors:
            raise ValidationError.from_errors(errors)
        flat = s.get(Flat, row.flat_id)
        building = s.get(Building, flat.building_id)
        with czech():       # in the tasks below, stored for the office: Czech
            where = flat_label(flat, building)
        created = 0
        for it in items:
            if not (it.defect or it.condition in DEFECT_CONDITIONS) or it.task_id:
                continue
            what = it.defect or label(it.condition)
            # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
            title = f"Závada v bytě: {it.room} – {it.item}: {what}"
            # czech-on-purpose: a task's title and detail are stored and shared by the office: Czech
            task = tasks.add_task(
                s, actor, title[:200], **defect_assignee(s, row.worker_id or actor.user_id),
                due_on=row.inspected_on + dt.timedelta(days=DEFECT_DUE_DAYS),
                household_id=row.household_id, flat_id=row.flat_id,
                detail=(f"{where}. Zjištěno při kontrole ({label(row.kind)}) dne "
                        f"{format_date(row.inspected_on)}." + (f" {it.note}" if it.note else "")),
                source=TaskSource.INSPECTION, source_ref=it.id)
            it.task_id = task.id
            created += 1
        row.state = RecordState.CLOSED
        row.closed_at = utcnow()
        row.closed_by_id = actor.user_id
        s.flush()
        from .printing import freeze_handover     # printing reads this module's records
        freeze_handover(s, actor, row.id)
        warnings = _warnings(s, row, [ReadingLine(r.kind, r.serial, r.supply_point, r.value,
                                                  r.value_t2, r.unit, r.meter_id, r.id)
                                      for r in readings])
        audit.record(s, actor, "close", "inspection", row.id, {"tasks": created})
        return CloseResult(created, warnings)


def delete_draft(db: Database, actor: Actor, inspection_id: str) -> None:
    """Throw away a draft made by mistake (a closed protocol stays)."""
    actor.require(Permission.EDIT_INSPECTIONS)
    with db.transaction() as s:
        row = _get(s, inspection_id)
        _editable(row)
        row.deleted_at = utcnow()
        audit.record(s, actor, "delete", "inspection", row.id)
