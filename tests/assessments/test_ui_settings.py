"""Settings tabs "Úřad" and "Kontroly bytů" used by the KMB lead; a social
worker only reads them."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.inspections.templates import list_templates
from app.office_settings import load_office
from app.security import actor_from_user, find_user
from models.inspections import InspectionKind

from ..ui_helpers import make_context, open_window, type_text
from .helpers import png
from tests.settings_sections import open_section, section_titles


def _ctx(db, username, tmp_path):
    with db.reading() as s:
        actor = actor_from_user(find_user(s, username))
    return make_context(db, actor, tmp_path / "ui.ini")


def _tab(window, title):
    return open_section(window, title)


def test_lead_sets_the_office_and_its_signatories(qtbot, town_db, tmp_path, answers):
    ctx = _ctx(town_db, "petr.horak", tmp_path)
    window = open_window(qtbot, ctx)
    titles = section_titles(window)
    assert titles[0] == "Úřad" and "Kontroly bytů" in titles and titles[-1] == "O instalaci"
    tab = _tab(window, "Úřad")
    assert tab.name.text() == "Městský úřad Trutnov"
    assert tab.place.text() == "V Trutnově"
    tab.email.clear()
    type_text(qtbot, tab.email, "kmb@trutnov")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "E-mail nemá správný tvar" in tab.errors.message("email")
    assert load_office(ctx.db, ctx.actor).email == "kmb@example.cz"      # nothing saved

    tab.email.clear()
    type_text(qtbot, tab.email, "kmb@trutnov.cz")
    tab.place.clear()                         # empty: derived from the town
    assert tab.place.placeholderText() == "automaticky: „V Trutnově“"
    qtbot.mouseClick(tab.add_signatory, Qt.LeftButton)
    row = tab.signatories.rowCount() - 1
    type_text(qtbot, tab.signatories.widget(row, "name"), "Ing. Dana Říhová")
    type_text(qtbot, tab.signatories.widget(row, "function"), "vedoucí majetkového odboru")
    tab.signatory_housing.setCurrentIndex(tab.signatory_housing.findData("Ing. Dana Říhová"))
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "Uloženo" in tab.status.text()
    office = load_office(ctx.db, ctx.actor)
    assert office.email == "kmb@trutnov.cz" and office.place_phrase == "V Trutnově"
    assert office.signatory("Ing. Dana Říhová").function == "vedoucí majetkového odboru"
    assert office.signatory_housing == "Ing. Dana Říhová"
    assert office.signatory_assessment == "Mgr. Petr Horák"

    logo = tmp_path / "znak.png"
    logo.write_bytes(png(400, 400))
    tab.load_logo(str(logo))
    assert load_office(ctx.db, ctx.actor).logo_png.startswith(b"\x89PNG")
    assert not tab.logo.pixmap().isNull()
    text_file = tmp_path / "znak.txt"
    text_file.write_text("není to obrázek")
    tab.load_logo(str(text_file))
    assert "není obrázek" in answers["warnings"][-1]


def _type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Go to a cell, press F2, type, press Enter – as at the keyboard."""
    from PySide6.QtWidgets import QApplication
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key_Delete)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_lead_writes_a_checklist_template(qtbot, town_db, tmp_path, answers):
    ctx = _ctx(town_db, "petr.horak", tmp_path)
    window = open_window(qtbot, ctx)
    tab = _tab(window, "Kontroly bytů")
    assert tab.list.count() == 3 and tab.name.text() == "Předání a převzetí bytu"
    rows = tab.items.rows()
    assert ("Kuchyň", "dřez a vodovodní baterie") in rows or (
        "", "dřez a vodovodní baterie") in rows
    assert sum(1 for room, _ in rows if room == "Kuchyň") == 1   # the room written once
    table = tab.items.table
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    type_text(qtbot, tab.name, "Kontrola po deratizaci")
    tab.kind.setCurrentIndex(tab.kind.findData(InspectionKind.EXTRAORDINARY))
    assert tab.items.rows() == [("Kuchyň", "")]
    _type_cell(qtbot, table, 0, 0, "Ložnice")
    _type_cell(qtbot, table, 0, 1, "matrace a postele")
    qtbot.mouseClick(tab.items.add_item_button, Qt.LeftButton)   # same room, next row
    _type_cell(qtbot, table, 1, 1, "podlaha u postele")
    qtbot.mouseClick(tab.items.add_room_button, Qt.LeftButton)
    _type_cell(qtbot, table, 2, 0, "Kuchyň")
    _type_cell(qtbot, table, 2, 1, "linka")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "Řádek" not in tab.status.text()
    saved = {t.name: t for t in list_templates(ctx.db, ctx.actor)}
    assert [(i.room, i.item) for i in saved["Kontrola po deratizaci"].items] == \
        [("Ložnice", "matrace a postele"), ("Ložnice", "podlaha u postele"), ("Kuchyň", "linka")]
    assert saved["Kontrola po deratizaci"].kind == InspectionKind.EXTRAORDINARY
    # a row with an item and no room above it: refused, the row marked, nothing stored
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.items.remove_button, Qt.LeftButton)    # the room goes one row down
    assert tab.items.rows()[0] == ("Ložnice", "podlaha u postele")
    _type_cell(qtbot, table, 0, 0, "")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.errors.message("items") == "Řádek 1: vyplňte místnost."
    assert table.item(0, 0).toolTip() == "Řádek 1: vyplňte místnost."
    saved = {t.name: t for t in list_templates(ctx.db, ctx.actor)}
    assert len(saved["Kontrola po deratizaci"].items) == 3
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert "Kontrola po deratizaci" not in {t.name for t in list_templates(ctx.db, ctx.actor)}


def test_social_worker_only_reads_the_office_settings(qtbot, town_db, tmp_path):
    window = open_window(qtbot, _ctx(town_db, "jana.dvorakova", tmp_path))
    tab = _tab(window, "Úřad")
    assert tab.name.isReadOnly() and not tab.save_button.isVisible()
    assert "vedoucí KMB" in tab.status.text()
    checklists = _tab(window, "Kontroly bytů")
    assert checklists.items.isReadOnly() and not checklists.save_button.isVisible()
