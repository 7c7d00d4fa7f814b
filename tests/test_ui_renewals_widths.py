"""Smlouvy → Prodloužení on the town demo at 1280×800 and 1360×800, as the
property department sees it: in both lists (the leases ending soon and the
history) a tenant's name too long for its column keeps the "(nar. 1999)" that
tells namesakes apart, the address its house and flat, the dates, amounts and
decisions are whole, nothing scrolls sideways, and the whole text is on hover."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from ui.widgets.column_fit import cell_need

from .test_ui_list_widths import WAIT, _check_columns, _window

BORN = re.compile(r" \(nar\. \d{4}\)$")


def _open_renewals(qtbot, db, tmp_path, size):
    window = _window(qtbot, db, "tomas.krejci", tmp_path / "ui.ini", size)
    page = window.show_area("leases")
    page.tabs.setCurrentWidget(page.renewals)
    tab = page.renewals
    qtbot.waitUntil(lambda: tab.loader.ready() and tab.candidates.rowCount() > 10
                    and tab.history.rowCount() > 5, timeout=WAIT)
    qtbot.wait(100)
    return window, tab


def _shown(view, row: int, col: int) -> str:
    """The text as the delegate paints it in the column's width."""
    text = view.model().index(row, col).data()
    return view.itemDelegateForColumn(col).elided(
        text, view.fontMetrics(), view.columnWidth(col) - cell_need(view, ""))


def test_renewal_lists_keep_the_birth_year_and_the_flat_in_view(qtbot, town_db, tmp_path):
    for size in [(1280, 800), (1360, 800)]:
        window, tab = _open_renewals(qtbot, town_db, tmp_path, size)
        cand, hist = tab.cand_view, tab.hist_view
        elided = _check_columns(cand, [2, 3], whole_names=False,
                                full=lambda r, col: r.lease.flat if col == 3 else r.lease.tenant)
        elided += _check_columns(hist, [2, 8], whole_names=False)
        born = 0
        for view in (cand, hist):
            for row in range(view.model().rowCount()):
                name = view.model().index(row, 2).data()
                if BORN.search(name):
                    born += 1
                    assert BORN.search(_shown(view, row, 2)), (size, name, _shown(view, row, 2))
        for row in range(cand.model().rowCount()):   # "Horská 2463, byt č. 4" or "…, 2463, …"
            assert re.search(r" \d+, (byt č\. \d+|…)$", _shown(cand, row, 3)), _shown(cand, row, 3)
        assert born >= 3                 # the demo's namesakes are in both lists
        # the tenant keeps room to be read, the decision is whole ("čeká na rozhodnutí")
        metrics = cand.fontMetrics()
        assert cand.columnWidth(2) >= metrics.horizontalAdvance("Lucie Nováková") + 8
        assert hist.columnWidth(2) >= metrics.horizontalAdvance("Lucie Nováková") + 8
        assert hist.columnWidth(5) >= cell_need(hist, "čeká na rozhodnutí")
        print(size, "candidates", [cand.columnWidth(c) for c in range(7)],
              "history", [hist.columnWidth(c) for c in range(9)], "elided", len(elided))
        window.close()


def test_renewal_address_whole_with_its_town_on_hover(qtbot, town_db, tmp_path):
    window, tab = _open_renewals(qtbot, town_db, tmp_path, (1280, 800))
    model = tab.candidates
    first = model.rows[0]
    assert model.index(0, 3).data() == first.lease.flat_short
    assert model.index(0, 3).data(Qt.ToolTipRole) == first.lease.flat
    assert model.index(0, 2).data(Qt.ToolTipRole) == first.lease.tenant
    window.close()
