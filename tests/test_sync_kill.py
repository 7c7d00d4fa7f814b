"""A process importing a large bundle is killed (SIGKILL) at random moments:
the database always passes integrity_check and holds all of the bundle or
none of it."""
from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.config import sqlite_url
from app.db import open_database
from app.installation import admin_actor, current
from app.sync.export import export_bundle

from .sync_helpers import installation, link
from .keys import TEST_KEY, raw_connect

ROOT = Path(__file__).resolve().parent.parent
IMPORTER = ("import sys\n"
            "from app.db import open_database\n"
            "from app.installation import admin_actor\n"
            "from app.sync.importer import import_bundle\n"
            "db = open_database(sys.argv[1], key=bytes(range(32)))\n"
            "print('start', flush=True)\n"
            "import_bundle(db, admin_actor(db), sys.argv[2])\n"
            "print('done', flush=True)\n")


def _counts(path: Path) -> tuple[str, int, int, int]:
    con = raw_connect(path)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        persons = con.execute("SELECT count(*) FROM person").fetchone()[0]
        flats = con.execute("SELECT count(*) FROM flat").fetchone()[0]
        meters = con.execute("SELECT count(*) FROM meter").fetchone()[0]
    finally:
        con.close()
    return check, persons, flats, meters


def test_killed_import_is_all_or_nothing(town_path, tmp_path):
    office = open_database(sqlite_url(town_path), key=TEST_KEY)
    oa = admin_actor(office)
    laptop, la = installation(tmp_path / "laptop.sqlite", "Notebook")
    link(office, oa, laptop, la)
    bundle = tmp_path / "big.kmbx"
    export_bundle(office, oa, current(laptop).id, bundle)
    office.close()
    laptop.close()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copy(tmp_path / "laptop.sqlite", pristine)

    def run(kill_after: float | None) -> subprocess.Popen:
        target = tmp_path / "victim.sqlite"
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(pristine, target)
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(target), str(bundle)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"start"
        if kill_after is None:
            proc.wait(timeout=120)
        else:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        return proc

    started = time.perf_counter()
    assert run(None).returncode == 0
    full_time = time.perf_counter() - started
    check, *full = _counts(tmp_path / "victim.sqlite")
    assert check == "ok" and full[0] >= 300 and full[1] == 700

    rng = random.Random(2026)
    outcomes = set()
    for _ in range(5):
        run(rng.uniform(0.0, full_time * 1.1))
        check, persons, flats, meters = _counts(tmp_path / "victim.sqlite")
        assert check == "ok"
        assert [persons, flats, meters] in ([0, 0, 0], full)
        outcomes.add(persons)
    assert 0 in outcomes     # at least one kill landed before the commit
