"""Opening databases: migrations equal the ORM, bad files are refused clearly."""
from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.backups import backup_key, extract
from app.config import sqlite_url
from app.db import alembic_config, backup_database, head_revision, make_engine, open_database
from app.errors import DatabaseProblem
from app.signin import sign_in
from models.base import Base

from .keys import TEST_KEY, TEST_PASSWORD, raw_connect


def test_migrations_produce_exactly_the_orm_metadata(tmp_path):
    engine = create_engine(sqlite_url(tmp_path / "m.sqlite"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only("SQLite PRAGMAs (WAL journal, foreign_keys switch)")
def test_new_database_has_wal_and_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_every_older_revision_upgrades_with_data_and_a_backup(tmp_path):
    """Each earlier schema revision opens, keeps its rows and is copied aside
    first (an encrypted backup since the SQLCipher release)."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in script.walk_revisions()][1:]  # all but head
    for rev in revisions:
        path = tmp_path / f"old-{rev}.sqlite"
        engine = make_engine(sqlite_url(path), TEST_KEY)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), rev)
            conn.execute(text("INSERT INTO installation (id, name, origin, created_at, hlc) "
                              "VALUES ('i', 'Stará', 'abc', '2026-01-01', 1)"))
        engine.dispose()
        db = open_database(sqlite_url(path), key=TEST_KEY)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM installation")).scalar() == "Stará"
        db.close()
        copies = list((tmp_path / "zalohy").glob(f"old-{rev}-*.kmbbak"))
        assert copies and b"Star" not in copies[0].read_bytes()


@pytest.mark.sqlite_only("file backups (a server database is backed up with pg_dump)")
def test_backup_copies_a_consistent_database(db, tmp_path):
    target = backup_database(db.path, TEST_KEY, "test")
    key, _ = backup_key(target, username="admin", password=TEST_PASSWORD)
    extract(target, key, tmp_path / "copy.sqlite")
    con = raw_connect(tmp_path / "copy.sqlite")
    assert con.execute("SELECT count(*) FROM installation").fetchone()[0] == 1
    con.close()


def test_missing_database_is_not_created_by_commands(tmp_path):
    with pytest.raises(DatabaseProblem, match="neexistuje"):
        open_database(sqlite_url(tmp_path / "preklep.sqlite"))
    assert not (tmp_path / "preklep.sqlite").exists()


def test_garbage_file_is_refused(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is a word document, not a database" * 100)
    with pytest.raises(DatabaseProblem, match="není databáze"):
        open_database(sqlite_url(bad))


@pytest.mark.sqlite_only("a damaged SQLCipher file")
def test_damaged_database_is_refused_with_a_readable_message(db, tmp_path):
    path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    data[100:4096 * 2] = b"\xff" * (4096 * 2 - 100)     # smash the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as err:
        open_database(sqlite_url(path), key=TEST_KEY)
    assert "\n" not in err.value.message


def test_foreign_sqlite_database_is_refused(tmp_path):
    other = tmp_path / "jina.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recepty (nazev TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="ne databáze KMB"):
        sign_in(str(other), "admin", TEST_PASSWORD)


def test_database_from_a_newer_release_is_refused(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    url, key = db.url, db.key
    db.close()
    with pytest.raises(DatabaseProblem, match="novější verze"):
        open_database(url, key=key)


def test_head_revision_is_known():
    assert head_revision()


def test_head_revision_read_from_the_scripts_agrees_with_alembic():
    # app.db reads the head without loading Alembic (a second of every command's start)
    from alembic.script import ScriptDirectory
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys
    from tests.keys import TEST_KEY
    path = tmp_path / "kmb.sqlite"
    open_database(sqlite_url(path), key=TEST_KEY, create=True).close()
    code = ("import sys; from pathlib import Path; from app.config import sqlite_url; "
            "from app.db import open_database; "
            f"open_database(sqlite_url(Path({str(path)!r})), key=bytes.fromhex({TEST_KEY.hex()!r})).close(); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stderr
