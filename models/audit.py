"""Audit trail: who created, changed, printed, exported or opened what.

Local to an installation and tamper-evident: every event carries the keyed hash of
the previous one (a hash chain), so a removed or edited row breaks the chain.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, LargeBinary, String, Text
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


class AuditSecret(Base):
    """The installation's key for the audit chain's HMAC (one row). Local:
    it never travels, so a copy of the events alone cannot be re-chained."""
    __tablename__ = "audit_secret"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditAnchor(Base):
    """A chain head kept apart from the chain: "head" (moved with every event,
    so rows deleted at the end are noticed), "daily" and "export" (signed with
    the installation's Ed25519 key, so they cannot be rewritten with the
    chain), "migration" (the old unkeyed chain's state when it was re-keyed)."""
    __tablename__ = "audit_anchor"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(String(200))
    signature: Mapped[str] = mapped_column(String(128))   # hex: Ed25519, or HMAC for "head"
