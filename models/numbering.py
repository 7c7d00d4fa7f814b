"""Numbers this installation has given (case, application, lease, fund request).

Local bookkeeping, never synchronised: the primary key (kind, number) is the
backstop that stops two concurrent saves (two workstations on one database, the
GUI and the CLI) from taking the same number. Which numbers exist is read from
the records themselves, so numbers received from other installations count too.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class IssuedNumber(Base):
    __tablename__ = "issued_number"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)   # "case", "lease", …
    number: Mapped[str] = mapped_column(String(40), primary_key=True)
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
