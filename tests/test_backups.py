"""Encrypted backups: create, verify, restore (password or recovery key),
tampered and foreign files refused, the daily backup and its retention."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.backups import automatic_backup, create_backup, restore_backup
from app.cli.main import main
from app.errors import DatabaseProblem, PermissionDenied
from app.keyslots import SignInRefused
from app.people.records import PersonInput, add_person
from app.signin import create_installation, sign_in
from models.people import Person

pytestmark = pytest.mark.sqlite_only("file backups (kmb backup); a server database is backed up with pg_dump")


@pytest.fixture
def office(tmp_path):
    new = create_installation(str(tmp_path / "kmb.sqlite"), "Úřad", "admin", "heslo-spravce")
    return new


def _persons(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_backup_restores_the_saved_state(office, tmp_path):
    db, admin = office.db, office.actor
    backup = create_backup(db, admin, tmp_path / "zaloha.kmbbak").path
    assert (backup.stat().st_mode & 0o077) == 0
    with db.transaction() as s:
        add_person(s, admin, PersonInput(given_name="Po", surname="Záloze",
                                         birth_date=dt.date(1990, 1, 1)))
    assert _persons(db) == 1
    path = db.path
    db.close()
    kept = restore_backup(path, backup, username="admin", password="heslo-spravce")
    assert kept.parent.name == "zalohy" and kept.exists()
    db, _ = sign_in(str(path), "admin", "heslo-spravce")
    assert _persons(db) == 0
    db.close()


def test_restore_with_the_recovery_key_and_cli(office, tmp_path, capsys, monkeypatch):
    db, admin = office.db, office.actor
    backup = create_backup(db, admin, tmp_path / "zaloha.kmbbak").path
    path = db.path
    db.close()
    key_file = tmp_path / "klic.txt"
    key_file.write_text(office.recovery_key)
    assert main(["backup", "restore", str(backup), "--db", str(path),
                 "--recovery-key-file", str(key_file)]) == 0
    assert "obnovena" in capsys.readouterr().out


def test_tampered_truncated_and_foreign_backups_change_nothing(office, tmp_path):
    db, admin = office.db, office.actor
    backup = create_backup(db, admin, tmp_path / "zaloha.kmbbak").path
    path = db.path
    db.close()
    before = path.read_bytes()
    data = bytearray(backup.read_bytes())
    data[-5000] ^= 0xFF                                  # one flipped bit in a page
    bad = tmp_path / "upravena.kmbbak"
    bad.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="poškozená|nelze otevřít"):
        restore_backup(path, bad, username="admin", password="heslo-spravce")
    short = tmp_path / "zkracena.kmbbak"
    short.write_bytes(backup.read_bytes()[:len(data) // 2 + 100])
    with pytest.raises(DatabaseProblem):
        restore_backup(path, short, username="admin", password="heslo-spravce")
    other = tmp_path / "cizi.kmbbak"
    other.write_bytes(b"PK\x03\x04 not a backup")
    with pytest.raises(DatabaseProblem, match="není záloha"):
        restore_backup(path, other, username="admin", password="heslo-spravce")
    with pytest.raises(SignInRefused):
        restore_backup(path, backup, username="admin", password="spatne-heslo")
    assert path.read_bytes() == before
    assert not (tmp_path / "zalohy").exists()


def test_only_settings_managers_restore(office, tmp_path):
    from app.auth import NewUser, create_user
    from models.staff import Role
    db, admin = office.db, office.actor
    create_user(db, admin, NewUser("jana", "Jana", Role.SOCIAL_WORKER, "heslo-jany-1",
                                   "heslo-jany-1"))
    backup = create_backup(db, admin, tmp_path / "zaloha.kmbbak").path
    path = db.path
    db.close()
    before = path.read_bytes()
    with pytest.raises(PermissionDenied):
        restore_backup(path, backup, username="jana", password="heslo-jany-1")
    assert path.read_bytes() == before


def test_daily_backup_keeps_the_newest(office, tmp_path):
    db = office.db
    folder = db.path.parent / "zalohy"
    folder.mkdir()
    for day in range(1, 10):                              # nine older daily backups
        (folder / f"kmb-202601{day:02d}-080000-denni.kmbbak").write_bytes(b"x")
    made = automatic_backup(db, keep=7)
    assert made is not None and made.exists()
    assert automatic_backup(db, keep=7) is None           # once a day
    names = sorted(p.name for p in folder.glob("*-denni.kmbbak"))
    assert len(names) == 7 and made.name in names
    assert "kmb-20260101-080000-denni.kmbbak" not in names
    db.close()
