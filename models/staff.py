"""Staff: local user accounts and their roles."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, enum_column


class Role(enum.Enum):
    SOCIAL_WORKER = "social_worker"   # sociální pracovník
    LEAD = "lead"                     # vedoucí KMB
    PROPERTY = "property"             # majetkový odbor / správa bytů
    ADMIN = "admin"                   # správce aplikace
    READONLY = "readonly"             # jen čtení


class User(Synced, Base):
    __tablename__ = "user"
    # Credentials stay on the installation that set them: never in a bundle.
    __sync_local__ = frozenset({"password_hash", "last_login_at"})

    username: Mapped[str] = mapped_column(String(64), index=True)
    full_name: Mapped[str]
    role: Mapped[Role] = enum_column(Role, default=Role.SOCIAL_WORKER)
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(default=True)
    # Department whose task inbox the user shares ("property", "flat_manager", "kmb");
    # empty: the role's department (property role → majetkový odbor, others → KMB).
    department: Mapped[str | None] = mapped_column(String(20))
    # Argon2 hash; local to an installation (never exported in bundles).
    password_hash: Mapped[str | None] = mapped_column(String(200))
    last_login_at: Mapped[dt.datetime | None]
