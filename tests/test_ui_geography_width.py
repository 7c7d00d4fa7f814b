"""Nastavení → Obce a lokality fits the smallest supported window (1280×800):
its RÚIAN hint wraps instead of widening the window (the README screenshot
came out 1458 px wide)."""
from __future__ import annotations

from .test_ui_list_widths import _window
from tests.settings_sections import open_section


def test_municipalities_tab_fits_a_1280_window(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", (1280, 800))
    open_section(window, "Obce a lokality")
    qtbot.wait(100)
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() == 1280
    window.close()
