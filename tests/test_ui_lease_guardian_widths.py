"""Issue 18: Nastavení → Smlouvy cramped (four columns in a 1360 px window:
form, text, placeholders, preview), and the guardians table's "Rozhodnutí"
cut to "rozsudek OS…" in the narrow person detail."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from sqlalchemy import select

from models.guardians import Guardian
from ui.persons.guardians import GuardiansPanel

from tests.settings_sections import open_section

from .test_ui_list_widths import WAIT, _grab, _window


def test_lease_settings_give_the_contract_text_room(qtbot, town_db, tmp_path):
    for size in ((1280, 780), (1360, 800)):
        window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", size)
        tab = open_section(window, "Smlouvy")
        te = tab.template_editor
        qtbot.waitUntil(lambda: te.renders > 0, timeout=WAIT)
        qtbot.wait(100)
        _grab(window, f"lease-settings-{size[0]}.png")
        # the text, the placeholders and the preview side by side, none squeezed
        assert tab.template.width() >= 300, (size, tab.template.width())
        assert te.scroll.width() >= 280
        assert not tab.template.horizontalScrollBar().isVisible()
        placeholders = te.list
        assert not placeholders.horizontalScrollBar().isVisible()
        assert placeholders.horizontalScrollBar().maximum() == 0
        assert not te.scroll.horizontalScrollBar().isVisible()   # a page across the preview
        # the numbering and the landlord on a page of their own, every hint whole
        tab.parts.setCurrentIndex(1)
        qtbot.wait(50)
        assert tab.number_pattern.isVisible() and tab.landlord_ico.isVisible()
        assert tab.number_pattern.width() >= 160
        window.close()


def test_a_bad_number_pattern_shows_its_page(qtbot, town_db, tmp_path, monkeypatch):
    window = _window(qtbot, town_db, "petr.horak", tmp_path / "ui.ini", (1280, 780))
    tab = open_section(window, "Smlouvy")
    tab.parts.setCurrentIndex(0)
    tab.number_pattern.setText("NS/{rok}/{n:04d}")
    tab.save_button.click()                     # the button under both pages
    assert "{rok}" in tab.errors.message("number_pattern")
    assert tab.parts.currentIndex() == 1 and tab.number_pattern.isVisible()
    window.close()


def test_guardians_decision_is_whole(qtbot, town_db, tmp_path):
    with town_db.reading() as s:
        person_id = s.scalars(select(Guardian.person_id).order_by(Guardian.id)).first()
    for size in ((1280, 780), (1280, 900), (1920, 1080)):
        window = _window(qtbot, town_db, "admin", tmp_path / "ui.ini", size)
        page = window.show_area("persons")
        page.detail.show_person(person_id)
        panel = page.detail.findChildren(GuardiansPanel)[0]
        view, model = panel.table, panel.model
        qtbot.waitUntil(lambda: view.isVisible() and model.rowCount() > 0, timeout=WAIT)
        qtbot.wait(200)
        _grab(window, f"guardians-{size[0]}x{size[1]}.png")
        assert not view.horizontalScrollBar().isVisible()
        metrics = view.fontMetrics()
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                text = model.index(row, col).data() or ""
                width = view.columnWidth(col) - 4
                # every word in its column, every line in the row
                assert all(metrics.horizontalAdvance(w) <= width for w in text.split()), text
                need = metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextWordWrap,
                                            text).height()
                assert need <= view.rowHeight(row), (size, col, text)
            decision = model.index(row, 2).data()
            assert decision and "…" not in decision
        window.close()
