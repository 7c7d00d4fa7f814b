"""Nothing of a bundle is ever on disk in plaintext: import and export killed
(SIGKILL) at random moments leave no file with a rodné číslo or a sentinel
health text in the temp folder; leftovers of older versions are removed when
kmb starts; an oversized bundle is refused before it fills memory."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import settings
from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, current
from app.sync.export import export_bundle
from app.sync.importer import import_bundle
from models.people import Person

from .keys import TEST_KEY
from .sync_helpers import MaliciousPeer, assert_refused, installation, link

ROOT = Path(__file__).resolve().parent.parent
BIRTH_NUMBER = "8551011234"
SENTINEL = "SENTINEL-ZDRAVI-7731"
SCRIPT = ("import sys\n"
          "from app.db import open_database\n"
          "from tests.keys import TEST_KEY\n"
          "from app.installation import admin_actor\n"
          "from app.sync.export import export_bundle\n"
          "from app.sync.importer import import_bundle\n"
          "db = open_database(sys.argv[2], key=TEST_KEY)\n"
          "print('start', flush=True)\n"
          "if sys.argv[1] == 'import':\n"
          "    import_bundle(db, admin_actor(db), sys.argv[3])\n"
          "else:\n"
          "    export_bundle(db, admin_actor(db), sys.argv[4], sys.argv[3], full=True)\n"
          "print('done', flush=True)\n")


def _secrets_under(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if BIRTH_NUMBER.encode() in data or SENTINEL.encode() in data:
                found.append(path)
    return found


def test_killed_import_and_export_leave_no_plaintext(town_path, tmp_path):
    office = open_database(sqlite_url(town_path), key=TEST_KEY)
    oa = admin_actor(office)
    with office.transaction() as s:
        s.add(Person(given_name="Citlivá", surname="Osoba", birth_number=BIRTH_NUMBER,
                     note=f"zdravotní stav: {SENTINEL}"))
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    laptop_id = current(laptop).id
    bundle = tmp_path / "big.kmbx"
    export_bundle(office, oa, laptop_id, bundle)
    office.close()
    laptop.close()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copy(tmp_path / "laptop.sqlite", pristine)
    temp = tmp_path / "tmp"
    temp.mkdir()
    # a leftover of an older version killed mid-import: a decrypted bundle
    old = temp / "kmb-import-abc123"
    old.mkdir()
    (old / "bundle.tar").write_bytes(f"{BIRTH_NUMBER} {SENTINEL}".encode())
    env = dict(os.environ, TMPDIR=str(temp), TMP=str(temp), TEMP=str(temp))

    def run(mode: str, kill_after: float | None) -> float:
        target = tmp_path / "victim.sqlite"
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if mode == "import":
            shutil.copy(pristine, target)
            args = [str(target), str(bundle)]
        else:
            target = town_path
            args = [str(town_path), str(tmp_path / "out.kmbx"), laptop_id]
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", SCRIPT, mode, args[0], *args[1:]],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"start", proc.stderr.read()
        if kill_after is None:
            assert proc.wait(timeout=300) == 0, proc.stderr.read()
        else:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        return time.perf_counter() - started

    import_time = run("import", None)
    assert old.exists()                      # an import leaves the temp folder alone
    started = subprocess.run(                # ... and the next start of kmb removes it
        [sys.executable, "-m", "ui.launch", "bundle", "import", str(bundle), "--db",
         str(tmp_path / "none.sqlite"), "--user", "admin"], cwd=ROOT,
        env=dict(env, KMB_PASSWORD="x"), capture_output=True, timeout=120)
    assert started.returncode != 0 and not old.exists(), started.stderr
    export_time = run("export", None)
    rng = random.Random(2026)
    for mode, full in (("import", import_time), ("export", export_time)):
        for _ in range(4):
            run(mode, rng.uniform(0.0, full * 1.1))
            assert _secrets_under(temp) == []
            leftovers = [p for p in tmp_path.glob(".out.kmbx.part")]
            for part in leftovers:           # an encrypted partial output at most
                assert BIRTH_NUMBER.encode() not in part.read_bytes()
    # the whole test folder: only the databases may hold the secret
    holders = {p.name for p in _secrets_under(tmp_path)}
    assert holders <= {"victim.sqlite", "victim.sqlite-wal", town_path.name,
                       f"{town_path.name}-wal"}, holders


@pytest.fixture
def pair(tmp_path):
    office, oa = installation(tmp_path / "office.sqlite", "Kancelář")
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    yield office, oa, laptop, la
    office.close()
    laptop.close()


def test_oversized_bundle_is_refused(pair, tmp_path):
    office, oa, laptop, la = pair
    with office.transaction() as s:
        settings.put(s, oa, "sync.max_bundle_mb", 1)
    evil = MaliciousPeer(laptop, office)
    blob = random.Random(1).randbytes(3 << 20)
    import hashlib
    sha = hashlib.sha256(blob).hexdigest()
    path = evil.bundle(tmp_path / "big.kmbx", [], blobs={sha: blob})
    assert path.stat().st_size > 3 << 20
    assert_refused(office, oa, path, "větší než povolených 1 MB")


def test_row_count_must_match_the_signed_manifest(pair, tmp_path):
    office, oa, laptop, la = pair
    evil = MaliciousPeer(laptop, office)
    from models.base import new_id
    values = {"id": new_id(), "given_name": "Jan", "surname": "Novák",
              "created_at": "2026-12-01T10:00:00", "updated_at": "2026-12-01T10:00:00",
              "deleted_at": None, "search_surname": "novak", "search_given": "jan",
              "sort_key": "novak jan"}
    path = evil.bundle(tmp_path / "e.kmbx", [("person", values, evil.meta())],
                       manifest={"rows": 0})
    assert_refused(office, oa, path, "Počet záznamů")


def test_import_writes_nothing_to_the_temp_folder(pair, tmp_path, monkeypatch):
    import tempfile
    office, oa, laptop, la = pair
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with office.transaction() as s:
        s.add(Person(given_name="Citlivá", surname="Osoba", birth_number=BIRTH_NUMBER,
                     note=SENTINEL))
    export_bundle(office, oa, current(laptop).id, tmp_path / "1.kmbx")
    import_bundle(laptop, la, tmp_path / "1.kmbx")
    assert list(temp.iterdir()) == []
