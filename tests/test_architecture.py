"""Layering: app/, models/ and reports/ never import Qt (DESIGN.md "Layers")."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("app", "models", "reports")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_packages_do_not_import_qt_or_ui():
    offenders = []
    for pkg in CORE:
        for path in (ROOT / pkg).rglob("*.py"):
            for name in _imports(path):
                top = name.split(".")[0]
                if top in ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "ui"):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_models_import_nothing_above_them():
    offenders = [f"{p.relative_to(ROOT)} imports {n}"
                 for p in (ROOT / "models").rglob("*.py") for n in _imports(p)
                 if n.split(".")[0] in ("app", "ui", "reports")]
    assert not offenders, "\n".join(offenders)


def test_reports_import_neither_sqlalchemy_nor_models():
    offenders = [f"{p.relative_to(ROOT)} imports {n}"
                 for p in (ROOT / "reports").rglob("*.py") for n in _imports(p)
                 if n.split(".")[0] in ("sqlalchemy", "models", "app", "ui")]
    assert not offenders, "\n".join(offenders)


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "for pkg in ('app', 'models', 'reports'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        if '.migrations' in info.name: continue\n"
        "        importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_ui_has_no_sql():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] == "sqlalchemy":
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
        text = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            if keyword in text:
                offenders.append(f"{path.relative_to(ROOT)} contains SQL ({keyword.strip()})")
    assert not offenders, "\n".join(offenders)
