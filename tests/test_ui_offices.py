"""Issue 16 leftovers used as a person would: the office's IČO in Nastavení →
Smlouvy, a case's place changed on its detail, the new documents printed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.leases.config import settings_input
from app.security import actor_from_user, find_user

from .ui_helpers import make_context, open_window, type_text
from tests.settings_sections import open_section


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)


def test_office_ico_with_a_wrong_check_digit_is_refused_at_the_field(qtbot, town_db, tmp_path,
                                                                     monkeypatch):
    with town_db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    before = settings_input(town_db).landlord_ico
    ctx = make_context(town_db, lead, tmp_path / "ui.ini")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    window = open_window(qtbot, ctx)
    tab = open_section(window, "Smlouvy")
    tab.landlord_ico.clear()
    type_text(qtbot, tab.landlord_ico, "00064582")
    click(qtbot, tab.save_button)
    assert "kontrolní číslici" in tab.errors.message("landlord_ico")
    assert settings_input(town_db).landlord_ico == before
    tab.landlord_ico.clear()
    type_text(qtbot, tab.landlord_ico, "00064581")
    click(qtbot, tab.save_button)
    assert tab.errors.message("landlord_ico") == ""
    assert settings_input(town_db).landlord_ico == "00064581"


def test_a_case_place_is_changed_on_the_case_detail(qtbot, town_db, town_worker, tmp_path,
                                                    monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox
    from app.cases.place import case_place
    from ui.cases.place_dialog import PlaceDialog
    from .ui_modal import when_modal
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.Discard))
    ctx = make_context(town_db, town_worker, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    page = window.show_area("cases")
    qtbot.waitUntil(page.loader.ready, timeout=30_000)     # read off the GUI thread
    row = next(r for r in page.model.rows
               if case_place(town_db, town_worker, r.id).municipality == "Trutnov")
    index = page.model.rows.index(row)
    rect = page.table.visualRect(page.model.index(index, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    detail = page.detail
    assert detail.detail.id == row.id and "Trutnov" in detail.subtitle.text()

    def move(dlg):
        assert isinstance(dlg, PlaceDialog)
        ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        dlg.municipality.setCurrentIndex(dlg.municipality.findText("Úpice"))
        localities = [dlg.locality.itemText(i) for i in range(dlg.locality.count())]
        assert "Radeč" in localities and "Poříčí" not in localities   # Úpice's parts only
        dlg.locality.setCurrentIndex(dlg.locality.findText("Radeč"))
        ok.click()
    state = when_modal(move)
    qtbot.mouseClick(detail.place_button, Qt.LeftButton)
    assert state["done"] and state["error"] is None
    qtbot.waitUntil(lambda: "Úpice, Radeč" in detail.subtitle.text(), timeout=15000)
    stored = case_place(town_db, town_worker, row.id)
    assert (stored.municipality, stored.locality) == ("Úpice", "Radeč")


def test_a_read_only_role_sees_the_place_but_cannot_change_it(qtbot, town_db, tmp_path):
    from app.security import Actor, ROLE_PERMISSIONS
    from models.staff import Role
    from ui.cases.detail import CaseDetailView
    with town_db.reading() as s:
        user = find_user(s, "jana.dvorakova")
        reader = Actor(user.id, user.full_name, Role.READONLY,
                       frozenset(ROLE_PERMISSIONS[Role.READONLY]))
    ctx = make_context(town_db, reader, tmp_path / "ui.ini")
    from app.cases.service import list_cases
    case = list_cases(town_db, reader)[0]
    view = CaseDetailView(ctx)
    qtbot.addWidget(view)
    view.show_case(case.id)
    assert not view.place_button.isEnabled()
    assert view.place.municipality is None or view.place.municipality in view.subtitle.text()
