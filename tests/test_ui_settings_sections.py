"""Issue 18: Nastavení had seventeen tabs, the last ones behind the tab bar's
scroll arrows at 1280×780. Now a list of sections under group headings: every
title whole and in view, reached by Tab, walked with the arrows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.settings_sections import open_section, section_titles

from .test_ui_list_widths import _grab, _window


def test_every_section_is_in_view_and_whole_at_1280(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", (1280, 780))
    page = window.show_area("settings")
    qtbot.wait(100)
    _grab(window, "settings-sections-1280.png")
    sections = page.tabs
    view = sections.list
    assert len(section_titles(window)) >= 15
    headings = [view.item(r).text() for r in range(view.count())
                if not view.item(r).flags() & Qt.ItemIsSelectable]
    assert headings == ["Úřad a lidé", "Pravidla a zákon", "Byty a smlouvy", "Data a ochrana údajů"]
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        # in view without scrolling, and the whole title fits the row
        assert view.viewport().rect().contains(rect), (item.text(), rect)
        assert metrics.horizontalAdvance(item.text()) <= rect.width(), item.text()
        assert item.data(Qt.AccessibleTextRole) == item.text()
    assert not view.verticalScrollBar().isVisible() and not view.horizontalScrollBar().isVisible()
    # the chosen section fills the rest of the page
    office = open_section(window, "Úřad")
    assert office.isVisible() and office.width() > 800
    assert view.accessibleName() == "Části nastavení"
    window.close()


def test_sections_by_keyboard(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", (1280, 780))
    page = window.show_area("settings")
    view = page.tabs.list
    window.activateWindow()
    window.sidebar.setFocus()
    for _ in range(40):                         # Tab reaches the list of sections
        if QApplication.focusWidget() is view:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is view
    titles = section_titles(window)
    assert page.tabs.title(page.tabs.currentIndex()) == "Úřad"
    # Down walks the sections in order, passing over the group headings
    for expected in titles[1:]:
        qtbot.keyClick(view, Qt.Key_Down)
        assert page.tabs.title(page.tabs.currentIndex()) == expected
        assert page.tabs.stack.currentWidget().accessibleName() == expected
    assert page.tabs.currentWidget().isVisible()     # built and shown as it is reached
    for expected in reversed(titles[:-1]):      # and Up back to the first
        qtbot.keyClick(view, Qt.Key_Up)
        assert page.tabs.title(page.tabs.currentIndex()) == expected
    window.close()


def test_a_worker_sees_only_the_sections_and_groups_for_them(qtbot, town_db, tmp_path):
    window = _window(qtbot, town_db, "jana.dvorakova", tmp_path / "ui.ini", (1280, 780))
    page = window.show_area("settings")
    titles = section_titles(window)
    assert "Role" not in titles and "Audit" not in titles and "O instalaci" in titles, titles
    view = page.tabs.list
    rows = [view.item(r) for r in range(view.count())]
    for i, item in enumerate(rows):             # no heading with nothing under it
        if not item.flags() & Qt.ItemIsSelectable:
            assert i + 1 < len(rows) and rows[i + 1].flags() & Qt.ItemIsSelectable, item.text()
    window.close()
