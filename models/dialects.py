"""DDL differences between SQLite and PostgreSQL, in one place.

SQLite's INTEGER is 64-bit; PostgreSQL's is 32-bit, too small for the hybrid
logical clocks (milliseconds × 65 536) and large money sums. Every plain
``Integer`` column is therefore BIGINT on PostgreSQL; SQLite's DDL is unchanged.
"""
from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integer_is_bigint(_type, _compiler, **_kw) -> str:
    return "BIGINT"


def is_postgres(bind) -> bool:
    return bind.dialect.name == "postgresql"
