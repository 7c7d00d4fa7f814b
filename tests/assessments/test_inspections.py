"""Flat inspections: checklist from a template, meter readings with the
"lower than before" warning, keys, photos, closing with defects as tasks."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import select

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.images import MAX_INPUT_BYTES
from app.inspections import templates
from app.inspections.photos import add_photo, photo_bytes, photo_thumbnail, remove_photo
from app.inspections.readings import format_reading, parse_reading
from app.inspections.records import (
    KeyLine,
    ReadingLine,
    close_inspection,
    create_inspection,
    inspection_detail,
    list_inspections,
    reading_warnings,
    save_inspection,
)
from models.assessments import RecordState
from models.cases import Task, TaskSource
from models.housing import MeterKind
from models.inspections import Attachment, Condition, InspectionKind, KeyKind

from .helpers import TODAY, jpeg


def _read(detail, values: dict) -> None:
    for line in detail.data.readings:
        if line.kind in values:
            v = values[line.kind]
            line.value, line.value_t2 = (v if isinstance(v, tuple) else (v, None))


def test_new_inspection_copies_the_template_room_by_room(db, office):
    iid = create_inspection(db, office.property, office.flat_id, InspectionKind.MOVE_IN,
                            inspected_on=dt.date(2026, 11, 2), household_id=office.household_id)
    d = inspection_detail(db, office.property, iid)
    rooms = list(dict.fromkeys(i.room for i in d.data.items))
    assert rooms[:4] == ["Vstupní dveře a předsíň", "Kuchyň", "Pokoj 1", "Pokoj 2"]
    assert "výskyt škůdců (štěnice, švábi)" in {i.item for i in d.data.items}
    assert all(i.condition == Condition.NOT_CHECKED for i in d.data.items)
    assert [r.kind for r in d.data.readings] == [MeterKind.ELECTRICITY, MeterKind.GAS,
                                                 MeterKind.COLD_WATER, MeterKind.HOT_WATER]
    assert d.data.readings[0].two_tariffs and d.data.readings[0].supply_point.startswith("8591")
    assert d.flat_label == "Žluťoučká 12, 541 01 Trutnov, byt č. 3"
    assert d.tenant_name == "Řehoř Šťastný" and d.template_name == "Předání a převzetí bytu"
    periodic = create_inspection(db, office.worker, office.flat_id, InspectionKind.PERIODIC,
                                 inspected_on=TODAY)
    assert inspection_detail(db, office.worker, periodic).template_name == \
        "Pravidelná kontrola bytu"


def test_lower_reading_than_before_warns_but_is_saved(db, office):
    p = office.property
    first = create_inspection(db, p, office.flat_id, InspectionKind.MOVE_IN,
                              inspected_on=dt.date(2026, 3, 1))
    d = inspection_detail(db, p, first)
    _read(d, {MeterKind.ELECTRICITY: (Decimal("12345.6"), Decimal("5000")),
              MeterKind.GAS: Decimal("1500"), MeterKind.COLD_WATER: Decimal("321.5")})
    assert save_inspection(db, p, first, d.data, today=TODAY).warnings == []

    second = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC,
                               inspected_on=dt.date(2026, 11, 2))
    d = inspection_detail(db, p, second)
    elec = d.data.readings[0]
    assert elec.previous.value == Decimal("12345.600") and elec.previous.read_on == \
        dt.date(2026, 3, 1)
    _read(d, {MeterKind.ELECTRICITY: (Decimal("12000"), Decimal("5100")),
              MeterKind.GAS: Decimal("1600"), MeterKind.COLD_WATER: Decimal("300")})
    pre = reading_warnings(db, p, second, d.data.readings, dt.date(2026, 11, 2))
    result = save_inspection(db, p, second, d.data, today=TODAY)
    assert [w.meter for w in result.warnings] == ["elektřina č. 41234567",
                                                  "studená voda č. V1111111"]
    assert [w.message for w in pre] == [w.message for w in result.warnings]
    msg = result.warnings[0].message
    assert "12 000 kWh je nižší než předchozí odečet 12 345,6 kWh" in msg and "1. 3. 2026" in msg
    saved = inspection_detail(db, p, second).data.readings
    assert saved[0].value == Decimal("12000.000")      # the warning does not refuse the value


def test_a_meter_not_in_the_register_is_matched_by_serial(db, office):
    p = office.property
    lines = [ReadingLine(MeterKind.HEAT, "H-77", None, Decimal("40"), unit="GJ")]
    first = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC,
                              inspected_on=dt.date(2026, 1, 10))
    d = inspection_detail(db, p, first)
    d.data.readings += lines
    save_inspection(db, p, first, d.data, today=TODAY)
    second = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC,
                               inspected_on=dt.date(2026, 6, 10))
    d = inspection_detail(db, p, second)
    d.data.readings.append(ReadingLine(MeterKind.HEAT, "H-77", None, Decimal("35")))
    warnings = save_inspection(db, p, second, d.data, today=TODAY).warnings
    assert len(warnings) == 1 and warnings[0].message.startswith("Teplo č. H-77: stav 35 GJ")
    d.data.readings[-1].serial = None
    with pytest.raises(ValidationError) as exc:
        save_inspection(db, p, second, d.data, today=TODAY)
    assert "výrobní číslo" in exc.value.message


def test_supply_point_codes_and_numbers_are_checked(db, office):
    p = office.property
    iid = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC, inspected_on=TODAY)
    d = inspection_detail(db, p, iid)
    d.data.readings[0].supply_point = "8591824"
    d.data.readings[1].supply_point = "XX"
    with pytest.raises(ValidationError) as exc:
        save_inspection(db, p, iid, d.data, today=TODAY)
    assert {"readings.0.supply_point", "readings.1.supply_point"} <= set(exc.value.errors)
    assert "18 číslic" in exc.value.errors["readings.0.supply_point"]
    assert parse_reading("12 345,6") == Decimal("12345.600")
    assert format_reading(Decimal("12345.600")) == "12 345,6"
    with pytest.raises(ValidationError, match="záporný"):
        parse_reading("-5")
    with pytest.raises(ValidationError, match="není stav"):
        parse_reading("dvanáct")


def test_closing_turns_defects_into_tasks_and_locks(db, office):
    p = office.property
    iid = create_inspection(db, p, office.flat_id, InspectionKind.MOVE_OUT,
                            inspected_on=dt.date(2026, 11, 20), household_id=office.household_id)
    d = inspection_detail(db, p, iid)
    for item in d.data.items:
        item.condition = Condition.GOOD
    bedbugs = next(i for i in d.data.items if "škůdců" in i.item)
    bedbugs.condition = Condition.DAMAGED
    sink = next(i for i in d.data.items if i.item == "umyvadlo a baterie")
    sink.condition, sink.defect = Condition.DAMAGED, "prasklé umyvadlo"
    save_inspection(db, p, iid, d.data, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        close_inspection(db, p, iid, today=TODAY)
    problems = exc.value.errors
    assert "readings" in problems and "keys" in problems
    assert any("Popište závadu: Celý byt – výskyt škůdců" in m for m in problems.values())

    bedbugs.defect = "štěnice v ložnici – nutná deratizace"
    _read(d, {MeterKind.ELECTRICITY: (Decimal("9000"), Decimal("4000"))})
    d.data.keys = [KeyLine(KeyKind.FLAT, 3), KeyLine(KeyKind.MAILBOX, 1),
                   KeyLine(KeyKind.COMMON, 0)]
    d.data.present_persons = "Tomáš Krejčí, Řehoř Šťastný"
    save_inspection(db, p, iid, d.data, today=TODAY)
    result = close_inspection(db, p, iid, today=TODAY)
    assert result.tasks_created == 2
    with db.reading() as s:
        tasks = s.scalars(select(Task).where(Task.source == TaskSource.INSPECTION)).all()
        assert {t.flat_id for t in tasks} == {office.flat_id}
        assert any("štěnice v ložnici" in t.title for t in tasks)
        assert all(t.due_on == dt.date(2026, 12, 4) for t in tasks)
    d = inspection_detail(db, p, iid)
    assert d.locked and not d.editable and len(d.defects) == 2
    assert [(k.kind, k.count) for k in d.data.keys] == [(KeyKind.FLAT, 3), (KeyKind.MAILBOX, 1)]
    with pytest.raises(Conflict):
        save_inspection(db, p, iid, d.data, today=TODAY)
    with pytest.raises(Conflict):
        add_photo(db, p, iid, "a.jpg", jpeg(200, 100))
    rows = list_inspections(db, p, "žluťoučká")
    assert rows[0].defects == 2 and rows[0].state == "closed"
    assert list_inspections(db, p, state=RecordState.DRAFT) == []


def test_photos_are_scaled_down_and_bad_files_refused(db, office):
    p = office.property
    iid = create_inspection(db, p, office.flat_id, InspectionKind.EXTRAORDINARY,
                            inspected_on=TODAY)
    row = add_photo(db, p, iid, "C:\\Fotky\\IMG_2041.JPG", jpeg(4000, 3000, exif_gps=True),
                    caption="  Ložnice –  matrace ")
    assert (row.width, row.height) == (1600, 1200) and row.filename == "IMG_2041.jpg"
    assert row.caption == "Ložnice – matrace"
    stored = Image.open(io.BytesIO(photo_bytes(db, p, row.id)))
    assert stored.format == "JPEG" and stored.size == (1600, 1200)
    assert not stored.getexif()                         # no GPS position travels along
    thumb = Image.open(io.BytesIO(photo_thumbnail(db, p, row.id, 160)))
    assert max(thumb.size) == 160
    assert [ph.id for ph in inspection_detail(db, p, iid).photos] == [row.id]

    with pytest.raises(ValidationError, match="není obrázek"):
        add_photo(db, p, iid, "smlouva.pdf", b"%PDF-1.7 not a picture")
    with pytest.raises(ValidationError, match="není obrázek"):
        add_photo(db, p, iid, "useknuta.jpg", jpeg(800, 600)[:3000])
    with pytest.raises(ValidationError, match="nejvýše do 15 MB"):
        add_photo(db, p, iid, "obri.jpg", b"\xff\xd8" + b"0" * MAX_INPUT_BYTES)
    with pytest.raises(ValidationError, match="prázdný"):
        add_photo(db, p, iid, "nic.jpg", b"")
    remove_photo(db, p, row.id)
    assert inspection_detail(db, p, iid).photos == []
    with db.reading() as s:                              # tombstoned, not deleted
        assert s.get(Attachment, row.id).deleted_at is not None


def test_links_to_household_and_lease_are_optional_and_checked(db, office):
    p = office.property
    with pytest.raises(NotFound):
        create_inspection(db, p, office.flat_id, InspectionKind.MOVE_IN, household_id="x")
    with pytest.raises(NotFound):
        create_inspection(db, p, office.flat_id, InspectionKind.MOVE_IN, lease_id="x")
    with pytest.raises(NotFound):
        create_inspection(db, p, "no-flat", InspectionKind.MOVE_IN)
    with pytest.raises(PermissionDenied):
        create_inspection(db, office.readonly, office.flat_id, InspectionKind.PERIODIC)
    iid = create_inspection(db, p, office.flat_id, InspectionKind.PERIODIC)
    assert inspection_detail(db, office.readonly, iid).household_name is None


def test_templates_are_edited_as_lines(db, office):
    lead = office.lead
    items = templates.parse_items_text("Kuchyň: sporák\n  dřez\n\nBalkon: zábradlí\n")
    assert [(i.room, i.item) for i in items] == [("Kuchyň", "sporák"), ("Kuchyň", "dřez"),
                                                 ("Balkon", "zábradlí")]
    with pytest.raises(ValidationError, match="Řádek 1"):
        templates.parse_items_text("bez místnosti")
    assert templates.items_to_text(items).splitlines()[1] == "Kuchyň: dřez"
    tid = templates.save_template(db, lead, templates.TemplateData(
        name="Kontrola po deratizaci", kind=InspectionKind.EXTRAORDINARY, items=items))
    with pytest.raises(PermissionDenied):
        templates.save_template(db, office.property, templates.TemplateData(name="x",
                                                                             items=items))
    names = [t.name for t in templates.list_templates(db, lead)]
    assert "Kontrola po deratizaci" in names and "Předání a převzetí bytu" in names
    iid = create_inspection(db, lead, office.flat_id, InspectionKind.EXTRAORDINARY,
                            template_id=tid)
    assert [i.room for i in inspection_detail(db, lead, iid).data.items] == \
        ["Kuchyň", "Kuchyň", "Balkon"]
    templates.remove_template(db, lead, tid)
    assert "Kontrola po deratizaci" not in [t.name for t in templates.list_templates(db, lead)]
