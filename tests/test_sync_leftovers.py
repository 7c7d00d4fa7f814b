"""Leftover temp folders of older versions (decrypted bundles) are removed once,
when the CLI or the GUI starts, and never by an import or export (another
process's temp files are none of an exchange's business)."""
from __future__ import annotations

import argparse
import tempfile

import pytest

from app.cli.main import main as cli
from app.installation import current
from app.sync.export import export_bundle
from app.sync.importer import import_bundle

from .keys import TEST_PASSWORD
from .sync_helpers import installation, link


@pytest.fixture
def temp(tmp_path, monkeypatch):
    """A private temp folder with an older version's leftover and a stranger's file."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    old = folder / "kmb-import-abc123"
    old.mkdir()
    (old / "bundle.tar").write_bytes(b"8551011234 SENTINEL")
    (folder / "kmb-export-x.tar").write_bytes(b"8551011234")
    (folder / "jiny-soubor.txt").write_text("cizí")
    return folder


def _left(folder):
    """What is left of the three (test helpers may add template folders of their own)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("kmb-template"))


def test_exchanges_leave_the_temp_folder_alone(temp, tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    export_bundle(office, oa, current(laptop).id, tmp_path / "b.kmbx")
    import_bundle(laptop, la, tmp_path / "b.kmbx")
    assert _left(temp) == ["jiny-soubor.txt", "kmb-export-x.tar", "kmb-import-abc123"]
    office.close()
    laptop.close()


def test_cli_start_removes_leftovers(temp, tmp_path, monkeypatch, capsys):
    office, _ = installation(tmp_path / "office.sqlite", "Kancelář")
    office.close()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    assert cli(["peers", "list", "--db", str(tmp_path / "office.sqlite"),
                "--user", "admin"]) == 0
    assert _left(temp) == ["jiny-soubor.txt"]


def test_gui_start_removes_leftovers(temp, qapp, monkeypatch):
    import ui.app as gui
    monkeypatch.setattr(gui, "sign_in", lambda db, user: None)     # the person cancels
    args = argparse.Namespace(lang=None, demo=False, db=None, user=None)
    assert gui.run_gui(args) == 0
    assert _left(temp) == ["jiny-soubor.txt"]
