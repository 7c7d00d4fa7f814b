"""The README's screenshot script (docs/screenshots.py) kept working: its shots
that broke before run on the town demo (the sync shot pairs a field laptop as
the KMB lead, with the laptop's own number series; the inspection shot opens a
draft only once the list is read), a modal dialog left open fails the run
instead of hanging it, and every picture the README shows exists."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from .ui_helpers import make_context

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def shots(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "docs"))
    module = importlib.import_module("screenshots")
    monkeypatch.setattr(module, "OUT", tmp_path / "shots")
    module.OUT.mkdir()
    return module


def test_the_sync_and_inspection_shots_run(qtbot, shots, town_db, town_worker, tmp_path):
    from dataclasses import replace
    from PySide6.QtWidgets import QApplication
    ctx = replace(make_context(town_db, town_worker, tmp_path / "ui.ini"), demo=True)
    shots.run_shots(QApplication.instance(), ctx, [shots.shot_sync, shots.shot_inspections])
    for name in ("sync", "sync-conflicts", "inspection-rooms", "inspection-meters",
                 "inspection-photos"):
        with Image.open(shots.OUT / f"{name}.png") as image:
            assert image.size[0] >= 1200, name
            assert len(image.getcolors(1 << 16) or range(1 << 16)) > 20, name   # not blank


def test_a_modal_dialog_left_open_fails_the_run(qtbot, shots):
    from PySide6.QtWidgets import QApplication

    def shot_waiting_for_a_click(app, ctx):
        dialog = QDialog()
        dialog.setWindowTitle("Otázka")
        QTimer.singleShot(0, dialog.open)      # as a screen that asks something would
        dialog.exec()

    with pytest.raises(RuntimeError, match="shot_waiting_for_a_click left a modal dialog open"):
        shots.run_shots(QApplication.instance(), None, [shot_waiting_for_a_click])


def test_the_readme_shows_only_pictures_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", readme)
    assert pictures
    assert [p for p in pictures if not (ROOT / p).is_file()] == []
