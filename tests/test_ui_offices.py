"""Issue 16 leftovers used as a person would: the office's IČO in Nastavení →
Smlouvy, a case's place changed on its detail, the new documents printed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.leases.config import settings_input
from app.security import actor_from_user, find_user

from .ui_helpers import make_context, open_window, type_text


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
    page = window.show_area("settings")
    index = [page.tabs.tabText(i) for i in range(page.tabs.count())].index("Smlouvy")
    page.tabs.setCurrentIndex(index)
    tab = page.tabs.widget(index)
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
