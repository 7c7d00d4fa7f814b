"""Layout defects of issue 18 item 6, looked at in a 1280×800 window of the
town demo: the inspection title, the dashboard's task lines, a case's tasks,
the ranking's Poznámka column and the guardians table. Each text must fit
where it is shown, or wrap with a row tall enough, or be elided with an
ellipsis and the full text in a tooltip."""
from __future__ import annotations

import os

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QStyle
from sqlalchemy import select

from app.inspections.records import list_inspections
from app.security import actor_from_user, find_user
from models.guardians import Guardian
from models.housing import Flat, FlatCategory, FlatStatus
from models.assessments import RecordState

from .conftest import DEMO_TODAY
from .ui_helpers import make_context, open_window

WAIT = 30000


def _grab(widget, name: str) -> None:
    """Keep a picture of the screen to look at (under the private TMPDIR)."""
    folder = os.environ.get("KMB_LAYOUT_SHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, name))


def _window(qtbot, db, user: str, tmp_path):
    with db.reading() as s:
        actor = actor_from_user(find_user(s, user))
    window = open_window(qtbot, make_context(db, actor, tmp_path / "ui.ini"))
    window.resize(1280, 800)
    return window


def _settle(qtbot, window) -> None:
    """Let the layouts and the background reads finish, as a person would wait."""
    qtbot.wait(300)
    window.repaint()


def _label_shows_all(label: QLabel) -> bool:
    """The whole text on one line, or wrapped (at words) with the label tall enough."""
    text = label.text()
    if label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width():
        return True
    return label.wordWrap() and label.height() >= label.heightForWidth(label.width())


def _cell_fits_or_tips(view, row: int, col: int) -> tuple[bool, str]:
    """A cell's text fits its column, or it is elided with an ellipsis (never cut
    mid-word) and its tooltip holds the whole text."""
    index = view.model().index(row, col)
    text = index.data(Qt.DisplayRole) or ""
    margin = 2 * (view.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 1)  # as Qt draws
    need = view.fontMetrics().horizontalAdvance(text) + margin
    if need <= view.columnWidth(col):
        return True, text
    tip = index.data(Qt.ToolTipRole) or ""
    if view.wordWrap() and view.textElideMode() == Qt.ElideNone:
        # wrapped (the guardians' decision): every word fits, the row holds every line
        metrics = view.fontMetrics()
        width = view.columnWidth(col) - margin
        lines = metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextWordWrap, text).height()
        words = all(metrics.horizontalAdvance(w) <= width for w in text.split())
        return words and lines <= view.rowHeight(row), text
    # elided at the end, or (the leases list) before the tail that tells it apart
    elided = view.textElideMode() in (Qt.ElideRight, Qt.ElideMiddle) and not view.wordWrap()
    return elided and text in tip, text


def test_a_long_inspection_title_wraps_beside_the_buttons(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "admin", tmp_path)
    page = window.show_area("inspections")
    qtbot.waitUntil(page.loader.ready, timeout=30000)   # read off the GUI thread
    drafts = list_inspections(town_db, window.ctx.actor, state=RecordState.DRAFT)
    assert drafts, "the town demo has draft inspections"
    longest = max(drafts, key=lambda r: len(r.flat))
    page.open_record(longest.id)
    editor = page.editor
    assert editor.close_button.isVisible() and editor.discard_button.isVisible()
    _settle(qtbot, window)
    _grab(window, "inspection.png")
    title = editor.title
    qtbot.waitUntil(lambda: _label_shows_all(title), timeout=WAIT)
    assert _label_shows_all(editor.subtitle)                 # the template's name too
    assert "byt č.\u00a0" in title.text()                    # "č." never ends a line
    assert title.toolTip()                                   # the flat's full label on hover
    assert title.geometry().bottom() < editor.subtitle.geometry().top() + 2    # no overlap
    # the header keeps its buttons whole
    for b in (editor.print_button, editor.close_button, editor.discard_button):
        assert b.width() >= b.sizeHint().width()


def test_dashboard_task_lines_are_elided_whole_words_with_the_line_on_hover(
        qtbot, town_db, tmp_path, monkeypatch):
    from ui.cases import cards
    monkeypatch.setattr(cards, "today", lambda: DEMO_TODAY)
    window = _window(qtbot, town_db, "jana.dvorakova", tmp_path)
    page = window.show_area("dashboard")
    card = next(c for c in page.findChildren(cards.MyTasksCard))
    tasks = card.list
    qtbot.waitUntil(lambda: len(card.rows) > 0 and tasks.count() > len(card.rows), timeout=WAIT)
    _settle(qtbot, window)
    _grab(window, "dashboard.png")
    room = tasks.viewport().width()
    long_lines = 0
    for i in range(tasks.count()):
        item = tasks.item(i)
        if item.data(Qt.UserRole) is None:
            continue                                     # a heading
        rect = tasks.visualItemRect(item)
        assert rect.height() >= tasks.fontMetrics().height(), item.text()   # not cut in height
        check = tasks.style().pixelMetric(QStyle.PM_IndicatorWidth)
        if tasks.fontMetrics().horizontalAdvance(item.text()) + check + 12 > room:
            long_lines += 1
            # cut with an ellipsis (never mid-word bare), the whole line on hover
            assert tasks.textElideMode() == Qt.ElideRight and not tasks.wordWrap()
            assert item.toolTip().split("\n")[0] == item.text()
    assert long_lines, "the demo's day has task lines longer than the card"


def test_case_tasks_are_one_readable_row_each_with_the_detail_on_hover(qtbot, town_db,
                                                                       tmp_path):
    window = _window(qtbot, town_db, "jana.dvorakova", tmp_path)
    page = window.show_area("cases")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    busiest = max(page.model.rows, key=lambda c: c.open_tasks or 0)
    assert busiest.open_tasks >= 2
    row = page.model.rows.index(busiest)
    page.table.selectRow(row)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == busiest.id,
                    timeout=WAIT)
    tasks = detail.task_list
    qtbot.waitUntil(lambda: tasks.count() == busiest.open_tasks, timeout=WAIT)
    _settle(qtbot, window)
    _grab(window, "case.png")
    line = tasks.fontMetrics().height()
    assert tasks.textElideMode() == Qt.ElideRight and not tasks.wordWrap()   # "…", not cut
    for i in range(tasks.count()):
        item = tasks.item(i)
        rect = tasks.visualItemRect(item)
        # one line per task (not two cramped rows), fully visible in the list
        assert line <= rect.height() < 2 * line, (item.text(), rect.height())
        assert tasks.viewport().rect().contains(rect), item.text()     # elided at its edge
        right = tasks.viewport().mapTo(detail.viewport(), rect.topRight()).x()
        assert right <= detail.viewport().width(), (item.text(), right)   # not cut off
        assert "\n" not in item.text()
        assert " · " in item.text()                       # title · due · owner
        assert item.toolTip().split("\n")[0] == item.text()


def _vacant_flat_with_notes(db) -> str:
    from app.allocation.ranking import rank_flat
    with db.reading() as s:
        admin = actor_from_user(find_user(s, "admin"))
        flats = s.scalars(select(Flat.id).where(Flat.status == FlatStatus.VACANT,
                                                Flat.category == FlatCategory.SOCIAL)
                          .order_by(Flat.id)).all()
    for flat_id in flats:
        if any(e.active_lease or e.reviews for e in rank_flat(db, admin, flat_id).ranked):
            return flat_id
    raise AssertionError("the town demo has a vacant flat whose ranking carries notes")


def test_ranking_notes_stretch_and_elide_with_the_note_on_hover(qtbot, town_db, tmp_path):
    flat_id = _vacant_flat_with_notes(town_db)
    window = _window(qtbot, town_db, "admin", tmp_path)
    detail = window.show_area("flats").open_flat(flat_id)
    qtbot.waitUntil(lambda: not detail.ranking_pending, timeout=WAIT)
    _settle(qtbot, window)
    _grab(window, "ranking.png")
    view = detail.ranking_panel.ranked
    model = view.model()
    note = model.columnCount() - 1
    assert model.headerData(note, Qt.Horizontal) == "Poznámka"
    header = view.horizontalHeader()
    # the last column takes the room left: the table ends at the view's edge, no scrolling
    assert header.sectionViewportPosition(note) + header.sectionSize(note) \
        <= view.viewport().width()
    assert header.sectionSize(note) >= header.minimumSectionSize()
    assert not view.horizontalScrollBar().isVisible()
    noted = 0
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            ok, text = _cell_fits_or_tips(view, row, col)
            assert ok, (row, col, text, view.columnWidth(col))
        noted += bool(model.index(row, note).data())
    assert noted


def test_guardians_table_keeps_the_decision_in_view_with_the_text_on_hover(qtbot, town_db,
                                                                            tmp_path):
    with town_db.reading() as s:
        person_id = s.scalars(select(Guardian.person_id).order_by(Guardian.id)).first()
    window = _window(qtbot, town_db, "admin", tmp_path)
    page = window.show_area("persons")
    page.detail.show_person(person_id)
    panel = next(p for p in page.detail.panels if p.objectName() == "" and
                 p.findChild(QLabel) and hasattr(p, "table"))
    view = panel.table
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0, timeout=WAIT)
    _settle(qtbot, window)
    _grab(window, "person.png")
    # the panel does not widen the narrow person detail past its edge
    assert page.detail.widget().width() <= page.detail.viewport().width()
    model, header = view.model(), view.horizontalHeader()
    last = model.columnCount() - 1
    # every column within the view (no horizontal scrolling to reach Platnost) …
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    # … the decision's column takes the room left and wraps, its text whole on hover too
    assert model.headerData(2, Qt.Horizontal) == "Rozhodnutí"
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            ok, text = _cell_fits_or_tips(view, row, col)
            assert ok, (row, col, text, view.columnWidth(col))
        assert model.index(row, 2).data(Qt.ToolTipRole) == model.index(row, 2).data()


def test_leases_list_shows_told_apart_tenants_whole_with_the_rest_on_hover(qtbot, town_db,
                                                                           tmp_path):
    """At 1280×800 a told-apart tenant ("Lubomír Šimek (nar. 1983)") fits or is
    elided before its birth year, whole on hover; the flat's address shares the
    room, elided, its text on hover (tests/test_ui_list_widths.py: all columns)."""
    from ui.leases.list_tab import LeaseListTab
    window = _window(qtbot, town_db, "admin", tmp_path)
    page = window.show_area("leases")
    tab = page.findChildren(LeaseListTab)[0]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT)
    tab.search.setText("Šimek")                     # the demo's two Lubomír Šimek
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and all(
        "Šimek" in r.tenant for r in tab.model.rows), timeout=WAIT)
    tab.search.clear()                              # and back to the whole list
    qtbot.waitUntil(lambda: tab.model.rowCount() > 10, timeout=WAIT)
    _settle(qtbot, window)
    _grab(window, "leases.png")
    view, model = tab.table, tab.model
    tenant = 1
    assert model.headerData(tenant, Qt.Horizontal) == "Nájemce"
    header = view.horizontalHeader()
    last = model.columnCount() - 1
    # every column in view: no scrolling sideways to reach Nájemné and Dluh
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    for col in range(model.columnCount()):             # headers whole
        text = model.headerData(col, Qt.Horizontal)
        assert view.fontMetrics().horizontalAdvance(text) + 12 <= header.sectionSize(col), text
    told = 0
    for row in range(model.rowCount()):
        name = model.index(row, tenant).data()
        # a tenant's name (told apart when repeated) fits, or elides whole on hover (below)
        told += "(nar." in name
        for col in range(model.columnCount()):
            ok, text = _cell_fits_or_tips(view, row, col)
            if col == 2 and not ok:     # the short address elided: the full one on hover
                ok = model.rows[row].flat in model.index(row, col).data(Qt.ToolTipRole)
            assert ok, (row, col, text, view.columnWidth(col))
    assert told, "the first rows of the town's leases tell namesakes apart"
    # the address keeps room enough to read its street
    assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance("Bulharská 2451") + 8
