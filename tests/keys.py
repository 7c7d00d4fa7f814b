"""Test databases are encrypted like real ones, with one fixed key (so that a
test can copy a file and open the copy) and cheap Argon2 slots."""
from __future__ import annotations

from pathlib import Path

from app.db import connect_raw

TEST_KEY = bytes(range(32))
TEST_PASSWORD = "heslo-pro-testy"


def raw_connect(path: Path | str):
    """A DB-API connection to a test database file (instead of sqlite3.connect)."""
    return connect_raw(Path(path), TEST_KEY)


def as_user(argv, user: str = "admin") -> list[str]:
    """A ``kmb`` command line signed in as ``user`` (the password comes from
    KMB_PASSWORD, see the ``demo_password`` fixture) unless it names one."""
    argv = list(argv)
    return argv if "--user" in argv else argv + ["--user", user]
