"""tests/conftest.py: an error box a screen test did not expect fails the test
with its text at once, instead of waiting modal for a click until the time
limit; a test that expects one patches QMessageBox itself."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import KmbError
from ui.ops import read_op, running


def test_an_unexpected_error_box_raises_with_its_text(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(AssertionError, match="Nepodařilo se.*Soubor chybí"):
        QMessageBox.warning(parent, "Nepodařilo se", "Soubor chybí")
    with pytest.raises(AssertionError, match="Chyba.*Server neodpovídá"):
        QMessageBox.critical(parent, "Chyba", "Server neodpovídá")
    box = QMessageBox(QMessageBox.Warning, "Pozor", "Záznam změnil někdo jiný", parent=parent)
    with pytest.raises(AssertionError, match="Záznam změnil někdo jiný"):
        box.exec()


def test_a_failed_background_read_is_reported_not_left_waiting(qtbot):
    """The op's error box raises inside its slot: pytest-qt reports it, the
    event loop goes on (here caught on purpose to check the text)."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail():
        raise KmbError("Databáze neodpovídá.")

    with qtbot.captureExceptions() as caught:
        read_op(parent, fail, lambda _r: None)
        qtbot.waitUntil(lambda: running() == 0, timeout=15_000)
    assert len(caught) == 1 and "Databáze neodpovídá." in str(caught[0][1])


def test_a_test_that_expects_a_box_patches_it_itself(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail():
        raise KmbError("Databáze neodpovídá.")

    read_op(parent, fail, lambda _r: None)
    qtbot.waitUntil(lambda: running() == 0, timeout=15_000)
    assert shown == ["Databáze neodpovídá."]
