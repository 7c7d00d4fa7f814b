"""Every command of ``kmb`` that opens a database signs in first: a walk over
the parser's commands runs each without valid credentials and checks that it
is refused (one line, exit 3) and that nothing changed."""
from __future__ import annotations

import argparse
import os

import pytest

from app.backups import write_backup
from app.cli.main import build_parser, main

from .keys import TEST_KEY

# Commands that do not open an existing office: ``demo`` builds a new file.
NO_DATABASE = {("demo",)}
# Commands whose credential is the office's recovery key, not a password: the
# walk gives them a well-formed key of another database.
RECOVERY = {("password", "reset")}


def _commands(parser: argparse.ArgumentParser, prefix: tuple = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        if prefix:
            yield prefix, parser
        return
    for action in subs:
        seen = set()
        for name, sub in action.choices.items():
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            yield from _commands(sub, prefix + (name,))


def _value(action, folder, command=()) -> str:
    if action.choices:
        return sorted(action.choices)[0]
    dest = action.dest
    if dest in ("output",):
        return str(folder / "vystup.bin")
    if dest in ("date_from", "date_to"):
        return "2027-01-01" if dest == "date_from" else "2027-12-31"
    if dest == "scope":
        return "all"
    if dest == "file" and command[:1] == ("backup",):
        target = folder / "zaloha.kmbbak"
        if not target.exists():
            write_backup(folder.parent / "town.sqlite", TEST_KEY, target)
        return str(target)
    if dest in ("file", "card"):
        f = folder / "vstup.bin"
        f.write_bytes(b"cokoli")
        return str(f)
    return "x"


def _argv(command: tuple, parser, folder) -> list[str]:
    argv = list(command)
    for a in parser._actions:
        if isinstance(a, argparse._HelpAction) or a.dest in ("db", "user", "password_file"):
            continue
        if not a.option_strings:
            argv.append(_value(a, folder, command))
        elif a.required:
            argv += [a.option_strings[0], _value(a, folder, command)]
    if command in RECOVERY:
        from app.keyslots import recovery_text
        foreign = folder / "cizi-klic.txt"
        foreign.write_text(recovery_text(bytes(32)))
        argv += ["--recovery-file", str(foreign)]
    return argv


def test_the_walk_finds_the_commands():
    names = {c for c, _ in _commands(build_parser())}
    assert {("list",), ("print",), ("stats",), ("init",), ("backup", "create"),
            ("backup", "restore"), ("password", "reset")} <= names
    assert len(names) >= 12


SCENARIOS = [
    ("no user", [], None, "Přihlaste se"),
    ("empty user", ["--user", ""], "demo", "Přihlaste se"),
    ("blank user", ["--user", "  "], "demo", "Přihlaste se"),
    ("wrong password", ["--user", "jana.dvorakova"], "spatne-heslo", "Nesprávné"),
    ("unknown user", ["--user", "nikdo"], "demo", "Nesprávné"),
    ("no password", ["--user", "jana.dvorakova"], None, "Chybí heslo"),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_every_command_is_refused_without_valid_credentials(town_path, tmp_path, capsys,
                                                            monkeypatch, scenario):
    _, extra, password, expected = scenario
    work = tmp_path / "work"
    work.mkdir()
    keys_file = town_path.with_name(town_path.name + ".keys")
    keys_before = keys_file.read_bytes()
    db_before = town_path.read_bytes()
    checked = []
    for command, parser in _commands(build_parser()):
        if command in NO_DATABASE:
            continue
        if password is None:
            monkeypatch.delenv("KMB_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("KMB_PASSWORD", password)
        monkeypatch.delenv("KMB_RECOVERY_KEY", raising=False)
        argv = _argv(command, parser, work) + ["--db", str(town_path)] + extra
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == 3, (argv, code, err)
        if command in RECOVERY and expected != "Přihlaste se":
            expected_here = "Klíč pro obnovu nepatří"
        else:
            expected_here = expected
        assert expected_here in err and len(err.strip().splitlines()) == 1, (argv, err)
        assert "Traceback" not in err and out == ""
        assert not (work / "vystup.bin").exists(), argv
        assert sorted(p.name for p in town_path.parent.iterdir()) == sorted(
            ["town.sqlite", "town.sqlite.keys", "work"] + [n for n in ("data",) if
                                                          (town_path.parent / n).exists()]), argv
        assert town_path.read_bytes() == db_before, argv
        keys_file.write_bytes(keys_before)        # no back-off across the walk
        checked.append(command)
    assert len(checked) >= 12


def test_valid_credentials_open_the_same_commands(town_path, capsys, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    assert main(["list", "cases", "--db", str(town_path), "--user", "jana.dvorakova",
                 "--format", "json"]) == 0
    assert capsys.readouterr().out.startswith("[")


def test_password_file_for_scripts(town_path, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KMB_PASSWORD", raising=False)
    secret = tmp_path / "heslo.txt"
    secret.write_text("demo\n")
    assert main(["list", "flats", "--db", str(town_path), "--user", "petr.horak",
                 "--password-file", str(secret), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("")
    code = main(["list", "flats", "--db", str(town_path), "--user", "petr.horak",
                 "--password-file", str(tmp_path / "chybi.txt")])
    assert code == 3 and "nelze číst" in capsys.readouterr().err


def test_audit_names_the_person_who_signed_in(town_path, capsys, monkeypatch):
    """``--user`` alone no longer makes the audit say someone did something."""
    from sqlalchemy import select
    from app.config import sqlite_url
    from app.db import open_database
    from models.audit import AuditEvent
    from .keys import TEST_KEY
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    assert main(["list", "persons", "--db", str(town_path), "--user", "petr.horak"]) == 0
    db = open_database(sqlite_url(town_path), key=TEST_KEY)
    with db.reading() as s:
        last = s.execute(select(AuditEvent.action, AuditEvent.user_name)
                         .order_by(AuditEvent.seq.desc()).limit(2)).all()
    db.close()
    # the sign-in, then the listing itself (lists of persons are audited too)
    assert [tuple(r) for r in reversed(last)] == [("login", "Petr Horák"), ("list", "Petr Horák")]


def test_demo_command_does_not_overwrite_an_office(db, capsys):
    path = db.path
    db.close()
    before = path.read_bytes()
    code = main(["demo", "--db", str(path)])
    assert code == 1 and "není ukázková" in capsys.readouterr().err
    assert path.read_bytes() == before
    link = path.with_name("odkaz.sqlite")
    os.symlink(path, link)
    assert main(["demo", "--db", str(link)]) == 1
    assert path.read_bytes() == before
