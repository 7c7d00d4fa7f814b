"""Issue 18: Pravidla přidělování at 1280×780 (the docs' window). The rule
sets' names were cut and the list scrolled sideways, the inner tab bar hid its
last tabs behind arrows, and the what-if beside the form was a narrow column
that scrolled sideways and did not say which flat a row is about."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from app.allocation import rulesets
from app.security import actor_from_user, find_user
from ui.widgets.column_fit import cell_need

from tests.settings_sections import open_section

from .test_ui_list_widths import WAIT, _grab, _window

SIZE = (1280, 780)


def _rules(qtbot, db, tmp_path):
    with db.reading() as s:
        lead = actor_from_user(find_user(s, "petr.horak"))
    draft = rulesets.new_draft(db, lead)          # the docs' shot: a draft with warnings
    text = rulesets.get_rule_set(db, lead, draft).text
    rulesets.save_draft(db, lead, draft, text.replace('"action": "review"', '"action": "exclude"'))
    window = _window(qtbot, db, "petr.horak", tmp_path / "ui.ini", SIZE)
    tab = open_section(window, "Pravidla přidělování")
    tab.reload(select=draft)
    qtbot.wait(100)
    return window, tab


def _no_sideways(view) -> None:
    assert view.horizontalScrollBar().maximum() == 0
    header = view.horizontalHeader()
    last = view.model().columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= view.viewport().width()
    for col in range(last + 1):                     # every header whole
        assert header.sectionSize(col) >= header.sectionSizeHint(col), col


def test_rule_set_names_wrap_and_the_inner_tabs_are_in_view(qtbot, town_db, tmp_path):
    window, tab = _rules(qtbot, town_db, tmp_path)
    _grab(window, "rules-list-1280.png")
    view = tab.list
    assert view.horizontalScrollBar().maximum() == 0       # no scrolling sideways
    metrics = view.fontMetrics()
    warned = 0
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        assert view.viewport().rect().contains(rect)
        text = item.text()
        assert item.toolTip() == text                     # whole on hover too
        # every word shown: the wrapped text is no taller than its row
        need = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10000),
                                    Qt.TextWordWrap, text).height()
        assert need <= rect.height(), (text, need, rect.height())
        warned += "⚠" in text
    assert warned >= 1
    # the inner sections' titles all in the tab bar, no scroll arrows; long names on hover
    bar = tab.views.tabBar()
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert titles == ["Přehled", "Úpravy", "JSON", "Co kdyby", "Spravedlnost", "Kvóty"]
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert bar.tabToolTip(3) == "Co kdyby – porovnání s platnými"
    # the list folds away for the form's sake, and comes back
    left = tab.split.widget(0)
    before = tab.views.width()
    tab.list_toggle.click()
    qtbot.waitUntil(lambda: not left.isVisible() and tab.views.width() > before + 150)
    assert tab.list_toggle.accessibleName() == "Ukázat seznam pravidel"
    tab.list_toggle.click()
    qtbot.waitUntil(left.isVisible)
    window.close()


def test_what_if_names_each_flat_and_fits(qtbot, town_db, tmp_path):
    window, tab = _rules(qtbot, town_db, tmp_path)
    tab.views.setCurrentWidget(tab.whatif)
    tab.whatif.run()
    qtbot.waitUntil(lambda: tab.whatif.result is not None, timeout=WAIT)
    qtbot.wait(100)
    _grab(window, "rules-whatif-1280.png")
    view, model = tab.whatif.flats, tab.whatif.flat_model
    _no_sideways(view)
    for row in range(model.rowCount()):
        flat = model.rows[row]
        shown = model.index(row, 0).data()
        # "Lesnická 763, byt č. 1" whole; with the town on hover
        assert shown == f"{flat.flat.address.split(', ')[0]}, byt č. {flat.flat.number}"
        assert view.columnWidth(0) >= cell_need(view, shown), shown
        assert model.index(row, 0).data(Qt.ToolTipRole) == \
            f"{flat.flat.address}, byt č. {flat.flat.number}"
    _no_sideways(tab.whatif.moves)
    moves = tab.whatif.move_model
    assert moves.rowCount() > 0
    for row in range(moves.rowCount()):                 # a cut household whole on hover
        assert moves.index(row, 0).data(Qt.ToolTipRole) == moves.index(row, 0).data()
    window.close()


def test_live_what_if_beside_the_form_names_the_flat(qtbot, town_db, tmp_path):
    window, tab = _rules(qtbot, town_db, tmp_path)
    tab.views.setCurrentIndex(1)                        # Úpravy
    preview = tab.preview
    preview.setCurrentIndex(1)                          # Co kdyby
    qtbot.waitUntil(lambda: preview.result is not None, timeout=WAIT)
    qtbot.wait(200)
    _grab(window, "rules-preview-1280.png")
    view, model = preview.flats, preview.flat_model
    _no_sideways(view)
    assert model.rowCount() == len(preview.result.flats) > 5
    line = view.fontMetrics().lineSpacing()
    for row in range(model.rowCount()):
        flat = preview.result.flats[row]
        first, second = model.index(row, 0).data().split("\n")
        assert first == flat.flat_short and "byt č." in first
        assert second.startswith(f"změn: {flat.changed} · první: ")
        assert cell_need(view, first) <= view.columnWidth(0), first     # the flat whole
        assert view.rowHeight(row) >= 2 * line
        assert flat.flat_label in model.index(row, 0).data(Qt.ToolTipRole)
    # the summary above it whole, however narrow the pane
    summary = preview.summary
    assert summary.height() >= summary.heightForWidth(summary.width())
    window.close()
