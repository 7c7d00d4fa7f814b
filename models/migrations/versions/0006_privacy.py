"""privacy: keyed audit chain with anchors, task departments

- audit_secret (the HMAC key) and audit_anchor (head, daily, export anchors);
  the existing events are re-chained with the key over every column, after
  checking the old unkeyed chain: its state is kept as a "migration" anchor,
  so a chain that was already broken is not silently laundered;
- task.department and user.department (department task inboxes).

Revision ID: 0006
Revises: 0002
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003b"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def _old_digest(prev: str, r) -> str:
    body = json.dumps([r.id, r.seq, r.at.isoformat(), r.user_id, r.action, r.entity,
                       r.entity_id, r.detail], ensure_ascii=False)
    return hashlib.sha256((prev + body).encode()).hexdigest()


def _new_digest(key: bytes, r, prev: str) -> str:
    body = json.dumps([r.id, r.seq, r.at.isoformat(), r.user_id, r.user_name, r.action,
                       r.entity, r.entity_id, r.detail, prev], ensure_ascii=False).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _rechain() -> None:
    conn = op.get_bind()
    ev = sa.table("audit_event", sa.column("id", sa.String), sa.column("seq", sa.Integer),
                  sa.column("at", sa.DateTime), sa.column("user_id", sa.String),
                  sa.column("user_name", sa.String), sa.column("action", sa.String),
                  sa.column("entity", sa.String), sa.column("entity_id", sa.String),
                  sa.column("detail", sa.Text), sa.column("prev_hash", sa.String),
                  sa.column("hash", sa.String))
    secret = sa.table("audit_secret", sa.column("id", sa.Integer),
                      sa.column("key", sa.LargeBinary), sa.column("created_at", sa.DateTime))
    anchor = sa.table("audit_anchor", sa.column("id", sa.String), sa.column("kind", sa.String),
                      sa.column("seq", sa.Integer), sa.column("hash", sa.String),
                      sa.column("at", sa.DateTime), sa.column("note", sa.String),
                      sa.column("signature", sa.String))
    rows = conn.execute(sa.select(ev).order_by(ev.c.seq)).all()
    if not rows:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    key = os.urandom(32)
    conn.execute(secret.insert().values(id=1, key=key, created_at=now))
    old_prev, prev, first_bad, expected = GENESIS, GENESIS, None, 1
    for r in rows:
        if first_bad is None and (r.seq != expected or r.prev_hash != old_prev
                                  or _old_digest(old_prev, r) != r.hash):
            first_bad = r.seq
        old_prev, expected = r.hash, r.seq + 1
        new = _new_digest(key, r, prev)
        conn.execute(ev.update().where(ev.c.id == r.id).values(prev_hash=prev, hash=new))
        prev = new
    last = rows[-1].seq
    note = ("předchozí řetězec neporušený" if first_bad is None
            else f"předchozí řetězec porušen od záznamu č. {first_bad}")
    conn.execute(anchor.insert().values(
        id="head", kind="head", seq=last, hash=prev, at=now, note=None,
        signature=hmac.new(key, f"head|{last}|{prev}".encode(), hashlib.sha256).hexdigest()))
    conn.execute(anchor.insert().values(id=f"migration-{last}", kind="migration", seq=last,
                                        hash=prev, at=now, note=note, signature=""))


def upgrade() -> None:
    op.create_table(
        "audit_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_secret")),
    )
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    op.create_index(op.f("ix_audit_anchor_kind"), "audit_anchor", ["kind"], unique=False)
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_task_department"), ["department"], unique=False)
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", sa.String(length=20), nullable=True))
    _rechain()


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("department")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_department"))
        batch_op.drop_column("department")
    op.drop_index(op.f("ix_audit_anchor_kind"), table_name="audit_anchor")
    op.drop_table("audit_anchor")
    op.drop_table("audit_secret")
