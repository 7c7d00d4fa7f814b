"""Where the data lives: the platform data folder, overridable per process.

- ``KMB_DATA_DIR`` moves the whole folder (two installations side by side);
- ``KMB_DATABASE_URL`` or ``--db PATH|URL`` names the database directly.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "KMB Desk"
APP_AUTHOR = "KMB"
DB_FILENAME = "kmb.sqlite"


def data_dir() -> Path:
    override = os.environ.get("KMB_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)   # owner only: data of clients
    return path


def private_files() -> None:
    """Files this process creates are readable by its user only (database,
    WAL, backups, bundles, PDFs, logs, temp files). A no-op on Windows, where
    the profile folder's ACLs already keep other users out."""
    if os.name == "posix":
        os.umask(0o077)


def database_url(db: str | None = None) -> str:
    """Resolve ``--db`` (a file path or an SQLAlchemy URL) or the defaults."""
    if db:
        return db if "://" in db else sqlite_url(Path(db))
    env = os.environ.get("KMB_DATABASE_URL")
    if env:
        return env
    return sqlite_url(data_dir() / DB_FILENAME)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases / memory."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest.startswith(":memory:"):
        return None
    return Path(rest.split("?")[0])


def demo_database_path() -> Path:
    return data_dir() / "demo" / "kmb-demo-town.sqlite"
