"""DDL differences between SQLite and PostgreSQL, in one place.

SQLite's INTEGER is 64-bit; PostgreSQL's is 32-bit, too small for the hybrid
logical clocks (milliseconds × 65 536) and large money sums. Every plain
``Integer`` column is therefore BIGINT on PostgreSQL; SQLite's DDL is unchanged.

Folded search columns and Czech sort keys are built so that their *binary*
order is the wanted order (app/czech_text.py); SQLite compares text bytewise,
PostgreSQL by the database's locale unless a column says ``COLLATE "C"``.
"""
from __future__ import annotations

import sys

from sqlalchemy import BigInteger, Column, Integer, String
from sqlalchemy.dialects import registry
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integer_is_bigint(_type, _compiler, **kw) -> str:
    # only in a column definition (CREATE/ALTER TABLE); casts in queries
    # (SQLAlchemy's own catalogue reflection among them) stay INTEGER
    return "BIGINT" if isinstance(kw.get("type_expression"), Column) else "INTEGER"


def _no_integer_bind_casts():
    """SQLAlchemy's psycopg dialect writes ``%(x)s::INTEGER`` after integer
    parameters, which fails for a clock value in a BIGINT column. Without the
    cast psycopg types each int by its size (int2 … int8), and PostgreSQL
    widens it as the column needs. Returns the (patched) dialect class."""
    from sqlalchemy.dialects.postgresql import psycopg as pg_dialect
    pg_dialect._PGInteger.render_bind_cast = False
    _apply_postgresql_options()
    return pg_dialect.dialect


# Indexes' PostgreSQL-only options (INCLUDE, WHERE), given when SQLAlchemy's
# PostgreSQL dialect loads: as constructor arguments they would make every
# SQLite process import it to check their names (about 50 ms of CPU).
_pending_options: list = []


def postgresql_options(construct, **options):
    """``construct`` with ``postgresql_*`` options, set now if the PostgreSQL
    dialect is loaded, else when it loads (the first psycopg engine)."""
    _pending_options.append((construct, options))
    if "sqlalchemy.dialects.postgresql.psycopg" in sys.modules:
        _apply_postgresql_options()
    return construct


def _apply_postgresql_options() -> None:
    while _pending_options:
        construct, options = _pending_options.pop()
        construct.dialect_kwargs.update(options)


def __getattr__(name: str):
    # SQLAlchemy's dialect registry (below) asks for this when a
    # postgresql+psycopg engine is created
    if name == "psycopg_dialect":
        return _no_integer_bind_casts()
    if name == "sqlite_dialect":
        return _sqlite_from_hints()
    raise AttributeError(name)


def _sqlite_from_hints():
    """SQLite's dialect, rendering a table's from-hint (``INDEXED BY ix``, given
    by ``with_hint(table, ..., dialect_name="sqlite")``) after its name, as SQLite
    writes it; SQLAlchemy's SQLite compiler drops from-hints."""
    from sqlalchemy.dialects.sqlite import base, pysqlite
    base.SQLiteCompiler.get_from_hint_text = lambda _self, _table, hint: hint
    return pysqlite.dialect


# The patch is applied when the first psycopg engine is made, not at import:
# importing SQLAlchemy's PostgreSQL dialects (asyncio included) cost a SQLite
# command (``kmb list persons``) about a sixth of its start-up.
# (also a bare ``postgresql://``: SQLAlchemy 2.1 takes psycopg for it, as app.config does)
registry.register("postgresql.psycopg", "models.dialects", "psycopg_dialect")
registry.register("postgresql", "models.dialects", "psycopg_dialect")
# the same way for SQLite's (pysqlite, also under sqlcipher3): its from-hints
registry.register("sqlite", "models.dialects", "sqlite_dialect")
registry.register("sqlite.pysqlite", "models.dialects", "sqlite_dialect")


def is_postgres(bind) -> bool:
    return bind.dialect.name == "postgresql"


def binary_string(length: int) -> String:
    """VARCHAR compared byte by byte on both backends (sort keys, folded names)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def compare_type(context, _inspected_column, _metadata_column, inspected_type, metadata_type):
    """Alembic's type comparison, knowing that an ``Integer`` column is BIGINT
    on PostgreSQL on purpose (None: Alembic's own comparison decides)."""
    if (context.dialect.name == "postgresql" and type(metadata_type) is Integer
            and isinstance(inspected_type, BigInteger)):
        return False
    return None
