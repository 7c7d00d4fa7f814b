"""Issue 18: the sidebar is one dark column from the window's top to its
bottom, as wide as its list, also for a long user name and in a large window:
no light strip beside it (the name widened the column beside the list) or
below it (the window's status bar ran under it). The status bar, under the
pages, still says who is signed in and shows the screens' messages."""
from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor

from ui.style import SIDEBAR

from .ui_helpers import make_context, open_window

LONG = "Mgr. Kateřina Novotná-Procházková Dvořáčková"


def _light_pixels(image, x_range, y_range) -> list[tuple[int, int]]:
    dark = QColor(SIDEBAR).lightness()
    return [(x, y) for x in x_range for y in y_range
            if QColor(image.pixel(x, y)).lightness() > dark + 90]


def test_sidebar_is_one_dark_column_down_to_the_bottom(qtbot, db, admin, tmp_path):
    actor = dataclasses.replace(admin, name=LONG)
    window = open_window(qtbot, make_context(db, actor, tmp_path / "ui.ini"))
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.wait(200)
        image = window.grab().toImage()
        image.save(str(tmp_path / f"side-{size[0]}.png"))
        side = window.sidebar.parentWidget()
        assert side.width() == window.sidebar.width() == 210
        assert side.geometry().bottom() >= window.centralWidget().height() - 1
        # every pixel column of the sidebar, between the items and the user's name
        # (texts are light), and the bottom rows of the window under it
        width, height = image.width(), image.height()
        bottom = range(height - 6, height)      # (the name above, in light text)
        assert not _light_pixels(image, range(0, 210, 3), bottom), size
        gap = range(window.sidebar.geometry().bottom() - 40,
                    window.sidebar.geometry().bottom() - 10)
        assert not _light_pixels(image, range(0, 210, 3), gap), size
        # and nothing light between the sidebar and the page
        assert not _light_pixels(image, range(200, 210), range(0, height, 5)), size
        assert window.statusBar().currentMessage() == f"Přihlášen(a): {LONG}" \
            or window.statusBar().currentMessage().endswith(LONG)
        assert window.statusBar().geometry().left() >= 0 and \
            window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).x() >= 210
        assert width == size[0]
