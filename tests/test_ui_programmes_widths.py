"""Programy a dotace at 1360×800 (the README's screenshot): the register's
funder, case and lease counts and every header are read whole, the name and
the code share the rest, whole on hover, and nothing scrolls sideways."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.widgets.column_fit import cell_need

from .test_ui_list_widths import _check_columns, _window


def test_programme_register_headers_and_counts_whole(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", (1360, 800))
    page = window.show_area("programmes")
    view, model = page.view, page.model
    qtbot.waitUntil(lambda: model.rowCount() >= 3)
    qtbot.wait(100)
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Program / projekt", "Kód", "Poskytovatel", "Případů", "Smluv"]
    elided = _check_columns(view, [0, 1], whole_names=False)
    for text in elided:
        row = next(r for r in range(model.rowCount())
                   if text in (model.index(r, 0).data(), model.index(r, 1).data()))
        col = 0 if model.index(row, 0).data() == text else 1
        assert model.index(row, col).data(Qt.ToolTipRole) == text
    assert view.columnWidth(0) >= cell_need(view, "Housing First Trutnov")
    window.close()
