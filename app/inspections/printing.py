"""``inspection`` and ``handover`` documents: the protocol of a flat
inspection and the handover protocol of a move-in or move-out."""
# czech-on-purpose: the inspection protocol PDF (a Czech document)
from __future__ import annotations

import base64
import dataclasses
import hashlib
import json

from models.cases import Task
from models.housing import Flat
from models.leases import Lease
from models.people import Person
from models.staff import Role, User
from reports.base import OfficeInfo
from reports.handover import render_handover
from reports.inspection import (
    ChecklistRow,
    DefectRow,
    InspectionDoc,
    KeyRow,
    MeterRow,
    render_inspection,
)

from .. import audit
from ..assessments.printing import file_name, place_date
from ..czech_names import worker_forms
from ..staff import sex_of_user
from ..db import Database
from ..errors import KmbError
from ..formatting import format_area, format_date, format_floor
from ..labels import label
from ..office_settings import office_info, read_office
from ..security import ROLE_LABELS, Actor, Permission
from .photos import photo_data_for
from .readings import format_reading
from ..people.guardians import signing_representatives
from .records import HANDOVER_KINDS, InspectionDetail, _get, read_detail, tenant_of
from ..i18n import _


def _defect_action(session, item, locked: bool) -> str:
    if item.task_id:
        task = session.get(Task, item.task_id)
        if task is not None and task.done_at is not None:
            return f"odstraněno {format_date(task.done_at)}"
        due = f" do {format_date(task.due_on)}" if task is not None and task.due_on else ""
        return f"předáno k odstranění{due}"
    return "předá se k odstranění po uzavření protokolu" if not locked else "—"


def build_document(session, actor: Actor, detail: InspectionDetail, *,
                   with_photos: bool) -> tuple:
    office = read_office(session)
    row = _get(session, detail.id)
    flat = session.get(Flat, detail.flat_id)
    tenant: Person | None = tenant_of(session, row)
    lease = session.get(Lease, row.lease_id) if row.lease_id else None
    rep = office.signatory(office.signatory_housing)
    if rep is not None:
        rep_name, rep_function = rep.name, rep.function
    else:
        user = session.get(User, detail.worker_id) if detail.worker_id else None
        rep_name = detail.worker_name
        rep_function = (ROLE_LABELS.get(user.role, "") if user is not None
                        and user.role != Role.ADMIN else "")
    d = detail.data
    items = [ChecklistRow(i.room, i.item, label(i.condition), i.defect or "", i.note or "",
                          i.is_defect) for i in d.items]
    meters = [MeterRow(label(r.kind), r.serial or "", r.supply_point or "",
                       format_reading(r.value), format_reading(r.value_t2), r.unit or "")
              for r in d.readings if r.value is not None]
    keys = [KeyRow(label(k.kind), k.count, k.note or "") for k in d.keys if k.count or k.note]
    defects = [DefectRow(f"{i.room} – {i.item}", i.defect or label(i.condition),
                         _defect_action(session, i, detail.locked)) for i in detail.defects]
    photos = []
    if with_photos:
        photos = [(data, p.caption or "") for p, data in photo_data_for(session, detail.id)]
    addr = tenant.permanent_address if tenant is not None else None
    doc = InspectionDoc(
        reference=(f"{format_date(d.inspected_on)}, {detail.flat_address.split(',')[0]}, "
                   f"byt č. {detail.flat_number}"),
        kind=detail.kind.value,
        kind_label=label(detail.kind), is_draft=not detail.locked,
        inspected_on=format_date(d.inspected_on), flat_address=detail.flat_address,
        flat_number=detail.flat_number,
        flat_floor="přízemí" if detail.flat_floor == 0 else (
            format_floor(detail.flat_floor)),
        flat_layout=detail.flat_layout or "",
        flat_area=f"{format_area(detail.flat_area)} m²" if detail.flat_area else "",
        flat_category=label(flat.category), worker_name=detail.worker_name,
        worker_did=worker_forms(detail.worker_name,
                                sex_of_user(session, detail.worker_id))["did"],
        landlord=office.landlord_name, landlord_address=office.address,
        landlord_rep=rep_name, landlord_rep_function=rep_function,
        tenant_name=tenant.full_name if tenant is not None else "",
        tenant_birth=format_date(tenant.birth_date) if tenant is not None else "",
        tenant_address=addr.one_line() if addr is not None else "",
        household_name=detail.household_name or "",
        lease_number=(lease.number or "") if lease is not None else "",
        present_persons=d.present_persons or "", items=items, meters=meters, keys=keys,
        defects=defects, summary=d.summary or "", photos=tuple(photos),
        photo_count=len(detail.photos), place_date=place_date(office, d.inspected_on),
        representatives=tuple(signing_representatives(session, tenant.id, d.inspected_on,
                                                      "nájemce"))
        if tenant is not None and detail.kind in HANDOVER_KINDS else ())
    return office, doc


# -- a closed handover is frozen -----------------------------------------------------------

def freeze_handover(session, actor: Actor, inspection_id: str) -> None:
    """At closing: keep what the handover protocol says, so that later edits
    (a defect marked removed, the flat or the tenant changed) never change it."""
    detail = read_detail(session, actor, inspection_id)
    if detail.kind not in HANDOVER_KINDS:
        return
    office, doc = build_document(session, actor, detail, with_photos=False)
    o = office_info(office)
    snap = {"office": {"name": o.name, "department": o.department, "address": o.address,
                       "phone": o.phone, "email": o.email, "town": o.town,
                       "logo_png_b64": base64.b64encode(o.logo_png).decode() if o.logo_png
                       else None},
            "doc": {k: v for k, v in dataclasses.asdict(doc).items() if k != "photos"}}
    _get(session, inspection_id).handover_snapshot_json = json.dumps(
        snap, ensure_ascii=False, sort_keys=True)


def _frozen_handover(text: str) -> tuple[OfficeInfo, InspectionDoc]:
    snap = json.loads(text)
    o = snap["office"]
    office = OfficeInfo(o["name"], o["department"], o["address"], o["phone"], o["email"],
                        o["town"], base64.b64decode(o["logo_png_b64"]) if o["logo_png_b64"]
                        else None)
    d = dict(snap["doc"])
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    doc = InspectionDoc(**{
        **d, "items": tuple(ChecklistRow(**x) for x in d["items"]),
        "meters": tuple(MeterRow(**x) for x in d["meters"]),
        "keys": tuple(KeyRow(**x) for x in d["keys"]),
        "defects": tuple(DefectRow(**x) for x in d["defects"]),
        "photos": (), "frozen": True,
        "reference": f"{d['reference']}  ·  otisk {digest}"})
    return office, doc


def _print(db: Database, actor: Actor, inspection_id: str, kind: str) -> tuple[bytes, str]:
    actor.require(Permission.PRINT)
    actor.require(Permission.VIEW_FLATS)
    with db.transaction() as s:
        detail = read_detail(s, actor, inspection_id)
        if kind == "handover" and detail.kind not in HANDOVER_KINDS:
            raise KmbError(
                _("Předávací protokol se tiskne jen k předání nebo převzetí bytu; tato kontrola je "
                  "„{label}“. Vytiskněte protokol o kontrole bytu.")
                      .format(label=label(detail.kind)))
        frozen = _get(s, inspection_id).handover_snapshot_json if kind == "handover" else None
        if frozen:
            info, doc = _frozen_handover(frozen)
        else:
            office, doc = build_document(s, actor, detail, with_photos=kind == "inspection")
            info = office_info(office)
        audit.record(s, actor, "print", "inspection", inspection_id, {"document": kind})
    render = render_handover if kind == "handover" else render_inspection
    pdf = render(info, doc)
    prefix = "predavaci-protokol" if kind == "handover" else "kontrola-bytu"
    return pdf, file_name(prefix, f"{detail.flat_address} byt {detail.flat_number}",
                          detail.data.inspected_on)


def print_inspection(db: Database, actor: Actor, inspection_id: str) -> tuple[bytes, str]:
    return _print(db, actor, inspection_id, "inspection")


def print_handover(db: Database, actor: Actor, inspection_id: str) -> tuple[bytes, str]:
    return _print(db, actor, inspection_id, "handover")

