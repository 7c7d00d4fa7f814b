"""Issue 18, what was left of the layout: in a 1280×800 window of the town
demo the guardians' "Rozhodnutí" header is whole, a long task title on the
dashboard gives way to the client and the due date (elided itself), and the
leases list shows the start date and the rent without scrolling sideways."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.formatting import format_date
from app.security import actor_from_user, find_user
from models.guardians import Guardian

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, open_window

WAIT = 30000


def _grab(widget, name: str) -> None:
    """Keep a picture of the screen to look at (KMB_LAYOUT_SHOTS, a private folder)."""
    folder = os.environ.get("KMB_LAYOUT_SHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, name))


def _window(qtbot, db, user: str, tmp_path):
    with db.reading() as s:
        actor = actor_from_user(find_user(s, user))
    window = open_window(qtbot, make_context(db, actor, tmp_path / "ui.ini"))
    window.resize(1280, 800)
    qtbot.wait(200)
    return window


def test_guardians_decision_header_is_whole_in_the_narrow_detail(qtbot, town_db, tmp_path):
    with town_db.reading() as s:
        person_id = s.scalars(select(Guardian.person_id).order_by(Guardian.id)).first()
    window = _window(qtbot, town_db, "admin", tmp_path)
    page = window.show_area("persons")
    page.detail.show_person(person_id)
    panel = next(p for p in page.detail.panels if p.objectName() == "" and
                 p.findChild(QLabel) and hasattr(p, "table"))
    view = panel.table
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0, timeout=WAIT)
    qtbot.wait(300)
    _grab(window, "guardians.png")
    header, model = view.horizontalHeader(), view.model()
    for width in (1280, 1440):                # the smallest supported window and a wider one
        window.resize(width, 800)
        qtbot.wait(200)
        for col in range(model.columnCount()):
            text = model.headerData(col, Qt.Horizontal)
            # the section holds its header text with the style's margins
            assert header.sectionSize(col) >= header.sectionSizeHint(col), (text, width)
            assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(text), text
        assert model.headerData(2, Qt.Horizontal) == "Rozhodnutí"
        last = model.columnCount() - 1
        assert header.sectionViewportPosition(last) + header.sectionSize(last) \
            <= view.viewport().width() + 1
        # a name that gives way is whole on hover
        for row in range(model.rowCount()):
            assert model.index(row, 1).data(Qt.ToolTipRole) == model.index(row, 1).data()


def test_dashboard_task_line_keeps_client_and_due_date_in_view(qtbot, town_db, tmp_path,
                                                               monkeypatch):
    from ui.cases import cards
    from ui.widgets.tail_line import SEPARATOR, TAIL
    monkeypatch.setattr(cards, "today", lambda: DEMO_TODAY)
    window = _window(qtbot, town_db, "jana.dvorakova", tmp_path)
    page = window.show_area("dashboard")
    card = next(c for c in page.findChildren(cards.MyTasksCard))
    tasks = card.list
    qtbot.waitUntil(lambda: len(card.rows) > 0 and tasks.count() > len(card.rows), timeout=WAIT)
    qtbot.wait(300)
    _grab(window, "dashboard.png")
    shown = tasks.itemDelegate().shown
    cut = dated = 0
    for i in range(tasks.count()):
        item = tasks.item(i)
        tail = item.data(TAIL)
        if item.data(Qt.UserRole) is None or not tail:
            continue
        row = card.rows[item.data(Qt.UserRole)]
        tasks.scrollToItem(item)
        tasks.viewport().grab()               # drawn as on the screen
        head, end = shown[i]
        if not end:                           # the line fits whole
            assert head == item.text()
            continue
        cut += 1
        assert head.endswith("…" + SEPARATOR), head   # the title elided, then " · " …
        if row.due_on and row.due_on < DEMO_TODAY:
            # … the due date whole at the line's end
            due = f"od {format_date(row.due_on)}"
            assert end.endswith(due), (end, due)
            dated += 1
        assert item.toolTip().split("\n")[0] == item.text()   # and the whole line on hover
    assert cut and dated, "the demo's day has overdue tasks with long titles"


def test_a_disabled_primary_button_looks_disabled(qtbot, town_db, tmp_path):
    """With no lease chosen "Tisk smlouvy…" is disabled, and it must look so: the
    accent blue made it look ready to print."""
    from ui.leases.list_tab import LeaseListTab
    window = _window(qtbot, town_db, "tomas.krejci", tmp_path)
    tab = window.show_area("leases").findChildren(LeaseListTab)[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 10, timeout=WAIT)
    tab.detail.show_empty()
    button = tab.detail.buttons["print"]
    assert button.property("primary") and not button.isEnabled()
    point = button.rect().center() - button.rect().topLeft()
    point.setX(6)                                         # the background, not the text
    disabled = button.grab().toImage().pixelColor(point)
    tab.select(tab.model.rows[0].id)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    enabled = button.grab().toImage().pixelColor(point)
    assert disabled != enabled
    assert disabled.saturation() < enabled.saturation()   # greyed, not the accent
