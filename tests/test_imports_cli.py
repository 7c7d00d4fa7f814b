"""``kmb import`` and ``kmb export xlsx``: the town demo goes out and comes back
into an empty installation with the same counts; bad input is one Czech line."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.config import sqlite_url
from app.signin import create_installation
from models.allocation import Application
from models.audit import AuditEvent
from models.housing import Flat
from models.leases import Lease
from models.people import Household, Person

from .import_data import messy_poradnik
from .keys import TEST_KEY, TEST_PASSWORD

COUNTED = [Person, Household, Flat, Lease, Application]


def _counts(db) -> dict[str, int]:
    with db.reading() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m).where(
            m.deleted_at.is_(None), *([m.merged_into_id.is_(None)] if m is Person else [])))
            for m in COUNTED}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_kinds_are_the_import_kinds():
    from app.cli.cmd_imports import KINDS
    from app.imports.fields import KINDS as SERVICE_KINDS
    assert KINDS == list(SERVICE_KINDS)


def test_town_exports_and_reimports_into_an_empty_installation(capsys, town_db, town_url,
                                                               tmp_path, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "demo")
    out_file = tmp_path / "úřad.xlsx"
    code, out, err = run(capsys, "export", "xlsx", "-o", str(out_file), "--db", town_url,
                         "--user", "jana.dvorakova")          # a social worker may not
    assert code == 1 and "nemá oprávnění" in err and not out_file.exists()
    code, out, err = run(capsys, "export", "xlsx", "-o", str(out_file), "--db", town_url,
                         "--user", "admin")
    assert code == 0, err
    assert "Osoby" in out and out_file.exists()
    before = _counts(town_db)
    with town_db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "office_workbook")).one()
        assert json.loads(ev.detail)["sheets"]["Byty"] == before["flat"]

    empty = create_installation(sqlite_url(tmp_path / "new" / "kmb.sqlite"), "Nový úřad",
                                "admin", TEST_PASSWORD, key=TEST_KEY, series="").db
    url = sqlite_url(tmp_path / "new" / "kmb.sqlite")
    empty.close()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    for kind in ("persons", "households", "applications", "flats", "leases"):
        code, out, err = run(capsys, "import", kind, str(out_file), "--db", url,
                             "--user", "admin")
        assert code == 0, (kind, err, out)
    again = create_or_open(url)
    try:
        assert _counts(again) == before and min(before.values()) > 10, before
    finally:
        again.close()
    # importing the same workbook again adds nothing
    code, out, err = run(capsys, "import", "persons", str(out_file), "--db", url,
                         "--user", "admin")
    assert code == 0 and "Importováno: 0 nových" in out


def create_or_open(url):
    from app.signin import sign_in
    db, _actor = sign_in(url, "admin", TEST_PASSWORD)
    return db


def test_bad_input_is_one_czech_line(capsys, db, tmp_path, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    url = str(db.url)
    who = ("--db", url, "--user", "admin")
    pdf = tmp_path / "seznam.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "import", "persons", str(pdf), *who)
    assert code == 1 and err.count("\n") == 1 and "není tabulka XLSX ani CSV" in err
    path = messy_poradnik(tmp_path / "poradnik.xlsx")
    code, out, err = run(capsys, "import", "applications", str(path), "--dry-run", *who)
    assert code == 1
    for line in (9, 10, 11, 12, 13):                 # the dry run names each bad row
        assert f"řádek {line}:" in out
    code, out, err = run(capsys, "import", "applications", str(path), *who)
    assert code == 1 and err.count("\n") == 1 and "řádek 9" in err
    assert _counts(db)["application"] == 0
    bad_map = tmp_path / "map.json"
    bad_map.write_text(json.dumps({"full_name": "Jméno a příjmení", "filed_on": "Datum podání",
                                   "birth_date": "Datum podání"}), encoding="utf-8")
    code, out, err = run(capsys, "import", "applications", str(path), "--map", str(bad_map),
                         *who)
    assert code == 1 and "přiřazen dvakrát" in err and err.count("\n") == 1
    bad_map.write_text("{nejson", encoding="utf-8")
    code, out, err = run(capsys, "import", "applications", str(path), "--map", str(bad_map),
                         *who)
    assert code == 1 and "není platný JSON" in err
    code, out, err = run(capsys, "import", "applications", str(path), "--skip-invalid", *who)
    assert code == 0 and "Importováno: 4 nových" in out and "vynechán řádek 9" in out
    assert _counts(db)["application"] == 4


@pytest.mark.parametrize("argv", [["import", "cars", "x.csv"], ["export", "pdf"]])
def test_wrong_arguments_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_the_demo_sample_list_imports_into_the_town(town_db, tmp_path):
    """The demo's messy pořadník (beside the demo database) goes through the
    wizard's service: its two mistakes are named, the rest imports, once."""
    from app.demo.imports import write_sample
    from app.imports import service
    from app.installation import admin_actor
    from .conftest import DEMO_TODAY
    path = write_sample(tmp_path, DEMO_TODAY)
    admin = admin_actor(town_db)
    preview = service.preview_import(town_db, admin, "applications", path, today=DEMO_TODAY)
    assert preview.header_line == 4 and preview.rows == 24
    assert [p.line for p in preview.problems] == [12, 21]
    before = _counts(town_db)["application"]
    done = service.run_import(town_db, admin, "applications", path, skip_invalid=True,
                              today=DEMO_TODAY)
    assert done.created == 22 and _counts(town_db)["application"] == before + 22
    again = service.run_import(town_db, admin, "applications", path, skip_invalid=True,
                               today=DEMO_TODAY)
    assert again.created == 0
