"""Případy at 1280×800 beside the case detail: a client's name too long for its
column keeps the "(nar. 1977)" that tells namesakes apart (in the narrowest
column "(*1977)"), whole on hover."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from .test_ui_list_widths import WAIT, _window
from .test_ui_renewals_widths import BORN, _shown


def test_case_list_keeps_the_birth_year_of_namesakes(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "jana.dvorakova", tmp_path / "ui.ini", (1280, 800))
    page = window.show_area("cases")
    view, model = page.table, page.model
    qtbot.waitUntil(lambda: page.loader.ready() and model.rowCount() > 10, timeout=WAIT)
    qtbot.wait(100)
    born = [r for r in range(model.rowCount()) if BORN.search(model.index(r, 1).data())]
    assert born                                       # the demo has namesakes among them
    for row in born:
        name = model.index(row, 1).data()
        year = BORN.search(name).group(0)[-5:-1]
        assert _shown(view, row, 1).endswith((f"(nar. {year})", f"(*{year})")), \
            (name, _shown(view, row, 1))
        assert re.match(r"\w", _shown(view, row, 1))   # the surname's start stays too
        assert model.index(row, 1).data(Qt.ToolTipRole) == name
    window.close()
