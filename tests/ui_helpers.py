"""Helpers for the pytest-qt tests: a main window on a given database."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from app.installation import current
from ui.app import make_application
from ui.context import UiContext
from ui.main_window import MainWindow


def make_context(db, actor, settings_path) -> UiContext:
    make_application(lang="cs")
    return UiContext(db=db, actor=actor, installation=current(db),
                     settings=QSettings(str(settings_path), QSettings.IniFormat))


def open_window(qtbot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    # the first page is built right after the window appears: wait for it, as a person would
    if window.areas:
        qtbot.waitUntil(lambda: window.areas[window.sidebar.currentRow()].key in window.pages)
        page = window.pages[window.areas[window.sidebar.currentRow()].key]
        if hasattr(page, "ready"):      # its figures are read off the GUI thread
            qtbot.waitUntil(page.ready, timeout=20000)
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person, diacritics included (QTest.keyClicks handles ASCII
    only; other characters are sent as key events carrying their text)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))
