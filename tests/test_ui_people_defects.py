"""Layout and state defects of issue 18 item 6, each seen as a person would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.security import actor_from_user, find_user

from .ui_helpers import make_context, open_window, type_text


def test_print_contract_is_off_when_no_lease_is_selected(qtbot, town_db, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Discard))
    with town_db.reading() as s:
        clerk = actor_from_user(find_user(s, "tomas.krejci"))
    ctx = make_context(town_db, clerk, tmp_path / "ui.ini")
    window = open_window(qtbot, ctx)
    tab = window.show_area("leases").leases
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20000)
    print_button = tab.detail.buttons["print"]
    assert not print_button.isEnabled()                       # nothing picked yet
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert print_button.isEnabled() and tab.detail.detail is not None
    # a search that leaves the lease out of the list: nothing shown, nothing to print
    type_text(qtbot, tab.search, "žádná taková smlouva")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=20000)
    qtbot.waitUntil(lambda: tab.detail.detail is None, timeout=5000)
    assert not print_button.isEnabled()
    assert tab.detail.title.text() == "Vyberte smlouvu"
