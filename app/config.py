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


def cache_dir() -> Path:
    """Derived data that may be deleted any time (the documents' parsed fonts);
    under KMB_DATA_DIR when that is set."""
    override = os.environ.get("KMB_DATA_DIR")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def private_files() -> None:
    """Files this process creates are readable by its user only (database,
    WAL, backups, bundles, PDFs, logs, temp files). A no-op on Windows, where
    the profile folder's ACLs already keep other users out."""
    if os.name == "posix":
        os.umask(0o077)


def database_url(db: str | None = None) -> str:
    """Resolve ``--db`` (a file path or an SQLAlchemy URL) or the defaults."""
    if db:
        return normal_url(db) if "://" in db else sqlite_url(Path(db))
    env = os.environ.get("KMB_DATABASE_URL")
    if env:
        return normal_url(env) if "://" in env else sqlite_url(Path(env))
    return sqlite_url(data_dir() / DB_FILENAME)


# The PostgreSQL driver is psycopg 3 (``pip install 'kmb-desk[postgres]'``),
# whatever spelling the office's documentation uses.
_PG_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://",
                "postgresql+psycopg2://")


def normal_url(url: str) -> str:
    for prefix in _PG_PREFIXES:
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_server(url: str) -> bool:
    """A database on a PostgreSQL server (several workstations), not a file."""
    return url.startswith("postgresql")


def display_url(url: str) -> str:
    """The URL for messages and the About tab: never the password."""
    if not is_server(url):
        return url
    from sqlalchemy.engine import make_url
    try:
        return make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    except Exception:       # an unparsable URL: its scheme only, nothing secret
        return url.split("://")[0] + "://…"


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
