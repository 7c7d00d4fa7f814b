"""Signed means frozen (issue 14): a closed handover protocol reprints byte
for byte after the lease, the flat, the tenant and its defect are edited."""
from __future__ import annotations

import datetime as dt
import decimal
import io

from pypdf import PdfReader

from app.inspections.records import (close_inspection, create_inspection, inspection_detail,
                                     save_inspection)
from app.printing import render
from app.leases.records import LeaseInput, create_lease
from models.housing import Flat
from models.leases import Lease
from models.inspections import Condition, InspectionKind, InspectionItem, KeyKind
from models.people import Person

from .helpers import TODAY
from .test_protocol_documents import _office_settings


def test_closed_handover_reprints_byte_for_byte(db, office):
    from app.inspections.records import KeyLine
    _office_settings(db, office.lead)
    p = office.property
    lease_id = create_lease(db, p, LeaseInput(
        flat_id=office.flat_id, household_id=office.household_id, tenant_id=office.person_id,
        starts_on=dt.date(2026, 12, 1), term_months=12, rent_hal=450_000, deposit_hal=900_000),
        today=TODAY)
    iid = create_inspection(db, p, office.flat_id, InspectionKind.MOVE_IN,
                            inspected_on=dt.date(2026, 11, 25), household_id=office.household_id,
                            lease_id=lease_id)
    d = inspection_detail(db, p, iid)
    for item in d.data.items:
        item.condition = Condition.GOOD
    item = d.data.items[0]
    item.condition, item.defect = Condition.DAMAGED, "prasklé okno"
    for line in d.data.readings:
        line.value = decimal.Decimal("321")
    d.data.keys = [KeyLine(KeyKind.FLAT, 3)]
    save_inspection(db, p, iid, d.data, today=TODAY)
    draft = render(db, p, "handover", iid)[0]
    close_inspection(db, p, iid, today=TODAY)
    first = render(db, p, "handover", iid)[0]
    assert first != draft
    text = "\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(first)).pages)
    assert "otisk" in text and "prasklé okno" in text
    with db.reading() as s:
        number = s.get(Lease, lease_id).number
    assert number and number in text                     # the protocol names its lease
    # afterwards: the lease, the flat, the tenant and the defect's task change
    with db.transaction() as s:
        lease = s.get(Lease, lease_id)
        lease.number, lease.rent_hal = "NS-JINE-1", 990_000
        lease.starts_on = dt.date(2027, 2, 1)
        f = s.get(Flat, office.flat_id)
        f.floor, f.floor_area_m2, f.number = 4, decimal.Decimal("77.7"), "99"
        s.get(Person, office.person_id).surname = "Jiný"
        for it in s.query(InspectionItem).filter(InspectionItem.inspection_id == iid):
            it.note = "odstraněno 9. 8. 2026"
    again = render(db, p, "handover", iid)[0]
    assert again == first
