"""Bookkeeping of the offline exchange. Installation and peers are local to
each installation; conflicts travel so that every installation shows them."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, utcnow


class Installation(Base):
    """This installation (one row): its identity and its clock."""
    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str]
    origin: Mapped[str] = mapped_column(String(16))          # short tag in clock stamps
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Hybrid logical clock: last value issued or seen (48 bits ms << 16 | counter).
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    age_identity: Mapped[str | None] = mapped_column(Text)   # private, never exported
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # Ed25519 private (raw)
    admin_user_id: Mapped[str | None] = mapped_column(String(36))
    # Series tag in this installation's document numbers (app/numbering.py); "" = none.
    series: Mapped[str | None] = mapped_column(String(8))


class CommitCounter(Base):
    """How many write transactions were committed to this database file (one
    row, id 1). Each process notes the numbers its own commits took, so an open
    window can tell another process's commit from its own exactly, whatever
    the timing (app/changes.py). Local: neither exchanged nor copied."""
    __tablename__ = "commit_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class Peer(Base):
    """Another installation we exchange bundles with."""
    __tablename__ = "peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # its installation id
    name: Mapped[str]
    origin: Mapped[str] = mapped_column(String(16))
    age_recipient: Mapped[str] = mapped_column(Text)
    verify_key: Mapped[bytes] = mapped_column(LargeBinary)   # Ed25519 public (raw)
    fingerprint: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None]
    scope: Mapped[str | None] = mapped_column(String(80))   # e.g. "worker:<user id>"
    # Its numbering series ("" = none), from its card and then each bundle's
    # signed manifest; None until known (paired before it was kept).
    series: Mapped[str | None] = mapped_column(String(16))
    # What the peer may write (app/sync/trust.py): "office" (another installation of
    # this office), "laptop" (a field worker's laptop, writes inside its scope only)
    # or "partner" (a partner office: no settings, rule sets or accounts).
    kind: Mapped[str] = mapped_column(String(16), default="office", server_default="office")
    # The highest clock value the peer has shown us (a bundle's seq_to): export
    # warns when our clock is far from it.
    last_clock: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Restore from backup: we ask the peer for everything (it acknowledged more of
    # ours than we hold), or the peer asked us; cleared by the next full bundle.
    ask_full: Mapped[bool] = mapped_column(default=False, server_default="0")
    send_full: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Our clock value up to which the peer confirmed it holds our changes.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Their clock ranges we have applied (JSON list of [from, to]); the
    # contiguous prefix is what we confirm back to them.
    received_json: Mapped[str] = mapped_column(Text, default="[]")
    # For a scoped peer (a worker's laptop): household ids already sent in
    # full, so that a household entering the scope later is sent whole.
    scope_sent_json: Mapped[str] = mapped_column(Text, default="[]")


class Revocation(Base):
    """An installation revoked here or by a trusted office (a lost laptop).
    Local bookkeeping, sent in every bundle's signed manifest so that the
    revoked installation's later edits are refused on any path."""
    __tablename__ = "sync_revocation"

    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), index=True)
    # clock value from which its stamps are refused (revocation time << 16)
    revoked_hlc: Mapped[int] = mapped_column(Integer)
    revoked_by: Mapped[str] = mapped_column(String(36))      # installation id
    received_from: Mapped[str | None] = mapped_column(String(36))  # peer id, None = here
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BundleLog(Base):
    __tablename__ = "bundle_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # bundle id
    peer_id: Mapped[str] = mapped_column(ForeignKey("peer.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))   # "out" / "in"
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    seq_from: Mapped[int] = mapped_column(Integer, default=0)
    seq_to: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    summary_json: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Synced, Base):
    """A concurrent edit that lost the last-writer-wins merge, kept for review."""
    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    column: Mapped[str] = mapped_column(String(60))
    kept_json: Mapped[str | None] = mapped_column(Text)
    kept_stamp: Mapped[str] = mapped_column(String(40))
    lost_json: Mapped[str | None] = mapped_column(Text)
    lost_stamp: Mapped[str] = mapped_column(String(40))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by_id: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str | None] = mapped_column(String(20))  # "kept" / "restored"
