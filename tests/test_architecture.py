"""Layering: app/, models/ and reports/ never import Qt (DESIGN.md "Layers")."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

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


# -- ui/: no database sessions, models only for their enums, areas apart ------------
# (DESIGN.md: "A UI class never holds a database session … and never writes SQL";
# issue 10: area packages import only the widget kit, ui/ops and the context.)

SESSION_CALLS = ("reading", "transaction")
SESSION_NAMES = ("Session", "sessionmaker", "scoped_session")
AREA_MAY_IMPORT = ("widgets", "ops", "context", "labels", "style", "i18n")


def session_openings(path: Path) -> list[str]:
    """Places in ``path`` that open a database session: ``x.reading()``,
    ``x.transaction()``, ``Session(…)``, ``sessionmaker(…)`` or an import of them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if (isinstance(f, ast.Attribute) and name in SESSION_CALLS) or name in SESSION_NAMES:
                found.append(f"line {node.lineno}: {name}()")
        elif isinstance(node, ast.ImportFrom):
            found += [f"line {node.lineno}: imports {a.name}" for a in node.names
                      if a.name in SESSION_NAMES]
    return found


def model_imports_that_are_not_enums(path: Path) -> list[str]:
    """``from models… import X`` where X is not an Enum, and ``import models…``."""
    import enum
    import importlib
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            bad += [f"import {a.name}" for a in node.names if a.name.split(".")[0] == "models"]
        elif (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
              and node.module.split(".")[0] == "models"):
            module = importlib.import_module(node.module)
            for a in node.names:
                obj = getattr(module, a.name, None)
                if not (isinstance(obj, type) and issubclass(obj, enum.Enum)):
                    bad.append(f"from {node.module} import {a.name}")
    return bad


def ui_packages_imported(path: Path, ui_root: Path) -> set[str]:
    """The first-level names under ui/ that ``path`` imports (relative or absolute);
    imports inside its own package are left out."""
    own = path.relative_to(ui_root).parts
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[1] for a in node.names
                      if a.name.startswith("ui.") and a.name.count(".") >= 1}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "ui":
                    continue
                parts = parts[1:]
            else:
                base = list(own[:-1])
                up = node.level - 1
                if up > len(base):
                    continue
                base = base[:len(base) - up] if up else base
                parts = base + (node.module.split(".") if node.module else [])
            if not parts:           # from ui import x / from .. import x (at top)
                names |= {a.name for a in node.names}
            elif not (len(own) > 1 and parts[0] == own[0]):
                names.add(parts[0])
    return names


def area_packages(ui_root: Path) -> set[str]:
    """The sub-packages of ui/ that ui/areas.py lists, plus settings."""
    tree = ast.parse((ui_root / "areas.py").read_text(encoding="utf-8"))
    listed = {n.module.split(".")[0] for n in ast.walk(tree)
              if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module}
    return {p for p in listed | {"settings"} if (ui_root / p / "__init__.py").exists()}


def area_offences(ui_root: Path) -> list[str]:
    areas = area_packages(ui_root)
    offenders = []
    for area in sorted(areas):
        for path in sorted((ui_root / area).rglob("*.py")):
            for name in sorted(ui_packages_imported(path, ui_root)):
                if name in areas:
                    offenders.append(f"{path.relative_to(ui_root.parent)} imports area {name}")
                elif name not in AREA_MAY_IMPORT:
                    offenders.append(f"{path.relative_to(ui_root.parent)} imports ui.{name}")
    return offenders


def test_ui_opens_no_database_session():
    offenders = [f"{p.relative_to(ROOT)} {where}" for p in sorted((ROOT / "ui").rglob("*.py"))
                 for where in session_openings(p)]
    assert not offenders, "\n".join(offenders)


def test_ui_imports_only_enums_from_models():
    offenders = [f"{p.relative_to(ROOT)}: {what}" for p in sorted((ROOT / "ui").rglob("*.py"))
                 for what in model_imports_that_are_not_enums(p)]
    assert not offenders, "\n".join(offenders)


def test_area_packages_import_no_other_area():
    areas = area_packages(ROOT / "ui")
    assert {"dashboard", "cases", "assessments", "inspections", "leases", "fund",
            "settings"} <= areas                                  # the test sees the areas
    offenders = area_offences(ROOT / "ui")
    assert not offenders, "\n".join(offenders)


# -- the checks catch what they are meant to catch ----------------------------------

def _ui_tree(tmp_path: Path, files: dict[str, str]) -> Path:
    ui = tmp_path / "ui"
    (ui / "widgets").mkdir(parents=True)
    (ui / "widgets" / "__init__.py").write_text("")
    (ui / "areas.py").write_text("def a():\n    from .leases.page import P\n"
                                 "def b():\n    from .fund.page import P\n")
    for pkg in ("leases", "fund", "settings"):
        (ui / pkg).mkdir()
        (ui / pkg / "__init__.py").write_text("")
    for name, text in files.items():
        (ui / name).write_text(text)
    return ui


@pytest.mark.parametrize("source", [
    "with ctx.db.reading() as s:\n    pass\n",
    "with self.ctx.db.transaction() as s:\n    pass\n",
    "from sqlalchemy.orm import Session\n",
    "s = Session(engine)\n",
    "from sqlalchemy.orm import sessionmaker\nmake = sessionmaker(engine)\n",
])
def test_a_session_opened_in_ui_is_found(tmp_path, source):
    path = tmp_path / "x.py"
    path.write_text(source)
    assert session_openings(path)


def test_a_plain_service_call_is_not_a_session(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("rows = list_leases(ctx.db, ctx.actor)\nself.reading_list = []\n")
    assert session_openings(path) == []


def test_model_classes_are_refused_and_enums_allowed(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("from models.people import Person, Sex\nimport models.leases\n"
                    "from models.leases import LeaseState\n")
    assert sorted(model_imports_that_are_not_enums(path)) == [
        "from models.people import Person", "import models.leases"]


@pytest.mark.parametrize("source", [
    "from ..leases.widgets import MoneyField\n",
    "from ..leases import widgets\n",
    "from .. import leases\n",
    "from ui.leases.dialogs import FormDialog\n",
    "from ui.leases import dialogs\n",
    "import ui.leases.cards\n",
    "def later():\n    from ..leases.cards import Card\n",
])
def test_an_area_importing_another_is_found(tmp_path, source):
    ui = _ui_tree(tmp_path, {"fund/page.py": source})
    assert area_offences(ui) == ["ui/fund/page.py imports area leases"]


def test_an_area_may_import_the_kit_and_itself_only(tmp_path):
    ui = _ui_tree(tmp_path, {
        "fund/page.py": "from ..widgets.fields import MoneyField\nfrom .dialogs import D\n"
                        "from ..context import UiContext\nfrom ui.labels import tl\n",
        "fund/dialogs.py": "from ..main_window import MainWindow\n",
        "settings/page.py": "from ..fund.page import FundPage\n"})
    assert area_offences(ui) == ["ui/fund/dialogs.py imports ui.main_window",
                                 "ui/settings/page.py imports area fund"]


# -- every dialog is a FormDialog (the kit) -----------------------------------------
# QDialog subclasses allowed besides FormDialog, each with its reason: none of them
# is a form with fields to validate and save.
DIALOG_EXCEPTIONS = {
    "ui/widgets/dialogs.py FormDialog": "the kit's dialog itself",
    "ui/widgets/pdf_preview.py PdfPreviewDialog": "a document viewer (pages, print, save "
                                                  "as), nothing typed",
    "ui/widgets/concurrent.py ConcurrentEditDialog": "the three-way question FormDialog "
                                                     "itself asks on a concurrent save",
    "ui/widgets/recovery_key.py RecoveryKeyDialog": "shows the recovery key once to be "
                                                    "printed or saved; nothing typed",
}


def hand_built_dialogs(path: Path, root: Path) -> list[str]:
    """QDialog subclasses and bare QDialog(...) windows in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                     for b in node.bases}
            if "QDialog" in bases:
                found.append(f"{rel} {node.name}")
        elif isinstance(node, ast.Call):
            f = node.func
            if (isinstance(f, ast.Name) and f.id == "QDialog") or \
                    (isinstance(f, ast.Attribute) and f.attr == "QDialog"):
                found.append(f"{rel} QDialog() at line {node.lineno}")
    return found


def test_every_dialog_is_built_on_the_kit():
    found = [d for p in sorted((ROOT / "ui").rglob("*.py")) for d in hand_built_dialogs(p, ROOT)]
    offenders = [d for d in found if d not in DIALOG_EXCEPTIONS]
    assert not offenders, ("build these on ui/widgets/dialogs.FormDialog (or list them in "
                           "DIALOG_EXCEPTIONS with the reason):\n" + "\n".join(offenders))
    assert set(DIALOG_EXCEPTIONS) <= set(found), "an exception that no longer exists"


def test_a_hand_built_dialog_is_found(tmp_path):
    path = tmp_path / "ui" / "fund" / "x.py"
    path.parent.mkdir(parents=True)
    path.write_text("from PySide6 import QtWidgets\nfrom PySide6.QtWidgets import QDialog\n"
                    "class A(QDialog):\n    pass\n"
                    "class B(QtWidgets.QDialog):\n    pass\n"
                    "class C(FormDialog):\n    pass\n"
                    "d = QDialog(parent)\n")
    assert hand_built_dialogs(path, tmp_path) == [
        "ui/fund/x.py A", "ui/fund/x.py B", "ui/fund/x.py QDialog() at line 9"]
