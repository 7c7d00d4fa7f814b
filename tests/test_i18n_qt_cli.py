"""Issue 18.3: Qt's own buttons and dialogs in Czech (qtbase_cs), English
loads nothing Czech; the command line's help and errors in the chosen language."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit,
                               QMessageBox)

from app import i18n as app_i18n
from app.cli import main as cli
from ui import i18n


@pytest.fixture
def qapp(qapp):
    yield qapp
    i18n.install(qapp, "cs")
    app_i18n.set_language("cs")
    cli.set_language([])


def _buttons(lang):
    i18n.install(QApplication.instance(), lang)
    box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Discard
                           | QDialogButtonBox.Cancel | QDialogButtonBox.Yes | QDialogButtonBox.No)
    return sorted(b.text().replace("&", "") for b in box.buttons())


def test_standard_buttons_follow_the_language(qapp):
    assert _buttons("cs") == ["Ano", "Ne", "Uložit", "Zahodit", "Zrušit"]
    assert _buttons("en") == ["Cancel", "Discard", "No", "Save", "Yes"]


def test_message_box_and_line_edit_menu_in_czech(qapp, qtbot):
    i18n.install(qapp, "cs")
    box = QMessageBox(QMessageBox.Question, "Smazat", "Smazat záznam?",
                      QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ano", "Ne"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Zpět", "Znovu", "Vyjmout", "Kopírovat", "Vložit", "Smazat", "Vybrat vše"]


def test_file_dialog_in_czech_and_english(qapp, qtbot):
    for lang, expected in (("cs", {"Hledat v:", "Název souboru:", "Soubory typu:"}),
                           ("en", {"Look in:", "File name:", "Files of type:"})):
        i18n.install(qapp, lang)
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert {label.text().replace("&", "") for label in dialog.findChildren(QLabel)} \
            == expected


def test_cli_help_is_czech(capsys):
    with pytest.raises(SystemExit) as done:
        cli.parse_args(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("použití: kmb")
    assert "volby:" in out and "vypsat tuto nápovědu a skončit" in out
    for english in ("usage:", "options:", "show this help", "positional arguments"):
        assert english not in out


def test_cli_help_in_english(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        cli.parse_args(["--lang", "en", "backup", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: kmb backup")
    assert "make a backup (encrypted)" in out
    assert "zálohy" not in out and "použití" not in out
    monkeypatch.setenv("KMB_LANG", "en")
    with pytest.raises(SystemExit):
        cli.parse_args(["list", "--help"])
    assert "search (accents ignored)" in capsys.readouterr().out


@pytest.mark.parametrize("argv, cs, en", [
    (["list"], "kmb list: chybí povinné argumenty: DRUH (nápověda: kmb list --help)",
     "kmb list: the following arguments are required: KIND (help: kmb list --help)"),
    (["list", "nic"], "neplatná volba: 'nic' (vyberte z 'applications'",
     "invalid choice: 'nic' (choose from 'applications'"),
    (["--nic"], "neznámé argumenty: --nic", "unrecognized arguments: --nic"),
])
def test_cli_usage_errors_are_one_line(capsys, argv, cs, en):
    for lang, expected in (("cs", cs), ("en", en)):
        with pytest.raises(SystemExit) as done:
            cli.parse_args(["--lang", lang, *argv])
        assert done.value.code == 2
        err = capsys.readouterr().err
        assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_refusal_in_english(capsys, monkeypatch, tmp_path):
    """A command's own refusal (app/ message) is English with --lang en."""
    monkeypatch.setenv("KMB_PASSWORD", "x")
    missing = tmp_path / "nic.sqlite"
    code = cli.main(["--lang", "en", "list", "persons", "--db", str(missing), "--user", "admin"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert err.startswith(f"kmb: The database {missing} does not exist.") and err.count("\n") == 1
    code = cli.main(["list", "persons", "--db", str(missing), "--user", "admin"])
    assert code == 3
    assert capsys.readouterr().err.startswith(f"kmb: Databáze {missing} neexistuje.")


def test_argparse_strings_back_to_english_for_english():
    cli.set_language(["--lang", "en"])
    assert argparse._("usage: ") == "usage: "
    cli.set_language(["--lang", "cs"])
    assert argparse._("usage: ") == "použití: "
