"""Issue 18: the leases list (seven columns) and the crisis fund's requests
(eight) beside their detail, at 1280×800, 1360×800 and 1920×1080 on the town
demo: nothing scrolls sideways, the number, dates, state and amounts are read
whole, a name or an address too narrow to be whole is elided in the middle
(the "(nar. 1983)" and "byt č. 10" stay) with the whole text on hover; the
detail keeps its width when the person drags the handle, and the next time."""
from __future__ import annotations

import os
import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView

from app.security import actor_from_user, find_user
from ui.widgets.column_fit import cell_need

from .ui_helpers import make_context, open_window

WAIT = 30000
SIZES = [(1280, 800), (1360, 800), (1920, 1080)]


def _window(qtbot, db, user: str, settings, size):
    with db.reading() as s:
        actor = actor_from_user(find_user(s, user))
    window = open_window(qtbot, make_context(db, actor, settings))
    window.resize(*size)
    qtbot.wait(100)
    return window


def _grab(window, name: str) -> None:
    folder = os.environ.get("KMB_LAYOUT_SHOTS")     # pictures to look at (a private folder)
    if folder:
        window.grab().save(os.path.join(folder, name))


def _check_columns(view, elastic: list[int], whole_names: bool, full=None) -> list[str]:
    """Returns the texts of the elided cells, each checked to be whole on hover
    (``full(row, col)``: the longer form the tooltip gives, e.g. the address with
    its postcode)."""
    model, header = view.model(), view.horizontalHeader()
    last = model.columnCount() - 1
    # no scrolling sideways: the last column ends inside the list
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    for col in range(model.columnCount()):             # every header whole
        assert header.sectionSize(col) >= header.sectionSizeHint(col), \
            model.headerData(col, Qt.Horizontal)
    elided = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            text = index.data() or ""
            fits = cell_need(view, text) <= view.columnWidth(col)
            if col not in elastic or whole_names:
                assert fits, (row, model.headerData(col, Qt.Horizontal), text,
                              view.columnWidth(col))
            elif not fits:
                whole = full(model.rows[row], col) if full else text
                assert whole in (index.data(Qt.ToolTipRole) or ""), text
                elided.append(text)
    assert view.textElideMode() == Qt.ElideMiddle
    return elided


def _lease_full(row, col: int) -> str:
    return row.flat if col == 2 else row.tenant


def _open_leases(qtbot, db, tmp_path, size, user="tomas.krejci"):
    from ui.leases.list_tab import LeaseListTab
    window = _window(qtbot, db, user, tmp_path / "ui.ini", size)
    tab = window.show_area("leases").findChildren(LeaseListTab)[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 10, timeout=WAIT)
    qtbot.wait(200)
    return window, tab


def test_leases_list_shows_seven_columns_without_scrolling_sideways(qtbot, town_db, tmp_path):
    for size in SIZES:
        window, tab = _open_leases(qtbot, town_db, tmp_path, size)
        view, model = tab.table, tab.model
        headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
        assert headers == ["Číslo", "Nájemce", "Byt", "Od", "Stav", "Nájemné", "Dluh"]
        _grab(window, f"leases-{size[0]}.png")
        elided = _check_columns(view, [1, 2], whole_names=size[0] >= 1920,
                                full=_lease_full)
        # a running lease by its end, the whole state on hover and in the detail
        running = next(r for r in range(model.rowCount()) if model.rows[r].ends_on
                       and not model.rows[r].ended_on
                       and model.rows[r].state.value in ("active", "renewed"))
        cell = model.index(running, 4).data()
        assert cell.startswith("do ") and cell[3:] in model.index(running, 4).data(Qt.ToolTipRole)
        tab.table.selectRow(running)
        qtbot.waitUntil(lambda: tab.detail.detail is not None
                        and tab.detail.detail.row.id == model.rows[running].id, timeout=WAIT)
        title = tab.detail.title          # the number is never broken across lines
        assert title.fontMetrics().horizontalAdvance(model.rows[running].number) <= title.width()
        assert model.rows[running].number.replace("/", "/\u2060") in title.text()
        # an elided name keeps what tells namesakes apart, an address its house and flat
        for row in range(model.rowCount()):
            for col, keep in ((1, r"\(nar\. \d{4}\)$"), (2, r" \d+, (byt č\. \d+|…)$")):
                text = model.index(row, col).data()
                shown = view.itemDelegateForColumn(col).elided(
                    text, view.fontMetrics(), view.columnWidth(col) - cell_need(view, ""))
                if shown != text and re.search(keep, text):
                    assert re.search(keep, shown), (text, shown)
        # the tenant and the address keep room enough to be read
        metrics = view.fontMetrics()
        assert view.columnWidth(1) >= metrics.horizontalAdvance("Lucie Nováková") + 8
        assert view.columnWidth(2) >= metrics.horizontalAdvance("Bulharská 2451") + 8
        # the detail stays readable beside it
        assert tab.detail.width() >= 275
        print(size, [view.columnWidth(c) for c in range(7)], "detail", tab.detail.width(),
              "elided", len(elided), "of", model.rowCount())
        window.close()


def test_leases_detail_width_dragged_is_kept(qtbot, town_db, tmp_path):
    window, tab = _open_leases(qtbot, town_db, tmp_path, (1920, 1080))
    splitter = tab.splitter
    handle = splitter.handle(1)
    before = splitter.sizes()[1]
    # drag the handle 200 px to the right, as a person would
    qtbot.mousePress(handle, Qt.LeftButton, pos=QPoint(2, 10))
    qtbot.mouseMove(handle, QPoint(202, 10))
    qtbot.mouseRelease(handle, Qt.LeftButton, pos=QPoint(202, 10))
    qtbot.waitUntil(lambda: splitter.sizes()[1] < before - 100, timeout=WAIT)
    chosen = splitter.sizes()[1]
    window.resize(1600, 900)              # a smaller window: the list gives up the room
    qtbot.waitUntil(lambda: abs(splitter.sizes()[1] - chosen) <= 2, timeout=WAIT)
    window.close()                        # saves the settings
    window, tab = _open_leases(qtbot, town_db, tmp_path, (1920, 1080))
    assert abs(tab.splitter.sizes()[1] - chosen) <= 2
    _check_columns(tab.table, [1, 2], whole_names=False, full=_lease_full)


def test_fund_list_shows_every_amount_without_scrolling_sideways(qtbot, town_db, tmp_path):
    for size in SIZES:
        window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", size)
        page = window.show_area("fund")
        qtbot.waitUntil(lambda: page.loader.ready() and page.model.rowCount() > 10,
                        timeout=WAIT)
        qtbot.waitUntil(page.model.ready, timeout=WAIT)
        qtbot.wait(200)
        _grab(window, f"fund-{size[0]}.png")
        view, model = page.view, page.model
        headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
        assert headers[-2:] == ["Vyplaceno", "Splaceno"]
        elided = _check_columns(view, [2], whole_names=size[0] >= 1920)
        assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance("Jan Kadlec") + 8
        assert page.detail.width() >= 290
        assert view.horizontalHeader().sectionResizeMode(2) == QHeaderView.Stretch
        print(size, [view.columnWidth(c) for c in range(8)], "detail", page.detail.width(),
              "elided", len(elided), "of", model.rowCount())
        window.close()
