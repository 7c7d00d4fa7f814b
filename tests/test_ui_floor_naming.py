"""One floor naming on screen as in the documents (issue 14 item 4): přízemí,
2. patro — not "0. podlaží" — and in English when the UI is English."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.formatting import format_floor
from ui import i18n
from ui.labels import floor_text


def test_screens_name_floors_as_the_documents_do(qapp):
    assert [floor_text(n) for n in (0, 2, -1, -2, None)] == [
        format_floor(0), format_floor(2), format_floor(-1), format_floor(-2), ""]
    i18n.install(QApplication.instance(), "en")
    try:
        assert [floor_text(n) for n in (0, 2, -1)] == ["ground floor", "floor 2", "basement"]
    finally:
        i18n.install(QApplication.instance(), "cs")
