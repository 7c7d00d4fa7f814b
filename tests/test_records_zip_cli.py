"""``kmb records zip REF DOCUMENT -o FILE``: one procedure document as the
screen exports it for the records system — a ZIP of the PDF and its JSON
metadata, whose SHA-256 matches the PDF — signed in, with the screen's
permissions, audited, every failure one Czech line and nothing written."""
from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from sqlalchemy import select

from app.auth import NewUser, create_user
from models.audit import AuditEvent
from models.procedure import HousingProcedure
from models.staff import Role

from .keys import TEST_PASSWORD
from .test_records_cli import _two_procedures, run


def _exports(db) -> list[dict]:
    with db.reading() as s:
        return [json.loads(d) for d in s.scalars(select(AuditEvent.detail).where(
            AuditEvent.action == "export", AuditEvent.entity == "housing_procedure"))]


def test_zip_of_the_decision_with_its_hash_and_audit(capsys, db, admin, tmp_path, monkeypatch):
    cid, _other = _two_procedures(db, admin)
    with db.reading() as s:
        file_ref = s.scalars(select(HousingProcedure.file_ref).where(
            HousingProcedure.case_id == cid)).one()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    out = tmp_path / "rozhodnuti.zip"
    code, text, err = run(capsys, "records", "zip", file_ref, "decision", "-o", str(out),
                          "--db", str(db.url), "--user", "admin")
    assert code == 0 and err == "" and text.count("\n") == 1
    assert hashlib.sha256(out.read_bytes()).hexdigest() in text
    with zipfile.ZipFile(out) as z:
        names = sorted(z.namelist())
        assert names == ["rozhodnuti-MUTR-9-2026.json", "rozhodnuti-MUTR-9-2026.pdf"]
        pdf = z.read("rozhodnuti-MUTR-9-2026.pdf")
        meta = json.loads(z.read("rozhodnuti-MUTR-9-2026.json"))
    assert pdf.startswith(b"%PDF")
    assert meta["soubor"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert meta["cislo_jednaci"] == "MUTR 9/2026" and meta["spisova_znacka"] == file_ref
    assert _exports(db) == [{"document": "decision", "sha256": meta["soubor"]["sha256"]}]


def test_a_social_worker_may_as_on_the_screen_a_property_worker_may_not(capsys, db, admin,
                                                                       tmp_path, monkeypatch):
    cid, _other = _two_procedures(db, admin)
    with db.reading() as s:
        file_ref = s.scalars(select(HousingProcedure.file_ref).where(
            HousingProcedure.case_id == cid)).one()
    for username, role in (("jana.prace", Role.SOCIAL_WORKER), ("petr.byty", Role.PROPERTY),
                           ("iva.cte", Role.READONLY)):
        create_user(db, admin, NewUser(username, username, role, "heslo-12345678",
                                       "heslo-12345678"))
    monkeypatch.setenv("KMB_PASSWORD", "heslo-12345678")
    for user in ("petr.byty", "iva.cte"):
        out = tmp_path / f"{user}.zip"
        code, text, err = run(capsys, "records", "zip", file_ref, "application", "-o", str(out),
                              "--db", str(db.url), "--user", user)
        assert code == 1 and err.count("\n") == 1 and "oprávnění" in err, (user, err)
        assert not out.exists()
    assert _exports(db) == []
    out = tmp_path / "protokol.zip"
    code, text, err = run(capsys, "records", "zip", file_ref, "protocol", "-o", str(out),
                          "--db", str(db.url), "--user", "jana.prace")
    assert code == 0 and out.exists()
    assert [e["document"] for e in _exports(db)] == ["protocol"]


def test_zip_refusals_are_one_line_and_write_nothing(capsys, db, admin, tmp_path, monkeypatch):
    cid, other = _two_procedures(db, admin)
    with db.reading() as s:
        other_ref = s.scalars(select(HousingProcedure.file_ref).where(
            HousingProcedure.case_id == other)).one()
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    who = ("--db", str(db.url), "--user", "admin")
    out = tmp_path / "x.zip"
    code, _o, err = run(capsys, "records", "zip", "KMB-0000/1999", "application", "-o",
                        str(out), *who)
    assert code != 0 and err.count("\n") == 1 and "KMB-0000/1999" in err
    code, _o, err = run(capsys, "records", "zip", other_ref, "decision", "-o", str(out), *who)
    assert code != 0 and err.count("\n") == 1 and "nebylo vydáno" in err   # not issued yet
    code, _o, err = run(capsys, "records", "zip", other_ref, "application", "-o",
                        str(tmp_path / "chybi" / "x.zip"), *who)
    assert code != 0 and err.count("\n") == 1 and "neexistuje" in err
    code, _o, err = run(capsys, "records", "zip", other_ref, "application", "-o",
                        str(tmp_path), *who)
    assert code != 0 and err.count("\n") == 1 and "složka" in err
    assert "Traceback" not in err and not out.exists()
    assert _exports(db) == []


@pytest.mark.parametrize("argv", [["records", "zip"], ["records", "zip", "KMB-1", "smlouva",
                                                       "-o", "x.zip"]])
def test_zip_wrong_arguments_exit_2(capsys, argv):
    from app.cli.main import main
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and capsys.readouterr().err.count("\n") == 1
