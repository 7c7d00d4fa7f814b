"""The scope test of tests/test_sync_scope.py on a city-shaped office (issue 11:
"passes on `town` and on a `city` sample").

The sample is the `city` demo (its staff of eight workers, its streets, settings
and volumes of flats, applications and assessments) with fewer persons: 3,000 by
default, ``KMB_CITY_SAMPLE=N`` for another size (the full city has 100,000 and
takes too long to build in a test run). ``KMB_CITY_DB=PATH`` runs the same check
on an already built city demo (a copy is used; ``KMB_CITY_KEY`` = its database
key in hex, default the benchmarks' key ``bytes(range(32))``), e.g.

    KMB_CITY_DB=/path/city.sqlite python -m pytest tests/test_sync_scope_city.py -s

On PostgreSQL (``KMB_TEST_DATABASE_URL``) the sample office is built as a file
and moved to the server with ``kmb db copy``; the laptop is a SQLite file, as
in tests/test_sync_scope.py.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.config import sqlite_url
from app.db import open_database

from . import backends
from .keys import TEST_KEY
from .conftest import DEMO_TODAY
from .test_sync_scope import check_laptop_scope

pytestmark = pytest.mark.slow


@pytest.fixture
def city_office(tmp_path):
    given = os.environ.get("KMB_CITY_DB")
    if given:
        target = tmp_path / "city.sqlite"
        shutil.copy(given, target)
        if Path(f"{given}.keys").exists():
            shutil.copy(f"{given}.keys", f"{target}.keys")
        key = bytes.fromhex(os.environ["KMB_CITY_KEY"]) if os.environ.get("KMB_CITY_KEY") \
            else bytes(range(32))
        db = open_database(sqlite_url(target), key=key)
    elif backends.on_postgres():        # the office on a server, as test_sync_scope's town_db
        name = backends.create_database(kind="city")
        db = _moved_to_server(tmp_path, backends.url_of(name))
        yield db
        db.close()
        backends.drop_database(name)
        return
    else:
        from app.demo import build_demo
        db = build_demo(tmp_path / "city.sqlite", "city", today=DEMO_TODAY,
                        key=TEST_KEY, persons=_sample_size())
    yield db
    db.close()


def _moved_to_server(tmp_path, url: str):
    """The same sample built as a file and moved to the server with ``kmb db
    copy`` (as an office moves): building it on the server freezes each of its
    thousands of contracts and decisions with a dozen round trips apiece (over
    900 s on a loaded machine); the copy writes table by table and verifies the
    counts and the audit chain."""
    from app.auth import set_password
    from app.db_copy import copy_database
    from app.demo import build_demo
    from app.installation import admin_actor
    from .keys import TEST_PASSWORD
    src = build_demo(tmp_path / "city.sqlite", "city", today=DEMO_TODAY, key=TEST_KEY,
                     persons=_sample_size())
    try:
        admin = admin_actor(src)
        set_password(src, admin, admin.user_id, TEST_PASSWORD, TEST_PASSWORD)
        copy_database(src, admin, url, TEST_PASSWORD)
    finally:
        src.close()
    return open_database(url)


def _sample_size() -> int:
    return int(os.environ.get("KMB_CITY_SAMPLE", "3000"))


def test_city_laptop_holds_no_record_of_another_workers_household(city_office, tmp_path):
    counts = check_laptop_scope(city_office, tmp_path)
    assert counts["own households"] and counts.get("foreign person", 0) >= 0
    print("\ncity sample, the busiest worker's laptop:",
          ", ".join(f"{k} {v}" for k, v in counts.items()))
