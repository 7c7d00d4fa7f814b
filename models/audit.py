"""Audit trail: who created, changed, printed, exported or opened what.

Local to an installation and tamper-evident: every event carries the hash of
the previous one (a hash chain), so a removed or edited row breaks the chain.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(unique=True)        # position in the chain
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    user_name: Mapped[str | None]
    action: Mapped[str] = mapped_column(String(32))     # create, update, delete, print, export, open, merge, …
    entity: Mapped[str] = mapped_column(String(40))     # table name
    entity_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(Text)     # JSON: changed fields, never their values
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
