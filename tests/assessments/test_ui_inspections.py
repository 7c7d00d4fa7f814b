"""The Kontroly bytů screen used as the property department would at a
move-in: pick the flat and the new tenants, go through the rooms, read the
meters (a typo lower than last time warns), count keys, add photos (a PDF
is refused), close, print both protocols."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.inspections.records import inspection_detail, list_inspections
from app.security import actor_from_user, find_user
from models.assessments import RecordState
from models.cases import Task, TaskSource
from models.housing import MeterKind
from models.inspections import Condition, InspectionKind, KeyKind
from ui.inspections.new_dialog import NewInspectionDialog

from ..ui_helpers import make_context, open_window, type_text
from .helpers import jpeg


@pytest.fixture
def prop_ctx(town_db, tmp_path):
    with town_db.reading() as s:
        actor = actor_from_user(find_user(s, "tomas.krejci"))
    return make_context(town_db, actor, tmp_path / "ui.ini")


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_move_in_handover_from_start_to_print(qtbot, prop_ctx, client, monkeypatch, answers,
                                              previews, tmp_path):
    ctx = prop_ctx
    # a flat that was handed back before: its meters have earlier readings
    moved_out = next(r for r in list_inspections(ctx.db, ctx.actor)
                     if r.kind == InspectionKind.MOVE_OUT)
    street = moved_out.flat.split(",")[0]
    number = moved_out.flat.rsplit("č. ", 1)[1]
    window = open_window(qtbot, ctx)
    page = window.show_area("inspections")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread

    def fake_exec(dlg: NewInspectionDialog):
        type_text(qtbot, dlg.flat_search, street)
        qtbot.waitUntil(lambda: dlg.flats.rowCount() > 0, timeout=3000)
        row = next(r for r in range(dlg.flats.rowCount()) if dlg.flats.row(r).number == number)
        dlg.flat_table.selectRow(row)
        dlg.kind_box.setCurrentIndex(dlg.kind_box.findText("předání při nastěhování"))
        assert dlg.template_box.currentText() == "Předání a převzetí bytu"
        type_text(qtbot, dlg.hh_search, "šťastný řehoř")
        qtbot.waitUntil(lambda: dlg.households.rowCount() > 0, timeout=3000)
        dlg.date.clear()
        type_text(qtbot, dlg.date, "25. 11. 2026")
        qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok),
                         Qt.LeftButton)
        return dlg.result()
    monkeypatch.setattr(NewInspectionDialog, "exec", fake_exec)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    editor.saver.set_delay(50)
    assert editor.handover_button.isVisible()
    assert editor.household.text() == "Šťastní, Řehoř Šťastný"

    # rooms: everything fine except the bedroom with bed bugs
    items = editor.items
    pests = next(r for r, v in enumerate(items.values()) if "škůdců" in v["item"])
    combo = items.widget(pests, "condition")
    combo.setCurrentIndex(combo.findData(Condition.DAMAGED))
    combo.activated.emit(combo.currentIndex())
    type_text(qtbot, items.widget(pests, "defect"), "štěnice v ložnici")
    qtbot.mouseClick(editor.all_good_button, Qt.LeftButton)
    assert {v["condition"] for v in items.values()} == {Condition.GOOD, Condition.DAMAGED}
    assert items.widget(pests, "condition").property("flag") == "bad"

    # meters: the electricity typed lower than at the move-out
    editor.tabs.setCurrentIndex(1)
    readings = editor.readings
    prev = {}
    for row, meta in enumerate(readings.meta):
        kind = readings.values()[row]["kind"]
        previous = readings.widget(row, "previous").text()
        assert previous                                    # last reading shown for comparison
        prev[kind] = previous
        value = "1" if kind == MeterKind.ELECTRICITY else "99999"
        type_text(qtbot, readings.widget(row, "value"), value)
        if meta.get("two_tariffs"):
            type_text(qtbot, readings.widget(row, "value_t2"), "99999")
    qtbot.waitUntil(lambda: not editor.saver.dirty, timeout=5000)
    assert editor.meter_warnings.isVisible()
    assert "nižší než předchozí odečet" in editor.meter_warnings.text()
    assert editor.tabs.tabText(1) == "Měřidla ⚠"
    elec = next(r for r in range(readings.rowCount())
                if readings.values()[r]["kind"] == MeterKind.ELECTRICITY)
    readings.widget(elec, "value").clear()
    type_text(qtbot, readings.widget(elec, "value"), "99999,5")
    qtbot.waitUntil(lambda: not editor.saver.dirty, timeout=5000)
    assert not editor.meter_warnings.isVisible()

    # keys and persons
    editor.tabs.setCurrentIndex(2)
    assert [v["kind"] for v in editor.keys.values()] == [KeyKind.FLAT, KeyKind.MAILBOX,
                                                         KeyKind.COMMON]
    for row, count in ((0, "3"), (1, "2"), (2, "1")):
        spin = editor.keys.widget(row, "count")
        spin.selectAll()
        qtbot.keyClicks(spin, count)
    editor.tabs.setCurrentIndex(3)
    type_text(qtbot, editor.present_persons, "Řehoř Šťastný, Věra Šťastná, Tomáš Krejčí")
    qtbot.waitUntil(lambda: not editor.saver.dirty, timeout=5000)

    # photos: one picture, one PDF that is not a picture
    good, bad = tmp_path / "loznice.jpg", tmp_path / "smlouva.pdf"
    good.write_bytes(jpeg(2400, 1800))
    bad.write_bytes(b"%PDF-1.7 contract")
    editor.tabs.setCurrentIndex(4)
    op = editor.photos.add_files([str(good), str(bad)])
    qtbot.waitUntil(lambda: editor.tabs.tabText(4) == "Fotografie (1)", timeout=10000)
    op.wait()
    assert any("není obrázek" in w for w in answers["warnings"])
    assert editor.photos.list.count() == 1 and not editor.photos.list.item(0).icon().isNull()

    d = inspection_detail(ctx.db, ctx.actor, editor.detail.id)
    assert [(k.kind, k.count) for k in d.data.keys] == [(KeyKind.FLAT, 3), (KeyKind.MAILBOX, 2),
                                                        (KeyKind.COMMON, 1)]
    assert d.data.present_persons.startswith("Řehoř Šťastný") and len(d.defects) == 1
    assert len(d.photos) == 1 and (d.photos[0].width, d.photos[0].height) == (1600, 1200)

    qtbot.mouseClick(editor.close_button, Qt.LeftButton)
    assert "Uzavřít protokol?" in answers["questions"][-1]
    with ctx.db.reading() as s:
        task = s.scalars(select(Task).where(Task.source == TaskSource.INSPECTION,
                                            Task.title.like("%štěnice v ložnici%"))).one()
        assert task.flat_id == moved_out.flat_id
    assert editor.detail.locked and editor.banner.isVisible()
    assert not editor.close_button.isVisible() and items.widget(0, "item").isReadOnly()
    assert items.widget(pests, "task").text() == "vytvořen"

    qtbot.mouseClick(editor.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20000)   # rendered off the GUI thread
    qtbot.mouseClick(editor.handover_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20000)
    (t1, _, protocol), (t2, _, handover) = previews
    assert (t1, t2) == ("Protokol o kontrole bytu", "Předávací protokol")
    for pdf in (protocol, handover):
        text = _text(pdf)
        assert "Řehoř Šťastný" in text and street in text and "štěnice v ložnici" in text
    assert "Foto 1" in _text(protocol) and "přebírající – nájemce" in _text(handover)

    qtbot.mouseClick(editor.back_button, Qt.LeftButton)
    qtbot.waitUntil(page.loader.ready, timeout=30000)
    page.state.setCurrentIndex(page.state.findData(RecordState.CLOSED))
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    assert page.model.row(0).id == editor.detail.id
    assert page.model.row(0).defects == 1


def test_an_unreadable_reading_is_marked_and_not_saved(qtbot, prop_ctx, answers):
    ctx = prop_ctx
    draft = next(r for r in list_inspections(ctx.db, ctx.actor, state=RecordState.DRAFT))
    window = open_window(qtbot, ctx)
    page = window.show_area("inspections")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    page.open_record(draft.id)
    editor = page.editor
    editor.saver.set_delay(50)
    editor.tabs.setCurrentIndex(1)
    cell = editor.readings.widget(0, "value")
    cell.clear()
    type_text(qtbot, cell, "12,3,4")
    qtbot.waitUntil(lambda: "Neuloženo" in editor.status.text(), timeout=5000)
    assert cell.property("invalid") is True and "není stav měřidla" in cell.toolTip()
    before = inspection_detail(ctx.db, ctx.actor, draft.id).data.readings[0].value
    assert before is not None and str(before) != "12.34"
    # leaving with an unsaved change asks; "Ano" leaves without saving
    qtbot.mouseClick(editor.back_button, Qt.LeftButton)
    qtbot.waitUntil(page.loader.ready, timeout=30000)
    assert "Odejít bez uložení?" in answers["questions"][-1]
    assert page.stack.currentWidget() is page.list_view
