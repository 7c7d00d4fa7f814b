"""Issue 18: a date in a label that wraps stays on one line ("12.↵11. 2000" reads as
two things). Labels take ``ui.labels.shown_date`` (non-breaking spaces); table
cells, list items and line edits keep app.formatting's plain ``format_date``.

The scan is deliberately simple: a ``format_date(…)`` written straight into a
label's text (``setText``, ``setHtml``, a dialog's ``set_intro``, ``QLabel(…)``)
fails. A date first put in a variable is not seen here; those were moved by hand."""
from __future__ import annotations

import ast
from pathlib import Path

from ui.labels import shown_date

UI = Path(__file__).resolve().parent.parent / "ui"
LABEL_CALLS = {"setText", "setHtml", "set_intro", "QLabel"}
# where a plain date is right, or not yet moved, and why
ALLOWED = {
    "ui/widgets/fields.py": "a DateField is a line edit: its text is parsed back",
}


def _label_dates(path: Path) -> list[int]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else ""
        if name not in LABEL_CALLS:
            continue
        for arg in node.args:
            found += [n.lineno for n in ast.walk(arg) if isinstance(n, ast.Call)
                      and isinstance(n.func, ast.Name) and n.func.id == "format_date"]
    return found


def test_label_dates_do_not_break_across_lines():
    bad = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI.parent).as_posix()
        if rel not in ALLOWED:
            bad += [f"{rel}:{line}" for line in _label_dates(path)]
    assert not bad, "use ui.labels.shown_date in a label's text:\n" + "\n".join(bad)


def test_the_scan_finds_a_plain_date_in_a_label(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def fill(self, d):\n"
        "    self.banner.setText(self.tr('Uzavřeno {0}').format(format_date(d)))\n"
        "    self.table_item(format_date(d))\n"
        "    self.banner.setText(shown_date(d))\n", encoding="utf-8")
    assert _label_dates(sample) == [2]


def test_shown_date_keeps_the_date_together():
    import datetime as dt
    assert shown_date(dt.date(2026, 11, 3)) == "3.\u00a011.\u00a02026"
    assert shown_date(None) == ""
