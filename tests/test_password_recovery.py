"""A forgotten password, set anew with the office's recovery key: ``kmb password
reset`` and "Zapomenuté heslo" in the sign-in dialog. A wrong key is one clear
line (exit 3) and changes nothing; the reset and the wrong keys are audited."""
from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.auth import NewUser, create_user
from app.cli.main import main
from app.keyslots import SignInRefused, recovery_text
from app.signin import create_installation, sign_in
from models.audit import AuditEvent
from models.staff import Role
from ui import app as ui_app
from ui.login import ForgottenPasswordDialog, LoginDialog

from .ui_helpers import type_text


@pytest.fixture
def office(tmp_path):
    """A fresh office with a worker; the recovery key as printed at ``kmb init``."""
    path = tmp_path / "office" / "kmb.sqlite"
    new = create_installation(str(path), "KMB Trutnov", "admin", "heslo-spravce")
    create_user(new.db, new.actor, NewUser("jana", "Jana Dvořáková", Role.SOCIAL_WORKER,
                                           "zapomenute-heslo", "zapomenute-heslo"))
    new.db.close()
    key_file = tmp_path / "klic.txt"
    key_file.write_text(new.recovery_key + "\n")
    return path, new.recovery_key, key_file


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code:
        assert len(err.strip().splitlines()) == 1, err
    return code, out, err


def _events(path, password="nove-heslo-jany", user="jana"):
    db, _ = sign_in(str(path), user, password)
    with db.reading() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.user_name, AuditEvent.detail)
                         .order_by(AuditEvent.seq)).all()
    db.close()
    return rows


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_cli_reset_with_the_recovery_file(office, capsys, monkeypatch):
    path, _, key_file = office
    monkeypatch.setenv("KMB_PASSWORD", "nove-heslo-jany")
    code, out, _ = _run(capsys, "password", "reset", "--db", str(path), "--user", "jana",
                        "--recovery-file", str(key_file))
    assert code == 0 and "Jana Dvořáková" in out
    with pytest.raises(SignInRefused):
        sign_in(str(path), "jana", "zapomenute-heslo")
    events = _events(path)
    assert ("password_recovery", "Jana Dvořáková") in [(a, u) for a, u, _ in events]
    # the new password works from the CLI too, and the administrator's is untouched
    code, _, _ = _run(capsys, "list", "persons", "--db", str(path), "--user", "jana")
    assert code == 0
    sign_in(str(path), "admin", "heslo-spravce")[0].close()


def test_cli_reset_with_the_key_in_the_environment(office, capsys, monkeypatch):
    path, recovery, _ = office
    monkeypatch.setenv("KMB_RECOVERY_KEY", recovery.lower())      # typed in lower case
    monkeypatch.setenv("KMB_PASSWORD", "nove-heslo-jany")
    assert _run(capsys, "password", "reset", "--db", str(path), "--user", "jana")[0] == 0
    sign_in(str(path), "jana", "nove-heslo-jany")[0].close()


@pytest.mark.parametrize("bad", ["typo", "foreign", "missing file", "no key"])
def test_cli_wrong_recovery_key_is_one_line_and_changes_nothing(office, tmp_path, capsys,
                                                                monkeypatch, bad):
    path, recovery, _ = office
    monkeypatch.setenv("KMB_PASSWORD", "nove-heslo-jany")
    monkeypatch.delenv("KMB_RECOVERY_KEY", raising=False)
    wrong = tmp_path / "spatny.txt"
    if bad == "typo":
        wrong.write_text(recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))
    elif bad == "foreign":
        wrong.write_text(recovery_text(os.urandom(32)))
    db_before = path.read_bytes()
    argv = ["password", "reset", "--db", str(path), "--user", "jana"]
    if bad != "no key":
        argv += ["--recovery-file", str(wrong)]
    code, out, err = _run(capsys, *argv)
    expected = {"typo": "kontrolní součet", "foreign": "nepatří k této databázi",
                "missing file": "nelze číst", "no key": "Chybí klíč pro obnovu"}[bad]
    assert code == 3 and expected in err and out == ""
    assert path.read_bytes() == db_before
    sign_in(str(path), "jana", "zapomenute-heslo")[0].close()   # the old password still works
    slots = json.loads(path.with_name("kmb.sqlite.keys").read_text())["failures"]
    assert slots["count"] == 0          # no back-off from recovery attempts


def test_a_foreign_recovery_key_is_audited_at_the_next_sign_in(office, tmp_path, capsys,
                                                               monkeypatch):
    path, _, _ = office
    wrong = tmp_path / "cizi.txt"
    wrong.write_text(recovery_text(os.urandom(32)))
    monkeypatch.setenv("KMB_PASSWORD", "nove-heslo-jany")
    assert _run(capsys, "password", "reset", "--db", str(path), "--user", "jana",
                "--recovery-file", str(wrong))[0] == 3
    events = _events(path, "zapomenute-heslo")
    failed = [json.loads(d) for a, _, d in events if a == "login_failed"]
    assert failed and failed[-1]["recovery_key"] is True and failed[-1]["username"] == "jana"


def test_cli_bad_new_password_or_unknown_user_changes_nothing(office, capsys, monkeypatch):
    path, _, key_file = office
    before = _snapshot(path.parent)
    monkeypatch.setenv("KMB_PASSWORD", "kratke")
    code, _, err = _run(capsys, "password", "reset", "--db", str(path), "--user", "jana",
                        "--recovery-file", str(key_file))
    assert code == 1 and "alespoň 8 znaků" in err
    monkeypatch.setenv("KMB_PASSWORD", "dost-dlouhe-heslo")
    code, _, err = _run(capsys, "password", "reset", "--db", str(path), "--user", "nikdo",
                        "--recovery-file", str(key_file))
    assert code == 3 and "neexistuje" in err
    code, _, err = _run(capsys, "password", "reset", "--db", str(path),
                        "--recovery-file", str(key_file))
    assert code == 3 and "Přihlaste se" in err
    after = _snapshot(path.parent)
    assert after.keys() == before.keys()
    assert json.loads(after["kmb.sqlite.keys"])["slots"] == \
        json.loads(before["kmb.sqlite.keys"])["slots"]


def test_forgotten_password_in_the_sign_in_dialog(qtbot, office, monkeypatch):
    path, recovery, _ = office
    seen = {}

    def forgotten_exec(dialog):
        assert dialog.username.text() == "jana"
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        type_text(qtbot, dialog.recovery, recovery_text(os.urandom(32)))
        type_text(qtbot, dialog.password, "nove-heslo-jany")
        type_text(qtbot, dialog.again, "nove-heslo-jany")
        qtbot.mouseClick(ok, Qt.LeftButton)
        seen["foreign"] = dialog.error.text()
        dialog.recovery.clear()
        type_text(qtbot, dialog.recovery, recovery)
        dialog.again.clear()
        type_text(qtbot, dialog.again, "jine-heslo-jany")
        qtbot.mouseClick(ok, Qt.LeftButton)
        seen["mismatch"] = dialog.errors.message("password_again")
        seen["old_still_works"] = _old_password_works(path)
        dialog.again.clear()
        type_text(qtbot, dialog.again, "nove-heslo-jany")
        qtbot.mouseClick(ok, Qt.LeftButton)
        return dialog.result()

    def login_exec(dialog):
        seen["button"] = dialog.forgotten.isVisible() or not dialog.forgotten.isHidden()
        qtbot.mouseClick(dialog.forgotten, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ForgottenPasswordDialog, "exec", forgotten_exec)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    ui_app.make_application(lang="cs")
    ctx = ui_app.sign_in(str(path), "jana")
    assert seen["button"] and "nepatří" in seen["foreign"]
    assert "neshodují" in seen["mismatch"] and seen["old_still_works"]
    assert ctx is not None and ctx.actor.name == "Jana Dvořáková"     # signed in at once
    ctx.db.close()
    actions = [a for a, _, _ in _events(path)]
    assert "password_recovery" in actions
    with pytest.raises(SignInRefused):
        sign_in(str(path), "jana", "zapomenute-heslo")


def _old_password_works(path) -> bool:
    try:
        sign_in(str(path), "jana", "zapomenute-heslo")[0].close()
    except SignInRefused:
        return False
    return True


def test_forgotten_password_is_not_offered_for_a_server_database(qtbot):
    dialog = LoginDialog(lambda u, p: None, "server", "jana")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.forgotten.isVisible()


# -- the printable recovery-key sheet ------------------------------------------------------
def _pdf_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _temp_files(folder) -> set:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_kmb_init_writes_the_recovery_sheet(tmp_path, capsys, monkeypatch):
    import tempfile
    # a temp folder of its own: the system one is shared with the other test workers
    own_temp = tmp_path / "temp"
    own_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_temp))
    temp_before = _temp_files(own_temp)
    monkeypatch.setenv("KMB_PASSWORD", "heslo-spravce")
    sheet = tmp_path / "list.pdf"
    path = tmp_path / "kmb.sqlite"
    code, out, _ = _run(capsys, "init", "--name", "KMB Trutnov – kancelář", "--db", str(path),
                        "--recovery-sheet", str(sheet))
    assert code == 0
    key = out.split("\n")[2].strip()
    text = _pdf_text(sheet.read_bytes())
    for group in key.split("-"):
        assert group in text
    assert "Klíč pro obnovu databáze" in text and "KMB Trutnov – kancelář" in text
    assert "trezoru" in text and "kmb password reset" in text
    from app.formatting import format_date
    import datetime as dt
    assert format_date(dt.date.today()) in text
    assert (sheet.stat().st_mode & 0o777) == 0o600
    # printed, not stored: neither the key file nor the temp folder holds the key
    assert key.replace("-", "") not in path.with_name("kmb.sqlite.keys").read_text()
    import pathlib
    for f in _temp_files(pathlib.Path(tempfile.gettempdir())) - temp_before:
        assert key.split("-")[0].encode() not in f.read_bytes(), f
    # the sheet is a print in the audit trail
    db, _ = sign_in(str(path), "admin", "heslo-spravce")
    with db.reading() as s:
        printed = s.execute(select(AuditEvent.detail).where(AuditEvent.action == "print")).all()
    db.close()
    assert any("recovery_sheet" in d for (d,) in printed)


def test_kmb_init_refuses_a_sheet_in_a_missing_folder_before_creating_anything(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KMB_PASSWORD", "heslo-spravce")
    path = tmp_path / "kmb.sqlite"
    code, _, err = _run(capsys, "init", "--name", "Úřad", "--db", str(path),
                        "--recovery-sheet", str(tmp_path / "chybi" / "list.pdf"))
    assert code == 1 and "neexistuje" in err
    assert not path.exists()


def test_the_sheet_needs_this_databases_key(db, admin):
    from app.recovery import recovery_sheet_pdf
    from app.keyslots import recovery_text
    with pytest.raises(SignInRefused, match="nepatří"):
        recovery_sheet_pdf(db, admin, recovery_text(os.urandom(32)))
    if db.server:        # a server database has no SQLCipher key: no key fits, no sheet
        with pytest.raises(SignInRefused, match="nepatří"):
            recovery_sheet_pdf(db, admin, recovery_text(bytes(32)))
        return
    pdf, name = recovery_sheet_pdf(db, admin, recovery_text(db.key))
    assert pdf.startswith(b"%PDF") and name.endswith(".pdf")


def test_first_start_prints_the_sheet_from_memory(qtbot, tmp_path, monkeypatch):
    import tempfile
    from ui.login import FirstPasswordDialog, RecoveryKeyDialog
    from ui.widgets.pdf_preview import PdfPreviewDialog
    # a temp folder of its own: other test workers' files (openpyxl's) come and go in the system one
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _temp_files(temp)
    path = tmp_path / "nova" / "kmb.sqlite"
    seen = {}

    def first_exec(dialog):
        type_text(qtbot, dialog.password, "správce-heslo")
        type_text(qtbot, dialog.again, "správce-heslo")
        dialog.save()
        return dialog.result()

    def preview_exec(dialog):
        seen["pages"] = dialog.page_count
        seen["text"] = _pdf_text(dialog.pdf_bytes)
        saved = dialog.save_to(tmp_path / "list.pdf")        # "Uložit jako PDF…" to a chosen file
        seen["saved_mode"] = saved.stat().st_mode & 0o777
        return 0

    def recovery_exec(dialog):
        seen["key"] = dialog.key.text()
        assert dialog.print_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
        qtbot.mouseClick(dialog.written, Qt.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FirstPasswordDialog, "exec", first_exec)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", recovery_exec)
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview_exec)
    ui_app.make_application(lang="cs")
    ctx = ui_app.sign_in(str(path), None)
    assert ctx is not None
    ctx.db.close()
    assert seen["pages"] == 1 and seen["saved_mode"] == 0o600
    for group in seen["key"].split("-"):
        assert group in seen["text"]
    for f in _temp_files(temp) - before:
        assert seen["key"].split("-")[0].encode() not in f.read_bytes(), f
