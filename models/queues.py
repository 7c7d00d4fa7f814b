"""Covering for an absent colleague (zastupitelnost): one row per period in
which a deputy works a colleague's tasks and cases."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class Deputy(Synced, Base):
    """``deputy_id`` covers for ``user_id`` from ``valid_from`` to ``valid_to``
    (both days included)."""
    __tablename__ = "deputy"

    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)      # the absent
    deputy_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)    # who covers
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(Text)
