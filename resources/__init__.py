"""Bundled resources: fonts, icons, translations, default rule sets, templates.

``path()`` finds them both in a source checkout / installed package and in a
PyInstaller bundle (sys._MEIPASS)."""
from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "resources"


def path(*parts: str) -> Path:
    return _ROOT.joinpath(*parts)
