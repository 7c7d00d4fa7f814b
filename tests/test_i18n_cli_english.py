"""Issue 18.3: ``kmb --lang en`` speaks English – every command's help, the
lists' and statistics' column headers and labels, and the refusals of bad
input. Czech left in the output must be data stored by the office (names,
addresses, task titles), checked against the words of the database."""
from __future__ import annotations

import argparse
import re

import pytest

from app import i18n as app_i18n
from app.cli import main as cli
from tests.i18n_walk import data_words
from tests.keys import TEST_PASSWORD

DIACRITIC = re.compile(r"\w*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")
# Czech on purpose in English: proper names (the address register RÚIAN of the
# ČÚZK office), the currency, and Czech input a command accepts ("správce bytů").
HELP_EXAMPLES = {"RÚIAN", "ČÚZK", "správce", "bytů", "Kč"}


@pytest.fixture(autouse=True)
def back_to_czech():
    yield
    app_i18n.set_language("cs")
    cli.set_language([])


def czech_words(text: str, allowed: set[str]) -> list[str]:
    return [w for w in DIACRITIC.findall(text) if w.lower() not in allowed and w not in allowed]


def _commands(parser: argparse.ArgumentParser, prefix=()) -> list[tuple[str, ...]]:
    """Every command and sub-command of the parser (kmb list, kmb sync export …)."""
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append((*prefix, name))
                out += _commands(sub, (*prefix, name))
    return out


def test_every_command_help_is_english(capsys):
    cli.set_language(["--lang", "en"])
    commands = _commands(cli.build_parser())
    assert len(commands) > 20, commands
    found = {}
    for command in [(), *commands]:
        with pytest.raises(SystemExit) as done:
            cli.parse_args(["--lang", "en", *command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("usage: kmb"), out[:80]
        words = czech_words(out, HELP_EXAMPLES)
        if words:
            found[" ".join(command)] = words
    assert not found, found


def run(capsys, *argv):
    code = cli.main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


_WORDS: dict[str, set[str]] = {}


@pytest.fixture
def town_words(town_db):
    """The town's stored words, read once (every test gets the same demo)."""
    if "town" not in _WORDS:
        _WORDS["town"] = data_words(town_db)
    return _WORDS["town"]


@pytest.mark.parametrize("argv, expected", [
    (["list", "tasks"], "Due"),
    (["list", "landlords"], "Landlord"),
    (["list", "private-leases"], "Tenant"),
    (["stats", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "programme"],
     "Programmes and projects"),
    (["stats", "--from", "2026-01-01", "--to", "2026-12-31"], "Contacts by channel"),
])
def test_lists_and_statistics_in_english(capsys, monkeypatch, town_url, town_words, argv,
                                         expected):
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    code, out, err = run(capsys, *argv, "--db", town_url, "--user", "admin")
    assert code == 0, err
    assert expected in out, out[:400]
    assert re.search(r"\(\d+ records?\)", out), out[-200:]
    words = czech_words(out, town_words | {"Kč"})
    assert not words, (words[:20], out[:600])


def test_import_dry_run_of_a_bad_file_in_english(capsys, monkeypatch, db, db_url, tmp_path):
    """A file that is not a table, then a table without the needed columns:
    one English line each, nothing imported."""
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    broken = tmp_path / "zadosti.xlsx"
    broken.write_bytes(b"this is not a workbook")
    code, out, err = run(capsys, "import", "applications", str(broken), "--dry-run",
                         "--db", db_url, "--user", "admin")
    assert code != 0 and err.startswith("kmb: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and not czech_words(err, set()), err
    wrong = tmp_path / "lide.csv"
    wrong.write_text("barva;zvire\nmodra;pes\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "persons", str(wrong), "--dry-run",
                         "--db", db_url, "--user", "admin")
    assert code != 0 and err.startswith("kmb: ") and err.count("\n") == 1, err
    assert not czech_words(out + err, {"barva", "zvire", "modra", "pes"}), out + err
