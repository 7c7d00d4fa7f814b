"""The CLI's explicit command registry: building the parser loads no service
and no heavy library (that is what keeps ``kmb --version`` instant), and the
lists it names by hand agree with the code they stand for."""
from __future__ import annotations

import io
import json
import subprocess
import sys

from app.cli.output import emit

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "pyrage", "models", "alembic", "PySide6")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\n"
                          "print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def _tops(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_building_the_parser_imports_no_service_or_heavy_library():
    loaded = _modules_after("from app.cli.main import build_parser\nbuild_parser()")
    assert not _tops(loaded) & set(HEAVY), _tops(loaded) & set(HEAVY)
    assert not {"app.db", "app.sync", "app.stats", "app.printing", "app.people"} & loaded


def test_version_runs_without_loading_the_database_layer():
    loaded = _modules_after(
        "import contextlib, io\nfrom ui.launch import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--version'])")
    assert not _tops(loaded) & set(HEAVY)
    assert "app.cli.main" not in loaded        # nor the parser and the command modules


def test_print_kinds_named_in_the_cli_are_the_registered_printers():
    from app.cli.cmd_print import KINDS
    from app.printing import printers
    assert sorted(KINDS) == sorted(printers())


def test_every_lister_kind_runs(tmp_path, db, admin):
    from app.cli.listing import LISTERS
    for kind, lister in LISTERS.items():
        rows, columns = lister(db, admin, "")
        assert list(rows) == [] and columns, kind


def test_streamed_json_is_one_array_with_a_row_per_line():
    import datetime as dt
    import enum

    class Colour(enum.Enum):
        RED = "red"
    rows = [dict(a=1, b=dict(c=[1, 2], d="ř"), e=None, day=dt.date(2027, 1, 3)),
            dict(a=2, b={}, e="x\ny", colour=Colour.RED, when=[dt.date(2027, 2, 1)])]
    out = io.StringIO()
    emit(iter(rows), [], "json", out)
    text = out.getvalue()
    assert json.loads(text) == [dict(a=1, b=dict(c=[1, 2], d="ř"), e=None, day="2027-01-03"),
                                dict(a=2, b={}, e="x\ny", colour="red", when=["2027-02-01"])]
    assert text.count("\n") == len(rows) + 2 and "ř" in text
    out = io.StringIO()
    emit(iter([]), [], "json", out)
    assert json.loads(out.getvalue()) == []
