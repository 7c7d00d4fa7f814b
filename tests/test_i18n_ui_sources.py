"""Qt's lupdate reads ``tr("…")`` calls from the source, but not those written
inside an f-string's braces, nor ``QCoreApplication.translate(_T, "…")`` whose
context is a variable: such a text never reaches kmb_en.ts and stays Czech in
the English UI (eleven and about twenty did, in the ranking, allocation,
quota, person, procedure and users panels). This keeps them out."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATORS = {"tr", "translate"}


def tr_lines_inside_fstrings(source: str) -> list[int]:
    """Lines of ``tr("literal")`` calls written inside an f-string."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                f = inner.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
                # only a literal text is something lupdate would have to see
                if name in TRANSLATORS and any(isinstance(a, ast.Constant) for a in inner.args):
                    lines.append(inner.lineno)
    return lines


def translate_lines_with_a_named_context(source: str) -> list[int]:
    """Lines of ``QCoreApplication.translate(NAME, "literal")``: lupdate does
    not resolve ``NAME``, so the text is not extracted under any context."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name == "translate" and isinstance(node.args[1], ast.Constant) \
                    and not isinstance(node.args[0], ast.Constant):
                lines.append(node.lineno)
    return lines


def test_every_translate_call_names_its_context_literally():
    left = [f"{p.relative_to(ROOT)}:{line}" for p in sorted((ROOT / "ui").rglob("*.py"))
            for line in translate_lines_with_a_named_context(p.read_text(encoding="utf-8"))]
    assert not left, "translate() with a variable context is not seen by lupdate:\n" + \
        "\n".join(left)
    named = "_T = 'X'\ndef f():\n    return QCoreApplication.translate(_T, 'Zdroj')\n"
    assert translate_lines_with_a_named_context(named) == [3]


def test_no_tr_call_inside_an_fstring():
    left = [f"{p.relative_to(ROOT)}:{line}" for p in sorted((ROOT / "ui").rglob("*.py"))
            for line in tr_lines_inside_fstrings(p.read_text(encoding="utf-8"))]
    assert not left, "tr() inside an f-string is not seen by lupdate:\n" + "\n".join(left)


def test_the_check_finds_one_and_leaves_the_hoisted_form():
    inside = "def f(self):\n    return f\"<p>{self.tr('Zdroj')}</p>\"\n"
    hoisted = "def f(self):\n    s = self.tr('Zdroj')\n    return f\"<p>{s}</p>\"\n"
    assert tr_lines_inside_fstrings(inside) == [2]
    assert tr_lines_inside_fstrings(hoisted) == []
