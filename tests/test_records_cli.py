"""``kmb records export``: the procedure documents as PDF and JSON metadata for
the office's records system — signed in, the lead and the administrator only,
each document audited, every failure one Czech line."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess

import pytest
from sqlalchemy import select

from app.auth import NewUser, create_user
from app.cases import procedure as proc
from app.cli.main import main
from models.audit import AuditEvent
from models.cases import Case
from models.staff import Role

from .keys import TEST_PASSWORD
from .test_procedure import _case, _through_opinion

D = dt.date


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _two_procedures(db, admin) -> tuple[str, str]:
    """One decided (application, protocol, decision) and one just filed."""
    cid = _case(db, admin)
    pid = _through_opinion(db, admin, cid)
    proc.record_step(db, admin, pid, "decision", {
        "decision_on": D(2026, 8, 20), "decision_ref": "MUTR 9/2026",
        "decision_outcome": "entered", "decision_reason": "Splněno."}, today=D(2026, 11, 27))
    other = _case(db, admin)
    proc.start_procedure(db, admin, other, application_on=D(2026, 9, 14), today=D(2026, 11, 27))
    return cid, other


def test_records_export_writes_pdf_and_metadata_and_audits(capsys, db, admin, tmp_path,
                                                           monkeypatch):
    cid, other = _two_procedures(db, admin)
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    who = ("--db", str(db.url), "--user", "admin")
    out_dir = tmp_path / "spisovna"

    code, out, err = run(capsys, "records", "export", "-o", str(out_dir), *who)
    assert code == 0, err
    assert "Uloženo 4 dokumentů" in out
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 8 and "rozhodnuti-MUTR-9-2026.pdf" in names
    meta = json.loads((out_dir / "rozhodnuti-MUTR-9-2026.json").read_text(encoding="utf-8"))
    pdf = (out_dir / "rozhodnuti-MUTR-9-2026.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and meta["soubor"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert meta["cislo_jednaci"] == "MUTR 9/2026" and meta["exportoval"] == admin.name
    text = subprocess.run(["pdftotext", str(out_dir / "rozhodnuti-MUTR-9-2026.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "MUTR 9/2026" in text
    with db.reading() as s:
        events = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.entity == "housing_procedure")).all()
        details = [json.loads(e.detail) for e in events]
        users = {e.user_name for e in events}
    assert sorted(d["document"] for d in details) == ["application", "application",
                                                      "decision", "protocol"]
    assert all(d["to"] == "records_system" for d in details)
    assert users == {admin.name}

    # one case by its spisová značka, and only what is new since a day
    with db.reading() as s:
        number = s.get(Case, other).number
    one = tmp_path / "jeden"
    code, out, err = run(capsys, "records", "export", "--case", number or other,
                         "-o", str(one), *who)
    assert code == 0, err
    assert [p.name.split("-")[0] for p in sorted(one.iterdir())] == ["zadost", "zadost"]
    late = tmp_path / "od-srpna"
    code, out, err = run(capsys, "records", "export", "--since", "15. 8. 2026",
                         "-o", str(late), *who)
    assert code == 0, err
    assert sorted(p.suffix for p in late.iterdir()) == [".json", ".json", ".pdf", ".pdf"]
    code, out, err = run(capsys, "records", "export", "--since", "1. 1. 2027",
                         "-o", str(tmp_path / "nic"), *who)
    assert code == 0 and "Žádné dokumenty" in out and not (tmp_path / "nic").exists()


def test_records_export_refusals_are_one_line(capsys, db, admin, tmp_path, monkeypatch):
    _two_procedures(db, admin)
    create_user(db, admin, NewUser("jana.prace", "Jana Práce", Role.SOCIAL_WORKER,
                                   "heslo-jany-123", "heslo-jany-123"))
    out_dir = tmp_path / "spis"
    monkeypatch.setenv("KMB_PASSWORD", "heslo-jany-123")
    code, out, err = run(capsys, "records", "export", "-o", str(out_dir),
                         "--db", str(db.url), "--user", "jana.prace")
    assert code == 1 and err.count("\n") == 1 and "oprávnění" in err
    assert not out_dir.exists()
    monkeypatch.setenv("KMB_PASSWORD", "špatné heslo")
    code, out, err = run(capsys, "records", "export", "-o", str(out_dir),
                         "--db", str(db.url), "--user", "admin")
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setenv("KMB_PASSWORD", TEST_PASSWORD)
    who = ("--db", str(db.url), "--user", "admin")
    code, out, err = run(capsys, "records", "export", "--case", "KMB-0000/1999",
                         "-o", str(out_dir), *who)
    assert code != 0 and err.count("\n") == 1 and "KMB-0000/1999" in err
    code, out, err = run(capsys, "records", "export", "--since", "31. 2. 2026",
                         "-o", str(out_dir), *who)
    assert code != 0 and err.count("\n") == 1 and "není platné datum" in err
    a_file = tmp_path / "soubor.txt"
    a_file.write_text("x")
    code, out, err = run(capsys, "records", "export", "-o", str(a_file), *who)
    assert code != 0 and err.count("\n") == 1 and "není složka" not in err and "složk" in err
    with db.reading() as s:
        assert not s.scalars(select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.entity == "housing_procedure")).all()


@pytest.mark.parametrize("argv", [["records"], ["records", "export"]])
def test_records_export_wrong_arguments_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and capsys.readouterr().err.count("\n") == 1
