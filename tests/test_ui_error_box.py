"""Issue 18: a message box says a thing once – no title that is the text again,
no question asked twice, and an unexpected database error as one line (not its
SQL, its parameters with a client's name, and SQLAlchemy's web link after it)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from app.errors import KmbError
from ui.cases.dialogs import ask_arrived
from ui.widgets.dialogs import show_error

from .ui_helpers import make_application


@pytest.fixture
def boxes(monkeypatch):
    make_application(lang="cs")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    return shown


def test_a_title_that_repeats_the_text_gives_way(qtbot, boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, KmbError("Vyberte nájem."), "Vyberte nájem")
    show_error(parent, KmbError("Soubor je prázdný."), "Import nelze spustit")
    assert boxes == [("Nepodařilo se", "Vyberte nájem."),
                     ("Import nelze spustit", "Soubor je prázdný.")]


def test_an_unexpected_database_error_is_one_line(qtbot, boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    exc = OperationalError("UPDATE person SET surname=? WHERE id=?", ("Řezníčková", "p1"),
                           Exception("database is locked"))
    assert "Řezníčková" in str(exc) and "[SQL" in str(exc)      # what it used to show
    show_error(parent, exc)
    (title, text), = boxes
    assert title == "Nepodařilo se"
    assert text == "(builtins.Exception) database is locked"


def test_the_arrival_question_is_asked_once(qtbot, monkeypatch):
    make_application(lang="cs")
    seen = []

    def exec_(box):
        seen.append((box.text(), box.informativeText()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_arrived(None, "Ověřit, zda Šárka Řezníčková dorazila (předána: Charita "
                             "Trutnov)") is None
    assert seen[-1] == ("Ověřit, zda Šárka Řezníčková dorazila (předána: Charita Trutnov)", "")
    ask_arrived(None, "Předání: Charita Trutnov")       # a title renamed by the office
    assert seen[-1] == ("Předání: Charita Trutnov", "Dorazil klient ke službě?")
