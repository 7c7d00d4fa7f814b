"""The kmb command line: readable output, one-line errors, non-zero exits."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import main
from ui.launch import main as launch_main


@pytest.fixture(autouse=True)
def _password(monkeypatch):
    """The demo accounts' password, as a script passes it (KMB_PASSWORD)."""
    monkeypatch.setenv("KMB_PASSWORD", "demo")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        launch_main(["--version"])
    assert exc.value.code == 0
    assert "KMB Desk" in capsys.readouterr().out


def test_demo_then_list_persons_as_json(capsys, tmp_path):
    db = str(tmp_path / "town.sqlite")
    code, out, _ = run(capsys, "demo", "--size", "town", "--db", db)
    assert code == 0 and "town" in out
    code, out, _ = run(capsys, "list", "persons", "--search", "novak", "--format", "json",
                       "--db", db, "--user", "jana.dvorakova")
    assert code == 0
    rows = json.loads(out)
    assert rows and all("novak" in r["surname"].lower().replace("á", "a") for r in rows)
    assert set(rows[0]) >= {"id", "name", "surname", "given_name", "birth_date", "address"}
    assert rows[0]["birth_date"][4] == "-"          # ISO date


def test_list_households_and_flats(capsys, town_path):
    who = ("--user", "petr.horak")
    code, out, _ = run(capsys, "list", "flats", "--format", "json", "--db", str(town_path), *who)
    flats = json.loads(out)
    assert code == 0 and len(flats) == 700
    assert sum(f["category"] == "social" for f in flats) == 15
    code, out, _ = run(capsys, "list", "households", "--format", "csv", "--db", str(town_path),
                       *who)
    assert code == 0 and out.splitlines()[0].startswith("\ufeffname;head;members")  # BOM: Czech Excel
    code, out, _ = run(capsys, "list", "persons", "--db", str(town_path), *who)
    persons = out.strip().splitlines()[-1]          # KMB clients and the town's tenants
    assert code == 0 and "Příjmení" in out and persons.endswith("záznamů)")
    assert int(persons.strip("(").split()[0]) > 1000


def test_corrupt_database_gives_one_line_and_nonzero_exit(capsys, tmp_path):
    bad = tmp_path / "kmb.sqlite"
    bad.write_bytes(b"\x00garbage" * 500)
    code, out, err = run(capsys, "list", "persons", "--db", str(bad))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "není databáze" in err


def test_unknown_kind_and_missing_database(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["list", "zvirata", "--db", str(tmp_path / "x.sqlite")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "neplatná volba" in err
    code, _, err = run(capsys, "list", "persons", "--db", str(tmp_path / "nic.sqlite"))
    assert code == 3 and "neexistuje" in err


def test_unknown_user_is_refused(capsys, town_path):
    """Refused like a wrong password (exit 3): the answer does not tell which names exist."""
    code, out, err = run(capsys, "list", "persons", "--user", "nikdo", "--db", str(town_path))
    assert code == 3 and out == "" and "Nesprávné uživatelské jméno nebo heslo" in err


def test_init_twice_keeps_the_name(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "spravce-heslo")
    db = str(tmp_path / "nova.sqlite")
    assert run(capsys, "init", "--name", "KMB Trutnov – kancelář", "--db", db)[0] == 0
    assert run(capsys, "init", "--name", "KMB Trutnov – kancelář", "--db", db,
               "--user", "admin")[0] == 0
    code, _, err = run(capsys, "init", "--name", "Jiný název", "--db", db, "--user", "admin")
    assert code == 1 and "už existuje" in err


def test_data_dir_default_database(capsys, _data_dir, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "spravce-heslo")
    assert run(capsys, "init", "--name", "Výchozí")[0] == 0
    assert (_data_dir / "kmb.sqlite").exists()


def test_entry_point_prints_no_traceback(tmp_path):
    bad = tmp_path / "kmb.sqlite"
    bad.write_bytes(b"nonsense" * 100)
    proc = subprocess.run([sys.executable, "-m", "ui.launch", "list", "persons", "--db", str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
