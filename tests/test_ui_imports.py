"""Nastavení → Import a export, used as a person would: choose the messy
pořadník, check the guessed columns, see the bad rows by number, skip them,
import; cancel a big import (nothing stored); export everything."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import func, select

from app.imports import engine, service
from app.people.records import PersonInput, create_person
from app.security import Actor
from models.allocation import Application
from models.people import Person
from models.staff import Role

from .import_data import MESSY_BAD_LINES, big_persons_csv, messy_poradnik
from .ui_helpers import make_context, open_window
from tests.settings_sections import open_section


def _count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def click(qtbot, widget) -> None:
    """A click where a person aims: a check box on its box (a wide check box
    does not toggle when clicked on the empty space right of its text)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.LeftButton)


def _tab(qtbot, ctx):
    window = open_window(qtbot, ctx)
    from ui.settings.import_tab import ImportTab
    tab = open_section(window, "Import a export")
    assert isinstance(tab, ImportTab)
    tab.window_ref = window          # the window lives as long as the test uses the tab
    return tab


def _idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.op is not None and not tab.op.is_running(), timeout=60000)


def test_the_wizard_imports_the_poradnik_after_the_person_skips_bad_rows(
        qtbot, db, admin, tmp_path, monkeypatch):
    create_person(db, admin, PersonInput(given_name="Eva", surname="Stará",
                                         birth_date=__import__("datetime").date(1950, 6, 12)))
    path = messy_poradnik(tmp_path / "pořadník.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = _tab(qtbot, ctx)
    tab.kind.setCurrentIndex(tab.kind.findData("applications"))
    click(qtbot, tab.choose)
    _idle(qtbot, tab)
    # the guessed columns, shown for checking
    assert tab.columns["full_name"].currentText() == "Jméno a příjmení"
    assert tab.columns["filed_on"].currentText() == "Datum podání"
    problems = [tab.problems.item(i).text() for i in range(tab.problems.count())]
    assert [int(p.split()[1].rstrip(":")) for p in problems] == MESSY_BAD_LINES
    assert "chybných: 5" in tab.status.text()
    assert not tab.import_button.isEnabled() and tab.skip.isVisible()
    # the preview shows dates and money the Czech way
    cells = {tab.rows_table.item(0, c).text() for c in range(tab.rows_table.columnCount())}
    assert "3. 1. 1985" in cells and "18\xa0500\xa0Kč" in cells

    # a column mapped twice: a clear message, nothing can be imported
    tab.columns["birth_date"].setCurrentIndex(tab.columns["birth_date"].findData("Datum podání"))
    assert not tab.import_button.isEnabled()
    click(qtbot, tab.check_button)
    _idle(qtbot, tab)
    assert "přiřazen dvakrát" in tab.status.text() and not tab.import_button.isEnabled()
    tab.columns["birth_date"].setCurrentIndex(
        tab.columns["birth_date"].findData("Datum narození"))
    click(qtbot, tab.check_button)
    _idle(qtbot, tab)
    assert _count(db, Application) == 0            # nothing stored before the confirmation

    click(qtbot, tab.skip)
    assert tab.import_button.isEnabled(), (tab.status.text(), tab.preview and (
        tab.preview.new, tab.preview.mapping_error))
    click(qtbot, tab.import_button)
    _idle(qtbot, tab)
    assert "Importováno: 4 nových" in tab.status.text()
    assert _count(db, Application) == 4
    # the same file again: the remembered mapping, nothing new to import
    click(qtbot, tab.choose)
    _idle(qtbot, tab)
    assert "už v evidenci: 4" in tab.status.text() and "z minula" in tab.status.text()
    click(qtbot, tab.skip)
    assert not tab.import_button.isEnabled()


def test_cancelling_a_big_import_leaves_nothing(qtbot, db, admin, tmp_path, monkeypatch):
    path = big_persons_csv(tmp_path / "osoby.csv", 3000)
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = _tab(qtbot, ctx)
    tab.kind.setCurrentIndex(tab.kind.findData("persons"))
    tab.load_file(path)
    _idle(qtbot, tab)
    assert "nových: 3000" in tab.status.text()
    # A fast machine imports 3,000 rows before the progress dialog's 300 ms are
    # up: the import is held at its 11th progress report (row 2,200: the first
    # 2,000 rows already written in its transaction) until Zrušit is pressed.
    gate, run = threading.Event(), service.run_import
    held_at = engine.CHUNK // 200 + 1        # the report after the first chunk's write
    reports = []

    def held(*args, progress, **kwargs):
        def report(*a, **k):
            reports.append(a)
            if len(reports) == held_at:
                gate.wait(60)
            return progress(*a, **k)
        return run(*args, progress=report, **kwargs)
    monkeypatch.setattr(service, "run_import", held)
    click(qtbot, tab.import_button)
    # progress shown, and the import held mid-way
    qtbot.waitUntil(lambda: len(reports) == held_at and tab.op.dialog.isVisible(),
                    timeout=20000)
    cancel = next(b for b in tab.op.dialog.findChildren(QPushButton))
    click(qtbot, cancel)
    gate.set()
    _idle(qtbot, tab)
    assert "zrušen" in tab.status.text()
    assert _count(db, Person) == 0


def test_export_button_only_for_roles_that_may_take_data_out(qtbot, db, admin, tmp_path,
                                                           monkeypatch):
    out = tmp_path / "vse.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    ctx = make_context(db, admin, tmp_path / "ui.ini")
    tab = _tab(qtbot, ctx)
    click(qtbot, tab.export_button)
    _idle(qtbot, tab)
    assert out.exists() and "Uloženo do" in tab.status.text()
    from ui.settings.import_tab import import_tab
    worker = make_context(db, Actor(admin.user_id, "Pracovnice", Role.SOCIAL_WORKER),
                          tmp_path / "ui2.ini")
    assert import_tab(worker) is None        # no settings, no export: no tab at all
