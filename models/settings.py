"""Office settings (name, address, logo, signatories, thresholds …) as
key → JSON value. Synchronised: the id is derived from the key, so the same
setting made on two installations merges into one row."""
from __future__ import annotations

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced

_NAMESPACE = uuid.UUID("6f1c8a62-3b8e-4b7e-9a57-0d6c3b1f2a10")


def setting_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, key))


class Setting(Synced, Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), index=True)
    value_json: Mapped[str] = mapped_column(Text)
