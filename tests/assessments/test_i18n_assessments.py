"""Every Czech string of the assessment, inspection and office screens has
an English entry with the same placeholders (resources/i18n/en_assessments.py)."""
from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

from app.labels import LABELS
from models.assessments import IncomeKind

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [*sorted((ROOT / "ui" / "assessments").glob("*.py")),
           *sorted((ROOT / "ui" / "inspections").glob("*.py")),
           ROOT / "ui" / "settings" / "office_tab.py",
           ROOT / "ui" / "settings" / "checklists_tab.py"]


def _sources() -> set[str]:
    found = set()
    for path in SCREENS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "tr" and args:
                found.add(args[0])
            elif name == "QT_TRANSLATE_NOOP" and len(args) > 1:
                found.add(args[1])
    return found


def _glossary() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "en_assessments", ROOT / "resources" / "i18n" / "en_assessments.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EN


def test_every_string_has_english_with_the_same_placeholders():
    en = _glossary()
    sources = _sources() | {"Sociální šetření", "Kontroly bytů", "Úřad"} | \
        {LABELS[k] for k in IncomeKind}
    missing = sorted(s for s in sources if s not in en)
    assert not missing, missing
    for czech, english in en.items():
        assert re.findall(r"\{\d\}", czech) == re.findall(r"\{\d\}", english), czech
