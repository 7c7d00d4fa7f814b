"""After a restore from backup: what this installation lost and how it gets it back.

A restored database lacks every change made after its backup, and its peers
hold some of them (bundles they received from us). ``after_restore`` runs in
the restored database (``kmb backup restore``) and:

- asks every peer for a full resend at the next exchange and forgets what
  they confirmed of ours (we lost some of it);
- moves our clock past every value the lost database had issued, so that a
  new edit never reuses a lost stamp (same stamp, other value: replicas
  would disagree for ever);
- records, per peer, the window of our own clock values we lost (local
  bookkeeping in ``bundle_log``, direction ``rst``; it never travels).

Stamps of our own origin that we do not hold are accepted from a field laptop
(which otherwise may claim only its own origin) only inside that window, and
only until that peer's full resend has been imported. The window is known
from this database alone: a peer saying "you were restored" (its
acknowledgement runs past our clock) makes us ask for a resend, never widens
what it may write.
"""
from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.sync import BundleLog, Installation, Peer

from ..i18n import _
from .stamps import physical_now

RESTORE_MARK = "rst"      # bundle_log.direction of a lost window


def after_restore(s: Session, replaced: tuple[str, int] | None) -> int:
    """Prepare the resync of a just restored database; ``replaced`` is the
    (installation id, clock) of the database it replaced, when readable.
    Returns the number of peers that will be asked for a full resend."""
    inst = s.scalars(select(Installation)).first()
    if inst is None:
        return 0
    clock = int(inst.hlc or 0)
    if replaced is not None and replaced[0] == inst.id:
        lost_to = replaced[1]            # exactly what the lost database had issued
    else:
        lost_to = physical_now()         # unreadable: nothing of ours is later than now
    peers = s.scalars(select(Peer).where(Peer.revoked_at.is_(None))).all()
    for peer in peers:
        peer.ask_full = True
        peer.acked_seq = 0
        if lost_to > clock:
            s.add(BundleLog(id=new_id(), peer_id=peer.id, direction=RESTORE_MARK,
                            seq_from=clock, seq_to=lost_to,
                            summary_json=json.dumps({"restored_at": utcnow().isoformat(
                                timespec="seconds")})))
    inst.hlc = max(clock, lost_to)
    return len(peers)


def lost_windows(s: Session, peer_id: str) -> list[tuple[int, int]]:
    """Our clock ranges (from, to] lost with a restore that ``peer`` may return."""
    return [(int(a), int(b)) for a, b in s.execute(
        select(BundleLog.seq_from, BundleLog.seq_to).where(
            BundleLog.peer_id == peer_id, BundleLog.direction == RESTORE_MARK))]


def close_windows(conn: Connection, peer_id: str) -> None:
    """The peer's full resend is in: what it could return of ours has come back."""
    t = BundleLog.__table__
    conn.execute(delete(t).where(t.c.peer_id == peer_id, t.c.direction == RESTORE_MARK))


def replaced_clock(con) -> tuple[str, int] | None:
    """(installation id, clock) from a raw connection to the database being replaced."""
    row = con.execute("SELECT id, hlc FROM installation").fetchone()
    return (str(row[0]), int(row[1] or 0)) if row else None


def resync_line(peers: int) -> str | None:
    """What the person restoring is told."""
    if not peers:
        return None
    return _("Při příští výměně si tato instalace vyžádá od partnerů ({peers}) úplné balíčky, "
             "aby se vrátily změny provedené po vytvoření zálohy.").format(peers=peers)
