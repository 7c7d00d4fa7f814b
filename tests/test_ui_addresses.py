"""Address fields completing from a generated RÚIAN file, used as a person
would: type part of a street, pick it from the list, pick a house number;
the stored address carries the kód ADM of exactly that point."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from app.addresses.importer import import_addresses
from models.housing import Building
from models.people import Address, Person
from ui.flats.edit import BuildingDialog
from ui.persons.form import PersonDialog

from .ruian_data import town_csv, town_rows
from .ui_helpers import make_context, type_text


@pytest.fixture
def ctx(db, admin, tmp_path):
    import_addresses(db, admin, str(town_csv(tmp_path)))
    return make_context(db, admin, tmp_path / "ui.ini")


def _code_of(street: str, house_no: str) -> str:
    return next(r["Kód ADM"] for r in town_rows()
                if r["Název ulice"] == street and r["Číslo domovní"] == house_no)


def _pick(qtbot, completer, text: str) -> None:
    """Arrow down the popup to the line and press Enter, as a person would."""
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    lines = [completer.model().index(i, 0).data() for i in range(completer.model().rowCount())]
    row = next(i for i, line in enumerate(lines) if line.startswith(text))
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)


def test_street_then_house_number_stores_the_address_point(qtbot, ctx):
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(qtbot, form.given_name, "Alena")
    type_text(qtbot, form.surname, "Šustrová")
    type_text(qtbot, form.street, "hors")
    _pick(qtbot, form.address.street_completer, "Horská, Trutnov")
    assert form.street.text() == "Horská" and form.city.text() == "Trutnov"
    qtbot.waitUntil(form.house_number.hasFocus, timeout=2000)
    type_text(qtbot, form.house_number, "512")
    _pick(qtbot, form.address.number_completer, "512/12a")
    assert form.house_number.text() == "512/12a" and form.postcode.text() == "541 01"
    assert "Horní Předměstí" in form.address.status.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()
    assert dialog.result() == QDialog.Accepted
    with ctx.db.reading() as s:
        addr = s.scalars(select(Address).join(Person, Person.permanent_address_id == Address.id)
                         .where(Person.surname == "Šustrová")).one()
        assert (addr.street, addr.house_number, addr.postcode) == ("Horská", "512/12a", "541 01")
        assert addr.ruian_code == _code_of("Horská", "512")
        assert addr.city_part == "Horní Předměstí"


def test_retyping_the_number_makes_it_free_text_again(qtbot, ctx):
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(qtbot, form.given_name, "Bořek")
    type_text(qtbot, form.surname, "Veselý")
    type_text(qtbot, form.street, "Horsk")
    _pick(qtbot, form.address.street_completer, "Horská")
    type_text(qtbot, form.house_number, "514")
    _pick(qtbot, form.address.number_completer, "514/14")
    assert form.address.code == _code_of("Horská", "514")
    form.house_number.setFocus()
    qtbot.keyClick(form.house_number, Qt.Key_Backspace)
    type_text(qtbot, form.house_number, "5")
    form.address.number_completer.popup().hide()
    assert form.address.code is None and form.address.status.text() == ""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()
    with ctx.db.reading() as s:
        addr = s.scalars(select(Address).join(Person, Person.permanent_address_id == Address.id)
                         .where(Person.surname == "Veselý")).one()
        assert addr.house_number == "514/15" and addr.ruian_code is None


def test_an_edited_person_shows_the_stored_point_and_keeps_it(qtbot, ctx):
    from app.people.detail import person_detail
    from app.people.records import PersonInput, create_person
    code = _code_of("Horská", "512")
    pid = create_person(ctx.db, ctx.actor, PersonInput(
        given_name="Cyril", surname="Čermák", street="Horská", house_number="512/12a",
        city="Trutnov", postcode="541 01", ruian_code=code))
    dialog = PersonDialog(ctx, person_detail(ctx.db, ctx.actor, pid))
    qtbot.addWidget(dialog)
    dialog.show()
    assert code in dialog.form.address.status.text()
    type_text(qtbot, dialog.form.note, "doplněno")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()
    assert person_detail(ctx.db, ctx.actor, pid).ruian_code == code


def test_a_building_address_completes_too(qtbot, ctx):
    dialog = BuildingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.street, "Hors")
    _pick(qtbot, dialog.address.street_completer, "Horská")
    type_text(qtbot, dialog.house_number, "514")
    _pick(qtbot, dialog.address.number_completer, "514/14")
    assert dialog.postcode.text() == "541 01"
    dialog.ok_button.click()
    with ctx.db.reading() as s:
        b = s.scalars(select(Building).where(Building.street == "Horská")).one()
        assert b.ruian_code == _code_of("Horská", "514") and b.city == "Trutnov"


def test_without_an_imported_file_nothing_pops_up(qtbot, db, admin, tmp_path):
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.street, "Horská")
    assert not dialog.form.address.street_completer.popup().isVisible()
    assert dialog.form.street.text() == "Horská"
