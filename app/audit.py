"""The audit trail: every write (and every print, export and opening of a
person's record) leaves an event with who, when, what and which record.

Events form a hash chain, so removing or editing one is detectable by
``verify_chain``. Details list changed field names, never their values:
the audit log must not become a second copy of sensitive data.
"""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.base import SYNC_BOOKKEEPING, new_id, utcnow

from .security import Actor

GENESIS = "0" * 64


def _digest(prev_hash: str, ev: AuditEvent) -> str:
    body = json.dumps([ev.id, ev.seq, ev.at.isoformat(), ev.user_id, ev.action, ev.entity,
                       ev.entity_id, ev.detail], ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def changed_fields(obj) -> list[str]:
    """Names of the column attributes changed on ``obj`` since it was loaded."""
    state = sa_inspect(obj)
    return sorted(a.key for a in state.mapper.column_attrs
                  if a.key not in SYNC_BOOKKEEPING and state.attrs[a.key].history.has_changes())


def record(session: Session, actor: Actor | None, action: str, entity: str,
           entity_id: str | None = None, detail: dict | None = None) -> AuditEvent:
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    ev = AuditEvent(
        id=new_id(), seq=seq, at=utcnow(),
        user_id=actor.user_id if actor else None,
        user_name=actor.name if actor else None,
        action=action, entity=entity, entity_id=entity_id,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
        prev_hash=prev,
    )
    ev.hash = _digest(prev, ev)
    session.add(ev)
    return ev


def verify_chain(session: Session) -> int | None:
    """The seq of the first event whose hash does not match, or None if intact."""
    prev = GENESIS
    expected_seq = 1
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if ev.seq != expected_seq or ev.prev_hash != prev or _digest(prev, ev) != ev.hash:
            return ev.seq
        prev, expected_seq = ev.hash, ev.seq + 1
    return None
