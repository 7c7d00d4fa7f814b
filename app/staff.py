"""Staff accounts as lists for choosing a worker (assignment, sync scope)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models.staff import Role, User

from .czech_text import sort_key
from .db import Database
from .rows import live
from .security import Actor


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool


def list_users(db: Database, actor: Actor, *, include_inactive: bool = False,
               roles: tuple[Role, ...] | None = None) -> list[UserRow]:
    """Active staff ordered by name (Czech collation); any signed-in user may list them."""
    stmt = select(User).where(live(User))
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    if roles:
        stmt = stmt.where(User.role.in_(roles))
    with db.reading() as s:
        rows = [UserRow(u.id, u.username, u.full_name, u.role, u.active) for u in s.scalars(stmt)]
    return sorted(rows, key=lambda u: sort_key(u.full_name))
