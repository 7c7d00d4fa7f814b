"""Lease and fund numbers: kept for callers of the old lease-only module; the
one numbering service for every kind is ``app/numbering.py``."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..numbering import ALLOWED, format_number, highest, validate_pattern  # noqa: F401


def next_number(session: Session, column, pattern: str, year: int, series: str = "") -> str:
    """The next free number under ``pattern`` for ``year`` and ``series`` among
    the values of ``column`` (e.g. ``Lease.number``); nothing is reserved."""
    return format_number(pattern, year, highest(session, column, pattern, year, series) + 1,
                         series)
